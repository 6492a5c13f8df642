// Division with remainder: a single-limb path using a precomputed reciprocal of the
// divisor (Möller and Granlund, "Improved division by invariant integers", 2011) and
// Knuth's algorithm D (TAOCP vol. 2, 4.3.1) for longer divisors.

extension BigMagnitude {
    /// A single-limb divisor prepared for repeated division: `d` shifted left by `shift`
    /// so that its top bit is set, and `v = floor((2^128 - 1) / d) - 2^64`.
    struct LimbDivisor {
        let d: UInt64
        let shift: Int
        let v: UInt64

        /// Precondition: `divisor != 0`.
        @inline(__always)
        init(_ divisor: UInt64) {
            precondition(divisor != 0, "division by zero")
            shift = divisor.leadingZeroBitCount
            d = divisor << shift
            v = d.dividingFullWidth((high: ~d, low: UInt64.max)).quotient
        }

        /// Divides the two-limb value `(u1, u0)` by `d`; requires `u1 < d`.
        @inline(__always)
        func divide(_ u1: UInt64, _ u0: UInt64) -> (quotient: UInt64, remainder: UInt64) {
            let (ph, pl) = v.multipliedFullWidth(by: u1)
            let (q0, c) = pl.addingReportingOverflow(u0)
            var q1 = ph &+ u1 &+ (c ? 1 : 0) &+ 1
            var r = u0 &- q1 &* d
            if r > q0 { q1 &-= 1; r &+= d }
            if r >= d { q1 &+= 1; r &-= d }
            return (q1, r)
        }
    }

    /// `q[0..<n] = a[0..<n] / divisor`, returning the remainder. `q` may equal `a`;
    /// pass `nil` for `q` to compute only the remainder.
    static func divideByLimb(_ q: UnsafeMutablePointer<UInt64>?, _ a: UnsafePointer<UInt64>, _ n: Int,
                             _ divisor: LimbDivisor) -> UInt64 {
        if n == 0 { return 0 }
        let s = divisor.shift
        var r: UInt64
        if s == 0 {
            r = 0
            var i = n
            while i > 0 {
                i &-= 1
                let step = divisor.divide(r, a[i])
                q?[i] = step.quotient
                r = step.remainder
            }
            return r
        }
        r = a[n &- 1] >> (64 &- s)
        var i = n &- 1
        while i > 0 {
            let u0 = (a[i] << s) | (a[i &- 1] >> (64 &- s))
            let step = divisor.divide(r, u0)
            q?[i] = step.quotient
            r = step.remainder
            i &-= 1
        }
        let step = divisor.divide(r, a[0] << s)
        q?[0] = step.quotient
        return step.remainder >> s
    }

    // MARK: Public API

    /// `q = a / divisor` (truncated), returning the normalised quotient count and the
    /// remainder. Precondition: `divisor != 0`. Capacity: `q.count >= na`. `q` may alias `a`.
    static func divideLimb(_ a: Limbs, by divisor: UInt64, quotient q: MutableLimbs) -> (count: Int, remainder: UInt64) {
        let divisor = LimbDivisor(divisor)
        let na = normalizedCount(a)
        if na == 0 { return (0, 0) }
        precondition(q.count >= na, "divideLimb: quotient buffer too small")
        let qp = q.baseAddress!
        let r = divideByLimb(qp, a.baseAddress!, na, divisor)
        return (trimmed(qp, na), r)
    }

    /// `a mod divisor`. Precondition: `divisor != 0`.
    static func remainderLimb(_ a: Limbs, by divisor: UInt64) -> UInt64 {
        let divisor = LimbDivisor(divisor)
        let na = normalizedCount(a)
        if na == 0 { return 0 }
        return divideByLimb(nil, a.baseAddress!, na, divisor)
    }

    /// Quotient limbs needed by `divide` for a dividend of `na` limbs and a divisor of
    /// `nb` limbs (normalised counts): `max(na - nb + 1, 0)`.
    static func quotientCapacity(dividendCount na: Int, divisorCount nb: Int) -> Int {
        max(na &- nb &+ 1, 0)
    }

