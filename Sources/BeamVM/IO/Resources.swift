// Native objects that Erlang code holds through a reference, as ERTS's NIF resources: the
// open files of prim_file and the byte queues of prim_buffer (zlib's streams have their
// own table, ZlibStream.swift, released from here).
//
// A handle is an ordinary local reference (so it survives being copied in messages and
// prints as `#Ref<...>`); its id keys a global table. ERTS frees a resource when the last
// term referring to it is collected; beamr does not trace references, so an object lives
// until it is closed explicitly (files) or until the process that created it exits, as an
// unclosed file in ERTS is closed when its owner dies.

import Synchronization

#if canImport(Glibc)
import Glibc
#endif

/// A file opened by `prim_file:open_nif/2`.
///
/// Operations on a file run on I/O threads one at a time; `state` says whether one is in
/// progress, so that a close requested meanwhile (the owner died) waits for it instead of
/// pulling the descriptor from under a system call, where it could even alias a file
/// opened since.
final class OpenFile: @unchecked Sendable { // @unchecked: `fd` is immutable, `state` atomic
    enum State {
        static let idle = 0
        static let busy = 1
        /// The owner died during an operation: close when it ends.
        static let closePending = 2
        static let closed = 3
    }

    let fd: Int32
    let owner: Term
    let state = Atomic<Int>(State.idle)

    init(fd: Int32, owner: Term) {
        self.fd = fd
        self.owner = owner
    }

    /// Runs `body` with the descriptor unless the file is closed (then `{error, einval}`,
    /// as ERTS answers). Runs on an I/O thread.
    func use(_ p: Process, _ body: (Int32) -> Term) -> Term {
        guard state.compareExchange(expected: State.idle, desired: State.busy, ordering: .acquiring).exchanged else {
            return ErrnoNames.error(p, EINVAL)
        }
        let result = body(fd)
        if !state.compareExchange(expected: State.busy, desired: State.idle, ordering: .releasing).exchanged {
            state.store(State.closed, ordering: .releasing)
            _ = Glibc.close(fd)
        }
        return result
    }

    /// Marks the file closed; true when the caller must close the descriptor.
    func markClosed() -> Bool {
        while true {
            switch state.load(ordering: .acquiring) {
            case State.idle:
                if state.compareExchange(expected: State.idle, desired: State.closed, ordering: .acquiring).exchanged {
                    return true
                }
            case State.busy:
                if state.compareExchange(expected: State.busy, desired: State.closePending,
                                         ordering: .acquiring).exchanged {
                    return false
                }
            default:
                return false
            }
        }
    }
}

/// A byte queue of `prim_buffer` (prim_file's read-ahead buffer, raw_file_io_delayed's
/// write buffer). Its owner and a helper may both use it (delayed writes are flushed by a
/// timer process), so the bytes are only reached under the queue's own lock.
final class ByteQueue: @unchecked Sendable { // @unchecked: `contents` is locked, `owner` immutable, `locked` atomic
    struct Contents {
        var bytes: [UInt8] = []
        /// Where the unread bytes start in `bytes`.
        var start = 0

        var count: Int { bytes.count - start }

        mutating func append(_ data: UnsafeRawBufferPointer) {
            if start > 0 && start == bytes.count {
                bytes.removeAll(keepingCapacity: true)
                start = 0
            }
            bytes.append(contentsOf: data)
        }

        /// Drops `n` bytes from the front.
        mutating func skip(_ n: Int) {
            start += n
            if start == bytes.count {
                bytes.removeAll(keepingCapacity: true)
                start = 0
            } else if start >= 65536 && start * 2 >= bytes.count {
                bytes.removeFirst(start)
                start = 0
            }
        }

        mutating func wipe() {
            bytes = []
            start = 0
        }
    }

    private let contents = MutexBox(Contents())
    let owner: Term
    /// prim_buffer's cooperative lock (try_lock/unlock), separate from `contents`'.
    let locked = Atomic<Bool>(false)

    init(owner: Term) { self.owner = owner }

    func withContents<R>(_ body: (inout Contents) -> R) -> R { contents.withLock(body) }
}

/// The tables of resources, by reference id.
enum Resources {
    private struct Tables {
        var files: [UInt64: OpenFile] = [:]
        var queues: [UInt64: ByteQueue] = [:]
    }

    private static let tables = MutexBox(Tables())

    /// Registers an open file and returns its handle id, or nil when the owner has already
    /// exited (the caller then closes the descriptor).
    static func register(_ file: OpenFile) -> UInt64? {
        let id = Unique.nextReference()
        // Flag, insert, then look the owner up: an owner that exits after the lookup sees the
        // flag and releases the entry; one that exited before it is caught here. Whoever
        // takes the entry out of the table closes the file.
        ProcessTable.shared.lookup(file.owner)?.ownsResources.store(true, ordering: .releasing)
        tables.withLock { $0.files[id] = file }
        if ProcessTable.shared.lookup(file.owner) == nil {
            let mine = tables.withLock { $0.files.removeValue(forKey: id) } != nil
            return mine ? nil : id
        }
        return id
    }

    static func file(_ handle: Term) -> OpenFile? {
        guard let id = handle.localReferenceID else { return nil }
        return tables.withLock { $0.files[id] }
    }

    /// Takes a file out of the table (close).
    static func removeFile(_ handle: Term) -> OpenFile? {
        guard let id = handle.localReferenceID else { return nil }
        return removeFile(id: id)
    }

    static func removeFile(id: UInt64) -> OpenFile? {
        tables.withLock { $0.files.removeValue(forKey: id) }
    }

    static func newQueue(owner p: Process) -> UInt64 {
        let id = Unique.nextReference()
        tables.withLock { $0.queues[id] = ByteQueue(owner: p.pid) }
        p.ownsResources.store(true, ordering: .relaxed)
        return id
    }

    static func queue(_ handle: Term) -> ByteQueue? {
        guard let id = handle.localReferenceID else { return nil }
        return tables.withLock { $0.queues[id] }
    }

    /// Releases what an exited process owned: its queues and zlib streams go, its files
    /// are closed on an I/O thread (closing can block).
    static func release(owner pid: Term) {
        ZlibStreams.release(owner: pid)
        let files = tables.withLock { tables -> [OpenFile] in
            let owned = tables.files.filter { $0.value.owner == pid }
            for id in owned.keys { tables.files[id] = nil }
            tables.queues = tables.queues.filter { $0.value.owner != pid }
            return Array(owned.values)
        }
        let toClose = files.filter { $0.markClosed() }
        if !toClose.isEmpty {
            IOPool.shared.perform { for file in toClose { _ = Glibc.close(file.fd) } }
        }
    }

    /// Open files (for tests).
    static var openFileCount: Int { tables.withLock { $0.files.count } }
}

extension Term {
    /// The id of a local reference, or nil.
    var localReferenceID: UInt64? {
        guard isBoxed(.reference) else { return nil }
        return boxedPointer[1].raw
    }
}
