// maps: the functions ERTS implements natively (bif.tab), and erts_internal:map_next/3,
// which drives maps:next/1 and OTP's iterator-based functions. Errors as in ERTS:
// {badmap, M} for a non-map, {badkey, K} for a missing key, badarg for a bad list.

enum MapsBifs {
    typealias Arguments = UnsafeMutablePointer<Term>

    @inline(__always) static func badmap(_ p: Process, _ term: Term) -> Term { p.fail(p.tuple(Atom.badmap, term)) }

    static func get(_ p: Process, _ a: Arguments) -> Term {
        guard a[1].isMap else { return badmap(p, a[1]) }
        let value = MapOps.get(a[1], a[0])
        return value.isNone ? p.fail(p.tuple(Atom.badkey, a[0])) : value
    }

    static func getWithDefault(_ p: Process, _ a: Arguments) -> Term {
        guard a[1].isMap else { return badmap(p, a[1]) }
        let value = MapOps.get(a[1], a[0])
        return value.isNone ? a[2] : value
    }

    static func find(_ p: Process, _ a: Arguments) -> Term {
        guard a[1].isMap else { return badmap(p, a[1]) }
        let value = MapOps.get(a[1], a[0])
        return value.isNone ? Atom.error : p.tuple(Atom.ok, value)
    }

    static func isKey(_ p: Process, _ a: Arguments) -> Term {
        guard a[1].isMap else { return badmap(p, a[1]) }
        return .bool(!MapOps.get(a[1], a[0]).isNone)
    }

    static func size(_ p: Process, _ a: Arguments) -> Term {
        guard a[0].isMap else { return badmap(p, a[0]) }
        return .small(MapOps.size(a[0]))
    }

    static func keys(_ p: Process, _ a: Arguments) -> Term {
        guard a[0].isMap else { return badmap(p, a[0]) }
        return MapOps.list(p, a[0], .keys)
    }

    static func values(_ p: Process, _ a: Arguments) -> Term {
        guard a[0].isMap else { return badmap(p, a[0]) }
        return MapOps.list(p, a[0], .values)
    }

    static func toList(_ p: Process, _ a: Arguments) -> Term {
        guard a[0].isMap else { return badmap(p, a[0]) }
        return MapOps.list(p, a[0], .pairs)
    }

    static func put(_ p: Process, _ a: Arguments) -> Term {
        guard a[2].isMap else { return badmap(p, a[2]) }
        return MapOps.put(p, a[2], a[0], a[1])
    }

    static func update(_ p: Process, _ a: Arguments) -> Term {
        guard a[2].isMap else { return badmap(p, a[2]) }
        let result = MapOps.update(p, a[2], a[0], a[1])
        return result.isNone ? p.fail(p.tuple(Atom.badkey, a[0])) : result
    }

    static func remove(_ p: Process, _ a: Arguments) -> Term {
        guard a[1].isMap else { return badmap(p, a[1]) }
        return MapOps.remove(p, a[1], a[0])
    }

    static func take(_ p: Process, _ a: Arguments) -> Term {
        guard a[1].isMap else { return badmap(p, a[1]) }
        let value = MapOps.get(a[1], a[0])
        if value.isNone { return Atom.error }
        return p.tuple(value, MapOps.remove(p, a[1], a[0]))
    }

    static func merge(_ p: Process, _ a: Arguments) -> Term {
        guard a[0].isMap else { return badmap(p, a[0]) }
        guard a[1].isMap else { return badmap(p, a[1]) }
        return MapOps.merge(p, a[0], a[1])
    }

    static func fromList(_ p: Process, _ a: Arguments) -> Term {
        var pairs: [(key: Term, value: Term)] = []
        var list = a[0]
        while list.isList {
            let pair = list.head
            guard pair.isTuple, pair.tupleArity == 2 else { return p.badarg() }
            pairs.append((pair.tupleElement(0), pair.tupleElement(1)))
            list = list.tail
        }
        guard list.isNil else { return p.badarg() }
        return MapOps.make(p, pairs)
    }

    static func fromKeys(_ p: Process, _ a: Arguments) -> Term {
        var pairs: [(key: Term, value: Term)] = []
        var list = a[0]
        while list.isList {
            pairs.append((list.head, a[1]))
            list = list.tail
        }
        guard list.isNil else { return p.badarg() }
        return MapOps.make(p, pairs)
    }

    static func mapNext(_ p: Process, _ a: Arguments) -> Term {
        guard a[1].isMap else { return p.badarg() }
        let result = MapOps.next(p, path: a[0], map: a[1], accumulator: a[2])
        return result.isNone ? p.badarg() : result
    }
}
