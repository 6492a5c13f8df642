// persistent_term: a node-wide map from keys to terms that `get` returns without copying.
//
// `put` copies the key and value once into a block outside every process heap; `get`
// returns a pointer into that block, which the garbage collector leaves alone as it does
// literals. A replaced or erased value may still be in use by processes, and beamr does not
// track that (ERTS scans all processes before freeing it), so such blocks are kept until
// the VM exits.

final class PersistentTerms: @unchecked Sendable { // @unchecked: guarded by `entries`
    static let shared = PersistentTerms()

    /// {Key, Value} blocks by key hash; keys compare exactly.
    private let entries = MutexBox<[UInt64: [UnsafeMutablePointer<EtsNode>]]>([:])
    /// Blocks no longer in the map but possibly still referenced.
    private let retired = MutexBox<[UnsafeMutablePointer<EtsNode>]>([])

    private func index(_ list: [UnsafeMutablePointer<EtsNode>], _ key: Term) -> Int? {
        list.firstIndex { TermOrder.exactlyEqual($0.object.tupleElement(0), key) }
    }

    /// The stored value for `key` (outside any heap), or nil.
    func get(_ key: Term) -> Term? {
        let hash = MapHash.modernHash(key)
        return entries.withLock { table in
            guard let list = table[hash], let i = index(list, key) else { return nil }
            return list[i].object.tupleElement(1)
        }
    }

    /// Stores `value` under `key`. With `onlyNew`, an existing different value makes it
    /// fail (returns false).
    func put(_ key: Term, _ value: Term, onlyNew: Bool) -> Bool {
        let hash = MapHash.modernHash(key)
        return entries.withLock { table in
            var list = table[hash] ?? []
            if let i = index(list, key) {
                let old = list[i]
                if TermOrder.exactlyEqual(old.object.tupleElement(1), value) { return true }
                if onlyNew { return false }
                list[i] = Self.pair(key, value)
                retired.withLock { $0.append(old) }
            } else {
                list.append(Self.pair(key, value))
            }
            table[hash] = list
            return true
        }
    }

    /// A block holding a copy of the tuple {Key, Value}.
    private static func pair(_ key: Term, _ value: Term) -> UnsafeMutablePointer<EtsNode> {
        withUnsafeTemporaryAllocation(of: Term.self, capacity: 3) { buffer in
            buffer[0] = Header.tuple(2)
            buffer[1] = key
            buffer[2] = value
            return EtsNode.make(Term.boxed(buffer.baseAddress!))
        }
    }

    func erase(_ key: Term) -> Bool {
        let hash = MapHash.modernHash(key)
        return entries.withLock { table in
            guard var list = table[hash], let i = index(list, key) else { return false }
            retired.withLock { $0.append(list[i]) }
            list.remove(at: i)
            table[hash] = list.isEmpty ? nil : list
            return true
        }
    }

    /// Every {Key, Value} pair (outside any heap).
    func all() -> [Term] {
        entries.withLock { table in table.values.flatMap { $0.map { $0.object } } }
    }

    /// Entries and the words they occupy.
    func usage() -> (count: Int, words: Int) {
        entries.withLock { table in
            table.values.reduce((0, 0)) { sum, list in
                (sum.0 + list.count, sum.1 + list.reduce(0) { $0 + $1.pointee.words })
            }
        }
    }
}

enum PersistentTermBifs {
    typealias Arguments = UnsafeMutablePointer<Term>

    static let ertsErrors = Term.atom("erl_erts_errors")
    static let count = Term.atom("count")

    /// badarg with `error_info` naming erl_erts_errors, as ERTS reports for these BIFs.
    static func badarg(_ p: Process) -> Term {
        _ = p.badarg()
        p.exceptionErrorInfo = MapOps.make(p, [(Atom.module, ertsErrors)])
        return .none
    }

    static func get1(_ p: Process, _ a: Arguments) -> Term {
        PersistentTerms.shared.get(a[0]) ?? badarg(p)
    }

    static func get2(_ p: Process, _ a: Arguments) -> Term {
        PersistentTerms.shared.get(a[0]) ?? a[1]
    }

    static func get0(_ p: Process, _ a: Arguments) -> Term {
        p.list(PersistentTerms.shared.all())
    }

    static func put(_ p: Process, _ a: Arguments) -> Term {
        _ = PersistentTerms.shared.put(a[0], a[1], onlyNew: false)
        return Atom.ok
    }

    static func putNew(_ p: Process, _ a: Arguments) -> Term {
        PersistentTerms.shared.put(a[0], a[1], onlyNew: true) ? Atom.ok : badarg(p)
    }

    static func erase(_ p: Process, _ a: Arguments) -> Term {
        .bool(PersistentTerms.shared.erase(a[0]))
    }

    static func info(_ p: Process, _ a: Arguments) -> Term {
        let usage = PersistentTerms.shared.usage()
        return MapOps.make(p, [(count, .small(usage.count)), (EtsAtom.memory, .small(usage.words * 8))])
    }
}
