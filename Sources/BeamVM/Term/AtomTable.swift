// The global atom table. Atoms are interned once and never freed, as in ERTS; a term holds
// the atom's index. Reading a name is lock-free; interning takes a lock.

import Synchronization
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The name of one atom: UTF-8 bytes that live as long as the process.
@frozen
public struct AtomName {
    public let bytes: UnsafePointer<UInt8>
    public let count: Int

    public var buffer: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: bytes, count: count) }
    public var string: String { String(decoding: buffer, as: UTF8.self) }
}

/// Interns atom names and maps indexes back to names.
///
/// - Invariant: entries `0..<count` are initialised and immutable; `count` is published
///   with release ordering after an entry is written, so readers that load it with acquire
///   ordering see complete entries.
public final class AtomTable: @unchecked Sendable { // @unchecked: entries are write-once, guarded by `lookup`
    /// ERTS's default limit on the number of atoms.
    public static let capacity = 1 << 20
    /// Atoms longer than this many characters are rejected (system_limit), as in ERTS.
    public static let maxCharacters = 255

    public static let shared = AtomTable()

    private let entries: UnsafeMutablePointer<AtomName>
    private let published = Atomic<Int>(0)
    private let lookup: Mutex<AtomIndex>

    private init() {
        entries = .allocate(capacity: Self.capacity)
        lookup = Mutex(AtomIndex(entries: entries, capacity: 4096))
        // Fixed indexes the VM relies on: false is 0 and true is 1, so `Term.false` and
        // `Term.true` are compile-time constants.
        _ = intern("false")
        _ = intern("true")
        for name in PredefinedAtoms.names { _ = intern(name) }
    }

    public var count: Int { published.load(ordering: .acquiring) }

    /// The name of an atom. - Precondition: the index came from this table.
    @inline(__always) public func name(_ index: UInt32) -> AtomName {
        entries[Int(index)]
    }

    /// The index of an atom, creating it if needed; nil when the table is full.
    public func intern(_ name: String) -> UInt32? {
        var name = name
        return name.withUTF8 { intern(bytes: $0) }
    }

    /// The index of the atom named by UTF-8 `bytes`, creating it if needed; nil when the
    /// table is full.
    func intern(bytes: UnsafeBufferPointer<UInt8>) -> UInt32? {
        lookup.withLock { index in
            let (found, slot) = index.find(bytes)
            if let found { return found }
            let next = published.load(ordering: .relaxed)
            guard next < Self.capacity else { return nil }
            let storage = UnsafeMutablePointer<UInt8>.allocate(capacity: max(bytes.count, 1))
            if let base = bytes.baseAddress { storage.initialize(from: base, count: bytes.count) }
            (entries + next).initialize(to: AtomName(bytes: storage, count: bytes.count))
            published.store(next + 1, ordering: .releasing)
            index.insert(UInt32(next), at: slot)
            return UInt32(next)
        }
    }

    /// The index of an existing atom, or nil.
    public func existing(_ name: String) -> UInt32? {
        var name = name
        return name.withUTF8 { bytes in lookup.withLock { $0.find(bytes).index } }
    }
}

/// Finds atoms by their bytes: an open-addressing table of atom indexes (linear probing,
/// a power-of-two number of slots, at most half of them used). Atoms are equal when their
/// bytes are, as in ERTS: no Unicode normalisation, unlike `String` equality.
///
/// - Invariant: every index in a slot names an initialised entry of `entries`.
struct AtomIndex: @unchecked Sendable { // @unchecked: used only under AtomTable's lock
    static let empty = UInt32.max
    let entries: UnsafeMutablePointer<AtomName>
    private var slots: UnsafeMutablePointer<UInt32>
    private var mask: Int
    private var used = 0

    init(entries: UnsafeMutablePointer<AtomName>, capacity: Int) {
        precondition(capacity > 0 && capacity & (capacity - 1) == 0, "a power of two")
        self.entries = entries
        slots = .allocate(capacity: capacity)
        slots.initialize(repeating: Self.empty, count: capacity)
        mask = capacity - 1
    }

    /// The atom whose name is `bytes`, or else the free slot where it goes.
    func find(_ bytes: UnsafeBufferPointer<UInt8>) -> (index: UInt32?, slot: Int) {
        var slot = Self.hash(bytes) & mask
        while true {
            let candidate = slots[slot]
            if candidate == Self.empty { return (nil, slot) }
            let name = entries[Int(candidate)]
            if name.count == bytes.count && (bytes.isEmpty || memcmp(name.bytes, bytes.baseAddress!, bytes.count) == 0) {
                return (candidate, slot)
            }
            slot = (slot + 1) & mask
        }
    }

    /// Records atom `index` in the free `slot` that `find` gave for its name.
    mutating func insert(_ index: UInt32, at slot: Int) {
        slots[slot] = index
        used += 1
        if used * 2 > mask + 1 { grow() }
    }

    private mutating func grow() {
        let old = slots, oldCount = mask + 1
        slots = .allocate(capacity: 2 * oldCount)
        slots.initialize(repeating: Self.empty, count: 2 * oldCount)
        mask = 2 * oldCount - 1
        for i in 0..<oldCount where old[i] != Self.empty {
            var slot = Self.hash(entries[Int(old[i])].buffer) & mask
            while slots[slot] != Self.empty { slot = (slot + 1) & mask }
            slots[slot] = old[i]
        }
        old.deallocate()
    }

    /// FNV-1a, its high half folded into the low bits that pick a slot.
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        let h = FNV1a.hash(bytes)
        return Int(truncatingIfNeeded: h ^ h >> 29)
    }
}

extension Term {
    public static let `false` = Term.atom(0)
    public static let `true` = Term.atom(1)

    /// The atom with this name, interned. Traps only if the atom table is full, which is
    /// reserved for names the VM itself uses.
    public static func atom(_ name: String) -> Term {
        guard let index = AtomTable.shared.intern(name) else { fatalError("atom table full") }
        return .atom(index)
    }

    /// The name of an atom term. - Precondition: `isAtom`.
    public var atomName: AtomName { AtomTable.shared.name(atomIndex) }
}
