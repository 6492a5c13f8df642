// Multiplication: by a single limb, schoolbook, squaring, and the public entry points that
// switch to Karatsuba (BigMagnitude+Karatsuba.swift) for large operands.

extension BigMagnitude {
    /// Operands with fewer limbs than this (the shorter one, for a product) are multiplied
    /// by the schoolbook method; larger ones by Karatsuba. Measured on x86_64.
    static let karatsubaThreshold = 32
    /// As `karatsubaThreshold`, for squaring.
    static let karatsubaSquareThreshold = 40

    // MARK: Pointer-level kernels

    /// `r[0..<n] = a[0..<n] * m + carry`; returns the high limb. `r` may equal `a`.
    @inline(__always)
    static func multiplyByLimb(_ r: UnsafeMutablePointer<UInt64>, _ a: UnsafePointer<UInt64>,
                               _ n: Int, _ m: UInt64, _ carry: UInt64) -> UInt64 {
        var carry = carry
        var i = 0
        while i < n {
            let (h, l) = a[i].multipliedFullWidth(by: m)
            let (s, o) = l.addingReportingOverflow(carry)
            r[i] = s
            carry = h &+ (o ? 1 : 0)
            i &+= 1
        }
        return carry
    }

    /// `r[0..<n] += a[0..<n] * m`; returns the limb carried out of `r[n - 1]`.
    @inline(__always)
    static func multiplyByLimbAdding(_ r: UnsafeMutablePointer<UInt64>, _ a: UnsafePointer<UInt64>,
                                     _ n: Int, _ m: UInt64) -> UInt64 {
        var carry: UInt64 = 0
        var i = 0
        while i < n {
            let p = multiplyAdd(a[i], m, r[i], carry)
            r[i] = p.low
            carry = p.high
            i &+= 1
        }
        return carry
    }

    /// Schoolbook product `r[0..<n+m] = a[0..<n] * b[0..<m]`, `n >= m >= 1`.
    /// `r` must not overlap `a` or `b`. Inputs may have leading zeros.
    static func schoolbookMultiply(_ r: UnsafeMutablePointer<UInt64>, _ a: UnsafePointer<UInt64>, _ n: Int,
                                   _ b: UnsafePointer<UInt64>, _ m: Int) {
        r[n] = multiplyByLimb(r, a, n, b[0], 0)
        var j = 1
        while j < m {
            r[j &+ n] = multiplyByLimbAdding(r + j, a, n, b[j])
            j &+= 1
        }
    }

    /// Schoolbook square `r[0..<2n] = a[0..<n]^2`, `n >= 1`. `r` must not overlap `a`.
    static func schoolbookSquare(_ r: UnsafeMutablePointer<UInt64>, _ a: UnsafePointer<UInt64>, _ n: Int) {
        if n == 1 {
            let (h, l) = a[0].multipliedFullWidth(by: a[0])
            r[0] = l; r[1] = h
            return
        }
        // Off-diagonal products a[i] * a[j], i < j, each once.
        r[0] = 0
        r[n] = multiplyByLimb(r + 1, a + 1, n &- 1, a[0], 0)
        var i = 1
        while i < n &- 1 {
            r[i &+ n] = multiplyByLimbAdding(r + (2 &* i &+ 1), a + (i &+ 1), n &- i &- 1, a[i])
            i &+= 1
        }
        r[2 &* n &- 1] = 0
        // Double them.
        var carryBit: UInt64 = 0
        i = 0
        while i < 2 &* n {
            let x = r[i]
            r[i] = (x << 1) | carryBit
            carryBit = x >> 63
            i &+= 1
        }
        // Add the diagonal squares.
        var carry: UInt64 = 0
        i = 0
        while i < n {
            let (h, l) = a[i].multipliedFullWidth(by: a[i])
            r[2 &* i] = addCarrying(r[2 &* i], l, &carry)
            r[2 &* i &+ 1] = addCarrying(r[2 &* i &+ 1], h, &carry)
            i &+= 1
        }
    }

    // MARK: Public API

    /// `r = a * limb`. Capacity: `r.count >= na + 1`. `r` may alias `a`.
    static func multiplyLimb(_ a: Limbs, _ limb: UInt64, into r: MutableLimbs) -> Int {
        multiplyAddLimb(a, limb, adding: 0, into: r)
    }

    /// `r = a * limb + addend`. Capacity: `r.count >= na + 1`. `r` may alias `a`.
    static func multiplyAddLimb(_ a: Limbs, _ limb: UInt64, adding addend: UInt64, into r: MutableLimbs) -> Int {
        let na = normalizedCount(a)
        if na == 0 || limb == 0 {
            if addend == 0 { return 0 }
            r[0] = addend
            return 1
        }
        precondition(r.count > na, "multiplyAddLimb: output too small")
        let rp = r.baseAddress!
        let high = multiplyByLimb(rp, a.baseAddress!, na, limb, addend)
        if high != 0 { rp[na] = high; return na &+ 1 }
        return na
    }

    /// `r = a * b`. Capacity: `r.count >= na + nb`. `r` must not overlap `a` or `b`;
    /// `a` and `b` may be the same buffer (then the faster squaring is used).
    /// Uses schoolbook below `karatsubaThreshold` limbs and Karatsuba above, with scratch
    /// space from `withUnsafeTemporaryAllocation`.
    static func multiply(_ a: Limbs, _ b: Limbs, into r: MutableLimbs) -> Int {
        var na = normalizedCount(a), nb = normalizedCount(b)
        if na == 0 || nb == 0 { return 0 }
        precondition(r.count >= na &+ nb, "multiply: output too small")
        var ap = a.baseAddress!, bp = b.baseAddress!
        if ap == bp && na == nb { return square(a, into: r) }
        if na < nb { swap(&na, &nb); swap(&ap, &bp) }
        let rp = r.baseAddress!
        if nb == 1 {
            rp[na] = multiplyByLimb(rp, ap, na, bp[0], 0)
        } else if nb < karatsubaThreshold {
            schoolbookMultiply(rp, ap, na, bp, nb)
        } else {
            let scratchCount = karatsubaScratchCount(na, nb)
            withUnsafeTemporaryAllocation(of: UInt64.self, capacity: scratchCount) { scratch in
                karatsubaMultiply(rp, ap, na, bp, nb, scratch.baseAddress!)
            }
        }
        return trimmed(rp, na &+ nb)
    }

    /// `r = a * a`. Capacity: `r.count >= 2 * na`. `r` must not overlap `a`.
    static func square(_ a: Limbs, into r: MutableLimbs) -> Int {
        let na = normalizedCount(a)
        if na == 0 { return 0 }
        precondition(r.count >= 2 &* na, "square: output too small")
        let rp = r.baseAddress!, ap = a.baseAddress!
        if na < karatsubaSquareThreshold {
            schoolbookSquare(rp, ap, na)
        } else {
            let scratchCount = karatsubaSquareScratchCount(na)
            withUnsafeTemporaryAllocation(of: UInt64.self, capacity: scratchCount) { scratch in
                karatsubaSquare(rp, ap, na, scratch.baseAddress!)
            }
        }
        return trimmed(rp, 2 &* na)
    }
}
