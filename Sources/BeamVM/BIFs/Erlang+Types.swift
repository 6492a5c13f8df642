// erlang: type tests and the size BIFs that guards use.

extension ErlangBifs {
    static func isAtom(_ p: Process, _ a: Arguments) -> Term { .bool(a[0].isAtom) }
    static func isBinary(_ p: Process, _ a: Arguments) -> Term { .bool(a[0].isBitstring && BitstringView(a[0]).isBinary) }
    static func isBitstring(_ p: Process, _ a: Arguments) -> Term { .bool(a[0].isBitstring) }
    static func isBoolean(_ p: Process, _ a: Arguments) -> Term { .bool(a[0] == .true || a[0] == .false) }
    static func isFloat(_ p: Process, _ a: Arguments) -> Term { .bool(a[0].isFloat) }
    static func isFunction1(_ p: Process, _ a: Arguments) -> Term { .bool(a[0].isFunction) }

    static func isFunction2(_ p: Process, _ a: Arguments) -> Term {
        guard a[1].isSmall, a[1].smallValue >= 0 else { return p.badarg() }
        return .bool(a[0].isFunction && Interpreter.funArity(a[0]) == a[1].smallValue)
    }

    static func isInteger(_ p: Process, _ a: Arguments) -> Term { .bool(a[0].isInteger) }

    /// `is_integer(Term, Low, High)` (OTP 29): an integer within the closed range; bounds that
    /// are not integers are a badarg, whatever the term.
    static func isIntegerInRange(_ p: Process, _ a: Arguments) -> Term {
        guard a[1].isInteger, a[2].isInteger else { return p.badarg() }
        guard a[0].isInteger else { return .false }
        return .bool(TermOrder.compare(a[1], a[0], exact: true) <= 0 && TermOrder.compare(a[0], a[2], exact: true) <= 0)
    }
    static func isList(_ p: Process, _ a: Arguments) -> Term { .bool(a[0].isList || a[0].isNil) }
    static func isMap(_ p: Process, _ a: Arguments) -> Term { .bool(a[0].isMap) }
    static func isNumber(_ p: Process, _ a: Arguments) -> Term { .bool(a[0].isNumber) }
    static func isPid(_ p: Process, _ a: Arguments) -> Term { .bool(a[0].isPid) }
    static func isPort(_ p: Process, _ a: Arguments) -> Term { .bool(a[0].isPort) }
    static func isReference(_ p: Process, _ a: Arguments) -> Term { .bool(a[0].isReference) }
    static func isTuple(_ p: Process, _ a: Arguments) -> Term { .bool(a[0].isTuple) }

    static func isRecord2(_ p: Process, _ a: Arguments) -> Term {
        guard a[1].isAtom else { return p.badarg() }
        return .bool(a[0].isTuple && a[0].tupleArity > 0 && a[0].tupleElement(0) == a[1])
    }

    static func isRecord3(_ p: Process, _ a: Arguments) -> Term {
        guard a[1].isAtom, a[2].isSmall else { return p.badarg() }
        return .bool(a[0].isTuple && a[0].tupleArity == a[2].smallValue && a[0].tupleArity > 0 && a[0].tupleElement(0) == a[1])
    }

    static func length(_ p: Process, _ a: Arguments) -> Term {
        var count = 0
        var cursor = a[0]
        while cursor.isList {
            count += 1
            cursor = cursor.tail
        }
        return cursor.isNil ? .small(count) : p.badarg()
    }

    static func hd(_ p: Process, _ a: Arguments) -> Term { a[0].isList ? a[0].head : p.badarg() }
    static func tl(_ p: Process, _ a: Arguments) -> Term { a[0].isList ? a[0].tail : p.badarg() }

    static func tupleSize(_ p: Process, _ a: Arguments) -> Term { a[0].isTuple ? .small(a[0].tupleArity) : p.badarg() }

    static func size(_ p: Process, _ a: Arguments) -> Term {
        if a[0].isTuple { return .small(a[0].tupleArity) }
        if a[0].isBitstring { return .small(BitstringView(a[0]).byteCount) }
        return p.badarg()
    }

    static func byteSize(_ p: Process, _ a: Arguments) -> Term {
        guard a[0].isBitstring else { return p.badarg() }
        return .small((BitstringView(a[0]).bitSize + 7) / 8)
    }

    static func bitSize(_ p: Process, _ a: Arguments) -> Term {
        guard a[0].isBitstring else { return p.badarg() }
        return .small(BitstringView(a[0]).bitSize)
    }

    static func mapSize(_ p: Process, _ a: Arguments) -> Term {
        a[0].isMap ? .small(MapOps.size(a[0])) : p.fail(p.tuple(Atom.badmap, a[0]))
    }

    static func element(_ p: Process, _ a: Arguments) -> Term {
        guard a[0].isSmall, a[1].isTuple else { return p.badarg() }
        let index = a[0].smallValue
        guard index >= 1, index <= a[1].tupleArity else { return p.badarg() }
        return a[1].tupleElement(index - 1)
    }

    static func isMapKey(_ p: Process, _ a: Arguments) -> Term {
        guard a[1].isMap else { return p.fail(p.tuple(Atom.badmap, a[1])) }
        return .bool(!MapOps.get(a[1], a[0]).isNone)
    }

    static func mapGet(_ p: Process, _ a: Arguments) -> Term {
        guard a[1].isMap else { return p.fail(p.tuple(Atom.badmap, a[1])) }
        let value = MapOps.get(a[1], a[0])
        return value.isNone ? p.fail(p.tuple(Atom.badkey, a[0])) : value
    }
}
