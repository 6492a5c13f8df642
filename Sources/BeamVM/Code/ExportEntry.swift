// Export entries: one per Module:Function/Arity ever referenced, shared by every module
// that calls it. `call_ext` jumps to the entry's address, which is the function's code when
// the module is loaded, and otherwise the entry's own stub code:
//
//   word 0   address      where a call goes
//   word 1   stub op      Op.callBif (a BIF), Op.callUndefined (not loaded), or a special op
//   word 2   stub operand BIF number, or this entry's own address
//   word 3   module       atom
//   word 4   function     atom
//   word 5   arity
//   word 6   BIF number + 1, or 0
//
// Entries are allocated once and never freed, so their addresses can be compiled into code.

/// A handle to an export entry.
@frozen
public struct ExportEntry: Hashable {
    public let words: UnsafeMutablePointer<UInt64>

    static let wordCount = 7

    @inline(__always) init(words: UnsafeMutablePointer<UInt64>) { self.words = words }
    /// From an operand or a fun's word holding the entry's address.
    @inline(__always) init(_ raw: Term) { words = UnsafeMutablePointer(bitPattern: UInt(raw.raw)).unsafelyUnwrapped }
    @inline(__always) init(address: UInt64) { words = UnsafeMutablePointer(bitPattern: UInt(address)).unsafelyUnwrapped }

    @inline(__always) public var address: UInt64 { words[0] }
    @inline(__always) public var module: Term { Term(raw: words[3]) }
    @inline(__always) public var function: Term { Term(raw: words[4]) }
    @inline(__always) public var arity: Int { Int(words[5]) }
    @inline(__always) public var bif: Int? { words[6] == 0 ? nil : Int(words[6] - 1) }
    @inline(__always) var stubAddress: UInt64 { UInt64(UInt(bitPattern: words + 1)) }
    @inline(__always) var rawValue: UInt64 { UInt64(UInt(bitPattern: words)) }

    /// Whether calling the entry reaches real code or a BIF.
    public var isDefined: Bool { words[0] != stubAddress || words[1] != Op.callUndefined.rawValue }

    /// Whether the entry is a BIF or a special function implemented by a stub.
    public var isNative: Bool { words[0] == stubAddress && words[1] != Op.callUndefined.rawValue }

    /// Points calls at a loaded function.
    func bind(to code: UnsafePointer<UInt64>) { words[0] = UInt64(UInt(bitPattern: code)) }

    /// Points calls back at the stub (the module was unloaded or never had the function).
    func unbind() {
        words[0] = stubAddress
    }
}

/// All export entries, keyed by module, function and arity.
public final class ExportTable: @unchecked Sendable { // @unchecked: entries are guarded by `lock`
    public static let shared = ExportTable()

    /// A module, function and arity packed into one word: atom indexes take 21 bits each
    /// (the atom table holds at most 2^20 atoms), the arity the low bits (no function has
    /// more than 255 arguments, so clamping larger arities loses nothing).
    static func key(_ module: Term, _ function: Term, _ arity: Int) -> UInt64 {
        UInt64(module.atomIndex) << 42 | UInt64(function.atomIndex) << 21 | UInt64(min(max(arity, 0), 0x1F_FFFF))
    }

    struct State {
        var table = WordMap<ExportEntry>(capacity: 4096)
        /// Every entry in the order it was created: ERTS lists a module's exports by walking
        /// its export table in this order (OTP 26 and later).
        var created: [ExportEntry] = []
    }

    private let lock = MutexBox(State())

    /// The entry for an MFA, created (unbound) if needed.
    public func entry(module: Term, function: Term, arity: Int) -> ExportEntry {
        let key = Self.key(module, function, arity)
        return lock.withLock { state in
            if let entry = state.table[key] { return entry }
            let words = UnsafeMutablePointer<UInt64>.allocate(capacity: ExportEntry.wordCount)
            words.initialize(repeating: 0, count: ExportEntry.wordCount)
            let entry = ExportEntry(words: words)
            words[1] = Op.callUndefined.rawValue
            words[2] = entry.rawValue
            words[3] = module.raw
            words[4] = function.raw
            words[5] = UInt64(arity)
            if module == Atom.erlang && function == Atom.apply && (arity == 2 || arity == 3) {
                words[1] = Op.applyStub.rawValue
                words[2] = UInt64(arity)
            } else if let bif = BifRegistry.lookup(module: module, function: function, arity: arity) {
                words[1] = Op.callBif.rawValue
                words[2] = UInt64(bif)
                words[6] = UInt64(bif + 1)
            }
            entry.unbind()
            state.table.set(key, entry)
            state.created.append(entry)
            return entry
        }
    }

    /// The entry for an MFA if one exists.
    public func existing(module: Term, function: Term, arity: Int) -> ExportEntry? {
        let key = Self.key(module, function, arity)
        return lock.withLock { $0.table[key] }
    }

    /// The entries of a module's functions, in the order they were created.
    public func entries(of module: Term) -> [ExportEntry] {
        lock.withLock { state in state.created.filter { $0.module == module } }
    }
}
