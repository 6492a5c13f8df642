// A process: its heap and stack, its saved registers while it is not running, its
// exception state and its dictionary.
//
// Ownership: a process is run by one scheduler thread at a time; only that thread touches
// the fields below. Other threads interact with it through its mailbox (added with the
// scheduler).

#if canImport(Glibc)
import Glibc
#endif

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
    /// Fragments holding terms outside the block, merged at the next collection.
    var fragments: UnsafeMutablePointer<FragmentHeader>?
    var fragmentWords = 0
    /// Refc binaries on the heap (see `OffHeapList`).
    var offHeap: UnsafeMutablePointer<Term>?
    /// The heap never shrinks below this many words.
    var minHeapSize: Int
    /// Words for heap and stack after the next collection (see GarbageCollector).
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
        heapEnd = block + minHeapSize
        stackTop = heapEnd
    }

    deinit {
        OffHeapList.releaseAll(offHeap)
        var fragment = fragments
        while let current = fragment {
            fragment = current.pointee.next
            Fragment.free(current, releasingBinaries: true)
        }
        heapStart.deallocate()
    }
}
