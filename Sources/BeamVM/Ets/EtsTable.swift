// An ETS table: its options, its owner and its objects, behind a readers-writer lock that
// every operation takes (read for lookups and traversals, write for updates), so processes
// on different scheduler threads can share public tables.
//
// Lifetime: the registry holds a table from `ets:new/2` until it is deleted (explicitly or
// with its owner). A BIF that found a table keeps it alive (ARC) while it works and checks
// `alive` under the lock: a table deleted meanwhile answers as if it never existed.

import Synchronization

#if canImport(Glibc)
import Glibc
#endif

final class EtsTable: @unchecked Sendable { // @unchecked: mutable state is guarded by `lock`
    enum Kind: Int {
        case set, orderedSet, bag, duplicateBag

        var atom: Term {
            switch self {
            case .set: return EtsAtom.set
            case .orderedSet: return EtsAtom.orderedSet
            case .bag: return EtsAtom.bag
            case .duplicateBag: return EtsAtom.duplicateBag
            }
        }
    }

    enum Access: Int {
        case `public`, protected, `private`

        var atom: Term {
            switch self {
            case .public: return EtsAtom.public
            case .protected: return EtsAtom.protected
            case .private: return EtsAtom.private
            }
        }
    }

    /// Options given to `ets:new/2`.
    struct Options {
        var kind = Kind.set
        var access = Access.protected
        var named = false
        var keypos = 1
        var heir: Term = Atom.none
        var heirData: Term = .none
        var readConcurrency = false
        var writeConcurrency: Term = .false
        var decentralizedCounters: Bool?
        var compressed = false
    }

    /// The reference id (see `EtsRegistry.tableIdBit`).
    let id: UInt64
    let kind: Kind
    let access: Access
    let keypos: Int
    let named: Bool
    let readConcurrency: Bool
    let writeConcurrency: Term
    let decentralizedCounters: Bool
    let compressed: Bool

    // Guarded by `lock` (and, for `name`, also by the registry's lock).
    var name: Term
    var owner: Term
    var heir: Term
    /// A private copy of the heir data (nil without heir data).
    var heirData: UnsafeMutablePointer<EtsNode>?
    var alive = true
    var hash: EtsHashStorage
    var tree: EtsTreeStorage
    /// Fixations by process (safe_fixtable): pid → count.
    var fixations: [Term: Int] = [:]
    /// When the table went from unfixed to fixed (system and monotonic nanoseconds).
    var fixedAt: (system: UInt64, monotonic: UInt64) = (0, 0)

    private let lock: UnsafeMutablePointer<pthread_rwlock_t>

    init(id: UInt64, name: Term, owner: Term, options: Options) {
        self.id = id
        self.name = name
        self.owner = owner
        kind = options.kind
        access = options.access
        keypos = options.keypos
        named = options.named
        readConcurrency = options.readConcurrency
        writeConcurrency = options.writeConcurrency
        compressed = options.compressed
        let concurrent = options.writeConcurrency != .false
        decentralizedCounters = options.decentralizedCounters
            ?? (options.writeConcurrency == EtsAtom.auto || (options.kind == .orderedSet && concurrent))
        heir = options.heir
        if options.heir != Atom.none && !options.heirData.isNone { heirData = EtsNode.make(options.heirData) }
        hash = EtsHashStorage(keypos: options.keypos)
        tree = EtsTreeStorage(keypos: options.keypos)
        lock = .allocate(capacity: 1)
        pthread_rwlock_init(lock, nil)
    }

    deinit {
        if alive { release() }
        pthread_rwlock_destroy(lock)
        lock.deallocate()
    }

    @inline(__always) func lockRead() { pthread_rwlock_rdlock(lock) }
    @inline(__always) func lockWrite() { pthread_rwlock_wrlock(lock) }
    @inline(__always) func unlock() { pthread_rwlock_unlock(lock) }

    /// Frees every object; the table is dead afterwards. - Precondition: write lock held.
    func release() {
        alive = false
        hash.destroy()
        tree.destroy()
        hash = EtsHashStorage(keypos: keypos, legacy: hash.legacy)
        tree = EtsTreeStorage(keypos: keypos)
        if let heirData { EtsNode.free(heirData) }
        heirData = nil
        fixations = [:]
    }

    var isOrdered: Bool { kind == .orderedSet }
    var isFixed: Bool { !fixations.isEmpty }
    var count: Int { isOrdered ? tree.count : hash.count }

    /// The reference term that identifies the table.
    func reference(_ p: Process) -> Term { p.reference(id) }

    /// What `ets:new/2` and the table functions return: the name of a named table, else
    /// its reference.
    func identifier(_ p: Process) -> Term { named ? name : reference(p) }

