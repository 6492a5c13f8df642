// Running many independent zero-arity functions, each in its own process, and learning how
// each one ended: the engine of `beamr test`. The jobs run on all schedulers at once, at
// most `concurrency` of them at a time (so a job's time limit counts from when it really
// starts), each with its own time limit and, optionally, its own output capture.
//
// Protocol: the scheduler thread that finishes a job's process calls `finished` while the
// process's terms are still valid; the group reports the end to its owner there (one report
// at a time, under the group's lock), starts the next job, and ends the program's main loop
// after the last one. A timer that fires first kills the job's process (untrappably) and
// the end is reported as a timeout.

/// How one job's process ended. The terms live on the finished process's heap and are
/// valid only during the report callback.
public enum JobOutcome {
    /// The function returned this value.
    case returned(Term)
    /// An uncaught exception.
    case raised(kind: Term, reason: Term, trace: Term)
    /// An exit signal ended the process (a linked process died, or `exit(Pid, Reason)`).
    case exited(reason: Term)
    /// The job did not finish within its time limit.
    case timedOut
}

/// One finished job, as given to the group's owner.
public struct JobEnd {
    /// The job's position in the list the group was made with.
    public let index: Int
    public let outcome: JobOutcome
    /// What the job's process (and the processes it spawned, which share its group
    /// leader) printed through the I/O system, when output is captured.
    public let output: [UInt8]
    /// Wall time from the job's start to its end.
    public let nanoseconds: UInt64
}

/// A batch of jobs run in parallel processes.
public final class ProcessGroup: @unchecked Sendable { // @unchecked: mutable state is behind `state`
    private let jobs: [(module: Term, function: Term)]
    private let concurrency: Int
    private let timeoutMilliseconds: Int?
    private let captureOutput: Bool
    private let report: (JobEnd) -> Void

    private struct Running {
        var pid: Term
        var capture: (id: Int, server: Term)?
        var timer: UInt64?
        var started: UInt64
        var timedOut = false
    }

    private struct State {
        var next = 0
        var finished = 0
        var running: [Int: Running] = [:]
    }

    private let state = MutexBox(State())
    private var pool: SchedulerPool?

    /// - Parameters:
    ///   - jobs: the functions to call, `module:function()`, each in a new process.
    ///   - concurrency: how many jobs may run at the same time (at least 1).
    ///   - timeoutMilliseconds: each job's time limit, or nil for none.
    ///   - captureOutput: whether to give each job an I/O server of its own as group leader,
    ///     whose output comes back in `JobEnd.output`; otherwise jobs print to standard output.
    ///   - report: called once per job, on a scheduler thread, one call at a time.
    public init(jobs: [(module: String, function: String)], concurrency: Int, timeoutMilliseconds: Int?,
                captureOutput: Bool, report: @escaping (JobEnd) -> Void) {
        self.jobs = jobs.map { (Term.atom($0.module), Term.atom($0.function)) }
        self.concurrency = max(1, concurrency)
        self.timeoutMilliseconds = timeoutMilliseconds
        self.captureOutput = captureOutput
        self.report = report
    }

    /// Runs every job to its end on `pool`, with the calling thread as scheduler 0.
    func run(on pool: SchedulerPool) {
        guard !jobs.isEmpty else { return }
        self.pool = pool
        let first = state.withLock { state -> Range<Int> in
            state.next = min(concurrency, jobs.count)
            return 0..<state.next
        }
        for index in first { start(index) }
        _ = pool.runUntilEnded()
    }

    /// Spawns job `index`, its capture server and its timer.
    private func start(_ index: Int) {
        var capture: (id: Int, server: Term)?
        if captureOutput {
            let id = OutputCaptures.shared.create()
            // An empty list is no valid name, so the server stays unregistered.
            let (server, _) = Spawner.spawn(from: nil, module: Atom.beamrIO, function: Atom.server,
                                            arguments: [.nil, .small(id)])
            capture = (id, server.pid)
        }
        var options = SpawnOptions()
        options.group = (self, index)
        if let capture { options.groupLeader = capture.server }
        // Registered before the spawn: the process may finish on another scheduler at once.
        state.withLock { $0.running[index] = Running(pid: .nil, capture: capture, timer: nil, started: Clock.monotonicNanoseconds()) }
        let job = jobs[index]
        let (process, _) = Spawner.spawn(from: nil, module: job.module, function: job.function, arguments: [], options: options)
        // The timer starts under the lock, once the pid is known, so `expire` always finds it.
        state.withLock { state in
            guard state.running[index] != nil else { return }
            state.running[index]!.pid = process.pid
            state.running[index]!.timer = timeoutMilliseconds.map {
                TimerService.shared.schedule(milliseconds: $0, .expire(self, index: index))
            }
        }
    }

    /// A job's process has ended (called by its scheduler, before the process is torn down).
    func finished(_ process: Process, _ end: ProcessEnd) {
        let index = process.groupIndex
        let now = Clock.monotonicNanoseconds()
        let (startNext, done) = state.withLock { state -> (Int?, Bool) in
            let job = state.running.removeValue(forKey: index)
            state.finished += 1
            var startNext: Int?
            if state.next < jobs.count {
                startNext = state.next
                state.next += 1
            }
            if let job {
                if let timer = job.timer { _ = TimerService.shared.cancel(timer) }
                var output: [UInt8] = []
                if let capture = job.capture {
                    output = OutputCaptures.shared.take(capture.id)
                    Signals.sendExit(to: capture.server, from: process.pid, reason: Atom.kill, untrappable: true, near: process.home)
                }
                let outcome: JobOutcome
                if job.timedOut {
                    outcome = .timedOut
                } else {
                    switch end {
                    case .normal: outcome = .returned(process.result)
                    case .raised(let kind, let reason, let trace): outcome = .raised(kind: kind, reason: reason, trace: trace)
                    case .terminated(let reason): outcome = .exited(reason: reason)
                    }
                }
                report(JobEnd(index: index, outcome: outcome, output: output, nanoseconds: now - job.started))
            }
            return (startNext, state.finished == jobs.count)
        }
        if let startNext { start(startNext) }
        if done { pool?.end(with: .returned(.nil)) }
    }

    /// Job `index` ran out of time: kill its process (its end is then reported as a timeout).
    func expire(_ index: Int) {
        let pid = state.withLock { state -> Term? in
            guard state.running[index] != nil else { return nil }
            state.running[index]!.timedOut = true
            return state.running[index]!.pid
        }
        guard let pid, !pid.isNil else { return }
        Signals.sendExit(to: pid, from: .nil, reason: Atom.killed, untrappable: true, near: nil)
    }
}

extension Runtime {
    /// Runs a process group to its end (see `ProcessGroup`).
    public func run(_ group: ProcessGroup) {
        group.run(on: pool)
    }
}
