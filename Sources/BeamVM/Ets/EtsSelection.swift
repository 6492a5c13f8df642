// Running a match specification over a table, as select/match and their relatives do, in
// ERTS's order:
//
//  * hash tables are visited bucket by bucket from the first, and the results come in the
//    reverse of the visiting order (ERTS builds the list by prepending): the keys from the
//    last visited, the objects of one key oldest first (they are stored newest first). A chunk (select/3) ends with the bucket in which it reached its
//    limit; its continuation names the next bucket.
//  * ordered sets are visited in key order (descending for select_reverse), and a chunk
//    holds exactly `limit` results; its continuation names the last key visited.
//
// The table's lock is held by the caller throughout (the write lock when deleting or
// replacing objects).

struct EtsSelection {
    enum Mode { case collect, count, delete, replace }

    /// Where a traversal stopped: the next bucket, or the last key visited.
    enum Stop {
        case finished
        case bucket(Int)
        case key(Term)
    }

    let p: Process
    let table: EtsTable
    let runner: MatchRunner
    let mode: Mode
    /// Results (collect mode) in visiting order.
    private(set) var results: [Term] = []
    /// Objects counted, deleted or replaced.
    private(set) var count = 0
    /// Set when a replacement did not keep its object's key.
    private(set) var badReplacement = false

    init(_ p: Process, _ table: EtsTable, _ program: MatchProgram, mode: Mode) {
        self.p = p
        self.table = table
        runner = MatchRunner(program, p)
        self.mode = mode
    }

    func release() { runner.release() }

    /// The collected results as a list, in ERTS's order.
    func list() -> Term {
        table.isOrdered ? p.list(results) : p.list(results.reversed())
    }

    // MARK: - Visiting objects

    /// Runs the specification on one object; true when it produced a kept result.
    private mutating func visit(_ node: EtsNodePointer, pending: inout [(EtsNodePointer, Term?)]) -> Bool {
        let result = runner.run(node.object)
        if result.isNone { return false }
        switch mode {
        case .collect:
            results.append(result == node.object ? p.copyIn(node) : p.copyIn(result))
            return true
        case .count:
            if result == .true { count += 1 }
        case .delete:
            if result == .true {
                count += 1
                pending.append((node, nil))
            }
        case .replace:
            let keypos = table.keypos
            guard result.isTuple, result.tupleArity >= keypos,
                  TermOrder.exactlyEqual(result.tupleElement(keypos - 1), node.key(keypos)) else {
                badReplacement = true
                return false
            }
            count += 1
            pending.append((node, result))
        }
        return false
    }

    /// Deletes or replaces what the traversal selected; a replacement that would change a
    /// key cancels them all, as ERTS rejects such a specification before it starts.
    private func apply(_ pending: [(EtsNodePointer, Term?)]) {
        if badReplacement { return }
        for (node, replacement) in pending {
            if let replacement { table.replace(node, with: replacement) } else { table.delete(node: node) }
        }
        if mode == .delete && !table.isOrdered && !table.isFixed { table.hash.resize() }
    }

    // MARK: - Whole tables and chunks

    /// Visits the objects with the given keys only.
    mutating func run(keys: [Term], reverse: Bool) {
        var pending: [(EtsNodePointer, Term?)] = []
        var keys = keys
        if table.isOrdered {
            keys.sort { TermOrder.compare($0, $1, exact: false) < 0 }
            if reverse { keys.reverse() }
        }
        var seen: [EtsNodePointer] = []
        for key in keys {
            let nodes = table.isOrdered ? table.lookup(key) : table.hash.chain(key, hash: table.hash.hashValue(key))
            if let first = nodes.first, seen.contains(first) { continue }
            seen.append(contentsOf: nodes)
            for node in nodes { _ = visit(node, pending: &pending) }
        }
        apply(pending)
    }

    /// Visits the table from a starting point until the end, or until `limit` results
    /// were collected. Returns where it stopped.
    mutating func run(limit: Int?, reverse: Bool, bucket start: Int = 0, after key: Term? = nil) -> Stop {
        var pending: [(EtsNodePointer, Term?)] = []
        defer { apply(pending) }
        if table.isOrdered {
            var last: EtsNodePointer? = nil
            var stopped = false
            table.tree.forEach(reverse: reverse, after: key) { node in
                last = node
                if visit(node, pending: &pending), let limit, results.count >= limit {
                    stopped = true
                    return false
                }
                return !badReplacement
            }
            if stopped, let last { return .key(last.key(table.keypos)) }
            return .finished
        }
        let hash = table.hash
        var bucket = start
        while bucket < hash.active {
            var node = hash.buckets[bucket]
            while let current = node {
                node = current.pointee.left
                if current.isDeleted { continue }
                _ = visit(current, pending: &pending)
                if badReplacement { return .finished }
            }
            bucket += 1
            if let limit, results.count >= limit { return .bucket(bucket) }
        }
        return .finished
    }
}
