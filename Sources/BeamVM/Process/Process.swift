// A process: its heap and stack, its saved registers while it is not running, its
// exception state and its dictionary.
//
// Ownership: a process is run by one scheduler thread at a time; only that thread touches
// its fields, except `status` (atomic) and `inbox` (locked), through which other threads
// send messages and signals and make it runnable. See Scheduler.swift for the protocol.

import Synchronization

#if canImport(Glibc)
import Glibc
#endif

/// Scheduling states of a process.
enum ProcessStatus {
    /// In a run queue, or about to be put in one.
    static let runnable = 0
    /// Being run by a scheduler.
    static let running = 1
    /// Suspended in `receive`, to be woken by a message, a signal or a timeout.
    static let waiting = 2
    /// Finished; its resources are released.
    static let exited = 3
}

/// What a BIF asks the interpreter to do instead of returning a value.
enum Trap {
    /// Give up the rest of the slice (`erlang:yield/0`).
    case yield
    /// Continue at this code (as if the BIF had called it), with these x registers.
    case jump(UnsafePointer<UInt64>, [Term])
    /// Wait for a message, then continue at this code with a fresh stack.
    case hibernate(UnsafePointer<UInt64>)
}

/// Priority levels, highest first.
public enum Priority: Int, Sendable {
    case max = 0, high, normal, low
}

/// An Erlang process.
public final class Process {
    /// The process identifier term.
    public let pid: Term

    // MARK: Memory (see ProcessHeap.swift)

    /// Start of the heap block. Heap terms grow up from here.
    var heapStart: UnsafeMutablePointer<Term>
    /// Next free heap word (HTOP).
    var heapTop: UnsafeMutablePointer<Term>
    /// Lowest stack word in use (E). The stack grows down from `heapEnd`.
    var stackTop: UnsafeMutablePointer<Term>
    /// One past the last word of the block (the stack's base).
    var heapEnd: UnsafeMutablePointer<Term>
    /// Young heap data below this survived a collection: the next minor collection moves
    /// it to the old heap (see GarbageCollector).
    var highWater: UnsafeMutablePointer<Term>
    /// The old heap: data that survived two collections. Nil until something has.
    var oldStart: UnsafeMutablePointer<Term>?
    var oldTop: UnsafeMutablePointer<Term>?
    var oldEnd: UnsafeMutablePointer<Term>?
    /// Refc binaries in the old heap (see `OffHeapList`).
    var oldOffHeap: UnsafeMutablePointer<Term>?
    /// Minor collections since the last major one.
    var minorCollections = 0
    /// Fragments holding terms outside the block, merged at the next collection.
    var fragments: UnsafeMutablePointer<FragmentHeader>?
    var fragmentWords = 0
    /// Refc binaries on the heap (see `OffHeapList`).
    var offHeap: UnsafeMutablePointer<Term>?
    /// The heap never shrinks below this many words.
    var minHeapSize: Int
    /// Words of the young heap block (heap and stack).
    var heapSize: Int
    /// Collections so far (for process_info and tests).
    public internal(set) var collections = 0

    // MARK: Execution state while not running

    /// Where execution continues.
    var pc: UnsafePointer<UInt64>?
    /// The continuation pointer register (0 when it is saved in the current frame).
    var cp: UInt64 = 0
    /// Live argument registers saved across a suspension.
    var savedRegisters: [Term] = []
    /// How the interpreter's current slice ended (set when an instruction stops it).
    var outcome: SliceOutcome = .yielded

    // MARK: Exceptions

    /// The class (error, exit, throw) of the exception being raised.
    var exceptionClass: Term = .none
    /// The reason of the exception being raised.
    var exceptionReason: Term = .none
    /// Set when the exception was raised by a BIF (or a call to an undefined function):
    /// its MFA and arguments become the top frame of the stack trace, with an `error_info`
    /// entry for BIFs.
    var exceptionBif: (module: Term, function: Term, arguments: Term, errorInfo: Bool)?
    /// A stack trace supplied by `erlang:raise/3`, used instead of building one; after an
    /// uncaught exception, the trace that was built.
    var exceptionTrace: Term = .none
    /// Arguments to show in the top frame instead of the arity (`function_clause`,
    /// `erlang:error/2`).
    var exceptionTopArgs: Term = .none
    /// An `error_info` map for the top frame: the frame of the instruction that failed
    /// (a failed binary construction), or the failing BIF's frame instead of the default
    /// `#{module => ...}`.
    var exceptionErrorInfo: Term = .none
    /// Location items (`{file, F}`, `{line, L}`) for the failing BIF's frame, for native
    /// functions that stand in for Erlang code of an OTP module.
    var exceptionBifLocation: Term = .none
    /// False when the failing BIF raised on purpose (`error/1`, `throw/1`, ...) and so adds
    /// no frame of its own.
    var exceptionFromBif = true
    /// A failing BIF's replacement for its own top frame (a BIF that stands in for Erlang
    /// code fails the way that code would): module, function, arguments and location list
    /// (THE_NON_VALUE for the usual `error_info` one).
    var exceptionFrame: (module: Term, function: Term, arguments: Term, info: Term)?
    /// A frame to show right below the failing BIF's (the Erlang function a stand-in
    /// BIF was called from, in ERTS), or THE_NON_VALUE.
    var exceptionExtraFrame: Term = .none
    /// The location list of the BIF frame when it is not the default `error_info` one.
    var exceptionBifInfo: Term = .none
    /// Number of active catch/try frames on the stack.
    var catches = 0

