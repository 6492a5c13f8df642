// Karatsuba multiplication and squaring on fixed-length limb arrays.
//
// With h = ceil(n / 2), a = a1 * B^h + a0 and b = b1 * B^h + b0:
//   a * b = z2 * B^2h + z1 * B^h + z0,  z0 = a0 * b0,  z2 = a1 * b1,
//   z1 = a0 * b1 + a1 * b0 = z0 + z2 + (a0 - a1) * (b1 - b0).
// The "subtractive" form keeps every recursive operand at h limbs. Operands too
// unbalanced to split that way are cut into pieces the size of the shorter one.

extension BigMagnitude {
    /// Scratch limbs needed by `karatsubaMultiply` for an `n`-by-`m` product, `n >= m`.
    static func karatsubaScratchCount(_ n: Int, _ m: Int) -> Int {
        if m < karatsubaThreshold { return 0 }
        let h = (n &+ 1) / 2
        if m <= h { return 2 &* m &+ karatsubaBalancedScratch(m, threshold: karatsubaThreshold) }
        return karatsubaBalancedScratch(n, threshold: karatsubaThreshold)
    }

    /// Scratch limbs needed by `karatsubaSquare` for an `n`-limb operand.
    static func karatsubaSquareScratchCount(_ n: Int) -> Int {
        karatsubaBalancedScratch(n, threshold: karatsubaSquareThreshold)
    }

    /// S(n) = 4h + 1 + S(h) with h = ceil(n/2), and 0 below the threshold. S is monotone
    /// and bounds the scratch of every product whose operands have at most n limbs.
    private static func karatsubaBalancedScratch(_ n: Int, threshold: Int) -> Int {
        var total = 0
        var k = n
        while k >= threshold {
            let h = (k &+ 1) / 2
            total &+= 4 &* h &+ 1
            k = h
        }
        return total
    }

    /// Writes `|x - y|` as `len` limbs to `r`, where `x` has `nx` limbs, `y` has `ny`
    /// limbs and `len >= max(nx, ny)`. Returns true if `x < y`.
    private static func absoluteDifference(_ r: UnsafeMutablePointer<UInt64>, _ len: Int,
                                           _ x: UnsafePointer<UInt64>, _ nx: Int,
                                           _ y: UnsafePointer<UInt64>, _ ny: Int) -> Bool {
        let xLess = compareLimbs(x, nx, y, ny) < 0
        let (big, nBig, small, nSmall) = xLess ? (y, ny, x, nx) : (x, nx, y, ny)
        if nBig >= nSmall {
            _ = subtractLimbs(r, big, nBig, small, nSmall)
            var i = nBig
            while i < len { r[i] = 0; i &+= 1 }
        } else {
            // `small` has leading zeros beyond `nBig`.
            _ = subtractLimbs(r, big, nBig, small, nBig)
            var i = nBig
            while i < len { r[i] = 0; i &+= 1 }
        }
        return xLess
    }

    /// Adds the middle term `t[0..<2h+1]` into `r[h..<total]`.
    @inline(__always)
    private static func addMiddle(_ r: UnsafeMutablePointer<UInt64>, _ total: Int, _ h: Int,
                                  _ t: UnsafePointer<UInt64>) {
        let room = total &- h
        let tLength = min(2 &* h &+ 1, room)
        let carry = addLimbs(r + h, r + h, room, t, tLength)
        assert(carry == 0 && (tLength == 2 &* h &+ 1 || t[tLength] == 0), "karatsuba: middle term overflow")
    }

