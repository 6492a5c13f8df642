// erlang:statistics/1, erlang:memory/0,1 and erlang:system_flag/2. Counters that ERTS keeps
// per scheduler are global atomics here, updated where the work happens (a slice ending,
// a collection, a read or write of standard I/O); memory figures are estimates from what
// beamr can see cheaply (the resident set, the atom and code tables, live processes).

import Synchronization

#if canImport(Glibc)
import Glibc
#endif

/// Counters behind statistics/1.
enum RuntimeStatistics {
    static let reductions = Atomic<Int>(0)
    static let collections = Atomic<Int>(0)
    static let wordsReclaimed = Atomic<Int>(0)
    static let bytesIn = Atomic<Int>(0)
    static let bytesOut = Atomic<Int>(0)
    static let contextSwitches = Atomic<Int>(0)

    /// Values at the last `statistics(runtime | wall_clock | reductions)` call, for the
    /// "since last call" halves.
    static let lastRuntime = Atomic<Int>(0)
    static let lastWallClock = Atomic<Int>(0)
    static let lastReductions = Atomic<Int>(0)

    /// When the runtime started (set when `Runtime` is created).
    static let startNanoseconds = Clock.monotonicNanoseconds()

    /// CPU time of the whole OS process in milliseconds.
    static var runtimeMilliseconds: Int {
        var spec = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &spec)
        return spec.tv_sec * 1000 + spec.tv_nsec / 1_000_000
    }

    static var wallClockMilliseconds: Int {
        let start = startNanoseconds
        return Int(Clock.monotonicNanoseconds() - start) / 1_000_000
    }
}

/// Settings changed with system_flag/2.
enum SystemFlags {
    static let backtraceDepth = Atomic<Int>(8)
    static let schedulersOnline = Atomic<Int>(0)
    static let systemLogger = Atomic<UInt64>(0)
}

extension ErlangBifs {
    /// `erlang:statistics(Item)`.
    static func statistics(_ p: Process, _ a: Arguments) -> Term {
        guard a[0].isAtom else { return p.badarg() }
        func sinceLast(_ total: Int, _ last: borrowing Atomic<Int>) -> Term {
            let previous = last.exchange(total, ordering: .relaxed)
            return p.tuple(Integers.make(p, total), Integers.make(p, total - previous))
        }
        let schedulers = SchedulerPool.shared?.schedulers ?? []
        switch a[0].atomName.string {
        case "runtime": return sinceLast(RuntimeStatistics.runtimeMilliseconds, RuntimeStatistics.lastRuntime)
        case "wall_clock": return sinceLast(RuntimeStatistics.wallClockMilliseconds, RuntimeStatistics.lastWallClock)
        case "reductions", "exact_reductions":
            let total = RuntimeStatistics.reductions.load(ordering: .relaxed) + p.reductions
            return sinceLast(total, RuntimeStatistics.lastReductions)
        case "run_queue", "total_run_queue_lengths", "total_run_queue_lengths_all":
            return .small(schedulers.reduce(0) { $0 + $1.queue.withLock { $0.count } })
        case "run_queue_lengths", "run_queue_lengths_all":
            let lengths = schedulers.map { scheduler -> Term in .small(scheduler.queue.withLock { $0.count }) }
            let dirty: [Term] = a[0].atomName.string.hasSuffix("_all") ? [.small(0), .small(0)] : []
            return p.list(lengths + dirty)
        case "active_tasks", "active_tasks_all":
            let tasks = schedulers.map { scheduler -> Term in .small(scheduler.queue.withLock { $0.count }) }
            let dirty: [Term] = a[0].atomName.string.hasSuffix("_all") ? [.small(0), .small(0)] : []
            var list = tasks
            if !list.isEmpty { list[0] = .small(list[0].smallValue + 1) }
            return p.list(list + dirty)
        case "total_active_tasks", "total_active_tasks_all":
            return .small(1 + schedulers.reduce(0) { $0 + $1.queue.withLock { $0.count } })
        case "context_switches":
            return p.tuple(Integers.make(p, RuntimeStatistics.contextSwitches.load(ordering: .relaxed)), .small(0))
        case "garbage_collection":
            return p.tuple(Integers.make(p, RuntimeStatistics.collections.load(ordering: .relaxed)),
                           Integers.make(p, RuntimeStatistics.wordsReclaimed.load(ordering: .relaxed)), .small(0))
        case "io":
            return p.tuple(p.tuple(Atom.input, Integers.make(p, RuntimeStatistics.bytesIn.load(ordering: .relaxed))),
                           p.tuple(Atom.output, Integers.make(p, RuntimeStatistics.bytesOut.load(ordering: .relaxed))))
        case "scheduler_wall_time", "scheduler_wall_time_all": return Atom.undefined
        default: return p.badarg()
        }
    }

