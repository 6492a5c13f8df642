// Integer arithmetic on terms: small integers take the inline fast paths in the
// interpreter; everything here handles bignums and overflow, using `BigMagnitude` on limb
// buffers and allocating the result on the process heap.

/// Integer operations that may involve bignums.
enum Integers {
    typealias Limbs = UnsafeBufferPointer<UInt64>

    /// Bignums are limited to this many limbs (2^26 bits, as ERTS's default limit is of the
    /// same order); larger results raise `system_limit`.
    static let maxLimbs = 1 << 20

    /// Runs `body` with the sign and magnitude of an integer term.
    /// - Precondition: `term.isInteger`.
    @inline(__always)
    static func withMagnitude<R>(_ term: Term, _ body: (Bool, Limbs) -> R) -> R {
        if term.isSmall {
            let value = term.smallValue
            var limb = value.magnitude.toUInt64
            return withUnsafePointer(to: &limb) { pointer in
                body(value < 0, Limbs(start: pointer, count: value == 0 ? 0 : 1))
            }
        }
        let object = term.boxedPointer
        let count = Header.payload(object[0])
        let negative = Header.subtag(object[0]) == Subtag.negativeBig.rawValue
        return body(negative, Limbs(start: UnsafeRawPointer(object + 1).assumingMemoryBound(to: UInt64.self), count: count))
    }

    /// An integer term from a sign and a normalised magnitude: a small integer when it fits.
    static func make(_ p: Process, negative: Bool, _ limbs: Limbs) -> Term {
        if limbs.count == 0 { return .small(0) }
        // -2^59 is the one small integer whose magnitude is above `smallMax`.
        if limbs.count == 1 && (limbs[0] <= UInt64(Term.smallMax) || negative && limbs[0] == UInt64(Term.smallMax) + 1) {
            let value = Int(limbs[0])
            return .small(negative ? -value : value)
        }
        let object = p.allocate(1 + limbs.count)
        object[0] = Header.make(negative ? .negativeBig : .positiveBig, limbs.count)
        UnsafeMutableRawPointer(object + 1).assumingMemoryBound(to: UInt64.self).update(from: limbs.baseAddress!, count: limbs.count)
        return .boxed(object)
    }

    /// An integer term for a machine integer.
    @inline(__always)
    static func make(_ p: Process, _ value: Int) -> Term {
        if Term.fitsSmall(value) { return .small(value) }
        var limb = value.magnitude.toUInt64
        return withUnsafePointer(to: &limb) { make(p, negative: value < 0, Limbs(start: $0, count: 1)) }
    }

    /// An integer term for an unsigned machine integer.
    static func make(_ p: Process, unsigned value: UInt64) -> Term {
        var limb = value
        return withUnsafePointer(to: &limb) { make(p, negative: false, Limbs(start: $0, count: value == 0 ? 0 : 1)) }
    }

    /// Computes into a temporary buffer of `capacity` limbs and returns the result as a term;
    /// `system_limit` when the capacity is over the limit.
    @inline(__always)
    static func compute(_ p: Process, capacity: Int,
                        _ body: (UnsafeMutableBufferPointer<UInt64>) -> (negative: Bool, count: Int)) -> Term {
        guard capacity <= maxLimbs else { return p.fail(Atom.systemLimit) }
        return withUnsafeTemporaryAllocation(of: UInt64.self, capacity: max(capacity, 1)) { buffer in
            let result = body(buffer)
            return make(p, negative: result.negative, Limbs(start: buffer.baseAddress, count: result.count))
        }
    }

    // MARK: - Arithmetic

    static func add(_ p: Process, _ a: Term, _ b: Term) -> Term {
        withMagnitude(a) { na, la in withMagnitude(b) { nb, lb in
            compute(p, capacity: max(la.count, lb.count) + 1) { r in
                BigMagnitude.addSigned(la, negative: na, lb, negative: nb, into: r)
            }
        } }
    }

    static func subtract(_ p: Process, _ a: Term, _ b: Term) -> Term {
        withMagnitude(a) { na, la in withMagnitude(b) { nb, lb in
            compute(p, capacity: max(la.count, lb.count) + 1) { r in
                BigMagnitude.subtractSigned(la, negative: na, lb, negative: nb, into: r)
            }
        } }
    }

    static func multiply(_ p: Process, _ a: Term, _ b: Term) -> Term {
        withMagnitude(a) { na, la in withMagnitude(b) { nb, lb in
            compute(p, capacity: la.count + lb.count) { r in
                BigMagnitude.multiplySigned(la, negative: na, lb, negative: nb, into: r)
            }
        } }
    }

    /// `div` (quotient: true) or `rem`. - Precondition: `b` is not zero.
    static func divide(_ p: Process, _ a: Term, _ b: Term, quotient: Bool) -> Term {
        withMagnitude(a) { na, la in withMagnitude(b) { nb, lb in
            if quotient {
                return compute(p, capacity: BigMagnitude.quotientCapacity(dividendCount: la.count, divisorCount: lb.count)) { q in
                    let result = BigMagnitude.divideSigned(la, negative: na, by: lb, negative: nb, quotient: q, remainder: nil)
                    return result.quotient
                }
            }
            return compute(p, capacity: max(1, min(la.count, lb.count))) { r in
                let result = BigMagnitude.divideSigned(la, negative: na, by: lb, negative: nb, quotient: nil, remainder: r)
                return result.remainder
            }
        } }
    }

