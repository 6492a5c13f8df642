// Integer arithmetic ops: the small-integer fast paths the loop inlines, and the calls to
// the arithmetic BIFs when an operand or the result is not a small integer.
//
// Small integers are `value << 4 | 0xF`, so sums and differences can be computed on the
// raw words: `a + (b & ~0xF)` keeps the tag of `a`, and the 64-bit signed overflow of that
// sum is exactly the overflow of the 60-bit result.

extension Interpreter {
    /// The result of an arithmetic op on two small integers, or nil when it needs a bignum
    /// (or is a shift by more than a word). - Precondition: both operands are small.
    @inline(__always)
    static func smallArithmetic(_ op: Op, _ a: Term, _ b: Term) -> Term? {
        switch op {
        case .plus:
            let (sum, overflow) = Int64(bitPattern: a.raw).addingReportingOverflow(Int64(bitPattern: b.raw & ~0xF))
            return overflow ? nil : Term(raw: UInt64(bitPattern: sum))
        case .minus:
            let (difference, overflow) = Int64(bitPattern: a.raw).subtractingReportingOverflow(Int64(bitPattern: b.raw & ~0xF))
            return overflow ? nil : Term(raw: UInt64(bitPattern: difference))
        case .bitAnd: return Term(raw: a.raw & b.raw)
        case .bitOr: return Term(raw: a.raw | b.raw)
        case .bitXor: return Term(raw: (a.raw ^ b.raw) | 0xF)
        case .times:
            let (product, overflow) = a.smallValue.multipliedReportingOverflow(by: b.smallValue)
            return overflow || !Term.fitsSmall(product) ? nil : .small(product)
        case .shiftRight:
            let value = a.smallValue, shift = b.smallValue
            if shift < 0 || shift > 63 { return shift > 63 ? .small(value < 0 ? -1 : 0) : nil }
            return .small(value >> shift)
        default:
            let value = a.smallValue, shift = b.smallValue
            if shift < 0 || shift > 63 { return nil }
            let result = value << shift
            if result >> shift != value { return nil }
            return Term.fitsSmall(result) ? .small(result) : nil
        }
    }

    /// Calls the BIF behind an arithmetic op that left the small-integer fast path, with
    /// the operands in the BIF argument registers. Returns `.none` when it failed.
    @inline(never)
    static func arithmeticBif(_ p: Process, _ bif: Int, _ a: Term, _ b: Term, _ arguments: UnsafeMutablePointer<Term>) -> Term {
        arguments[0] = a
        arguments[1] = b
        return BifTable.call(bif, p, arguments)
    }
}
