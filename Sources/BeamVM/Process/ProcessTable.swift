// The table of live processes, by pid, and the registry of process names.

import Synchronization

/// Live processes by pid serial.
final class ProcessTable: @unchecked Sendable { // @unchecked: guarded by the shard locks
    static let shared = ProcessTable()

    private static let shardCount = 64
    private let shards: [MutexBox<[UInt64: Process]>] = (0..<shardCount).map { _ in MutexBox([:]) }
    private let nextSerial = Atomic<UInt64>(80)
    let liveCount = Atomic<Int>(0)

    func newSerial() -> UInt64 { nextSerial.add(1, ordering: .relaxed).oldValue }

    private func shard(_ serial: UInt64) -> MutexBox<[UInt64: Process]> { shards[Int(serial % UInt64(Self.shardCount))] }

    func insert(_ process: Process) {
        let serial = process.pid.pidSerial
        shard(serial).withLock { $0[serial] = process }
        liveCount.add(1, ordering: .relaxed)
    }

    func remove(_ process: Process) {
        let serial = process.pid.pidSerial
        shard(serial).withLock { $0[serial] = nil }
        liveCount.subtract(1, ordering: .relaxed)
    }

    /// The live process with this pid, if any.
    func lookup(_ pid: Term) -> Process? {
        guard pid.isLocalPid else { return nil }
        let serial = pid.pidSerial
        return shard(serial).withLock { $0[serial] }
    }

    /// Every live pid, in serial order.
    func allPids() -> [Term] {
        var result: [UInt64] = []
        for shard in shards { shard.withLock { result.append(contentsOf: $0.keys) } }
        return result.sorted().map { Term.pid($0) }
    }
}

/// Registered process names.
final class NameRegistry: @unchecked Sendable { // @unchecked: guarded by `names`
    static let shared = NameRegistry()
    private let names = MutexBox<[Term: Term]>([:])

    /// Registers `name` for `pid`; false if the name or the process is taken.
    func register(_ name: Term, _ pid: Term) -> Bool {
        names.withLock { table in
            if table[name] != nil || table.values.contains(pid) { return false }
            table[name] = pid
            return true
        }
    }

    func unregister(_ name: Term) -> Term? { names.withLock { $0.removeValue(forKey: name) } }

    /// Drops the name of an exiting process, if it has one.
    func unregister(pid: Term) {
        names.withLock { table in
            if let name = table.first(where: { $0.value == pid })?.key { table[name] = nil }
        }
    }

    /// The registered name of a process, if any.
    func name(of pid: Term) -> Term? { names.withLock { table in table.first { $0.value == pid }?.key } }
    func whereis(_ name: Term) -> Term? { names.withLock { $0[name] } }
    func all() -> [Term] { names.withLock { Array($0.keys) } }
}
