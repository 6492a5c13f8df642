/// Arithmetic on the magnitudes (absolute values) of arbitrary-precision integers.
///
/// A magnitude is a sequence of 64-bit limbs in little-endian limb order: limb 0 is the
/// least significant. Nothing here allocates on a fast path: functions read
/// `UnsafeBufferPointer<UInt64>` inputs, write into caller-provided
/// `UnsafeMutableBufferPointer<UInt64>` outputs and return how many limbs of the output
/// hold the result. The VM keeps the sign separately (sign + magnitude); the `…Signed`
/// and `bit…` functions implement Erlang's signed semantics on such pairs.
///
/// Conventions shared by every function unless its own documentation says otherwise:
/// - Inputs need not be normalised: leading zero limbs are ignored, and zero may be
///   passed as an empty buffer. `na`, `nb` below denote the normalised input counts;
///   the buffer counts `a.count`, `b.count` are always safe substitutes in capacities.
/// - Results are written to the start of the output buffer and the returned count is
///   normalised: limb `count - 1` is non-zero and zero has count 0. Limbs at and beyond
///   the returned count (up to the stated capacity) may have been overwritten.
/// - "May alias `a`" means the output may start at the same address as `a` and cover it.
///   Any other overlap between an output and an input is not allowed.
/// - A signed result is never negative zero.
enum BigMagnitude {
    typealias Limb = UInt64
    typealias Limbs = UnsafeBufferPointer<UInt64>
    typealias MutableLimbs = UnsafeMutableBufferPointer<UInt64>
    /// The sign of a signed result and the normalised number of limbs written.
    typealias Signed = (negative: Bool, count: Int)
}

// MARK: - Limb primitives (pointer level, fixed lengths, no normalisation)

extension BigMagnitude {
    /// `x + y + carry`, updating `carry` (0 or 1).
    @inline(__always)
    static func addCarrying(_ x: UInt64, _ y: UInt64, _ carry: inout UInt64) -> UInt64 {
        let (s1, o1) = x.addingReportingOverflow(y)
        let (s2, o2) = s1.addingReportingOverflow(carry)
        carry = (o1 ? 1 : 0) &+ (o2 ? 1 : 0)
        return s2
    }

    /// `x - y - borrow`, updating `borrow` (0 or 1).
    @inline(__always)
    static func subtractBorrowing(_ x: UInt64, _ y: UInt64, _ borrow: inout UInt64) -> UInt64 {
        let (d1, o1) = x.subtractingReportingOverflow(y)
        let (d2, o2) = d1.subtractingReportingOverflow(borrow)
        borrow = (o1 ? 1 : 0) &+ (o2 ? 1 : 0)
        return d2
    }

    /// `x * y + p + q` as a 128-bit pair; cannot overflow.
    @inline(__always)
    static func multiplyAdd(_ x: UInt64, _ y: UInt64, _ p: UInt64, _ q: UInt64) -> (high: UInt64, low: UInt64) {
        let (h, l) = x.multipliedFullWidth(by: y)
        let (l1, c1) = l.addingReportingOverflow(p)
        let (l2, c2) = l1.addingReportingOverflow(q)
        return (h &+ (c1 ? 1 : 0) &+ (c2 ? 1 : 0), l2)
    }

    /// Normalised length of `p[0..<n]`.
    @inline(__always)
    static func trimmed(_ p: UnsafePointer<UInt64>, _ n: Int) -> Int {
        var n = n
        while n > 0 && p[n &- 1] == 0 { n &-= 1 }
        return n
    }

    /// `r[0..<n] = a[0..<n] + b[0..<n]`; returns the carry. `r` may equal `a` or `b`.
    @inline(__always)
    static func addSameLength(_ r: UnsafeMutablePointer<UInt64>, _ a: UnsafePointer<UInt64>,
                              _ b: UnsafePointer<UInt64>, _ n: Int) -> UInt64 {
        var carry: UInt64 = 0
        var i = 0
        while i < n {
            r[i] = addCarrying(a[i], b[i], &carry)
            i &+= 1
        }
        return carry
    }

