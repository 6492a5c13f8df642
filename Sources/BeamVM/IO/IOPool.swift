// The I/O thread pool: blocking system calls (opening, reading and writing files, stat,
// directory listings, child processes) run here, never on a scheduler thread, as ERTS runs
// them on its dirty I/O schedulers.
//
// A BIF hands the pool a job and makes its caller wait for the answer (`Process.awaitIO`,
// which parks the process in `Op.awaitReply`). The job runs on a pool thread, builds its
// answer on a scratch heap, and the answer reaches the caller as a reply signal carrying
// the request's reference id. Threads start on first use and are added while every
// thread is busy, up to `maximumThreads`, so a job that blocks for long (a FIFO nobody
// writes to) holds one thread and the others keep serving.

#if canImport(Glibc)
import Glibc
#endif

/// One blocking request.
struct IOJob {
    /// The process waiting for the answer.
    let requester: Term
    /// The reference id the requester waits on.
    let reference: UInt64
    /// Does the blocking work and builds the answer on the scratch process it is given.
    /// It must not touch terms of any other process: it runs while the requester sleeps,
    /// but on another thread.
    let work: (Process) -> Term
    /// Runs when the answer cannot be delivered because the requester has exited, so
    /// that whatever the job acquired for it (an open descriptor) is released.
    let undelivered: (() -> Void)?
}

/// Threads that run `IOJob`s.
final class IOPool: @unchecked Sendable { // @unchecked: all mutable state is behind `mutex`
    /// ERTS's default number of dirty I/O schedulers.
    static let shared = IOPool(maximumThreads: 10)

    let maximumThreads: Int
    private let mutex: UnsafeMutablePointer<pthread_mutex_t>
    private let condition: UnsafeMutablePointer<pthread_cond_t>
    private var jobs: [IOJob] = []
    private var head = 0
    private var threads = 0
    private var idle = 0

    init(maximumThreads: Int) {
        self.maximumThreads = maximumThreads
        mutex = .allocate(capacity: 1)
        condition = .allocate(capacity: 1)
        pthread_mutex_init(mutex, nil)
        pthread_cond_init(condition, nil)
    }

    /// Threads started so far (for tests).
    var threadCount: Int {
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        return threads
    }

    /// Queues a job; starts a thread when none is idle.
    func submit(_ job: IOJob) {
        pthread_mutex_lock(mutex)
        jobs.append(job)
        let pending = jobs.count - head
        let start = idle < pending && threads < maximumThreads
        if start { threads += 1 }
        pthread_cond_signal(condition)
        pthread_mutex_unlock(mutex)
        if start { startThread { [unowned self] in self.serve() } }
    }

    /// Runs `body` on an I/O thread; nobody waits for it.
    func perform(_ body: @escaping () -> Void) {
        submit(IOJob(requester: .nil, reference: 0, work: { _ in
            body()
            return .nil
        }, undelivered: nil))
    }

    private func next() -> IOJob {
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        while head == jobs.count {
            idle += 1
            pthread_cond_wait(condition, mutex)
            idle -= 1
        }
        let job = jobs[head]
        head += 1
        if head == jobs.count {
            jobs.removeAll(keepingCapacity: true)
            head = 0
        } else if head >= 64 && head * 2 >= jobs.count {
            jobs.removeFirst(head)
            head = 0
        }
        return job
    }

    private func serve() {
        while true {
            let job = next()
            let delivered = Self.run(job)
            if !delivered { job.undelivered?() }
        }
    }

    /// Runs a job and sends its answer; false when the requester is gone.
    static func run(_ job: IOJob) -> Bool {
        let scratch = Process(serial: 0)
        let answer = job.work(scratch)
        if job.requester == .nil { return true }
        guard let target = ProcessTable.shared.lookup(job.requester) else { return false }
        let node = MessageNode.make(.reply, term: answer, from: .nil, reference: job.reference)
        return Signals.deliver(node, to: target, near: nil)
    }
}

extension Process {
    /// Runs `work` on an I/O thread and makes the calling BIF's process wait for its
    /// answer, which becomes the BIF's result. A BIF returns what this returns.
    func awaitIO(undelivered: (() -> Void)? = nil, _ work: @escaping (Process) -> Term) -> Term {
        let id = Unique.nextReference()
        IOPool.shared.submit(IOJob(requester: pid, reference: id, work: work, undelivered: undelivered))
        trap = .jump(Runtime.awaitReplyStub, [.small(Int(id))])
        return .none
    }
}
