// The global atom table. Atoms are interned once and never freed, as in ERTS; a term holds
// the atom's index. Reading a name is lock-free; interning takes a lock.

import Synchronization

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
    private let lookup = Mutex<[String: UInt32]>([:])

    private init() {
        entries = .allocate(capacity: Self.capacity)
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
        lookup.withLock { map in
            if let index = map[name] { return index }
            let index = published.load(ordering: .relaxed)
            guard index < Self.capacity else { return nil }
            var utf8 = Array(name.utf8)
            let storage = UnsafeMutablePointer<UInt8>.allocate(capacity: max(utf8.count, 1))
            utf8.withUnsafeMutableBufferPointer { storage.initialize(from: $0.baseAddress!, count: $0.count) }
            (entries + index).initialize(to: AtomName(bytes: storage, count: utf8.count))
            published.store(index + 1, ordering: .releasing)
            map[name] = UInt32(index)
            return UInt32(index)
        }
    }

    /// The index of an existing atom, or nil.
    public func existing(_ name: String) -> UInt32? {
        lookup.withLock { $0[name] }
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