    /// `r[0..<n] = a[0..<n] + carry`; returns the carry out. `r` may equal `a`.
    @inline(__always)
    static func propagateCarry(_ r: UnsafeMutablePointer<UInt64>, _ a: UnsafePointer<UInt64>,
                               _ n: Int, _ carry: UInt64) -> UInt64 {
        var carry = carry
        var i = 0
        while i < n && carry != 0 {
            let (s, o) = a[i].addingReportingOverflow(carry)
            r[i] = s
            carry = o ? 1 : 0
            i &+= 1
        }
        if r != UnsafeMutablePointer(mutating: a) {
            while i < n { r[i] = a[i]; i &+= 1 }
        }
        return carry
    }

    /// `r[0..<na] = a[0..<na] + b[0..<nb]` with `na >= nb`; returns the carry.
    /// `r` may equal `a` or `b`.
    static func addLimbs(_ r: UnsafeMutablePointer<UInt64>, _ a: UnsafePointer<UInt64>, _ na: Int,
                         _ b: UnsafePointer<UInt64>, _ nb: Int) -> UInt64 {
        let carry = addSameLength(r, a, b, nb)
        return propagateCarry(r + nb, a + nb, na &- nb, carry)
    }

    /// `r[0..<n] = a[0..<n] - b[0..<n]`; returns the borrow. `r` may equal `a` or `b`.
    @inline(__always)
    static func subtractSameLength(_ r: UnsafeMutablePointer<UInt64>, _ a: UnsafePointer<UInt64>,
                                   _ b: UnsafePointer<UInt64>, _ n: Int) -> UInt64 {
        var borrow: UInt64 = 0
        var i = 0
        while i < n {
            r[i] = subtractBorrowing(a[i], b[i], &borrow)
            i &+= 1
        }
        return borrow
    }

    /// `r[0..<n] = a[0..<n] - borrow`; returns the borrow out. `r` may equal `a`.
    @inline(__always)
    static func propagateBorrow(_ r: UnsafeMutablePointer<UInt64>, _ a: UnsafePointer<UInt64>,
                                _ n: Int, _ borrow: UInt64) -> UInt64 {
        var borrow = borrow
        var i = 0
        while i < n && borrow != 0 {
            let (d, o) = a[i].subtractingReportingOverflow(borrow)
            r[i] = d
            borrow = o ? 1 : 0
            i &+= 1
        }
        if r != UnsafeMutablePointer(mutating: a) {
            while i < n { r[i] = a[i]; i &+= 1 }
        }
        return borrow
    }

    /// `r[0..<na] = a[0..<na] - b[0..<nb]` with `na >= nb`; returns the borrow.
    /// `r` may equal `a` or `b`.
    static func subtractLimbs(_ r: UnsafeMutablePointer<UInt64>, _ a: UnsafePointer<UInt64>, _ na: Int,
                              _ b: UnsafePointer<UInt64>, _ nb: Int) -> UInt64 {
        let borrow = subtractSameLength(r, a, b, nb)
        return propagateBorrow(r + nb, a + nb, na &- nb, borrow)
    }

    /// Compares `a[0..<na]` with `b[0..<nb]` (either may have leading zeros): -1, 0 or 1.
    static func compareLimbs(_ a: UnsafePointer<UInt64>, _ na: Int,
                             _ b: UnsafePointer<UInt64>, _ nb: Int) -> Int {
        let na = trimmed(a, na), nb = trimmed(b, nb)
        if na != nb { return na < nb ? -1 : 1 }
        var i = na
        while i > 0 {
            i &-= 1
            if a[i] != b[i] { return a[i] < b[i] ? -1 : 1 }
        }
        return 0
    }
}

// MARK: - Public magnitude operations: compare, add, subtract, single limbs

extension BigMagnitude {
    /// The normalised count of `a`: its count without leading zero limbs.
    @inline(__always)
    static func normalizedCount(_ a: Limbs) -> Int {
        guard let p = a.baseAddress else { return 0 }
        return trimmed(p, a.count)
    }

    /// Compares two magnitudes: -1 if `a < b`, 0 if equal, 1 if `a > b`.
    static func compare(_ a: Limbs, _ b: Limbs) -> Int {
        let na = normalizedCount(a), nb = normalizedCount(b)
        if na != nb { return na < nb ? -1 : 1 }
        if na == 0 { return 0 }
        return compareLimbs(a.baseAddress!, na, b.baseAddress!, nb)
    }

