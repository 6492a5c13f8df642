// Arithmetic on numbers of any kind: the slow paths of `+`, `-`, `*`, `/`, `div`, `rem`,
// the bitwise operators and the conversions between integers and floats. The interpreter
// handles small integers inline and calls here otherwise.

enum Numbers {
    /// The value of a number as a double; nil for non-numbers and integers too large.
    static func toDouble(_ t: Term) -> Double? {
        if t.isSmall { return Double(t.smallValue) }
        guard t.isBoxed else { return nil }
        if t.isFloat { return t.floatValue }
        if t.isBignum { return Integers.toDouble(t) }
        return nil
    }

    /// A float result, or badarith when it is not finite.
    @inline(__always)
    static func floatResult(_ p: Process, _ value: Double) -> Term {
        value.isFinite ? p.float(value) : p.fail(Atom.badarith)
    }

    enum Operation { case add, subtract, multiply }

    /// `a + b`, `a - b` or `a * b` for any numbers.
    static func arithmetic(_ p: Process, _ operation: Operation, _ a: Term, _ b: Term) -> Term {
        if a.isSmall && b.isSmall {
            let x = a.smallValue, y = b.smallValue
            let (result, overflow): (Int, Bool)
            switch operation {
            case .add: (result, overflow) = x.addingReportingOverflow(y)
            case .subtract: (result, overflow) = x.subtractingReportingOverflow(y)
            case .multiply: (result, overflow) = x.multipliedReportingOverflow(by: y)
            }
            if !overflow { return Integers.make(p, result) }
        }
        if a.isInteger && b.isInteger {
            switch operation {
            case .add: return Integers.add(p, a, b)
            case .subtract: return Integers.subtract(p, a, b)
            case .multiply: return Integers.multiply(p, a, b)
            }
        }
        guard let x = toDouble(a), let y = toDouble(b), a.isNumber, b.isNumber else { return p.fail(Atom.badarith) }
        switch operation {
        case .add: return floatResult(p, x + y)
        case .subtract: return floatResult(p, x - y)
        case .multiply: return floatResult(p, x * y)
        }
    }

    /// `a / b`: always a float.
    static func divide(_ p: Process, _ a: Term, _ b: Term) -> Term {
        guard a.isNumber, b.isNumber, let x = toDouble(a), let y = toDouble(b) else { return p.fail(Atom.badarith) }
        guard y != 0 else { return p.fail(Atom.badarith) }
        return floatResult(p, x / y)
    }

    /// `a div b` (quotient: true) or `a rem b`.
    static func integerDivide(_ p: Process, _ a: Term, _ b: Term, quotient: Bool) -> Term {
        guard a.isInteger, b.isInteger else { return p.fail(Atom.badarith) }
        if b.isSmall && b.smallValue == 0 { return p.fail(Atom.badarith) }
        if a.isSmall && b.isSmall {
            let x = a.smallValue, y = b.smallValue
            return Integers.make(p, quotient ? x / y : x % y)
        }
        return Integers.divide(p, a, b, quotient: quotient)
    }

    static func bitwise(_ p: Process, _ operation: BigMagnitude.BitOperation, _ a: Term, _ b: Term) -> Term {
        guard a.isInteger, b.isInteger else { return p.fail(Atom.badarith) }
        if a.isSmall && b.isSmall {
            let x = a.smallValue, y = b.smallValue
            switch operation {
            case .and: return .small(x & y)
            case .or: return .small(x | y)
            case .xor: return .small(x ^ y)
            }
        }
        return Integers.bitwise(p, operation, a, b)
    }

    /// `a bsl n` (left: true) or `a bsr n`.
    static func shift(_ p: Process, _ a: Term, _ n: Term, left: Bool) -> Term {
        guard a.isInteger, n.isInteger else { return p.fail(Atom.badarith) }
        guard n.isSmall else {
            // A huge shift: right shifts give 0 or -1, left shifts of non-zero are too large.
            let negativeShift = Integers.compare(n, .small(0)) < 0
            if left != negativeShift {
                if a.isSmall && a.smallValue == 0 { return .small(0) }
                return p.fail(Atom.systemLimit)
            }
            let negative = Integers.compare(a, .small(0)) < 0
            return .small(negative ? -1 : 0)
        }
        let count = left ? n.smallValue : -n.smallValue
        if a.isSmall {
            let x = a.smallValue
            if count <= 0 {
                return .small(count <= -64 ? (x < 0 ? -1 : 0) : x >> -count)
            }
            if count < 64 && x == (x << count) >> count { return Integers.make(p, x << count) }
        }
        return Integers.shift(p, a, by: count)
    }

    static func negate(_ p: Process, _ a: Term) -> Term {
        if a.isSmall || a.isBignum { return Integers.negate(p, a) }
        if a.isFloat { return p.float(-a.floatValue) }
        return p.fail(Atom.badarith)
    }
}
