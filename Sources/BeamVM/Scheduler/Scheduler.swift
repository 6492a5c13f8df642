// Scheduler threads. Each scheduler owns a run queue and a register file; it takes a
// process from its queue (or steals from another scheduler's), runs it for one slice,
// and then requeues it, leaves it waiting, or finishes it.
//
// Wake-up protocol (no lost wake-ups, no double scheduling):
//   - a sender appends to the receiver's inbox under the inbox lock, then tries
//     CAS(status: waiting -> runnable); only the thread whose CAS succeeds enqueues it;
//   - a receiver that finds no message stores `waiting`, then looks at its inbox again;
//     if something arrived it tries CAS(waiting -> running) and continues; if that CAS fails
//     a sender has already made it runnable and queued it, so it gives up the thread.
//   - a scheduler takes a process off a queue and sets `running` before running it.
// Idle schedulers park (no spinning) and are unparked when work is queued.

import Synchronization

#if canImport(Glibc)
import Glibc
#endif

/// One scheduler thread's state.
final class Scheduler: @unchecked Sendable { // @unchecked: `queue` is locked; the rest belongs to the owning thread
    let index: Int
    let registers = Registers()
    let queue = MutexBox(RunQueue())
    let parker = Parker()
    let sleeping = Atomic<Bool>(false)

    init(index: Int) { self.index = index }
}

/// All schedulers, and how processes move between them.
public final class SchedulerPool: @unchecked Sendable { // @unchecked: see the protocol above
    nonisolated(unsafe) static var shared: SchedulerPool!

    let schedulers: [Scheduler]
    private let started = Atomic<Bool>(false)
    /// The first process of the program; its end ends the program.
    var mainProcess: Process?
    private let mainOutcome = MutexBox<ProgramOutcome?>(nil)

    init(count: Int) {
        schedulers = (0..<max(count, 1)).map(Scheduler.init)
    }