    /// `r = a + b`. Capacity: `r.count >= max(na, nb) + 1`. `r` may alias `a` or `b`.
    static func add(_ a: Limbs, _ b: Limbs, into r: MutableLimbs) -> Int {
        var na = normalizedCount(a), nb = normalizedCount(b)
        var x = a, y = b
        if na < nb { swap(&na, &nb); swap(&x, &y) }
        if na == 0 { return 0 }
        precondition(r.count > na || (r.count == na && nb == 0), "add: output too small")
        let rp = r.baseAddress!
        let carry: UInt64
        if nb == 0 {
            carry = propagateCarry(rp, x.baseAddress!, na, 0)
        } else {
            carry = addLimbs(rp, x.baseAddress!, na, y.baseAddress!, nb)
        }
        if carry != 0 { rp[na] = carry; return na &+ 1 }
        return na
    }

    /// `r = a - b`. Precondition: `a >= b`. Capacity: `r.count >= na`.
    /// `r` may alias `a` or `b`.
    static func subtract(_ a: Limbs, _ b: Limbs, into r: MutableLimbs) -> Int {
        let na = normalizedCount(a), nb = normalizedCount(b)
        precondition(na >= nb, "subtract: a < b")
        if na == 0 { return 0 }
        precondition(r.count >= na, "subtract: output too small")
        let rp = r.baseAddress!
        let borrow: UInt64
        if nb == 0 {
            borrow = propagateBorrow(rp, a.baseAddress!, na, 0)
        } else {
            borrow = subtractLimbs(rp, a.baseAddress!, na, b.baseAddress!, nb)
        }
        precondition(borrow == 0, "subtract: a < b")
        return trimmed(rp, na)
    }

    /// `r = a + limb`. Capacity: `r.count >= na + 1`. `r` may alias `a`.
    static func addLimb(_ a: Limbs, _ limb: UInt64, into r: MutableLimbs) -> Int {
        let na = normalizedCount(a)
        if na == 0 {
            if limb == 0 { return 0 }
            precondition(r.count >= 1, "addLimb: output too small")
            r[0] = limb
            return 1
        }
        precondition(r.count > na, "addLimb: output too small")
        let rp = r.baseAddress!
        let carry = propagateCarry(rp, a.baseAddress!, na, limb)
        if carry != 0 { rp[na] = carry; return na &+ 1 }
        return na
    }

    /// `r = a - limb`. Precondition: `a >= limb`. Capacity: `r.count >= na`.
    /// `r` may alias `a`.
    static func subtractLimb(_ a: Limbs, _ limb: UInt64, into r: MutableLimbs) -> Int {
        let na = normalizedCount(a)
        if na == 0 {
            precondition(limb == 0, "subtractLimb: a < limb")
            return 0
        }
        precondition(r.count >= na, "subtractLimb: output too small")
        let rp = r.baseAddress!
        let borrow = propagateBorrow(rp, a.baseAddress!, na, limb)
        precondition(borrow == 0, "subtractLimb: a < limb")
        return trimmed(rp, na)
    }

    /// Number of significant bits of `a` (0 for zero); `a < 2^bitLength(a)`.
    static func bitLength(_ a: Limbs) -> Int {
        let na = normalizedCount(a)
        if na == 0 { return 0 }
        return na &* 64 &- a[na &- 1].leadingZeroBitCount
    }

    /// Number of one bits in the magnitude `a`.
    static func popcount(_ a: Limbs) -> Int {
        var total = 0
        for limb in a { total &+= limb.nonzeroBitCount }
        return total
    }

    /// The value of the signed integer (`negative`, `a`) if it fits an `Int64`, else nil.
    static func int64Value(_ a: Limbs, negative: Bool) -> Int64? {
        let na = normalizedCount(a)
        if na == 0 { return 0 }
        if na > 1 { return nil }
        let m = a[0]
        if negative {
            if m <= UInt64(Int64.max) { return -Int64(m) }
            return m == UInt64(Int64.max) &+ 1 ? Int64.min : nil
        }
        return m <= UInt64(Int64.max) ? Int64(m) : nil
    }

    /// Writes `value` as sign and magnitude. Capacity: `r.count >= 1` (0 when `value == 0`).
    static func fromInt64(_ value: Int64, into r: MutableLimbs) -> Signed {
        if value == 0 { return (false, 0) }
        r[0] = value.magnitude
        return (value < 0, 1)
    }
}