    static func bitwise(_ p: Process, _ operation: BigMagnitude.BitOperation, _ a: Term, _ b: Term) -> Term {
        withMagnitude(a) { na, la in withMagnitude(b) { nb, lb in
            compute(p, capacity: BigMagnitude.bitwiseCapacity(la.count, lb.count)) { r in
                BigMagnitude.bitwise(operation, la, na, lb, nb, r)
            }
        } }
    }

    static func bitNot(_ p: Process, _ a: Term) -> Term {
        withMagnitude(a) { na, la in
            compute(p, capacity: la.count + 1) { r in BigMagnitude.bitNot(la, negative: na, into: r) }
        }
    }

    /// `a bsl shift` (a right shift for negative `shift`).
    static func shift(_ p: Process, _ a: Term, by shift: Int) -> Term {
        withMagnitude(a) { na, la in
            if la.count == 0 { return .small(0) }
            if shift < 0 && -shift >= la.count * 64 { return .small(na ? -1 : 0) }
            guard shift < maxLimbs * 64 else { return p.fail(Atom.systemLimit) }
            return compute(p, capacity: BigMagnitude.shiftSignedCapacity(count: la.count, shift: shift)) { r in
                BigMagnitude.shiftSigned(la, negative: na, by: shift, into: r)
            }
        }
    }

    static func negate(_ p: Process, _ a: Term) -> Term {
        if a.isSmall { return make(p, -a.smallValue) }
        return withMagnitude(a) { na, la in make(p, negative: !na, la) }
    }

    // MARK: - Comparison and conversion

    /// Compares two integer terms.
    static func compare(_ a: Term, _ b: Term) -> Int {
        if a.isSmall && b.isSmall { return a.smallValue == b.smallValue ? 0 : (a.smallValue < b.smallValue ? -1 : 1) }
        return withMagnitude(a) { na, la in withMagnitude(b) { nb, lb in
            BigMagnitude.compareSigned(la, negative: na, lb, negative: nb)
        } }
    }

    /// Compares an integer with a float exactly (no rounding of the integer).
    static func compare(_ a: Term, toFloat f: Double) -> Int {
        if a.isSmall {
            let v = a.smallValue
            if f >= 9.3e18 { return -1 }
            if f <= -9.3e18 { return 1 }
            let whole = f.rounded(.towardZero)
            let w = Int(whole)
            if v != w { return v < w ? -1 : 1 }
            return f > whole ? -1 : (f < whole ? 1 : 0)
        }
        // A bignum is beyond any float's fractional range; compare against the float's
        // integer part exactly.
        let whole = f.rounded(.towardZero)
        let capacity = BigMagnitude.limbCount(truncating: whole)
        return withUnsafeTemporaryAllocation(of: UInt64.self, capacity: max(capacity, 1)) { buffer in
            let converted = BigMagnitude.fromDouble(whole, into: buffer)
            let c = withMagnitude(a) { na, la in
                BigMagnitude.compareSigned(la, negative: na, Limbs(start: buffer.baseAddress, count: converted.count),
                                           negative: converted.negative)
            }
            if c != 0 { return c }
            return f > whole ? -1 : (f < whole ? 1 : 0)
        }
    }

    /// The integer as a double, or nil when it is too large to be finite.
    static func toDouble(_ a: Term) -> Double? {
        if a.isSmall { return Double(a.smallValue) }
        return withMagnitude(a) { na, la in BigMagnitude.toDouble(la, negative: na) }
    }

    /// The integer part of a finite double, as an integer term.
    static func fromDouble(_ p: Process, _ value: Double) -> Term {
        if value > -1.0e18 && value < 1.0e18 { return make(p, Int(value)) }
        let capacity = BigMagnitude.limbCount(truncating: value)
        return compute(p, capacity: capacity) { r in BigMagnitude.fromDouble(value, into: r) }
    }

    /// The integer as text in `radix` (2...36), with a leading minus sign when negative.
    static func text(_ a: Term, radix: Int) -> [UInt8] {
        if a.isSmall && radix == 10 { return Array(String(a.smallValue).utf8) }
        return withMagnitude(a) { na, la in
            let capacity = BigMagnitude.textCapacity(count: max(la.count, 1), radix: radix) + 1
            return [UInt8](unsafeUninitializedCapacity: capacity) { buffer, count in
                count = BigMagnitude.toText(la, negative: na, radix: radix, into: buffer)
            }
        }
    }

    /// Parses an optionally signed integer in `radix`, or nil on a bad digit or empty text.
    static func parse(_ p: Process, _ text: UnsafeBufferPointer<UInt8>, radix: Int) -> Term? {
        guard !text.isEmpty else { return nil }
        let capacity = BigMagnitude.parseCapacity(digitCount: text.count, radix: radix)
        guard capacity <= maxLimbs else { return nil }
        return withUnsafeTemporaryAllocation(of: UInt64.self, capacity: max(capacity, 1)) { buffer in
            guard let result = BigMagnitude.parseSigned(text, radix: radix, into: buffer) else { return nil }
            return make(p, negative: result.negative, Limbs(start: buffer.baseAddress, count: result.count))
        }
    }
}

extension UInt {
    @inline(__always) var toUInt64: UInt64 { UInt64(self) }
}
