// erlang:system_info/1: what OTP's libraries ask about the runtime. The answers are those
// of a real runtime system of the OTP library in use (`otp_release` is that library's
// release, `version` its erts version), on this machine, with beamr's schedulers; where
// releases differ, the library's release decides.

#if canImport(Glibc)
import Glibc
#endif

enum SystemInfo {
    /// The release whose answers beamr gives: the library's, else the emulated one.
    static var release: Int { OTPLibrary.currentRelease ?? EmulatedRelease.number }

    static var ertsVersion: String {
        if let version = OTPLibrary.current?.ertsVersion { return version }
        return release >= 29 ? "17.0" : "13.1.5"
    }

    static var schedulers: Int { SchedulerPool.shared?.schedulers.count ?? SchedulerPool.onlineCores }

    static var systemVersion: String {
        let s = schedulers, cores = SchedulerPool.onlineCores
        return "Erlang/OTP \(release) [erts-\(ertsVersion)] [source] [64-bit] [smp:\(s):\(s)] "
            + "[ds:\(cores):\(cores):10] [async-threads:1] [jit:ns]\n"
    }

    /// `{Major, Minor, Release}` of the kernel, from uname.
    static func osVersion(_ p: Process) -> Term {
        var name = utsname()
        uname(&name)
        let text = withUnsafeBytes(of: name.release) { raw in String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self) }
        var numbers = text.split(whereSeparator: { !$0.isNumber }).prefix(3).map { Int($0) ?? 0 }
        while numbers.count < 3 { numbers.append(0) }
        return p.tuple(.small(numbers[0]), .small(numbers[1]), .small(numbers[2]))
    }
}

extension ErlangBifs {
    /// `erlang:system_info(Item)`.
    static func systemInfo(_ p: Process, _ a: Arguments) -> Term {
        let item = a[0]
        if item.isTuple {
            guard item.tupleArity == 2, item.tupleElement(0) == Atom.wordsize,
                  item.tupleElement(1) == Atom.internalAtom || item.tupleElement(1) == Atom.external else { return p.badarg() }
            return .small(8)
        }
        guard item.isAtom else { return p.badarg() }
        let release = SystemInfo.release
        switch item.atomName.string {
        case "otp_release": return p.charList(String(release))
        case "version": return p.charList(SystemInfo.ertsVersion)
        case "system_version": return p.charList(SystemInfo.systemVersion)
        case "system_architecture": return p.charList("x86_64-pc-linux-gnu")
        case "machine": return p.charList("BEAM")
        case "wordsize": return .small(8)
        case "emu_flavor": return Term.atom("jit")
        case "emu_type", "build_type": return Term.atom("opt")
        case "kernel_poll", "smp_support", "threads", "time_correction", "eager_check_io": return .true
        case "debug_compiled", "lock_checking", "dynamic_trace_probes", "port_parallelism": return .false
        case "thread_pool_size": return .small(1)
        case "hipe_architecture", "modified_timing_level": return Atom.undefined
        case "schedulers", "schedulers_online": return .small(SystemInfo.schedulers)
        case "logical_processors", "logical_processors_available", "logical_processors_online",
             "dirty_cpu_schedulers", "dirty_cpu_schedulers_online":
            return .small(SchedulerPool.onlineCores)
        case "dirty_io_schedulers": return .small(IOPool.shared.maximumThreads)
        case "schedulers_state":
            return p.tuple(.small(SystemInfo.schedulers), .small(SystemInfo.schedulers), .small(SystemInfo.schedulers))
        case "scheduler_id": return .small(p.home + 1)
        case "process_count": return .small(ProcessTable.shared.liveCount.load(ordering: .relaxed))
        case "process_limit": return .small(release >= 26 ? 1_048_576 : 262_144)
        case "atom_count": return .small(AtomTable.shared.count)
        case "atom_limit": return .small(1_048_576)
        case "port_count": return .small(0)
        case "port_limit": return .small(65536)
        case "ets_limit": return .small(8192)
        case "os_type": return p.tuple(Atom.unix, Atom.linux)
        case "os_version": return SystemInfo.osVersion(p)
        case "endian": return Atom.little
        case "heap_type": return Term.atom("private")
        case "driver_version": return p.charList("3.3")
        case "nif_version": return p.charList(release >= 28 ? "2.18" : release >= 26 ? "2.17" : "2.16")
        case "compat_rel": return .small(release)
        case "creation", "trace_control_word": return .small(0)
        case "time_warp_mode": return Term.atom(release >= 26 ? "multi_time_warp" : "no_time_warp")
        case "time_offset": return Term.atom(release >= 26 ? "volatile" : "final")
        case "tolerant_timeofday": return Term.atom(release >= 26 ? "disabled" : "enabled")
        case "multi_scheduling": return Term.atom("enabled")
        case "multi_scheduling_blockers", "normal_multi_scheduling_blockers", "dist_ctrl": return .nil
        case "fullsweep_after": return p.tuple(item, .small(65535))
        case "min_heap_size": return p.tuple(item, .small(ProcessHeap.defaultMinimumSize))
        case "min_bin_vheap_size": return p.tuple(item, .small(46422))
        case "max_heap_size": return maxHeapSize(p, release: release)
        case "message_queue_data": return Term.atom("on_heap")
        case "dist_buf_busy_limit": return .small(1_048_576)
        case "sequential_tracer": return p.tuple(item, .false)
        case "cpu_topology": return Atom.undefined
        case "scheduler_bind_type": return Term.atom("unbound")
        case "scheduler_bindings":
            return p.tuple(Array(repeating: Term.atom("unbound"), count: SystemInfo.schedulers))
        case "garbage_collection":
            return p.list([p.tuple(Atom.maxHeapSize, .small(0)), p.tuple(Atom.minBinVheapSize, .small(46422)),
                           p.tuple(Atom.minHeapSize, .small(ProcessHeap.defaultMinimumSize)),
                           p.tuple(Atom.fullsweepAfter, .small(65535))])
        case "dynamic_trace": return Atom.none
        case "cpu_quota": return Term.atom("unknown")
        case "update_cpu_info": return Term.atom("unchanged")
        case "outstanding_system_requests_limit": return .small(release >= 26 ? 1 : 4)
        case "delayed_node_table_gc": return .small(60)
        case "start_time": return Integers.make(p, -576_460_752_000_000_000)
        case "end_time": return Integers.make(p, 8_646_911_283_000_000_000)
        case "halt_flush_timeout" where release >= 26: return Atom.infinity
        case "async_dist" where release >= 26: return .false
        case "c_compiler_used": return p.tuple(Term.atom("gnuc"), p.tuple(.small(12), .small(2), .small(0)))
        default: return p.badarg()
        }
    }

    private static func maxHeapSize(_ p: Process, release: Int) -> Term {
        var pairs: [(key: Term, value: Term)] = [(Atom.errorLogger, .true), (Atom.kill, .true), (Atom.size, .small(0))]
        if release >= 27 { pairs.append((Term.atom("include_shared_binaries"), .false)) }
        return MapOps.make(p, pairs)
    }
}

extension Atom {
    public static let wordsize = Term.atom("wordsize")
    public static let unix = Term.atom("unix")
    public static let linux = Term.atom("linux")
    public static let internalAtom = Term.atom("internal")
}
