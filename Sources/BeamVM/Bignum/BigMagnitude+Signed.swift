// Signed arithmetic on sign-magnitude pairs with Erlang semantics. The bitwise operators
// are in BigMagnitude+Bitwise.swift. A negative flag on a zero magnitude is ignored, and
// results are never negative zero.

extension BigMagnitude {
    /// Compares signed values: -1 if `a < b`, 0 if equal, 1 if `a > b`.
    static func compareSigned(_ a: Limbs, negative aNegative: Bool, _ b: Limbs, negative bNegative: Bool) -> Int {
        let aNeg = aNegative && normalizedCount(a) > 0
        let bNeg = bNegative && normalizedCount(b) > 0
        if aNeg != bNeg { return aNeg ? -1 : 1 }
        let c = compare(a, b)
        return aNeg ? -c : c
    }

    /// `r = a + b`. Capacity: `r.count >= max(na, nb) + 1`. `r` may alias `a` or `b`.
    static func addSigned(_ a: Limbs, negative aNegative: Bool, _ b: Limbs, negative bNegative: Bool,
                          into r: MutableLimbs) -> Signed {
        if aNegative == bNegative {
            let count = add(a, b, into: r)
            return (aNegative && count > 0, count)
        }
        let c = compare(a, b)
        if c == 0 { return (false, 0) }
        if c > 0 { return (aNegative, subtract(a, b, into: r)) }
        return (bNegative, subtract(b, a, into: r))
    }

    /// `r = a - b`. Capacity: `r.count >= max(na, nb) + 1`. `r` may alias `a` or `b`.
    static func subtractSigned(_ a: Limbs, negative aNegative: Bool, _ b: Limbs, negative bNegative: Bool,
                               into r: MutableLimbs) -> Signed {
        addSigned(a, negative: aNegative, b, negative: !bNegative, into: r)
    }

    /// `r = a * b`. Capacity: `r.count >= na + nb`. `r` must not overlap `a` or `b`.
    static func multiplySigned(_ a: Limbs, negative aNegative: Bool, _ b: Limbs, negative bNegative: Bool,
                               into r: MutableLimbs) -> Signed {
        let count = multiply(a, b, into: r)
        return (aNegative != bNegative && count > 0, count)
    }

    /// Erlang `A div B` and `A rem B`: the quotient is truncated toward zero and the
    /// remainder takes the sign of the dividend, so `A = (A div B) * B + A rem B`.
    /// Pass `nil` for an output that is not wanted. Preconditions: `b != 0`;
    /// `q.count >= quotientCapacity(dividendCount: na, divisorCount: nb)`;
    /// `r.count >= min(na, nb)`. Outputs must not overlap each other or the inputs.
    static func divideSigned(_ a: Limbs, negative aNegative: Bool, by b: Limbs, negative bNegative: Bool,
                             quotient q: MutableLimbs?, remainder r: MutableLimbs?)
        -> (quotient: Signed, remainder: Signed) {
        let (qCount, rCount) = divide(a, by: b, quotient: q, remainder: r)
        return ((aNegative != bNegative && qCount > 0, qCount), (aNegative && rCount > 0, rCount))
    }

    /// Limbs needed by `shiftSigned` for an `na`-limb value shifted by `shift`.
    static func shiftSignedCapacity(count na: Int, shift: Int) -> Int {
        if shift >= 0 { return shiftLeftCapacity(count: na, bits: shift) }
        let bits = shift == Int.min ? Int.max : -shift
        return shiftRightCapacity(count: na, bits: bits) &+ 1
    }

    /// Erlang `A bsl Shift` (and `A bsr -Shift`): a left shift for `shift > 0`, an
    /// arithmetic right shift for `shift < 0`. Right shifts round toward minus infinity, as
    /// on two's complement, so `-1 bsr 5 = -1` and `-7 bsr 1 = -4`.
    /// Capacity: `r.count >= shiftSignedCapacity(count: na, shift: shift)`. `r` may alias `a`.
    static func shiftSigned(_ a: Limbs, negative aNegative: Bool, by shift: Int, into r: MutableLimbs) -> Signed {
        let na = normalizedCount(a)
        if na == 0 { return (false, 0) }
        if shift >= 0 {
            return (aNegative, shiftLeft(a, by: shift, into: r))
        }
        let bits = shift == Int.min ? Int.max : -shift
        if !aNegative {
            let count = shiftRight(a, by: bits, into: r)
            return (false, count)
        }
        // floor(-m / 2^bits) = -(floor(m / 2^bits) + (any dropped bit set ? 1 : 0))
        let roundUp = hasBitsBelow(a, bits)
        var count = shiftRight(a, by: bits, into: r)
        if roundUp {
            count = addLimb(Limbs(start: r.baseAddress, count: count), 1, into: r)
        }
        return (count > 0, count)
    }
}
