// Shifts of magnitudes by any number of bits.

extension BigMagnitude {
    /// Limbs needed by `shiftLeft` for an `na`-limb magnitude shifted by `bits >= 0`:
    /// `na + bits / 64 + 1` (0 for zero).
    static func shiftLeftCapacity(count na: Int, bits: Int) -> Int {
        na == 0 ? 0 : na &+ bits / 64 &+ 1
    }

    /// Limbs needed by `shiftRight` for an `na`-limb magnitude shifted by `bits >= 0`:
    /// `max(na - bits / 64, 0)`.
    static func shiftRightCapacity(count na: Int, bits: Int) -> Int {
        max(na &- bits / 64, 0)
    }

    /// `r = a << bits`. Precondition: `bits >= 0`. Capacity:
    /// `r.count >= shiftLeftCapacity(count: na, bits: bits)`. `r` may alias `a`.
    static func shiftLeft(_ a: Limbs, by bits: Int, into r: MutableLimbs) -> Int {
        precondition(bits >= 0, "shiftLeft: negative shift")
        let na = normalizedCount(a)
        if na == 0 { return 0 }
        let words = bits / 64, s = bits % 64
        precondition(r.count >= na &+ words &+ (s == 0 ? 0 : 1), "shiftLeft: output too small")
        let ap = a.baseAddress!, rp = r.baseAddress!
        var count = na &+ words
        if s == 0 {
            if words > 0 {
                // Copy from the top down so that an in-place shift is safe.
                var i = na
                while i > 0 { i &-= 1; rp[i &+ words] = ap[i] }
            } else if rp != UnsafeMutablePointer(mutating: ap) {
                rp.update(from: ap, count: na)
            }
        } else {
            let high = ap[na &- 1] >> (64 &- s)
            var i = na &- 1
            while i > 0 {
                rp[i &+ words] = (ap[i] << s) | (ap[i &- 1] >> (64 &- s))
                i &-= 1
            }
            rp[words] = ap[0] << s
            if high != 0 { rp[count] = high; count &+= 1 }
        }
        var i = 0
        while i < words { rp[i] = 0; i &+= 1 }
        return count
    }

    /// `r = a >> bits` (truncating). Precondition: `bits >= 0`. Capacity:
    /// `r.count >= shiftRightCapacity(count: na, bits: bits)`. `r` may alias `a`.
    static func shiftRight(_ a: Limbs, by bits: Int, into r: MutableLimbs) -> Int {
        precondition(bits >= 0, "shiftRight: negative shift")
        let na = normalizedCount(a)
        let words = bits / 64, s = bits % 64
        if na <= words { return 0 }
        let count = na &- words
        precondition(r.count >= count, "shiftRight: output too small")
        let ap = a.baseAddress! + words, rp = r.baseAddress!
        if s == 0 {
            if rp != UnsafeMutablePointer(mutating: ap) {
                // Copy from the bottom up so that an in-place shift is safe.
                var i = 0
                while i < count { rp[i] = ap[i]; i &+= 1 }
            }
            return count
        }
        var i = 0
        while i < count &- 1 {
            rp[i] = (ap[i] >> s) | (ap[i &+ 1] << (64 &- s))
            i &+= 1
        }
        rp[count &- 1] = ap[count &- 1] >> s
        return rp[count &- 1] == 0 ? count &- 1 : count
    }

    /// True if any of the lowest `bits` bits of `a` is set (the bits `shiftRight` drops).
    static func hasBitsBelow(_ a: Limbs, _ bits: Int) -> Bool {
        let na = normalizedCount(a)
        let words = min(bits / 64, na), s = bits % 64
        var i = 0
        while i < words {
            if a[i] != 0 { return true }
            i &+= 1
        }
        if s != 0 && words < na {
            return a[words] & ((1 << UInt64(s)) &- 1) != 0
        }
        return false
    }
}