    /// Whether `pid` may read (`write == false`) or write the table.
    func allows(_ pid: Term, write: Bool) -> Bool {
        switch access {
        case .public: return true
        case .protected: return !write || pid == owner
        case .private: return pid == owner
        }
    }

    // MARK: - Objects

    /// The live objects with `key` (at most one for sets).
    func lookup(_ key: Term) -> [EtsNodePointer] {
        if isOrdered { return tree.find(key).map { [$0] } ?? [] }
        return hash.lookup(key, hash: hash.hashValue(key))
    }

    func contains(_ key: Term) -> Bool {
        if isOrdered { return tree.find(key) != nil }
        return hash.first(key, hash: hash.hashValue(key)) != nil
    }

    /// Inserts `object` (already validated). - Precondition: write lock held.
    func insert(_ object: Term) {
        if isOrdered { tree.insert(object) } else { hash.insert(object, kind: kind, fixed: isFixed) }
    }

    /// Deletes every object with `key`; returns how many.
    @discardableResult
    func delete(_ key: Term) -> Int {
        if isOrdered { return tree.delete(key) ? 1 : 0 }
        return hash.delete(key, hash: hash.hashValue(key), fixed: isFixed)
    }

    /// Deletes the objects exactly equal to `object`.
    func deleteObject(_ object: Term) {
        let key = object.tupleElement(keypos - 1)
        if isOrdered {
            if let node = tree.find(key), TermOrder.exactlyEqual(node.object, object) { tree.delete(key) }
            return
        }
        hash.delete(key, hash: hash.hashValue(key), object: object, fixed: isFixed)
    }

    /// Deletes one node found by a traversal.
    func delete(node: EtsNodePointer) {
        if isOrdered { tree.delete(node.key(keypos)) } else { hash.delete(node: node, fixed: isFixed) }
    }

    /// Replaces a live node's object by `object`, which has the same key.
    func replace(_ node: EtsNodePointer, with object: Term) {
        if isOrdered { tree.replace(node, with: object) } else { hash.replace(node, with: object) }
    }

    func removeAll() {
        if isOrdered { tree.removeAll(); return }
        if isFixed {
            var index = 0
            while let (node, bucket) = hash.firstLive(from: index) {
                hash.delete(node: node, fixed: true)
                index = bucket
            }
        } else {
            hash.removeAll()
        }
    }

    // MARK: - Keys in table order

    var firstNode: EtsNodePointer? { isOrdered ? tree.first : hash.firstLive(from: 0)?.node }
    /// For hash tables `last/1` is `first/1` and `prev/2` is `next/2`, as in ERTS.
    var lastNode: EtsNodePointer? { isOrdered ? tree.last : hash.firstLive(from: 0)?.node }

    /// The node after `key` in table order; `found` is false when a hash table does not
    /// know the key (ordered sets accept any key).
    func node(after key: Term) -> (node: EtsNodePointer?, found: Bool) {
        if isOrdered { return (tree.after(key), true) }
        return hash.liveAfter(key)
    }

    func node(before key: Term) -> (node: EtsNodePointer?, found: Bool) {
        if isOrdered { return (tree.before(key), true) }
        return hash.liveAfter(key)
    }

    // MARK: - Fixation

    /// Fixes (`fix`) or releases one fixation by `pid`. Returns true when the table went
    /// from fixed to unfixed or back (the registry tracks fixing processes).
    func setFixed(_ fix: Bool, by pid: Term) -> Bool {
        if fix {
            let wasFixed = isFixed
            fixations[pid, default: 0] += 1
            if !wasFixed { fixedAt = (Clock.systemNanoseconds(), Clock.monotonicNanoseconds()) }
            return fixations[pid] == 1
        }
        guard let n = fixations[pid] else { return false }
        if n > 1 {
            fixations[pid] = n - 1
            return false
        }
        fixations[pid] = nil
        if fixations.isEmpty && !isOrdered { hash.purge() }
        return true
    }

    /// Drops every fixation of an exited process.
    func releaseFixations(of pid: Term) {
        guard fixations[pid] != nil else { return }
        fixations[pid] = nil
        if fixations.isEmpty && !isOrdered { hash.purge() }
    }

    /// Approximate memory use in words, as `ets:info/2` reports it.
    var memoryWords: Int {
        var words = EtsRelease.legacy ? 305 : 306
        if isOrdered {
            tree.forEach(reverse: false) { node in
                words += 7 + node.pointee.words
                return true
            }
        } else {
            words += hash.active - EtsHashStorage.initialBuckets
            var index = 0
            while let (node, bucket) = hash.firstLive(from: index) {
                var current: EtsNodePointer? = node
                while let n = current {
                    words += 4 + n.pointee.words
                    current = n.pointee.left
                }
                index = bucket + 1
            }
        }
        return words
    }
}
