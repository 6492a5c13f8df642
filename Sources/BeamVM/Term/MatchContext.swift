// Match contexts: the state of matching a bitstring with the bit syntax.
//
//   [header(11, 4)] [original] [start] [position] [end]
//
// `original` is the heap or refc binary holding the bytes (never a sub binary); `start`,
// `position` and `end` are untagged bit offsets into its data. Matching moves `position`
// from `start` towards `end`. The collector updates `original` and leaves the offsets alone.

/// A view of a match context object.
///
/// - Invariant: valid until the next garbage collection (the object and, for heap binaries,
///   the bytes move).
struct MatchContext {
    let object: UnsafeMutablePointer<Term>

    @inline(__always) init(_ term: Term) { object = term.boxedPointer }

    @inline(__always) var original: Term { object[1] }
    @inline(__always) var start: Int { Int(object[2].raw) }
    @inline(__always) var position: Int {
        get { Int(object[3].raw) }
        nonmutating set { object[3] = Term(raw: UInt64(newValue)) }
    }
    @inline(__always) var end: Int { Int(object[4].raw) }
    /// Bits left to match.
    @inline(__always) var remaining: Int { end - position }
    /// The first byte of the original binary's data.
    @inline(__always) var base: UnsafeMutablePointer<UInt8> { BitstringView.bytes(ofUnderlying: object[1].boxedPointer) }

    /// Words of a match context object.
    @inline(__always) static var words: Int { 5 }
}

extension Term {
    @inline(__always) var isMatchContext: Bool { isBoxed(.matchContext) }
}

extension Process {
    /// A new match context over a bitstring, positioned at its first bit.
    /// - Precondition: `bitstring.isBitstring`.
    func matchContext(for bitstring: Term) -> Term {
        let object = allocate(MatchContext.words)
        let (original, start) = bitstring.underlyingBinary
        let size = BitstringView(bitstring).bitSize
        object[0] = Header.make(.matchContext, MatchContext.words - 1)
        object[1] = original
        object[2] = Term(raw: UInt64(start))
        object[3] = Term(raw: UInt64(start))
        object[4] = Term(raw: UInt64(start + size))
        return .boxed(object)
    }
}
