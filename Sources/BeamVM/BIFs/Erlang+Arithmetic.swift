// erlang: arithmetic operators and numeric BIFs.

/// BIFs of the `erlang` module. Each takes the process and a pointer to its arguments and
/// returns the result, or THE_NON_VALUE after recording an exception in the process.
enum ErlangBifs {
    typealias Arguments = UnsafeMutablePointer<Term>

    static func plus(_ p: Process, _ a: Arguments) -> Term { Numbers.arithmetic(p, .add, a[0], a[1]) }
    static func minus(_ p: Process, _ a: Arguments) -> Term { Numbers.arithmetic(p, .subtract, a[0], a[1]) }
    static func times(_ p: Process, _ a: Arguments) -> Term { Numbers.arithmetic(p, .multiply, a[0], a[1]) }
    static func divide(_ p: Process, _ a: Arguments) -> Term { Numbers.divide(p, a[0], a[1]) }
    static func div(_ p: Process, _ a: Arguments) -> Term { Numbers.integerDivide(p, a[0], a[1], quotient: true) }
    static func rem(_ p: Process, _ a: Arguments) -> Term { Numbers.integerDivide(p, a[0], a[1], quotient: false) }
    static func band(_ p: Process, _ a: Arguments) -> Term { Numbers.bitwise(p, .and, a[0], a[1]) }
    static func bor(_ p: Process, _ a: Arguments) -> Term { Numbers.bitwise(p, .or, a[0], a[1]) }
    static func bxor(_ p: Process, _ a: Arguments) -> Term { Numbers.bitwise(p, .xor, a[0], a[1]) }
    static func bsl(_ p: Process, _ a: Arguments) -> Term { Numbers.shift(p, a[0], a[1], left: true) }
    static func bsr(_ p: Process, _ a: Arguments) -> Term { Numbers.shift(p, a[0], a[1], left: false) }

    static func bnot(_ p: Process, _ a: Arguments) -> Term {
        let v = a[0]
        if v.isSmall { return .small(~v.smallValue) }
        guard v.isBignum else { return p.fail(Atom.badarith) }
        return Integers.bitNot(p, v)
    }

    static func negate(_ p: Process, _ a: Arguments) -> Term { Numbers.negate(p, a[0]) }

    static func unaryPlus(_ p: Process, _ a: Arguments) -> Term {
        a[0].isNumber ? a[0] : p.fail(Atom.badarith)
    }

    static func abs(_ p: Process, _ a: Arguments) -> Term {
        let v = a[0]
        if v.isSmall { return Integers.make(p, Swift.abs(v.smallValue)) }
        // Before OTP 27, abs/1 only negated floats below zero, so -0.0 stayed -0.0.
        if v.isFloat { return p.float(EmulatedRelease.number >= 27 || v.floatValue < 0 ? Swift.abs(v.floatValue) : v.floatValue) }
        if v.isBignum { return Integers.compare(v, .small(0)) < 0 ? Integers.negate(p, v) : v }
        return p.badarg()
    }

    static func float(_ p: Process, _ a: Arguments) -> Term {
        let v = a[0]
        if v.isFloat { return v }
        guard v.isInteger else { return p.badarg() }
        guard let d = Integers.toDouble(v) else { return p.badarg() }
        return p.float(d)
    }

    /// trunc, round, ceil and floor.
    static func rounding(_ p: Process, _ v: Term, _ rule: FloatingPointRoundingRule) -> Term {
        if v.isInteger { return v }
        guard v.isFloat else { return p.badarg() }
        return Integers.fromDouble(p, v.floatValue.rounded(rule))
    }

    static func trunc(_ p: Process, _ a: Arguments) -> Term { rounding(p, a[0], .towardZero) }
    static func round(_ p: Process, _ a: Arguments) -> Term { rounding(p, a[0], .toNearestOrAwayFromZero) }
    static func ceil(_ p: Process, _ a: Arguments) -> Term { rounding(p, a[0], .up) }
    static func floor(_ p: Process, _ a: Arguments) -> Term { rounding(p, a[0], .down) }

    static func max(_ p: Process, _ a: Arguments) -> Term {
        TermOrder.compare(a[0], a[1], exact: false) < 0 ? a[1] : a[0]
    }

    static func min(_ p: Process, _ a: Arguments) -> Term {
        TermOrder.compare(a[0], a[1], exact: false) <= 0 ? a[0] : a[1]
    }
}
