// ets: walking a table key by key (first/next/last/prev and their _lookup forms, slot/2)
// and fixing it for safe traversal.

extension EtsBifs {
    static func first(_ p: Process, _ a: Arguments) -> Term { step(p, a[0], .none, last: false, lookup: false) }
    static func last(_ p: Process, _ a: Arguments) -> Term { step(p, a[0], .none, last: true, lookup: false) }
    static func next(_ p: Process, _ a: Arguments) -> Term { step(p, a[0], a[1], last: false, lookup: false) }
    static func prev(_ p: Process, _ a: Arguments) -> Term { step(p, a[0], a[1], last: true, lookup: false) }
    static func firstLookup(_ p: Process, _ a: Arguments) -> Term { step(p, a[0], .none, last: false, lookup: true) }
    static func lastLookup(_ p: Process, _ a: Arguments) -> Term { step(p, a[0], .none, last: true, lookup: true) }
    static func nextLookup(_ p: Process, _ a: Arguments) -> Term { step(p, a[0], a[1], last: false, lookup: true) }
    static func prevLookup(_ p: Process, _ a: Arguments) -> Term { step(p, a[0], a[1], last: true, lookup: true) }

    /// One step of a traversal: the first (or last) key when `from` is THE_NON_VALUE, else
    /// the key after (or before) `from`. With `lookup`, `{Key, Objects}`.
    static func step(_ p: Process, _ tab: Term, _ from: Term, last: Bool, lookup: Bool) -> Term {
        guard let table = open(p, tab, write: false) else { return .none }
        defer { table.unlock() }
        let node: EtsNodePointer?
        if from.isNone {
            node = last ? table.lastNode : table.firstNode
        } else {
            let (found, known) = last ? table.node(before: from) : table.node(after: from)
            guard known else { return p.badarg() }
            node = found
        }
        guard let node else { return EtsAtom.endOfTable }
        let key = node.key(table.keypos)
        guard lookup else { return p.copyIn(key) }
        return p.tuple(p.copyIn(key), copies(p, table.lookup(key)))
    }

    /// `ets:slot/2`: the objects of one hash bucket, or the I:th object of an ordered set.
    static func slot(_ p: Process, _ a: Arguments) -> Term {
        guard let table = open(p, a[0], write: false) else { return .none }
        defer { table.unlock() }
        guard a[1].isSmall, a[1].smallValue >= 0 else { return p.badarg() }
        let index = a[1].smallValue
        if table.isOrdered {
            if index == table.tree.count { return EtsAtom.endOfTable }
            guard let node = table.tree.node(at: index) else { return p.badarg() }
            return p.list([p.copyIn(node)])
        }
        if index == table.hash.active { return EtsAtom.endOfTable }
        guard index < table.hash.active else { return p.badarg() }
        var nodes: [EtsNodePointer] = []
        var node = table.hash.buckets[index]
        while let current = node {
            if !current.isDeleted { nodes.append(current) }
            node = current.pointee.left
        }
        // ERTS lists a bucket by prepending, so the chain comes out reversed.
        return copies(p, nodes.reversed())
    }

    /// `ets:safe_fixtable/2`.
    static func safeFixtable(_ p: Process, _ a: Arguments) -> Term {
        guard let table = open(p, a[0], write: false, lockWrite: true) else { return .none }
        let fix = a[1]
        guard fix == .true || fix == .false else {
            table.unlock()
            return p.badarg()
        }
        let changed = table.setFixed(fix == .true, by: p.pid)
        table.unlock()
        if changed { EtsRegistry.shared.noteFixation(table, by: p.pid, fixed: fix == .true) }
        return .true
    }
}
