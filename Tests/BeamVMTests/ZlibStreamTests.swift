import Testing
@testable import BeamVM

/// zlib streams as resources: freed when closed or when their controlling process exits,
/// usable only by that process, handed over with set_controller_nif; and the codec's
/// bounded steps.
struct ZlibStreamTests {
    /// A process in the process table, as a running one is.
    static func live() -> Process {
        let p = Process(serial: ProcessTable.shared.newSerial())
        ProcessTable.shared.insert(p)
        return p
    }

    /// Calls a NIF with `arguments`.
    static func call(_ nif: (Process, UnsafeMutablePointer<Term>) -> Term, _ p: Process, _ arguments: Term...) -> Term {
        var slots = arguments
        return slots.withUnsafeMutableBufferPointer { nif(p, $0.baseAddress!) }
    }

    /// Opens a stream in `p` and initialises it for deflate.
    static func openDeflating(_ p: Process) -> Term {
        let stream = call(ZlibBifs.openNif, p)
        let initialised = call(ZlibBifs.deflateInitNif, p, stream, .small(-1), .small(8), .small(15), .small(8), .small(0))
        #expect(initialised == Atom.ok)
        return stream
    }

    /// The reason of the error a failed call recorded.
    static func failure(_ result: Term, _ p: Process) -> Term? {
        result.isNone ? p.exceptionReason : nil
    }

    @Test func anExitedControllersStreamsAreFreed() {
        let owner = Self.live()
        let other = Self.live()
        defer { Signals.exitProcess(other, reason: Atom.normal) }
        let first = Self.openDeflating(owner)
        let second = Self.call(ZlibBifs.openNif, owner)
        #expect(ZlibStreams.stream(first) != nil)
        #expect(ZlibStreams.stream(second) != nil)
        let flagged = owner.ownsResources.load(ordering: .acquiring)
        #expect(flagged)
        Signals.exitProcess(owner, reason: Atom.normal)
        #expect(ZlibStreams.stream(first) == nil)
        #expect(ZlibStreams.stream(second) == nil)
        // The handle still names a stream, now gone: calls fail as on a closed stream.
        let later = Self.call(ZlibBifs.deflateNif, other, first, .small(8192), .small(8192), .small(4))
        #expect(Self.failure(later, other) == Atom.notInitialized)
    }

    @Test func closeFreesAndAClosedStreamIsNotInitialized() {
        let p = Self.live()
        defer { Signals.exitProcess(p, reason: Atom.normal) }
        let stream = Self.openDeflating(p)
        #expect(Self.call(ZlibBifs.closeNif, p, stream) == Atom.ok)
        #expect(ZlibStreams.stream(stream) == nil)
        #expect(Self.failure(Self.call(ZlibBifs.closeNif, p, stream), p) == Atom.notInitialized)
        let reinit = Self.call(ZlibBifs.inflateInitNif, p, stream, .small(15), .small(2))
        #expect(Self.failure(reinit, p) == Atom.alreadyInitialized)
        #expect(Self.failure(Self.call(ZlibBifs.closeNif, p, p.reference(Unique.nextReference())), p) == Atom.badarg)
    }

    @Test func onlyTheControllingProcessUsesAStream() {
        let owner = Self.live()
        let other = Self.live()
        defer {
            Signals.exitProcess(owner, reason: Atom.normal)
            Signals.exitProcess(other, reason: Atom.normal)
        }
        let stream = Self.openDeflating(owner)
        let foreign = Self.call(ZlibBifs.deflateEndNif, other, stream)
        #expect(Self.failure(foreign, other) == Atom.notOnControllingProcess)
        #expect(Self.failure(Self.call(ZlibBifs.closeNif, other, stream), other) == Atom.notOnControllingProcess)
        #expect(ZlibStreams.stream(stream) != nil)
    }

