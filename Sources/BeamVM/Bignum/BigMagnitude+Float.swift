// Conversions between magnitudes and Double.

extension BigMagnitude {
    /// `float(Integer)` exactly as ERTS computes it (big.c, `big_to_double`): starting from
    /// the most significant limb, `d = d * 2^64 + Double(limb)`, each step rounded to
    /// nearest-even. This is not always the correctly rounded value (a limb is rounded
    /// before it is added), and matching ERTS bit for bit is the point. Returns nil when
    /// the result is not finite, which the VM reports as `badarith`.
    static func toDouble(_ a: Limbs, negative: Bool) -> Double? {
        let na = normalizedCount(a)
        let limbBase = 18446744073709551616.0   // 2^64
        var d = 0.0
        var i = na
        while i > 0 {
            i &-= 1
            let scaled = d * limbBase
            d = scaled + Double(a[i])
            if !d.isFinite { return nil }
        }
        return negative && na > 0 ? -d : d
    }

    /// Limbs needed by `fromDouble` for `value`: 0 if `|value| < 1`, else
    /// `exponent / 64 + 1`. Precondition: `value` is finite.
    static func limbCount(truncating value: Double) -> Int {
        precondition(value.isFinite, "limbCount: not a finite Double")
        let x = value.magnitude
        if x < 1 { return 0 }
        return Int(x.exponent) / 64 &+ 1
    }

    /// Writes the integer part of `value` (truncated toward zero, as `trunc/1`) as sign and
    /// magnitude. Preconditions: `value` is finite;
    /// `r.count >= limbCount(truncating: value)`. The result is exact for every finite
    /// Double, e.g. 1.0e300 gives all 997 of its integer bits.
    static func fromDouble(_ value: Double, into r: MutableLimbs) -> Signed {
        let needed = limbCount(truncating: value)
        if needed == 0 { return (false, 0) }
        precondition(r.count >= needed, "fromDouble: output too small")
        let x = value.magnitude
        let exponent = Int(x.exponent)
        let significand = x.significandBitPattern | (1 << 52)   // x = significand * 2^(exponent - 52)
        let rp = r.baseAddress!
        if exponent <= 52 {
            rp[0] = significand >> UInt64(52 &- exponent)
            return (value < 0, 1)
        }
        let shift = exponent &- 52
        let words = shift / 64, bits = shift % 64
        var i = 0
        while i < words { rp[i] = 0; i &+= 1 }
        rp[words] = significand << UInt64(bits)
        var count = words &+ 1
        if bits > 11 {
            let high = significand >> UInt64(64 &- bits)
            if high != 0 { rp[count] = high; count &+= 1 }
        }
        return (value < 0, count)
    }
}
