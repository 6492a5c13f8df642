// Header words of boxed objects, and the layouts behind them.
//
//   header:  payload << 6 | subtag << 2 | 0b00
//
// subtag  object               payload              words after the header
//   0     tuple                arity                elements
//   2     positive bignum      limb count           64-bit limbs, least significant first
//   3     negative bignum      limb count           "
//   4     reference            1                    64-bit id
//   5     closure (fun)        2 + free count       FunEntry pointer, free variables, creator pid
//   6     float                1                    IEEE-754 bits
//   7     export fun           1                    ExportEntry pointer
//   8     refc binary          3                    byte size, BinaryStorage pointer, next off-heap object
//   9     heap binary          1 + data words       byte size, data bytes
//  10     sub binary           3                    bit size, bit offset, original binary term
//  11     match context        4                    original binary term, start, position, end (bit offsets)
//  12     external pid         4                    node atom, id, serial, creation
//  13     external port        3                    node atom, id, creation
//  14     external reference   2 + id count         node atom, creation, ids
//  15     map                  2 + pairs / children  flat map or trie object (see Map.swift)
//
// The payload of a header is always the number of words that follow it; a map keeps its
// kind (flat, trie head, trie node) in the small integer that follows the header.

/// The subtag of a boxed object's header.
public enum Subtag: UInt64 {
    case tuple = 0
    case positiveBig = 2
    case negativeBig = 3
    case reference = 4
    case closure = 5
    case float = 6
    case export = 7
    case refcBinary = 8
    case heapBinary = 9
    case subBinary = 10
    case matchContext = 11
    case externalPid = 12
    case externalPort = 13
    case externalReference = 14
    case map = 15
}

/// Constructors and accessors for header words.
public enum Header {
    @inline(__always) public static func make(_ subtag: Subtag, _ payload: Int) -> Term {
        Term(raw: UInt64(payload) << 6 | subtag.rawValue << 2)
    }

    @inline(__always) public static func tuple(_ arity: Int) -> Term { make(.tuple, arity) }

    @inline(__always) public static func subtag(_ header: Term) -> UInt64 { (header.raw >> 2) & 0xF }
    @inline(__always) public static func payload(_ header: Term) -> Int { Int(header.raw >> 6) }
}

extension Term {
    /// The header word of a boxed term. - Precondition: `isBoxed`.
    @inline(__always) public var header: Term { boxedPointer[0] }

    /// The subtag of a boxed term's header. - Precondition: `isBoxed`.
    @inline(__always) public var boxedSubtag: UInt64 { (boxedPointer[0].raw >> 2) & 0xF }

    @inline(__always) func isBoxed(_ subtag: Subtag) -> Bool {
        isBoxed && boxedSubtag == subtag.rawValue
    }

    @inline(__always) public var isTuple: Bool { isBoxed && boxedPointer[0].raw & 0x3F == 0 }
    /// The arity of a tuple. - Precondition: `isTuple`.
    @inline(__always) public var tupleArity: Int { Int(boxedPointer[0].raw >> 6) }
    /// Element `index` (0-based) of a tuple. - Precondition: `isTuple`, index in range.
    @inline(__always) public func tupleElement(_ index: Int) -> Term { boxedPointer[1 + index] }

    @inline(__always) public var isFloat: Bool { isBoxed(.float) }
    @inline(__always) public var floatValue: Double { Double(bitPattern: boxedPointer[1].raw) }

    @inline(__always) public var isBignum: Bool {
        guard isBoxed else { return false }
        let subtag = boxedSubtag
        return subtag == Subtag.positiveBig.rawValue || subtag == Subtag.negativeBig.rawValue
    }

    @inline(__always) public var isInteger: Bool { isSmall || isBignum }
    @inline(__always) public var isNumber: Bool { isSmall || (isBoxed && (isBignum || isFloat)) }

    @inline(__always) public var isBitstring: Bool {
        guard isBoxed else { return false }
        let subtag = boxedSubtag
        return subtag == Subtag.heapBinary.rawValue || subtag == Subtag.refcBinary.rawValue
            || subtag == Subtag.subBinary.rawValue || subtag == Subtag.matchContext.rawValue
    }

    @inline(__always) public var isFunction: Bool {
        guard isBoxed else { return false }
        let subtag = boxedSubtag
        return subtag == Subtag.closure.rawValue || subtag == Subtag.export.rawValue
    }

    @inline(__always) public var isMap: Bool { isBoxed(.map) }
    @inline(__always) public var isReference: Bool { isBoxed(.reference) || isBoxed(.externalReference) }
    @inline(__always) public var isPid: Bool { isLocalPid || isBoxed(.externalPid) }
    @inline(__always) public var isPort: Bool { isLocalPort || isBoxed(.externalPort) }
}