    @Test func aStreamHandedOverLivesAsLongAsItsNewController() {
        let opener = Self.live()
        let taker = Self.live()
        let stream = Self.openDeflating(opener)
        #expect(Self.call(ZlibBifs.setControllerNif, opener, stream, taker.pid) == Atom.ok)
        let refused = Self.call(ZlibBifs.deflateResetNif, opener, stream)
        #expect(Self.failure(refused, opener) == Atom.notOnControllingProcess)
        Signals.exitProcess(opener, reason: Atom.normal)
        #expect(ZlibStreams.stream(stream) != nil)
        #expect(Self.call(ZlibBifs.deflateResetNif, taker, stream) == Atom.ok)
        Signals.exitProcess(taker, reason: Atom.kill)
        #expect(ZlibStreams.stream(stream) == nil)
    }

    @Test func aStreamHandedToAnExitedProcessIsFreed() {
        let p = Self.live()
        defer { Signals.exitProcess(p, reason: Atom.normal) }
        let gone = Process(serial: ProcessTable.shared.newSerial())
        let stream = Self.openDeflating(p)
        #expect(Self.call(ZlibBifs.setControllerNif, p, stream, gone.pid) == Atom.ok)
        #expect(ZlibStreams.stream(stream) == nil)
    }

    /// Each codec call takes at most its input chunk and fills at most its output chunk;
    /// `continue` asks for another call, `finished` says the queue is used up.
    @Test func codecStepsAreBounded() {
        let p = Self.live()
        defer { Signals.exitProcess(p, reason: Atom.normal) }
        let stream = Self.openDeflating(p)
        var bytes: [UInt8] = []
        var seed: UInt32 = 12345
        for _ in 0..<100_000 {
            seed = seed &* 1_103_515_245 &+ 12345
            bytes.append(UInt8(truncatingIfNeeded: seed >> 16))
        }
        let data = p.binary(bytes)
        #expect(Self.call(ZlibBifs.enqueueNif, p, stream, p.list([data])) == Atom.ok)
        var compressed: [UInt8] = []
        var steps = 0
        while true {
            let answer = Self.call(ZlibBifs.deflateNif, p, stream, .small(1000), .small(700), .small(4))
            #expect(answer.isTuple)
            guard answer.isTuple else { return }
            for chunk in answer.tupleElement(1).listElements ?? [] {
                let view = BitstringView(chunk)
                #expect(view.byteCount <= 700)
                compressed += view.copyBytes()
            }
            steps += 1
            if answer.tupleElement(0) == Atom.finished { break }
            #expect(answer.tupleElement(0) == Atom.continue)
        }
        #expect(steps >= 100)
        #expect(Self.call(ZlibBifs.deflateEndNif, p, stream) == Atom.ok)
        #expect(Self.call(ZlibBifs.inflateInitNif, p, stream, .small(15), .small(2)) == Atom.ok)
        #expect(Self.call(ZlibBifs.enqueueNif, p, stream, p.list([p.binary(compressed)])) == Atom.ok)
        var restored: [UInt8] = []
        while true {
            let answer = Self.call(ZlibBifs.inflateNif, p, stream, .small(8192), .small(16384), .small(0))
            guard answer.isTuple else { Issue.record("inflate failed: \(String(describing: p.exceptionReason))"); return }
            for chunk in answer.tupleElement(1).listElements ?? [] { restored += BitstringView(chunk).copyBytes() }
            if answer.tupleElement(0) == Atom.finished { break }
        }
        #expect(restored == bytes)
        #expect(Self.call(ZlibBifs.inflateEndNif, p, stream) == Atom.ok)
        #expect(Self.call(ZlibBifs.closeNif, p, stream) == Atom.ok)
    }

    /// enqueue_nif takes 256 binaries per call and hands back the rest.
    @Test func enqueueTakesAtMost256Binaries() {
        let p = Self.live()
        defer { Signals.exitProcess(p, reason: Atom.normal) }
        let stream = Self.openDeflating(p)
        let pieces = (0..<300).map { _ in p.binary([1, 2, 3]) }
        let answer = Self.call(ZlibBifs.enqueueNif, p, stream, p.list(pieces))
        #expect(answer.isTuple && answer.tupleElement(0) == Atom.continue)
        #expect(answer.tupleElement(1).listElements?.count == 44)
        let bad = Self.call(ZlibBifs.enqueueNif, p, stream, p.list([p.binary([1])], tail: Atom.ok))
        #expect(Self.failure(bad, p) == Atom.badarg)
    }
}