    /// The number of online cores.
    public static var onlineCores: Int { max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))) }

    /// Starts the other scheduler threads the first time there is more than one process.
    func startThreadsIfNeeded() {
        guard schedulers.count > 1, !started.load(ordering: .acquiring) else { return }
        guard started.compareExchange(expected: false, desired: true, ordering: .acquiringAndReleasing).exchanged else { return }
        for scheduler in schedulers.dropFirst() {
            startThread { [unowned self] in self.loop(scheduler) }
        }
    }

    /// Queues a runnable process on `scheduler` (its home when nil) and wakes someone to run it.
    func enqueue(_ process: Process, on index: Int? = nil) {
        let target = schedulers[(index ?? process.home) % schedulers.count]
        let length = target.queue.withLock { queue in
            queue.push(process)
            return queue.count
        }
        if target.sleeping.load(ordering: .acquiring) {
            target.parker.unpark()
        } else if length > 1 {
            // More work than its owner can start now: let an idle scheduler steal it.
            for other in schedulers where other !== target && other.sleeping.load(ordering: .acquiring) {
                other.parker.unpark()
                break
            }
        }
    }

    /// Runs scheduler 0 on the calling thread until the main process ends.
    func runMain(_ process: Process) -> ProgramOutcome {
        mainProcess = process
        enqueue(process, on: 0)
        return loop(schedulers[0])!
    }

    /// Runs scheduler 0 on the calling thread until `end(with:)` is called (by a process
    /// group when its last process has finished).
    func runUntilEnded() -> ProgramOutcome {
        loop(schedulers[0])!
    }

    /// Ends the program with `outcome`: scheduler 0 returns it from its loop.
    func end(with outcome: ProgramOutcome) {
        mainOutcome.withLock { $0 = outcome }
        schedulers[0].parker.unpark()
    }

    /// A scheduler's loop. Returns the main process's outcome on scheduler 0; never returns
    /// on the others.
    @discardableResult
    func loop(_ scheduler: Scheduler) -> ProgramOutcome? {
        while true {
            if scheduler.index == 0, let outcome = mainOutcome.withLock({ $0 }) { return outcome }
            guard let process = next(for: scheduler) else {
                scheduler.sleeping.store(true, ordering: .releasing)
                // Look once more after announcing sleep, so an enqueue racing with us is seen.
                if let process = next(for: scheduler) {
                    scheduler.sleeping.store(false, ordering: .releasing)
                    run(process, on: scheduler)
                    continue
                }
                if scheduler.index == 0, mainOutcome.withLock({ $0 }) != nil {
                    scheduler.sleeping.store(false, ordering: .releasing)
                    continue
                }
                scheduler.parker.park()
                scheduler.sleeping.store(false, ordering: .releasing)
                continue
            }
            run(process, on: scheduler)
        }
    }

    /// The next process for a scheduler: from its own queue, else stolen.
    private func next(for scheduler: Scheduler) -> Process? {
        if let process = scheduler.queue.withLock({ $0.pop() }) { return process }
        for offset in 1..<max(schedulers.count, 1) {
            let victim = schedulers[(scheduler.index + offset) % schedulers.count]
            let stolen = victim.queue.withLock { $0.stealHalf() }
            guard let first = stolen.first else { continue }
            if stolen.count > 1 {
                scheduler.queue.withLock { queue in for process in stolen.dropFirst() { queue.push(process) } }
            }
            return first
        }
        return nil
    }

    /// Runs one slice of a process and decides what happens to it next.
    private func run(_ process: Process, on scheduler: Scheduler) {
        process.status.store(ProcessStatus.running, ordering: .releasing)
        process.home = scheduler.index
        process.takeInbox()
        if !process.terminationReason.isNone {
            finish(process, .terminated(reason: process.terminationReason))
            return
        }
        switch Interpreter.run(process, scheduler.registers) {
        case .yielded:
            process.status.store(ProcessStatus.runnable, ordering: .releasing)
            enqueue(process, on: scheduler.index)
        case .waiting:
            break
        case .returned(let value):
            process.result = value
            finish(process, .normal)
        case .raised(let kind, let reason, let trace):
            finish(process, .raised(kind: kind, reason: reason, trace: trace))
        case .terminated(let reason):
            finish(process, .terminated(reason: reason))
        }
    }

    /// Ends a process: notifies links and monitors, reports crashes, and (for the main
    /// process) ends the program.
    private func finish(_ process: Process, _ end: ProcessEnd) {
        if process === mainProcess {
            let outcome: ProgramOutcome
            switch end {
            case .normal: outcome = .returned(process.result)
            case .raised(let kind, let reason, let trace): outcome = .raised(kind: kind, reason: reason, trace: trace)
            case .terminated(let reason): outcome = .raised(kind: Atom.exit, reason: reason, trace: .nil)
            }
            mainOutcome.withLock { $0 = outcome }
            schedulers[0].parker.unpark()
            return
        }
        if let group = process.group {
            // The group reports how its processes end; no crash report of their own.
            group.finished(process, end)
            Signals.exitProcess(process, reason: end.exitReason(process))
            return
        }
        let reason = end.exitReason(process)
        if case .raised(let kind, _, _) = end, kind != Atom.exit {
            CrashReport.print(process, reason: reason)
        }
        Signals.exitProcess(process, reason: reason)
    }
}

/// How a process ended.
enum ProcessEnd {
    case normal
    case raised(kind: Term, reason: Term, trace: Term)
    case terminated(reason: Term)

    /// The exit reason other processes see: `{Reason, Trace}` for errors, `{nocatch, V}`
    /// for throws.
    func exitReason(_ p: Process) -> Term {
        switch self {
        case .normal: return Atom.normal
        case .terminated(let reason): return reason
        case .raised(let kind, let reason, let trace):
            if kind == Atom.exit { return reason }
            if kind == Atom.throw { return p.tuple(p.tuple(Atom.nocatch, reason), trace) }
            return p.tuple(reason, trace)
        }
    }
}
