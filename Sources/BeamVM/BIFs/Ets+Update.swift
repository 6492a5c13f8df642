// ets: updating objects in place (update_counter/3,4 and update_element/3,4), atomically
// under the table's write lock. Only set and ordered_set tables allow it.

extension EtsBifs {
    /// One counter operation: add `increment` at `position`; past `threshold` (when given)
    /// the counter becomes `reset`.
    struct CounterOp {
        var position: Int
        var increment: Term
        var threshold: Term?
        var reset: Term?
    }

    static func updateCounter3(_ p: Process, _ a: Arguments) -> Term { updateCounter(p, a, defaultObject: nil) }
    static func updateCounter4(_ p: Process, _ a: Arguments) -> Term { updateCounter(p, a, defaultObject: a[3]) }

    /// The operations of an update_counter argument and whether it was a list; nil when
    /// malformed. A bare increment applies to the element after the key.
    static func counterOps(_ term: Term, keypos: Int) -> (ops: [CounterOp], list: Bool)? {
        func one(_ t: Term) -> CounterOp? {
            if t.isInteger { return CounterOp(position: keypos + 1, increment: t) }
            guard t.isTuple, t.tupleArity == 2 || t.tupleArity == 4, t.tupleElement(0).isSmall else { return nil }
            guard (1..<t.tupleArity).allSatisfy({ t.tupleElement($0).isInteger }) else { return nil }
            if t.tupleArity == 2 { return CounterOp(position: t.tupleElement(0).smallValue, increment: t.tupleElement(1)) }
            return CounterOp(position: t.tupleElement(0).smallValue, increment: t.tupleElement(1),
                             threshold: t.tupleElement(2), reset: t.tupleElement(3))
        }
        if term.isList || term.isNil {
            guard let items = term.listElements else { return nil }
            var ops: [CounterOp] = []
            for item in items {
                guard let op = one(item) else { return nil }
                ops.append(op)
            }
            return (ops, true)
        }
        return one(term).map { ([$0], false) }
    }

    static func updateCounter(_ p: Process, _ a: Arguments, defaultObject: Term?) -> Term {
        guard let table = open(p, a[0], write: true) else { return .none }
        defer { table.unlock() }
        guard table.kind == .set || table.kind == .orderedSet else { return p.etsBadarg(EtsAtom.tableType) }
        let keypos = table.keypos
        guard let (ops, isList) = counterOps(a[2], keypos: keypos) else { return p.badarg() }
        let node = table.lookup(a[1]).first
        // Releases after OTP 25 check the default object even when the key exists.
        if let defaultObject, !isObject(defaultObject, keypos: keypos) {
            if !EtsRelease.legacy { return p.etsBadarg(EtsAtom.defaultCause) }
            if node == nil { return p.badarg() }
        }
        guard node != nil || defaultObject != nil else { return p.etsBadarg(Atom.badkey) }
        var elements: [Term]
        if let node {
            let object = node.object
            elements = (0..<object.tupleArity).map { object.tupleElement($0) }
        } else {
            let object = defaultObject!
            elements = (0..<object.tupleArity).map { object.tupleElement($0) }
            elements[keypos - 1] = a[1]
        }
        var results: [Term] = []
        for op in ops {
            guard op.position >= 1 && op.position <= elements.count else { return p.etsBadarg(EtsAtom.position) }
            guard op.position != keypos else { return p.etsBadarg(EtsAtom.keyposCause) }
            let current = elements[op.position - 1]
            guard current.isInteger else { return p.badarg() }
            var value = current.isSmall && op.increment.isSmall
                ? Integers.make(p, current.smallValue + op.increment.smallValue)
                : Integers.add(p, current, op.increment)
            if let threshold = op.threshold, let reset = op.reset {
                let increasing = Integers.compare(op.increment, .small(0)) >= 0
                let c = Integers.compare(value, threshold)
                if (increasing && c > 0) || (!increasing && c < 0) { value = reset }
            }
            elements[op.position - 1] = value
            results.append(value)
        }
        let updated = p.tuple(elements)
        if let node { table.replace(node, with: updated) } else { table.insert(updated) }
        return isList ? p.list(results) : results[0]
    }

    static func updateElement3(_ p: Process, _ a: Arguments) -> Term { updateElement(p, a, defaultObject: nil) }
    static func updateElement4(_ p: Process, _ a: Arguments) -> Term { updateElement(p, a, defaultObject: a[3]) }

    static func updateElement(_ p: Process, _ a: Arguments, defaultObject: Term?) -> Term {
        guard let table = open(p, a[0], write: true) else { return .none }
        defer { table.unlock() }
        guard table.kind == .set || table.kind == .orderedSet else { return p.badarg() }
        let keypos = table.keypos
        var specs: [(Int, Term)] = []
        let items = a[2].isTuple ? [a[2]] : a[2].listElements
        guard let items else { return p.badarg() }
        for item in items {
            guard item.isTuple, item.tupleArity == 2, item.tupleElement(0).isSmall else { return p.badarg() }
            specs.append((item.tupleElement(0).smallValue, item.tupleElement(1)))
        }
        if let defaultObject, !isObject(defaultObject, keypos: keypos) { return p.etsBadarg(EtsAtom.defaultCause) }
        let node = table.lookup(a[1]).first
        guard node != nil || defaultObject != nil else { return .false }
        let object = node?.object ?? defaultObject!
        var elements = (0..<object.tupleArity).map { object.tupleElement($0) }
        if node == nil { elements[keypos - 1] = a[1] }
        for (position, value) in specs {
            guard position >= 1 && position <= elements.count else {
                return EtsRelease.legacy ? p.badarg() : p.etsBadarg(EtsAtom.position)
            }
            guard position != keypos else { return p.etsBadarg(EtsAtom.keyposCause) }
            elements[position - 1] = value
        }
        let updated = p.tuple(elements)
        if let node { table.replace(node, with: updated) } else { table.insert(updated) }
        return .true
    }
}