    /// Truncating division with remainder: `a = q * b + r`, `0 <= r < b`.
    ///
    /// Pass `nil` for an output that is not wanted. Preconditions: `b != 0`;
    /// `q.count >= quotientCapacity(na, nb)`; `r.count >= min(na, nb)`. The outputs must not
    /// overlap each other or the inputs. Scratch space (about `na + nb` limbs) comes from
    /// `withUnsafeTemporaryAllocation` when `nb > 1`.
    static func divide(_ a: Limbs, by b: Limbs, quotient q: MutableLimbs?, remainder r: MutableLimbs?)
        -> (quotientCount: Int, remainderCount: Int) {
        let na = normalizedCount(a), nb = normalizedCount(b)
        precondition(nb > 0, "division by zero")
        if na < nb {
            guard let r else { return (0, 0) }
            precondition(r.count >= na, "divide: remainder buffer too small")
            if na > 0 { r.baseAddress!.update(from: a.baseAddress!, count: na) }
            return (0, na)
        }
        if let q { precondition(q.count >= na &- nb &+ 1, "divide: quotient buffer too small") }
        if let r { precondition(r.count >= nb, "divide: remainder buffer too small") }
        let ap = a.baseAddress!, bp = b.baseAddress!
        let qp = q?.baseAddress

        if nb == 1 {
            let rem = divideByLimb(qp, ap, na, LimbDivisor(bp[0]))
            let qCount = qp.map { trimmed($0, na) } ?? 0
            guard let r else { return (qCount, 0) }
            if rem == 0 { return (qCount, 0) }
            r[0] = rem
            return (qCount, 1)
        }

        return withUnsafeTemporaryAllocation(of: UInt64.self, capacity: na &+ 1 &+ nb) { scratch in
            let un = scratch.baseAddress!
            let vn = un + (na &+ 1)
            knuthDivide(qp, un, ap, na, vn, bp, nb)
            let qCount = qp.map { trimmed($0, na &- nb &+ 1) } ?? 0
            guard let rp = r?.baseAddress else { return (qCount, 0) }
            // The remainder is un[0..<nb] shifted back right; un was normalised by vn's shift.
            let s = bp[nb &- 1].leadingZeroBitCount
            if s == 0 {
                rp.update(from: un, count: nb)
            } else {
                var i = 0
                while i < nb &- 1 {
                    rp[i] = (un[i] >> s) | (un[i &+ 1] << (64 &- s))
                    i &+= 1
                }
                rp[nb &- 1] = un[nb &- 1] >> s
            }
            return (qCount, trimmed(rp, nb))
        }
    }

    /// Algorithm D core. `a` (na limbs) and `b` (nb >= 2 limbs, top limb non-zero) are
    /// copied, shifted so that b's top bit is set, into `un` (na + 1 limbs) and `vn`
    /// (nb limbs). Writes the quotient's na - nb + 1 limbs to `q` (if not nil) and leaves
    /// the shifted remainder in `un[0..<nb]`.
    private static func knuthDivide(_ q: UnsafeMutablePointer<UInt64>?,
                                    _ un: UnsafeMutablePointer<UInt64>, _ a: UnsafePointer<UInt64>, _ na: Int,
                                    _ vn: UnsafeMutablePointer<UInt64>, _ b: UnsafePointer<UInt64>, _ nb: Int) {
        let s = b[nb &- 1].leadingZeroBitCount
        if s == 0 {
            vn.update(from: b, count: nb)
            un.update(from: a, count: na)
            un[na] = 0
        } else {
            var i = nb &- 1
            while i > 0 {
                vn[i] = (b[i] << s) | (b[i &- 1] >> (64 &- s))
                i &-= 1
            }
            vn[0] = b[0] << s
            un[na] = a[na &- 1] >> (64 &- s)
            i = na &- 1
            while i > 0 {
                un[i] = (a[i] << s) | (a[i &- 1] >> (64 &- s))
                i &-= 1
            }
            un[0] = a[0] << s
        }

        let v1 = vn[nb &- 1], v2 = vn[nb &- 2]
        let topDivisor = LimbDivisor(v1)   // v1 is normalised, so this is just its reciprocal
        var j = na &- nb
        while j >= 0 {
            let u2 = un[j &+ nb], u1 = un[j &+ nb &- 1], u0 = un[j &+ nb &- 2]
            // Estimate qhat = floor((u2, u1) / v1), at most 2 too large after the test below.
            var qhat: UInt64
            var rhat: UInt64
            var rhatOverflow = false
            if u2 >= v1 {
                qhat = UInt64.max
                (rhat, rhatOverflow) = u1.addingReportingOverflow(v1)
            } else {
                (qhat, rhat) = topDivisor.divide(u2, u1)
            }
            while !rhatOverflow {
                let (ph, pl) = qhat.multipliedFullWidth(by: v2)
                if ph < rhat || (ph == rhat && pl <= u0) { break }
                qhat &-= 1
                (rhat, rhatOverflow) = rhat.addingReportingOverflow(v1)
            }

            // un[j...j+nb] -= qhat * vn
            var carry: UInt64 = 0
            let window = un + j
            var i = 0
            while i < nb {
                let (ph, pl) = qhat.multipliedFullWidth(by: vn[i])
                let (low, c) = pl.addingReportingOverflow(carry)
                let (difference, borrow) = window[i].subtractingReportingOverflow(low)
                window[i] = difference
                carry = ph &+ (c ? 1 : 0) &+ (borrow ? 1 : 0)
                i &+= 1
            }
            let (top, borrow) = window[nb].subtractingReportingOverflow(carry)
            window[nb] = top
            if borrow {
                // qhat was one too large: add the divisor back.
                qhat &-= 1
                let c = addSameLength(window, window, vn, nb)
                window[nb] &+= c
            }
            q?[j] = qhat
            j &-= 1
        }
    }
}
