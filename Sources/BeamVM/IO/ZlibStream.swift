// The streams of OTP's zlib module (ERTS's zlib_nif.c resources): a z_stream, the input
// queued for it, and the term zlib.erl stashes between calls.
//
// A stream is named by a reference whose id carries `ZlibStreams.idMark`, so that a
// stream's reference is still recognised once the stream is gone. ERTS keeps a closed
// stream's resource until the last term naming it is collected; beamr does not trace
// references, so it frees the stream at close (or when its controlling process exits) and
// answers later calls on that reference as ERTS answers calls on a closed stream (mostly
// `not_initialized`). What a gone stream cannot tell is who controlled it: ERTS raises
// `not_on_controlling_process` for others' calls on a closed stream, beamr does not.
//
// Only the controlling process may use a stream (every NIF checks it first, as ERTS
// does), so the state is touched by one process at a time; it sits behind a lock anyway
// so that a stream freed by its exiting controller never races a stray call.

import CZlib
import Synchronization

/// One zlib stream.
final class ZlibStream: @unchecked Sendable { // @unchecked: `state` is locked, `controller` atomic
    enum Mode {
        case none, deflate, inflate
    }

    /// What inflate does with input left after the end of a stream (zlib.erl's
    /// `EOS_BEHAVIOR_*` numbers).
    enum EndOfStream: Int32 {
        case error = 0, reset = 1, cut = 2
    }

    /// The mutable part, reached only under the lock.
    ///
    /// - Invariant: `z` is allocated once and never moves (zlib keeps a pointer back to
    ///   it); it is initialised for deflate or inflate exactly when `mode` says so.
    struct State {
        let z: UnsafeMutablePointer<z_stream>
        var mode = Mode.none
        var endOfStream = EndOfStream.cut
        var endSeen = false
        var isRaw = false
        /// Raw streams carry no checksum of their own; ERTS keeps a CRC-32 of the
        /// uncompressed side for the old `zlib:crc32/1`.
        var wantInputCRC = false
        var wantOutputCRC = false
        var inputCRC: UInt = 0
        var outputCRC: UInt = 0
        var input = ByteQueue.Contents()
        var stash: UnsafeMutablePointer<EtsNode>?
        /// The output size of the old `zlib:inflateChunk/1,2` (getBufSize/setBufSize).
        var chunkBufferSize = State.defaultChunkBufferSize
        static let defaultChunkBufferSize = 4000
        /// Where codec calls write before the bytes are copied into a binary.
        var output: UnsafeMutablePointer<UInt8>?
        var outputCapacity = 0

        init() {
            z = .allocate(capacity: 1)
            z.initialize(to: z_stream())
        }

        /// Ends the deflate or inflate session, dropping queued input and the stash.
        mutating func end() {
            switch mode {
            case .deflate: _ = deflateEnd(z)
            case .inflate: _ = inflateEnd(z)
            case .none: break
            }
            mode = .none
            resetInput()
        }

        /// ERTS's `zlib_reset_input`: queued input and the stash go.
        mutating func resetInput() {
            input.wipe()
            if let node = stash {
                EtsNode.free(node)
                stash = nil
            }
        }

        /// A scratch buffer of at least `count` bytes.
        mutating func outputBuffer(_ count: Int) -> UnsafeMutablePointer<UInt8> {
            if let buffer = output, outputCapacity >= count { return buffer }
            output?.deallocate()
            outputCapacity = max(count, 1)
            let buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: outputCapacity)
            output = buffer
            return buffer
        }

        func free() {
            output?.deallocate()
            z.deallocate()
        }
    }

    /// The raw word of the controlling process's pid.
    private let controllerWord: Atomic<UInt64>
    private let state = MutexBox(State())

    init(controller: Term) {
        controllerWord = Atomic(controller.raw)
    }

    deinit {
        state.withLock { state in
            state.end()
            state.free()
        }
    }

    var controller: Term { Term(raw: controllerWord.load(ordering: .acquiring)) }

    func setController(_ pid: Term) { controllerWord.store(pid.raw, ordering: .releasing) }

    func withState<R>(_ body: (inout State) -> R) -> R { state.withLock(body) }

    /// Ends the session and frees what the stream holds (its z_stream memory goes with
    /// the object).
    func close() { state.withLock { $0.end() } }
}

/// The table of live zlib streams, by reference id.
enum ZlibStreams {
    /// Set in the id of every stream reference (other reference ids never reach it).
    static let idMark: UInt64 = 1 << 62

    private static let table = MutexBox<[UInt64: ZlibStream]>([:])

    /// Opens a stream controlled by `p` and returns its reference id.
    static func open(owner p: Process) -> UInt64 {
        let id = Unique.nextReference() | idMark
        p.ownsResources.store(true, ordering: .releasing)
        let stream = ZlibStream(controller: p.pid)
        table.withLock { $0[id] = stream }
        return id
    }

    static func stream(_ handle: Term) -> ZlibStream? {
        guard let id = handle.localReferenceID else { return nil }
        return table.withLock { $0[id] }
    }

    /// Whether `handle` names a stream, live or gone.
    static func isStreamReference(_ handle: Term) -> Bool {
        guard let id = handle.localReferenceID else { return false }
        return id & idMark != 0
    }

    /// Takes a stream out of the table and closes it.
    @discardableResult
    static func close(_ handle: Term) -> Bool {
        guard let id = handle.localReferenceID,
              let stream = table.withLock({ $0.removeValue(forKey: id) }) else { return false }
        stream.close()
        return true
    }

    /// Hands a stream to `pid`. A controller that is already dead can never use or close
    /// the stream, so it is freed here, as its exit would have freed it.
    static func transfer(_ handle: Term, _ stream: ZlibStream, to pid: Term) {
        // Flag, store, then look the new controller up: one that exits after the lookup
        // finds the stream under its pid when it releases its resources; one that exited
        // before it is caught here.
        ProcessTable.shared.lookup(pid)?.ownsResources.store(true, ordering: .releasing)
        stream.setController(pid)
        if ProcessTable.shared.lookup(pid) == nil { close(handle) }
    }

    /// Frees the streams an exited process controlled.
    static func release(owner pid: Term) {
        let owned = table.withLock { table -> [ZlibStream] in
            let ids = table.compactMap { $0.value.controller == pid ? $0.key : nil }
            return ids.compactMap { table.removeValue(forKey: $0) }
        }
        for stream in owned { stream.close() }
    }

    /// Live streams (for tests).
    static var count: Int { table.withLock { $0.count } }
}
