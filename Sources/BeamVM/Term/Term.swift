// Terms: one 64-bit word each, tagged as in ERTS so that every published diagram of the
// BEAM's term layout applies.
//
//   primary tag (bits 1-0):  00 header   01 list (cons pointer)   10 boxed pointer   11 immediate
//   immediate 1 (bits 3-0):  0011 pid    0111 port    1011 immediate 2    1111 small integer
//   immediate 2 (bits 5-0):  001011 atom   011011 catch   111011 nil
//
//   small integer:  value << 4 | 0b1111              (60-bit signed value)
//   atom:           index << 6 | 0b001011            (index into the global atom table)
//   pid:            serial << 4 | 0b0011
//   cons/boxed:     address | 0b01 / 0b10            (addresses are 8-byte aligned)
//   header:         payload << 6 | subtag << 2 | 0b00
//
// `Term.none` (0) is THE_NON_VALUE: never a valid term, used for "no value" and failure.

/// An Erlang term.
@frozen
public struct Term: Hashable, Sendable {
    public var raw: UInt64

    @inline(__always) public init(raw: UInt64) { self.raw = raw }

    /// THE_NON_VALUE: not a term. Marks "no result" (a BIF that failed, an empty slot).
    public static let none = Term(raw: 0)
    public static let `nil` = Term(raw: 0x3B)

    @inline(__always) public var primaryTag: UInt64 { raw & 0x3 }
    @inline(__always) public var isNone: Bool { raw == 0 }

    // MARK: - Small integers

    public static let smallMin: Int = -(1 << 59)
    public static let smallMax: Int = (1 << 59) - 1

    /// A small integer term. - Precondition: `smallMin <= value <= smallMax`.
    @inline(__always) public static func small(_ value: Int) -> Term {
        Term(raw: UInt64(bitPattern: Int64(value) &<< 4) | 0xF)
    }

    @inline(__always) public static func fitsSmall(_ value: Int) -> Bool {
        value >= smallMin && value <= smallMax
    }

    @inline(__always) public var isSmall: Bool { raw & 0xF == 0xF }
    /// The value of a small integer. - Precondition: `isSmall`.
    @inline(__always) public var smallValue: Int { Int(Int64(bitPattern: raw) &>> 4) }

    // MARK: - Atoms

    @inline(__always) public static func atom(_ index: UInt32) -> Term {
        Term(raw: UInt64(index) << 6 | 0x0B)
    }

    @inline(__always) public var isAtom: Bool { raw & 0x3F == 0x0B }
    @inline(__always) public var atomIndex: UInt32 { UInt32(truncatingIfNeeded: raw >> 6) }

    @inline(__always) public static func bool(_ value: Bool) -> Term { value ? .true : .false }

    // MARK: - Other immediates

    @inline(__always) public var isNil: Bool { raw == 0x3B }
    @inline(__always) public var isImmediate: Bool { raw & 0x3 == 0x3 }

    @inline(__always) public static func pid(_ serial: UInt64) -> Term { Term(raw: serial << 4 | 0x3) }
    @inline(__always) public var isLocalPid: Bool { raw & 0xF == 0x3 }
    @inline(__always) public var pidSerial: UInt64 { raw >> 4 }

    @inline(__always) public static func port(_ serial: UInt64) -> Term { Term(raw: serial << 4 | 0x7) }
    @inline(__always) public var isLocalPort: Bool { raw & 0xF == 0x7 }
    @inline(__always) public var portSerial: UInt64 { raw >> 4 }

    /// A catch tag: marks a catch or try frame on the stack; the payload indexes the
    /// catch-handler table.
    @inline(__always) public static func catchTag(_ index: UInt64) -> Term { Term(raw: index << 6 | 0x1B) }
    @inline(__always) public var isCatchTag: Bool { raw & 0x3F == 0x1B }
    @inline(__always) public var catchIndex: UInt64 { raw >> 6 }

    // MARK: - Pointers

    @inline(__always) public var isList: Bool { raw & 0x3 == 0x1 }
    @inline(__always) public var isBoxed: Bool { raw & 0x3 == 0x2 }

    @inline(__always) public static func list(_ cell: UnsafeMutablePointer<Term>) -> Term {
        Term(raw: UInt64(UInt(bitPattern: cell)) | 0x1)
    }

    @inline(__always) public static func boxed(_ object: UnsafeMutablePointer<Term>) -> Term {
        Term(raw: UInt64(UInt(bitPattern: object)) | 0x2)
    }

    /// The cell of a cons. - Precondition: `isList`.
    @inline(__always) public var listPointer: UnsafeMutablePointer<Term> {
        UnsafeMutablePointer(bitPattern: UInt(raw & ~0x3)).unsafelyUnwrapped
    }

    /// The header word of a boxed object. - Precondition: `isBoxed`.
    @inline(__always) public var boxedPointer: UnsafeMutablePointer<Term> {
        UnsafeMutablePointer(bitPattern: UInt(raw & ~0x3)).unsafelyUnwrapped
    }

    /// The address a pointer term refers to (cons or boxed), as an integer.
    @inline(__always) public var pointerAddress: UInt { UInt(raw & ~0x3) }

    // MARK: - Cons cells

    /// Head of a cons. - Precondition: `isList`.
    @inline(__always) public var head: Term { listPointer[0] }
    /// Tail of a cons. - Precondition: `isList`.
    @inline(__always) public var tail: Term { listPointer[1] }
}