    /// The figures of erlang:memory/0, in its order.
    static func memoryFigures() -> [(String, Int)] {
        let pageSize = Int(sysconf(Int32(_SC_PAGESIZE)))
        var resident = 0
        if let statm = try? FileSystem.readFile("/proc/self/statm") {
            let fields = statm.split(separator: UInt8(ascii: " "))
            if fields.count > 1, let pages = Int(String(decoding: fields[1], as: UTF8.self)) { resident = pages * pageSize }
        }
        let processes = ProcessTable.shared.liveCount.load(ordering: .relaxed) * (ProcessHeap.defaultMinimumSize * 8 + 1024)
        let atoms = AtomTable.shared.count * 24
        let code = CodeRegistry.shared.loaded.reduce(0) { (sum: Int, module: LoadedModule) in sum + module.codeSize * 8 }
        let total = Swift.max(resident, processes + atoms + code)
        let system = total - processes
        return [("total", total), ("processes", processes), ("processes_used", processes), ("system", system),
                ("atom", atoms), ("atom_used", atoms), ("binary", 0), ("code", code), ("ets", 0)]
    }

    /// `erlang:memory()`.
    static func memory0(_ p: Process, _ a: Arguments) -> Term {
        p.list(memoryFigures().map { p.tuple(Term.atom($0.0), Integers.make(p, $0.1)) })
    }

    /// `erlang:memory(Type | [Type])`.
    static func memory1(_ p: Process, _ a: Arguments) -> Term {
        let figures = memoryFigures()
        func value(_ type: Term) -> Int? {
            guard type.isAtom else { return nil }
            return figures.first { $0.0 == type.atomName.string }?.1
        }
        if a[0].isAtom {
            guard let figure = value(a[0]) else { return p.badarg() }
            return Integers.make(p, figure)
        }
        guard let types = a[0].listElements else { return p.badarg() }
        var result: [Term] = []
        for type in types {
            guard let figure = value(type) else { return p.badarg() }
            result.append(p.tuple(type, Integers.make(p, figure)))
        }
        return p.list(result)
    }

    /// `erlang:system_flag(Flag, Value)`: the flags OTP's libraries set; the old value.
    static func systemFlag(_ p: Process, _ a: Arguments) -> Term {
        guard a[0].isAtom else { return p.badarg() }
        let value = a[1]
        switch a[0].atomName.string {
        case "backtrace_depth":
            guard value.isSmall, value.smallValue >= 0 else { return p.badarg() }
            return .small(SystemFlags.backtraceDepth.exchange(Swift.min(value.smallValue, 10_000), ordering: .relaxed))
        case "schedulers_online":
            guard value.isSmall, value.smallValue >= 1, value.smallValue <= SystemInfo.schedulers else { return p.badarg() }
            let old = SystemFlags.schedulersOnline.exchange(value.smallValue, ordering: .relaxed)
            return .small(old == 0 ? SystemInfo.schedulers : old)
        case "dirty_cpu_schedulers_online":
            guard value.isSmall, value.smallValue >= 1, value.smallValue <= SchedulerPool.onlineCores else { return p.badarg() }
            return .small(SchedulerPool.onlineCores)
        case "multi_scheduling":
            guard value.isAtom, ["block", "unblock", "block_normal", "unblock_normal"].contains(value.atomName.string) else {
                return p.badarg()
            }
            return Term.atom("enabled")
        case "fullsweep_after":
            guard value.isSmall, value.smallValue >= 0 else { return p.badarg() }
            return .small(65535)
        case "min_heap_size":
            guard value.isSmall, value.smallValue >= 0 else { return p.badarg() }
            return .small(ProcessHeap.defaultMinimumSize)
        case "min_bin_vheap_size":
            guard value.isSmall, value.smallValue >= 0 else { return p.badarg() }
            return .small(46422)
        case "max_heap_size":
            guard value.isSmall || value.isMap else { return p.badarg() }
            return MapOps.make(p, [(Atom.errorLogger, .true), (Atom.kill, .true), (Atom.size, .small(0))])
        case "trace_control_word":
            guard value.isSmall, value.smallValue >= 0 else { return p.badarg() }
            return .small(0)
        case "time_offset":
            guard value == Term.atom("finalize") else { return p.badarg() }
            return Term.atom(SystemInfo.release >= 26 ? "volatile" : "final")
        case "scheduler_wall_time", "microstate_accounting":
            guard value == .true || value == .false else { return p.badarg() }
            return .false
        case "scheduler_bind_type":
            return Term.atom("unbound")
        case "system_logger":
            guard value.isPid || value == Atom.undefined || value == Atom.logger else { return p.badarg() }
            let old = Term(raw: SystemFlags.systemLogger.exchange(value.raw, ordering: .relaxed))
            return old.raw == 0 ? Atom.logger : old
        case "outstanding_system_requests_limit":
            guard value.isSmall, value.smallValue >= 1 else { return p.badarg() }
            return .small(SystemInfo.release >= 26 ? 1 : 4)
        case "erts_alloc":
            return Atom.notsup
        default:
            return p.badarg()
        }
    }
}

extension Atom {
    public static let input = Term.atom("input")
    public static let output = Term.atom("output")
    public static let logger = Term.atom("logger")
    public static let notsup = Term.atom("notsup")
}