    // MARK: Scheduling and messages

    /// One of `ProcessStatus`; changed with compare-and-swap by any thread.
    let status = Atomic<Int>(ProcessStatus.runnable)
    var priority: Priority = .normal
    /// Nodes sent by other threads; taken by the process itself.
    let inbox = MutexBox(Inbox())
    /// Messages the process has taken from the inbox.
    var queue = MessageQueue()
    /// Set when the timer of a `receive ... after` fired.
    var timedOut = false
    /// The timer of the current `receive ... after`, if any; `Process.endlessReceive` while
    /// it waits without one (`after infinity` through a variable). Nonzero means the
    /// timeout was read already: a woken process does not read it again (its x registers
    /// are not kept across the wait, as in ERTS).
    var receiveTimer: UInt64 = 0
    static let endlessReceive = UInt64.max
    /// Total reductions used, for process_info.
    var reductions = 0
    /// The scheduler that ran the process last (where wake-ups queue it).
    var home = 0

    // MARK: Links, monitors, exit

    var links: Set<Term> = []
    /// Monitors this process holds: reference id → monitored pid and, for a registered
    /// name, the name.
    var monitors: [UInt64: (target: Term, name: Term)] = [:]
    /// Monitors on this process: reference id → monitoring pid, and the name it was
    /// monitored by ([] when by pid).
    var monitoredBy: [UInt64: (pid: Term, name: Term)] = [:]
    var trapExit = false
    /// Ids of this process's active aliases (see Aliases.swift).
    var aliases: Set<UInt64> = []
    /// Set when a signal terminates the process: it stops without unwinding.
    var terminationReason: Term = .none
    /// The first function called, for process_info(initial_call).
    var initialCall: (module: Term, function: Term, arity: Int) = (.nil, .nil, 0)
    /// The group leader's pid (0: none yet). Atomic because `group_leader/2` sets it from
    /// other processes.
    private let groupLeaderWord = Atomic<UInt64>(0)
    var groupLeader: Term {
        get { Term(raw: groupLeaderWord.load(ordering: .relaxed)) }
        set { groupLeaderWord.store(newValue.raw, ordering: .relaxed) }
    }
    /// What the process's first call returned.
    var result: Term = .none
    /// Answers to requests this process made (process_info of another process).
    var replies: [UnsafeMutablePointer<MessageNode>] = []
    /// Set by a BIF that needs the interpreter to do something instead of returning.
    var trap: Trap?
    /// The heap may not grow beyond this many words (0: unlimited); beyond it the
    /// process is killed.
    var maxHeapSize = 0
    /// Set once the process owns native resources (open files, byte queues), which are
    /// released when it exits. Atomic: an I/O thread sets it when a file opens.
    let ownsResources = Atomic<Bool>(false)
    /// Whether being killed for `maxHeapSize` writes an error report.
    var maxHeapReport = true
    /// Set on the processes that start the kernel services (see KernelServices) and the
    /// processes they spawn: they load and call those services directly instead of
    /// waiting for the boot they are part of.
    var partOfBoot = false
    /// The group this process is a job of (see ProcessGroup), and its job index there.
    var group: ProcessGroup?
    var groupIndex = 0

    // MARK: Process dictionary

    /// Keys and values, alternating. They are garbage-collection roots.
    var dictionary: [Term] = []

    public init(serial: UInt64, minHeapSize: Int = ProcessHeap.defaultMinimumSize) {
        pid = .pid(serial)
        self.minHeapSize = minHeapSize
        heapSize = minHeapSize
        let block = UnsafeMutablePointer<Term>.allocate(capacity: minHeapSize)
        heapStart = block
        heapTop = block
        highWater = block
        heapEnd = block + minHeapSize
        stackTop = heapEnd
    }

    deinit {
        freeQueue()
        OffHeapList.releaseAll(offHeap)
        OffHeapList.releaseAll(oldOffHeap)
        oldStart?.deallocate()
        var fragment = fragments
        while let current = fragment {
            fragment = current.pointee.next
            Fragment.free(current, releasingBinaries: true)
        }
        heapStart.deallocate()
    }
}
