// Erlang's band, bor, bxor and bnot on sign-magnitude operands, with the semantics of
// infinite two's complement.
//
// A negative value -m is, in two's complement, ~(m - 1) extended with one bits forever.
// Each operand is turned into that form limb by limb (a running borrow computes m - 1),
// the operation is applied, and a negative result is turned back the same way:
// magnitude = ~t + 1 (a running carry). Everything happens in one pass, so the output may
// alias an input.

extension BigMagnitude {
    /// A two-operand bitwise operation.
    enum BitOperation {
        case and, or, xor

        /// The operation on one limb of each operand.
        @inline(__always)
        func apply(_ x: UInt64, _ y: UInt64) -> UInt64 {
            switch self {
            case .and: return x & y
            case .or: return x | y
            case .xor: return x ^ y
            }
        }

        /// The operation on the operands' signs (their infinite extension bits): the sign
        /// of the result.
        @inline(__always)
        func apply(_ x: Bool, _ y: Bool) -> Bool {
            switch self {
            case .and: return x && y
            case .or: return x || y
            case .xor: return x != y
            }
        }
    }

    /// Limbs needed by `bitAnd`, `bitOr`, `bitXor`: `max(na, nb) + 1`.
    static func bitwiseCapacity(_ na: Int, _ nb: Int) -> Int {
        max(na, nb) &+ 1
    }

    /// Erlang `A band B` on sign-magnitude operands.
    /// Capacity: `r.count >= max(na, nb) + 1`. `r` may alias `a` or `b`.
    static func bitAnd(_ a: Limbs, negative aNegative: Bool, _ b: Limbs, negative bNegative: Bool,
                       into r: MutableLimbs) -> Signed {
        bitwise(.and, a, aNegative, b, bNegative, r)
    }

    /// Erlang `A bor B` on sign-magnitude operands.
    /// Capacity: `r.count >= max(na, nb) + 1`. `r` may alias `a` or `b`.
    static func bitOr(_ a: Limbs, negative aNegative: Bool, _ b: Limbs, negative bNegative: Bool,
                      into r: MutableLimbs) -> Signed {
        bitwise(.or, a, aNegative, b, bNegative, r)
    }

    /// Erlang `A bxor B` on sign-magnitude operands.
    /// Capacity: `r.count >= max(na, nb) + 1`. `r` may alias `a` or `b`.
    static func bitXor(_ a: Limbs, negative aNegative: Bool, _ b: Limbs, negative bNegative: Bool,
                       into r: MutableLimbs) -> Signed {
        bitwise(.xor, a, aNegative, b, bNegative, r)
    }

    /// Erlang `bnot A` = `-A - 1`. Capacity: `r.count >= na + 1`. `r` may alias `a`.
    static func bitNot(_ a: Limbs, negative: Bool, into r: MutableLimbs) -> Signed {
        let na = normalizedCount(a)
        if negative && na > 0 {
            // bnot(-m) = m - 1
            return (false, subtractLimb(a, 1, into: r))
        }
        // bnot(m) = -(m + 1)
        return (true, addLimb(a, 1, into: r))
    }

    /// The shared one-pass kernel of `bitAnd`, `bitOr` and `bitXor` (inlined into each, so
    /// that the operation is a constant). Capacity: `r.count >= max(na, nb) + 1`; `r` may
    /// alias `a` or `b`.
    @inline(__always)
    static func bitwise(_ op: BitOperation, _ a: Limbs, _ aNegative: Bool, _ b: Limbs, _ bNegative: Bool,
                        _ r: MutableLimbs) -> Signed {
        let na = normalizedCount(a), nb = normalizedCount(b)
        // Zero is never negative, whatever the caller says.
        let aNeg = aNegative && na > 0, bNeg = bNegative && nb > 0
        let n = max(na, nb)
        let negative = op.apply(aNeg, bNeg)
        if n == 0 { return (false, 0) }
        precondition(r.count >= n &+ (negative ? 1 : 0), "bitwise: output too small")
        let rp = r.baseAddress!
        let ap = a.baseAddress, bp = b.baseAddress
        let aFill: UInt64 = aNeg ? .max : 0, bFill: UInt64 = bNeg ? .max : 0
        var aBorrow: UInt64 = aNeg ? 1 : 0
        var bBorrow: UInt64 = bNeg ? 1 : 0
        var carry: UInt64 = negative ? 1 : 0
        let resultMask: UInt64 = negative ? .max : 0
        var i = 0
        while i < n {
            var x = aFill
            if i < na {
                // Two's complement limb of a: m for a positive, ~(m - 1) for a negative.
                let (d, o) = ap![i].subtractingReportingOverflow(aBorrow)
                aBorrow = o ? 1 : 0
                x = d ^ aFill
            }
            var y = bFill
            if i < nb {
                let (d, o) = bp![i].subtractingReportingOverflow(bBorrow)
                bBorrow = o ? 1 : 0
                y = d ^ bFill
            }
            // For a negative result, magnitude = ~t + 1.
            let (m, o) = (op.apply(x, y) ^ resultMask).addingReportingOverflow(carry)
            carry = o ? 1 : 0
            rp[i] = m
            i &+= 1
        }
        var count = n
        if carry != 0 {
            rp[n] = carry
            count = n &+ 1
        }
        count = trimmed(rp, count)
        return (negative && count > 0, count)
    }
}
