// All ETS tables of the node: by reference id and by name, who owns them and who has them
// fixed. When a process exits, its tables pass to their heir or are deleted, and its
// fixations are released (`processExited`, called from Signals.exitProcess).
//
// Table identifiers are references whose id has `tableIdBit` set, so a reference that
// never named a table is told apart from one whose table is gone (ERTS reports the first
// with `cause => type`, the second with `cause => id`).
//
// Locking: the registry's readers-writer lock guards the maps below; a table's own lock
// guards its contents. When both are needed, the registry lock is taken first.

#if canImport(Glibc)
import Glibc
#endif

final class EtsRegistry: @unchecked Sendable { // @unchecked: all state is guarded by `lock`
    static let shared = EtsRegistry()
    static let tableIdBit: UInt64 = 1 << 62

    private var byId: [UInt64: EtsTable] = [:]
    private var byName: [Term: EtsTable] = [:]
    /// Tables by owner pid.
    private var owned: [Term: Set<UInt64>] = [:]
    /// Tables by fixing pid.
    private var fixers: [Term: Set<UInt64>] = [:]
    private let lock: UnsafeMutablePointer<pthread_rwlock_t>

    private init() {
        lock = .allocate(capacity: 1)
        pthread_rwlock_init(lock, nil)
    }

    /// Whether a term has the shape of a table identifier (an atom or a table reference).
    static func isIdentifier(_ term: Term) -> Bool {
        term.isAtom || isTableReference(term)
    }

    static func isTableReference(_ term: Term) -> Bool {
        term.isBoxed(.reference) && term.boxedPointer[1].raw & tableIdBit != 0
    }

    /// The live table a name or reference designates.
    func find(_ term: Term) -> EtsTable? {
        pthread_rwlock_rdlock(lock)
        defer { pthread_rwlock_unlock(lock) }
        if term.isAtom { return byName[term] }
        guard Self.isTableReference(term) else { return nil }
        return byId[term.boxedPointer[1].raw]
    }

    // MARK: - Creation and deletion

    /// Creates a table; nil when a named table's name is taken.
    func create(name: Term, owner: Term, options: EtsTable.Options) -> EtsTable? {
        let table = EtsTable(id: Unique.nextReference() | Self.tableIdBit, name: name, owner: owner, options: options)
        pthread_rwlock_wrlock(lock)
        defer { pthread_rwlock_unlock(lock) }
        if options.named {
            guard byName[name] == nil else { return nil }
            byName[name] = table
        }
        byId[table.id] = table
        owned[owner, default: []].insert(table.id)
        return table
    }

    /// Deletes a table: frees its objects and forgets it.
    func delete(_ table: EtsTable) {
        pthread_rwlock_wrlock(lock)
        table.lockWrite()
        let wasAlive = table.alive
        if wasAlive { table.release() }
        let owner = table.owner, fixing = Array(table.fixations.keys)
        table.unlock()
        if wasAlive {
            byId[table.id] = nil
            if table.named, byName[table.name] === table { byName[table.name] = nil }
            owned[owner]?.remove(table.id)
            if owned[owner]?.isEmpty == true { owned[owner] = nil }
            for pid in fixing {
                fixers[pid]?.remove(table.id)
                if fixers[pid]?.isEmpty == true { fixers[pid] = nil }
            }
        }
        pthread_rwlock_unlock(lock)
    }

    /// Every live table, oldest first.
    func all() -> [EtsTable] {
        pthread_rwlock_rdlock(lock)
        defer { pthread_rwlock_unlock(lock) }
        return byId.values.sorted { $0.id < $1.id }
    }

    // MARK: - Names and owners

    /// Renames a table; false when the new name is taken by another named table.
    func rename(_ table: EtsTable, to name: Term) -> Bool {
        pthread_rwlock_wrlock(lock)
        defer { pthread_rwlock_unlock(lock) }
        guard table.alive else { return false }
        if table.named {
            guard byName[name] == nil else { return false }
            if byName[table.name] === table { byName[table.name] = nil }
            byName[name] = table
        }
        table.lockWrite()
        table.name = name
        table.unlock()
        return true
    }

    /// Makes `pid` the owner, if it and the table are alive; the caller holds no table lock.
    func transfer(_ table: EtsTable, to pid: Term) -> Bool {
        pthread_rwlock_wrlock(lock)
        defer { pthread_rwlock_unlock(lock) }
        guard ProcessTable.shared.lookup(pid) != nil else { return false }
        table.lockWrite()
        // Deleted meanwhile (a public table, by another process).
        guard table.alive else {
            table.unlock()
            return false
        }
        let previous = table.owner
        table.owner = pid
        table.unlock()
        owned[previous]?.remove(table.id)
        if owned[previous]?.isEmpty == true { owned[previous] = nil }
        owned[pid, default: []].insert(table.id)
        return true
    }

    /// Records that `pid` started or stopped fixing a table.
    func noteFixation(_ table: EtsTable, by pid: Term, fixed: Bool) {
        pthread_rwlock_wrlock(lock)
        defer { pthread_rwlock_unlock(lock) }
        if fixed {
            fixers[pid, default: []].insert(table.id)
        } else {
            fixers[pid]?.remove(table.id)
            if fixers[pid]?.isEmpty == true { fixers[pid] = nil }
        }
    }

    // MARK: - Process exit

    /// Releases the fixations of an exiting process and hands its tables to their heirs or
    /// deletes them. Runs on the exiting process's thread after it left the process table.
    func processExited(_ p: Process) {
        pthread_rwlock_rdlock(lock)
        let involved = owned[p.pid] != nil || fixers[p.pid] != nil
        pthread_rwlock_unlock(lock)
        guard involved else { return }
        pthread_rwlock_wrlock(lock)
        let tables = owned.removeValue(forKey: p.pid).map { $0.compactMap { byId[$0] } } ?? []
        let fixed = fixers.removeValue(forKey: p.pid).map { $0.compactMap { byId[$0] } } ?? []
        pthread_rwlock_unlock(lock)
        for table in fixed {
            table.lockWrite()
            if table.alive { table.releaseFixations(of: p.pid) }
            table.unlock()
        }
        for table in tables.sorted(by: { $0.id < $1.id }) {
            table.lockRead()
            let heir = table.heir, alive = table.alive
            let data = table.heirData.map { p.copyIn($0.object) }
            table.unlock()
            guard alive else { continue }
            // The heir takes over unless it is gone (or is the exiting process itself).
            // An heir given without data (OTP 27's `{heir, Pid}`) is told nothing.
            if heir != Atom.none && heir != p.pid, let target = ProcessTable.shared.lookup(heir),
               transfer(table, to: heir) {
                if let data { Signals.send(p.tuple(EtsAtom.transfer, table.identifier(p), p.pid, data), to: target, from: p) }
                continue
            }
            delete(table)
        }
    }
}

extension Process {
    /// Records `error:badarg` with an ETS `cause` in the BIF frame's `error_info`.
    @inline(never)
    func etsBadarg(_ cause: Term) -> Term {
        _ = fail(Atom.badarg)
        exceptionErrorInfo = MapOps.make(self, [(EtsAtom.cause, cause), (Atom.module, EtsAtom.stdlibErrors)])
        return .none
    }
}
