// erlang: comparison and boolean operators.

extension ErlangBifs {
    static func equal(_ p: Process, _ a: Arguments) -> Term { .bool(TermOrder.equal(a[0], a[1])) }
    static func notEqual(_ p: Process, _ a: Arguments) -> Term { .bool(!TermOrder.equal(a[0], a[1])) }
    static func exactlyEqual(_ p: Process, _ a: Arguments) -> Term { .bool(TermOrder.exactlyEqual(a[0], a[1])) }
    static func exactlyNotEqual(_ p: Process, _ a: Arguments) -> Term { .bool(!TermOrder.exactlyEqual(a[0], a[1])) }
    static func less(_ p: Process, _ a: Arguments) -> Term { .bool(TermOrder.compare(a[0], a[1], exact: false) < 0) }
    static func greater(_ p: Process, _ a: Arguments) -> Term { .bool(TermOrder.compare(a[0], a[1], exact: false) > 0) }
    static func lessOrEqual(_ p: Process, _ a: Arguments) -> Term { .bool(TermOrder.compare(a[0], a[1], exact: false) <= 0) }
    static func greaterOrEqual(_ p: Process, _ a: Arguments) -> Term { .bool(TermOrder.compare(a[0], a[1], exact: false) >= 0) }

    @inline(__always) static func boolean(_ t: Term) -> Bool? {
        t == .true ? true : (t == .false ? false : nil)
    }

    static func and(_ p: Process, _ a: Arguments) -> Term {
        guard let x = boolean(a[0]), let y = boolean(a[1]) else { return p.badarg() }
        return .bool(x && y)
    }

    static func or(_ p: Process, _ a: Arguments) -> Term {
        guard let x = boolean(a[0]), let y = boolean(a[1]) else { return p.badarg() }
        return .bool(x || y)
    }

    static func xor(_ p: Process, _ a: Arguments) -> Term {
        guard let x = boolean(a[0]), let y = boolean(a[1]) else { return p.badarg() }
        return .bool(x != y)
    }

    static func not(_ p: Process, _ a: Arguments) -> Term {
        guard let x = boolean(a[0]) else { return p.badarg() }
        return .bool(!x)
    }
}
