import Testing
@testable import BeamVM

#if canImport(Glibc)
import Glibc
#endif

/// The I/O thread pool: blocking jobs hold one thread each while others keep being served,
/// answers reach the process that asked, and files of an exited owner are closed.
@Suite(.serialized)
struct IOPoolTests {
    /// A registered process that jobs can answer, with a way to wait for an answer.
    final class Requester {
        let process: Process

        init() {
            process = Process(serial: ProcessTable.shared.newSerial())
            ProcessTable.shared.insert(process)
        }

        deinit { ProcessTable.shared.remove(process) }

        /// The answer to request `id`, waiting up to `seconds`.
        func answer(_ id: UInt64, within seconds: Double) -> Term? {
            let deadline = Clock.monotonicNanoseconds() + UInt64(seconds * 1e9)
            while Clock.monotonicNanoseconds() < deadline {
                process.takeInbox()
                if let term = process.takeReply(id) { return term }
                usleep(1000)
            }
            return nil
        }

        func submit(_ work: @escaping (Process) -> Term) -> UInt64 {
            let id = Unique.nextReference()
            IOPool.shared.submit(IOJob(requester: process.pid, reference: id, work: work, undelivered: nil))
            return id
        }
    }

    static func makeFIFO() -> String {
        let path = "/tmp/beamr-iopool-\(getpid())-\(Unique.nextReference())"
        #expect(mkfifo(path, 0o600) == 0)
        return path
    }

    @Test func aBlockedReadDoesNotHoldUpOtherJobs() {
        let requester = Requester()
        let fifo = Self.makeFIFO()
        defer { unlink(fifo) }
        // Opening a FIFO for reading blocks until a writer opens it.
        let blocked = requester.submit { scratch in
            let fd = open(fifo, O_RDONLY)
            var byte: UInt8 = 0
            let n = read(fd, &byte, 1)
            close(fd)
            return n == 1 ? .small(Int(byte)) : Atom.eof
        }
        let quick = (0..<20).map { i in requester.submit { _ in .small(i) } }
        for (i, id) in quick.enumerated() {
            #expect(requester.answer(id, within: 5) == .small(i))
        }
        #expect(requester.answer(blocked, within: 0.05) == nil)
        let fd = open(fifo, O_WRONLY)
        var byte: UInt8 = 42
        #expect(write(fd, &byte, 1) == 1)
        close(fd)
        #expect(requester.answer(blocked, within: 5) == .small(42))
    }

    @Test func answersAreBuiltOffTheRequesterAndCopiedIn() {
        let requester = Requester()
        let id = requester.submit { scratch in
            scratch.tuple(Atom.ok, scratch.binary([UInt8](repeating: 7, count: 1000)))
        }
        let answer = requester.answer(id, within: 5)
        #expect(answer?.isTuple == true)
        #expect(answer?.tupleElement(0) == Atom.ok)
        #expect(answer.map { BitstringView($0.tupleElement(1)).copyBytes() } == [UInt8](repeating: 7, count: 1000))
    }

    @Test func anAnswerForAnExitedProcessRunsTheUndeliveredHandler() {
        let gone = Process(serial: ProcessTable.shared.newSerial())
        let released = MutexBox(false)
        let finished = MutexBox(false)
        IOPool.shared.submit(IOJob(requester: gone.pid, reference: Unique.nextReference(), work: { _ in
            finished.withLock { $0 = true }
            return Atom.ok
        }, undelivered: { released.withLock { $0 = true } }))
        let deadline = Clock.monotonicNanoseconds() + 5_000_000_000
        while !released.withLock({ $0 }) && Clock.monotonicNanoseconds() < deadline { usleep(1000) }
        #expect(finished.withLock { $0 })
        #expect(released.withLock { $0 })
    }

    @Test func filesOfAnExitedOwnerAreClosed() {
        let owner = Process(serial: ProcessTable.shared.newSerial())
        ProcessTable.shared.insert(owner)
        let path = "/tmp/beamr-iopool-owner-\(getpid())"
        let fd = open(path, O_CREAT | O_WRONLY, 0o600)
        defer { unlink(path) }
        #expect(fd >= 0)
        let file = OpenFile(fd: fd, owner: owner.pid)
        let id = Resources.register(file)
        #expect(id != nil)
        #expect(Resources.file(owner.reference(id!)) === file)
        ProcessTable.shared.remove(owner)
        Resources.release(owner: owner.pid)
        #expect(Resources.file(owner.reference(id!)) == nil)
        #expect(file.state.load(ordering: .acquiring) == OpenFile.State.closed)
    }

    @Test func threadsStartOnDemandAndStayWithinTheLimit() {
        let requester = Requester()
        let fifos = (0..<3).map { _ in Self.makeFIFO() }
        defer { for fifo in fifos { unlink(fifo) } }
        let blocked = fifos.map { fifo in
            requester.submit { _ in
                let fd = open(fifo, O_RDONLY)
                close(fd)
                return Atom.ok
            }
        }
        let quick = requester.submit { _ in Atom.ok }
        #expect(requester.answer(quick, within: 5) == Atom.ok)
        #expect(IOPool.shared.threadCount >= 4)
        #expect(IOPool.shared.threadCount <= IOPool.shared.maximumThreads)
        for fifo in fifos { close(open(fifo, O_WRONLY)) }
        for id in blocked { #expect(requester.answer(id, within: 5) == Atom.ok) }
    }
}