    /// `r[0..<n+m] = a[0..<n] * b[0..<m]` with `n >= m >= 1`, recursively.
    /// `r` must not overlap the inputs; `scratch` holds `karatsubaScratchCount(n, m)` limbs.
    static func karatsubaMultiply(_ r: UnsafeMutablePointer<UInt64>, _ a: UnsafePointer<UInt64>, _ n: Int,
                                  _ b: UnsafePointer<UInt64>, _ m: Int,
                                  _ scratch: UnsafeMutablePointer<UInt64>) {
        if m < karatsubaThreshold {
            schoolbookMultiply(r, a, n, b, m)
            return
        }
        let h = (n &+ 1) / 2
        if m <= h {
            multiplyUnbalanced(r, a, n, b, m, scratch)
            return
        }
        let total = n &+ m
        // Scratch layout: [da: h][db: h][spare: 1] (later reused as t: 2h+1), [p: 2h], [deeper].
        let da = scratch
        let db = scratch + h
        let t = scratch
        let p = scratch + (2 &* h &+ 1)
        let deeper = p + 2 &* h

        let aNegative = absoluteDifference(da, h, a, h, a + h, n &- h)        // a0 - a1
        let bNegative = absoluteDifference(db, h, b + h, m &- h, b, h)        // b1 - b0
        karatsubaMultiply(p, da, h, db, h, deeper)
        karatsubaMultiply(r, a, h, b, h, deeper)                              // z0
        karatsubaMultiply(r + 2 &* h, a + h, n &- h, b + h, m &- h, deeper)   // z2

        // t = z0 + z2 ± p
        t[2 &* h] = addLimbs(t, r, 2 &* h, r + 2 &* h, total &- 2 &* h)
        if aNegative != bNegative {
            let borrow = subtractLimbs(t, t, 2 &* h &+ 1, p, 2 &* h)
            assert(borrow == 0, "karatsuba: negative middle term")
        } else {
            let carry = addLimbs(t, t, 2 &* h &+ 1, p, 2 &* h)
            assert(carry == 0, "karatsuba: middle term overflow")
        }
        addMiddle(r, total, h, t)
    }

    /// Product of a long `a` (n limbs) and a short `b` (m limbs, m <= ceil(n/2)): `a` is cut
    /// into m-limb pieces, each multiplied by `b` and accumulated.
    private static func multiplyUnbalanced(_ r: UnsafeMutablePointer<UInt64>, _ a: UnsafePointer<UInt64>, _ n: Int,
                                           _ b: UnsafePointer<UInt64>, _ m: Int,
                                           _ scratch: UnsafeMutablePointer<UInt64>) {
        let product = scratch
        let deeper = scratch + 2 &* m
        karatsubaMultiply(r, a, m, b, m, deeper)
        var offset = m
        while offset < n {
            let piece = min(m, n &- offset)
            if piece == m {
                karatsubaMultiply(product, a + offset, piece, b, m, deeper)
            } else {
                karatsubaMultiply(product, b, m, a + offset, piece, deeper)
            }
            // r[offset..<offset+m] already holds the upper part of the previous products;
            // the rest of this piece's product is new.
            let carry = addSameLength(r + offset, r + offset, product, m)
            let high = propagateCarry(r + (offset &+ m), product + m, piece, carry)
            assert(high == 0, "karatsuba: unbalanced overflow")
            offset &+= piece
        }
    }

    /// `r[0..<2n] = a[0..<n]^2` recursively. `r` must not overlap `a`; `scratch` holds
    /// `karatsubaSquareScratchCount(n)` limbs.
    static func karatsubaSquare(_ r: UnsafeMutablePointer<UInt64>, _ a: UnsafePointer<UInt64>, _ n: Int,
                                _ scratch: UnsafeMutablePointer<UInt64>) {
        if n < karatsubaSquareThreshold {
            schoolbookSquare(r, a, n)
            return
        }
        let h = (n &+ 1) / 2
        let total = 2 &* n
        let da = scratch
        let t = scratch
        let p = scratch + (2 &* h &+ 1)
        let deeper = p + 2 &* h

        _ = absoluteDifference(da, h, a, h, a + h, n &- h)
        karatsubaSquare(p, da, h, deeper)
        karatsubaSquare(r, a, h, deeper)
        karatsubaSquare(r + 2 &* h, a + h, n &- h, deeper)

        // t = z0 + z2 - (a0 - a1)^2
        t[2 &* h] = addLimbs(t, r, 2 &* h, r + 2 &* h, total &- 2 &* h)
        let borrow = subtractLimbs(t, t, 2 &* h &+ 1, p, 2 &* h)
        assert(borrow == 0, "karatsuba: negative middle term")
        addMiddle(r, total, h, t)
    }
}
