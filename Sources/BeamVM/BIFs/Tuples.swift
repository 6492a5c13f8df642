// erlang: building tuples from lists and from other tuples. Positions are 1-based small
// integers; anything out of range is badarg. Tuples hold at most 2^24 - 1 elements.

/// Tuple BIFs of the `erlang` module.
enum TupleBifs {
    typealias Arguments = UnsafeMutablePointer<Term>

    /// ERTS's limit on tuple arity.
    static let maxArity = (1 << 24) - 1

    /// A new tuple of `arity` elements, with its element slots to fill.
    static func allocateTuple(_ p: Process, _ arity: Int) -> (Term, UnsafeMutablePointer<Term>) {
        let object = p.allocate(1 + arity)
        object[0] = Header.tuple(arity)
        return (.boxed(object), object + 1)
    }

    /// A 1-based position within 1...limit.
    static func position(_ term: Term, limit: Int) -> Int? {
        guard term.isSmall, term.smallValue >= 1, term.smallValue <= limit else { return nil }
        return term.smallValue
    }

    static func tupleToList(_ p: Process, _ a: Arguments) -> Term {
        guard a[0].isTuple else { return p.badarg() }
        let tuple = a[0]
        let arity = tuple.tupleArity
        guard arity > 0 else { return .nil }
        let cells = p.allocate(2 * arity)
        for i in 0..<arity {
            cells[2 * i] = tuple.tupleElement(i)
            cells[2 * i + 1] = i + 1 < arity ? .list(cells + 2 * (i + 1)) : .nil
        }
        return .list(cells)
    }

    static func listToTuple(_ p: Process, _ a: Arguments) -> Term {
        var count = 0
        var cursor = a[0]
        while cursor.isList {
            count += 1
            cursor = cursor.tail
        }
        guard cursor.isNil, count <= maxArity else { return p.badarg() }
        let (tuple, slots) = allocateTuple(p, count)
        cursor = a[0]
        for i in 0..<count {
            slots[i] = cursor.head
            cursor = cursor.tail
        }
        return tuple
    }

    static func setelement(_ p: Process, _ a: Arguments) -> Term {
        guard a[1].isTuple, let index = position(a[0], limit: a[1].tupleArity) else { return p.badarg() }
        let arity = a[1].tupleArity
        let (tuple, slots) = allocateTuple(p, arity)
        slots.update(from: a[1].boxedPointer + 1, count: arity)
        slots[index - 1] = a[2]
        return tuple
    }

    static func makeTuple2(_ p: Process, _ a: Arguments) -> Term {
        guard a[0].isSmall, a[0].smallValue >= 0, a[0].smallValue <= maxArity else { return p.badarg() }
        let (tuple, slots) = allocateTuple(p, a[0].smallValue)
        slots.initialize(repeating: a[1], count: a[0].smallValue)
        return tuple
    }

    /// `make_tuple(N, Default, [{Position, Value}])`: later pairs win.
    static func makeTuple3(_ p: Process, _ a: Arguments) -> Term {
        guard a[0].isSmall, a[0].smallValue >= 0, a[0].smallValue <= maxArity,
              let pairs = a[2].listElements else { return p.badarg() }
        let arity = a[0].smallValue
        for pair in pairs {
            guard pair.isTuple, pair.tupleArity == 2, position(pair.tupleElement(0), limit: arity) != nil else {
                return p.badarg()
            }
        }
        let (tuple, slots) = allocateTuple(p, arity)
        slots.initialize(repeating: a[1], count: arity)
        for pair in pairs { slots[pair.tupleElement(0).smallValue - 1] = pair.tupleElement(1) }
        return tuple
    }

    static func appendElement(_ p: Process, _ a: Arguments) -> Term {
        guard a[0].isTuple, a[0].tupleArity < maxArity else { return p.badarg() }
        let arity = a[0].tupleArity
        let (tuple, slots) = allocateTuple(p, arity + 1)
        slots.update(from: a[0].boxedPointer + 1, count: arity)
        slots[arity] = a[1]
        return tuple
    }

    static func insertElement(_ p: Process, _ a: Arguments) -> Term {
        guard a[1].isTuple, a[1].tupleArity < maxArity,
              let index = position(a[0], limit: a[1].tupleArity + 1) else { return p.badarg() }
        let arity = a[1].tupleArity
        let source = a[1].boxedPointer + 1
        let (tuple, slots) = allocateTuple(p, arity + 1)
        slots.update(from: source, count: index - 1)
        slots[index - 1] = a[2]
        (slots + index).update(from: source + index - 1, count: arity - index + 1)
        return tuple
    }

    static func deleteElement(_ p: Process, _ a: Arguments) -> Term {
        guard a[1].isTuple, let index = position(a[0], limit: a[1].tupleArity) else { return p.badarg() }
        let arity = a[1].tupleArity
        let source = a[1].boxedPointer + 1
        let (tuple, slots) = allocateTuple(p, arity - 1)
        slots.update(from: source, count: index - 1)
        (slots + index - 1).update(from: source + index, count: arity - index)
        return tuple
    }
}
