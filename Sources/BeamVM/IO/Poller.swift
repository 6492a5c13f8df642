// The I/O poller: one thread, started on first use, that waits in epoll for input on the
// descriptors processes want to read (standard input, pipes) and delivers what it reads as
// `{beamr_input, Fd, Data | eof | {error, Reason}}` messages. No scheduler thread ever
// blocks on input. An eventfd wakes the poller when a new request arrives.

import CBeamShims

#if canImport(Glibc)
import Glibc
#endif

/// Reads for processes without blocking schedulers.
final class Poller: @unchecked Sendable { // @unchecked: `pending` is locked; the rest belongs to the poller thread
    static let shared = Poller()

    /// Read requests not yet registered with epoll.
    private let pending = MutexBox<[(fd: Int32, pid: Term)]>([])
    private var epoll: Int32 = -1
    private var wakeup: Int32 = -1
    private let startLock = MutexBox(false)
    /// Registered requests by descriptor (touched only by the poller thread).
    private var waiting: [Int32: [Term]] = [:]

    /// Asks for one chunk of input from `fd` to be sent to `pid`.
    func requestRead(fd: Int32, for pid: Term) {
        start()
        pending.withLock { $0.append((fd, pid)) }
        var one: UInt64 = 1
        _ = write(wakeup, &one, 8)
    }

    private func start() {
        startLock.withLock { started in
            guard !started else { return }
            started = true
            epoll = epoll_create1(Int32(EPOLL_CLOEXEC))
            wakeup = eventfd(0, beamr_eventfd_flags())
            var event = epoll_event()
            event.events = beamr_epoll_in()
            event.data.fd = wakeup
            epoll_ctl(epoll, EPOLL_CTL_ADD, wakeup, &event)
            startThread { [unowned self] in self.loop() }
        }
    }

    private func loop() {
        var events = [epoll_event](repeating: epoll_event(), count: 16)
        while true {
            let count = events.withUnsafeMutableBufferPointer { epoll_wait(epoll, $0.baseAddress, 16, -1) }
            if count < 0 {
                if errno == EINTR { continue }
                return
            }
            for i in 0..<Int(count) {
                let fd = events[i].data.fd
                if fd == wakeup {
                    var value: UInt64 = 0
                    _ = read(wakeup, &value, 8)
                    register()
                } else {
                    serve(fd)
                }
            }
        }
    }

    /// Registers new requests; descriptors epoll cannot watch (regular files) are read at once.
    private func register() {
        let requests = pending.withLock { queue -> [(fd: Int32, pid: Term)] in
            let all = queue
            queue.removeAll()
            return all
        }
        for request in requests {
            let alreadyWatched = waiting[request.fd] != nil
            waiting[request.fd, default: []].append(request.pid)
            if alreadyWatched { continue }
            var event = epoll_event()
            event.events = beamr_epoll_in_oneshot()
            event.data.fd = request.fd
            if epoll_ctl(epoll, EPOLL_CTL_ADD, request.fd, &event) != 0 {
                if errno == EEXIST {
                    epoll_ctl(epoll, EPOLL_CTL_MOD, request.fd, &event)
                } else {
                    serve(request.fd)
                }
            }
        }
    }

    /// Reads one chunk for the oldest request on `fd`.
    private func serve(_ fd: Int32) {
        guard var requesters = waiting[fd], !requesters.isEmpty else { return }
        let pid = requesters.removeFirst()
        var buffer = [UInt8](repeating: 0, count: 65536)
        var n: Int
        repeat {
            n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
        } while n < 0 && errno == EINTR
        let error = errno
        if requesters.isEmpty {
            waiting[fd] = nil
        } else {
            waiting[fd] = requesters
            var event = epoll_event()
            event.events = beamr_epoll_in_oneshot()
            event.data.fd = fd
            if epoll_ctl(epoll, EPOLL_CTL_MOD, fd, &event) != 0 { serve(fd) }
        }
        guard let target = ProcessTable.shared.lookup(pid) else { return }
        // Build the message in a scratch process heap, then copy it to the requester.
        let scratch = Process(serial: 0)
        let payload: Term
        if n > 0 {
            RuntimeStatistics.bytesIn.add(n, ordering: .relaxed)
            payload = scratch.binary(Array(buffer[0..<n]))
        } else if n == 0 {
            payload = Atom.eof
        } else {
            payload = scratch.tuple(Atom.error, Term.atom(String(cString: strerror(error))))
        }
        Signals.send(scratch.tuple(Atom.beamrInput, .small(Int(fd)), payload), to: target, from: nil)
    }
}

extension Atom {
    public static let eof = Term.atom("eof")
    public static let beamrInput = Term.atom("beamr_input")
}
