// zlib's NIFs (ERTS's zlib_nif.c), under OTP's own zlib.erl, which is loaded unmodified:
// its on_load calls erlang:load_nif/2 and these functions stand in for its `*_nif` stubs.
//
// zlib.erl queues input with enqueue_nif and then calls deflate_nif/inflate_nif in a loop,
// each call taking at most the input and output chunk sizes it passes (8 KiB in, 8 or
// 16 KiB out), so no call holds a scheduler for long; the answers `{continue, Output}`,
// `{finished, Output}` and `{need_dictionary, Adler, Output}` drive that loop. Errors are
// raised as ERTS's NIF raises them (`data_error`, `stream_error`, `not_initialized`,
// `already_initialized`, `not_on_controlling_process`), with the NIF's own frame on top.
//
// OTP 25's zlib.erl also calls crc32_nif/1, getBufSize_nif/1 and setBufSize_nif/2 (later
// releases removed the functions behind them). OTP 25's NIF made Adler-32 values with
// enif_make_int, so those above 2^31 come out negative; OTP 26 (and late OTP 25 patch
// releases, which beamr does not tell apart) made them unsigned.

import CZlib

#if canImport(Glibc)
import Glibc
#endif

enum ZlibBifs {
    typealias Arguments = UnsafeMutablePointer<Term>

    /// Largest number of I/O vector elements one enqueue_nif call takes (ERTS's limit).
    static let enqueueLimit = 256

    // MARK: Access

    /// An `int` argument, as enif_get_int reads one.
    static func int32(_ term: Term) -> Int32? {
        guard term.isSmall, let value = Int32(exactly: term.smallValue) else { return nil }
        return value
    }

    /// What a handle leads to.
    enum Access {
        case live(ZlibStream)
        /// A stream closed already (or whose controller exited).
        case gone
        /// The error is recorded.
        case failed
    }

    /// The stream `handle` names, once the arguments are found valid and the caller is
    /// found to control it.
    static func access(_ p: Process, _ handle: Term, argumentsValid: Bool = true) -> Access {
        guard argumentsValid else {
            _ = p.badarg()
            return .failed
        }
        guard let stream = ZlibStreams.stream(handle) else {
            if ZlibStreams.isStreamReference(handle) { return .gone }
            _ = p.badarg()
            return .failed
        }
        guard stream.controller == p.pid else {
            _ = p.fail(Atom.notOnControllingProcess)
            return .failed
        }
        return .live(stream)
    }

    /// The live stream `handle` names, or nil after recording the error: `badarg` for a
    /// bad handle or arguments, `not_on_controlling_process`, or for a stream that is
    /// gone what ERTS raises on a closed one (`gone`).
    static func stream(_ p: Process, _ handle: Term, argumentsValid: Bool = true,
                       gone: Term = Atom.notInitialized) -> ZlibStream? {
        switch access(p, handle, argumentsValid: argumentsValid) {
        case .live(let stream): return stream
        case .gone: _ = p.fail(gone)
        case .failed: break
        }
        return nil
    }

    /// The sessions a NIF works in.
    enum Session {
        case deflate, inflate, either

        func admits(_ mode: ZlibStream.Mode) -> Bool {
            switch self {
            case .deflate: mode == .deflate
            case .inflate: mode == .inflate
            case .either: mode != .none
            }
        }
    }

    /// Runs `body` on the state of a stream in a `session`; `not_initialized` otherwise.
    static func withSession(_ p: Process, _ a: Arguments, argumentsValid: Bool = true,
                            _ session: Session, _ body: (inout ZlibStream.State) -> Term) -> Term {
        guard let stream = stream(p, a[0], argumentsValid: argumentsValid) else { return .none }
        return stream.withState { state in
            guard session.admits(state.mode) else { return p.fail(Atom.notInitialized) }
            return body(&state)
        }
    }

    /// ERTS's `zlib_return`: what a zlib status code becomes.
    static func status(_ p: Process, _ code: Int32) -> Term {
        switch code {
        case Z_OK: return Atom.ok
        case Z_STREAM_END: return Atom.streamEnd
        case Z_ERRNO: return .small(Int(errno))
        case Z_STREAM_ERROR: return p.fail(Atom.streamError)
        case Z_DATA_ERROR: return p.fail(Atom.dataError)
        case Z_MEM_ERROR: return Atom.memError
        case Z_BUF_ERROR: return Atom.bufError
        case Z_VERSION_ERROR: return Atom.versionError
        default: return Atom.unknownError
        }
    }

    /// An Adler-32 as the emulated release returns it.
    static func adler(_ value: UInt) -> Term {
        if EmulatedRelease.number <= 25 { return .small(Int(Int32(truncatingIfNeeded: value))) }
        return .small(Int(value & 0xFFFF_FFFF))
    }

    // MARK: Opening, closing, ownership

    /// `open_nif()`: a new stream controlled by the caller.
    static func openNif(_ p: Process, _ a: Arguments) -> Term {
        p.reference(ZlibStreams.open(owner: p))
    }

    /// `close_nif(Z)`.
    static func closeNif(_ p: Process, _ a: Arguments) -> Term {
        guard stream(p, a[0]) != nil else { return .none }
        ZlibStreams.close(a[0])
        return Atom.ok
    }

    /// `set_controller_nif(Z, Pid)`.
    static func setControllerNif(_ p: Process, _ a: Arguments) -> Term {
        switch access(p, a[0], argumentsValid: a[1].isLocalPid) {
        case .live(let stream): ZlibStreams.transfer(a[0], stream, to: a[1])
        case .gone: break
        case .failed: return .none
        }
        return Atom.ok
    }

    // MARK: The stash

    /// `getStash_nif(Z)`: `{ok, Term}` or `empty`.
    static func getStashNif(_ p: Process, _ a: Arguments) -> Term {
        let stream: ZlibStream
        switch access(p, a[0]) {
        case .live(let live): stream = live
        case .gone: return Atom.empty
        case .failed: return .none
        }
        return stream.withState { state in
            guard let node = state.stash else { return Atom.empty }
            return p.tuple(Atom.ok, p.copyIn(node))
        }
    }

    /// `clearStash_nif(Z)`.
    static func clearStashNif(_ p: Process, _ a: Arguments) -> Term {
        guard let stream = stream(p, a[0], gone: Atom.error) else { return .none }
        return stream.withState { state in
            guard let node = state.stash else { return p.fail(Atom.error) }
            EtsNode.free(node)
            state.stash = nil
            return Atom.ok
        }
    }

    /// `setStash_nif(Z, Term)`.
    static func setStashNif(_ p: Process, _ a: Arguments) -> Term {
        let stream: ZlibStream
        switch access(p, a[0]) {
        case .live(let live): stream = live
        case .gone: return Atom.ok
        case .failed: return .none
        }
        return stream.withState { state in
            guard state.stash == nil else { return p.fail(Atom.error) }
            state.stash = EtsNode.make(a[1])
            return Atom.ok
        }
    }

    // MARK: Input

    /// `enqueue_nif(Z, IOVec)`: queues up to 256 binaries; `{continue, Rest}` when more
    /// remain, else `ok`.
    static func enqueueNif(_ p: Process, _ a: Arguments) -> Term {
        withSession(p, a, .either) { state in
            var cursor = a[1]
            var binaries: [Term] = []
            while cursor.isList && binaries.count < enqueueLimit {
                let element = cursor.head
                guard element.isBitstring, BitstringView(element).isBinary else { return p.badarg() }
                binaries.append(element)
                cursor = cursor.tail
            }
            guard cursor.isList || cursor.isNil else { return p.badarg() }
            for binary in binaries {
                let view = BitstringView(binary)
                if view.isByteAligned {
                    state.input.append(UnsafeRawBufferPointer(start: view.alignedBytes, count: view.byteCount))
                } else {
                    view.copyBytes().withUnsafeBytes { state.input.append($0) }
                }
            }
            return cursor.isNil ? Atom.ok : p.tuple(Atom.continue, cursor)
        }
    }

    // MARK: The codec loop

    /// One step of deflate or inflate over the queued input (ERTS's `zlib_codec`): at most
    /// `inputLimit` queued bytes in and `outputSize` bytes out.
    static func codec(_ p: Process, _ state: inout ZlibStream.State, inflating: Bool,
                      inputLimit: Int32, outputSize: Int32, flush: Int32) -> Term {
        guard outputSize >= 0 else { return status(p, Z_MEM_ERROR) }
        let z = state.z
        let run: (UnsafeMutablePointer<z_stream>, Int32) -> Int32 = inflating ? { inflate($0, $1) } : { deflate($0, $1) }
        let output = state.outputBuffer(Int(outputSize))
        z.pointee.next_out = output
        z.pointee.avail_out = uInt(outputSize)
        var result = Z_OK
        var consumed = 0
        let block = min(state.input.count, Int(max(inputLimit, 0)))
        if block > 0 {
            let start = state.input.start
            let wantCRC = state.wantInputCRC
            var crc = state.inputCRC
            state.input.bytes.withUnsafeMutableBufferPointer { bytes in
                let data = bytes.baseAddress! + start
                z.pointee.next_in = data
                z.pointee.avail_in = uInt(block)
                result = run(z, Z_NO_FLUSH)
                consumed = block - Int(z.pointee.avail_in)
                if wantCRC { crc = crc32(uLong(crc), data, uInt(consumed)) }
            }
            state.inputCRC = crc
            state.input.skip(consumed)
        }
        let remaining = state.input.count
        // At the end of the queued input the stream is flushed as asked, even for
        // Z_NO_FLUSH: an earlier call may have stopped on a full output buffer.
        if result == Z_OK && remaining == 0 && z.pointee.avail_out > 0 {
            z.pointee.next_in = nil
            z.pointee.avail_in = 0
            result = run(z, flush)
        }
        let produced = Int(outputSize) - Int(z.pointee.avail_out)
        // The queue keeps what zlib has not consumed; zlib must not keep pointers into it.
        z.pointee.next_in = nil
        z.pointee.avail_in = 0
        z.pointee.next_out = nil
        z.pointee.avail_out = 0
        if result < 0 && result != Z_BUF_ERROR { return status(p, result) }
        if result == Z_STREAM_END { state.endSeen = true }
        if state.wantOutputCRC { state.outputCRC = UInt(crc32(uLong(state.outputCRC), output, uInt(produced))) }
        // No progress at all with input waiting: malformed input.
        if consumed == 0 && produced == 0 && remaining != 0 { return status(p, Z_DATA_ERROR) }
        let flushed = produced > 0 ? p.list([p.binary(UnsafeRawBufferPointer(start: output, count: produced))]) : Term.nil
        if remaining == 0 && produced < Int(outputSize) { return p.tuple(Atom.finished, flushed) }
        if result != Z_NEED_DICT { return p.tuple(Atom.continue, flushed) }
        return p.tuple(Atom.needDictionary, adler(UInt(z.pointee.adler)), flushed)
    }

    // MARK: Deflate

    /// `deflateInit_nif(Z, Level, Method, WindowBits, MemLevel, Strategy)`.
    static func deflateInitNif(_ p: Process, _ a: Arguments) -> Term {
        let numbers = (1...5).compactMap { int32(a[$0]) }
        guard let stream = stream(p, a[0], argumentsValid: numbers.count == 5, gone: Atom.alreadyInitialized) else {
            return .none
        }
        return stream.withState { state in
            guard state.mode == .none else { return p.fail(Atom.alreadyInitialized) }
            let windowBits = numbers[2]
            let result = deflateInit2_(state.z, numbers[0], numbers[1], windowBits, numbers[3], numbers[4],
                                       ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size))
            if result == Z_OK {
                state.mode = .deflate
                state.endSeen = false
                state.isRaw = windowBits < 0
                state.wantOutputCRC = false
                state.wantInputCRC = state.isRaw
                state.outputCRC = 0
                state.inputCRC = 0
            }
            return status(p, result)
        }
    }

    /// `deflateSetDictionary_nif(Z, Dictionary)`: the dictionary's Adler-32.
    static func deflateSetDictionaryNif(_ p: Process, _ a: Arguments) -> Term {
        let dictionary = IOList.bytes(a[1])
        return withSession(p, a, argumentsValid: dictionary != nil, .deflate) { state in
            dictionary!.withUnsafeBufferPointer { bytes in
                let result = deflateSetDictionary(state.z, bytes.baseAddress, uInt(bytes.count))
                guard result == Z_OK else { return status(p, result) }
                // zlib leaves `adler` alone on raw streams; ERTS computes it (from 0).
                let checksum = state.isRaw ? UInt(adler32(0, bytes.baseAddress, uInt(bytes.count))) : UInt(state.z.pointee.adler)
                return adler(checksum)
            }
        }
    }

    /// `deflateReset_nif(Z)`.
    static func deflateResetNif(_ p: Process, _ a: Arguments) -> Term {
        withSession(p, a, .deflate) { state in
            let result = deflateReset(state.z)
            state.inputCRC = 0
            state.endSeen = false
            state.resetInput()
            return status(p, result)
        }
    }

    /// `deflateEnd_nif(Z)`: `data_error` when the stream was not finished.
    static func deflateEndNif(_ p: Process, _ a: Arguments) -> Term {
        withSession(p, a, .deflate) { state in
            var result = deflateEnd(state.z)
            if result == Z_OK && state.input.count > 0 { result = Z_DATA_ERROR }
            state.resetInput()
            state.mode = .none
            return status(p, result)
        }
    }

    /// `deflateParams_nif(Z, Level, Strategy)`. zlib.erl flushes first, so nothing is
    /// pending; a one-byte buffer detects the case where something still was.
    static func deflateParamsNif(_ p: Process, _ a: Arguments) -> Term {
        let level = int32(a[1]), strategy = int32(a[2])
        return withSession(p, a, argumentsValid: level != nil && strategy != nil, .deflate) { state in
            var dummy: UInt8 = 0
            return withUnsafeMutablePointer(to: &dummy) { buffer in
                state.z.pointee.next_out = buffer
                state.z.pointee.avail_out = 1
                let result = deflateParams(state.z, level!, strategy!)
                let spilled = state.z.pointee.avail_out == 0
                state.z.pointee.next_out = nil
                state.z.pointee.avail_out = 0
                return status(p, spilled ? Z_STREAM_ERROR : result)
            }
        }
    }

    /// `deflate_nif(Z, InputChunkSize, OutputChunkSize, Flush)`.
    static func deflateNif(_ p: Process, _ a: Arguments) -> Term {
        let input = int32(a[1]), output = int32(a[2]), flush = int32(a[3])
        return withSession(p, a, argumentsValid: input != nil && output != nil && flush != nil, .deflate) { state in
            codec(p, &state, inflating: false, inputLimit: input!, outputSize: output!, flush: flush!)
        }
    }

    // MARK: Inflate

    /// `inflateInit_nif(Z, WindowBits, EndOfStreamBehaviour)`.
    static func inflateInitNif(_ p: Process, _ a: Arguments) -> Term {
        let windowBits = int32(a[1]), behaviour = int32(a[2])
        guard let stream = stream(p, a[0], argumentsValid: windowBits != nil && behaviour != nil,
                                  gone: Atom.alreadyInitialized) else { return .none }
        return stream.withState { state in
            guard state.mode == .none else { return p.fail(Atom.alreadyInitialized) }
            let result = inflateInit2_(state.z, windowBits!, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size))
            if result == Z_OK {
                state.mode = .inflate
                state.endOfStream = ZlibStream.EndOfStream(rawValue: behaviour!) ?? .cut
                state.endSeen = false
                state.isRaw = windowBits! < 0
                state.wantOutputCRC = state.isRaw
                state.wantInputCRC = false
                state.outputCRC = 0
                state.inputCRC = 0
            }
            return status(p, result)
        }
    }

    /// `inflateSetDictionary_nif(Z, Dictionary)`.
    static func inflateSetDictionaryNif(_ p: Process, _ a: Arguments) -> Term {
        let dictionary = IOList.bytes(a[1])
        return withSession(p, a, argumentsValid: dictionary != nil, .inflate) { state in
            dictionary!.withUnsafeBufferPointer { bytes in
                status(p, inflateSetDictionary(state.z, bytes.baseAddress, uInt(bytes.count)))
            }
        }
    }

    /// `inflateGetDictionary_nif(Z)`: the sliding window as a binary.
    static func inflateGetDictionaryNif(_ p: Process, _ a: Arguments) -> Term {
        withSession(p, a, .inflate) { state in
            var bytes = [UInt8](repeating: 0, count: 32768)
            var length: uInt = 0
            let result = bytes.withUnsafeMutableBufferPointer { inflateGetDictionary(state.z, $0.baseAddress, &length) }
            guard result >= 0 else { return status(p, result) }
            return bytes.withUnsafeBytes { p.binary(UnsafeRawBufferPointer(rebasing: $0[0..<Int(length)])) }
        }
    }

    /// `inflateReset_nif(Z)`.
    static func inflateResetNif(_ p: Process, _ a: Arguments) -> Term {
        withSession(p, a, .inflate) { state in
            let result = inflateReset(state.z)
            state.outputCRC = 0
            state.endSeen = false
            state.resetInput()
            return status(p, result)
        }
    }

    /// `inflateEnd_nif(Z)`: `data_error` unless the stream ended and all input was used.
    static func inflateEndNif(_ p: Process, _ a: Arguments) -> Term {
        withSession(p, a, .inflate) { state in
            var result = inflateEnd(state.z)
            if result == Z_OK && (!state.endSeen || state.input.count > 0) { result = Z_DATA_ERROR }
            state.resetInput()
            state.mode = .none
            return status(p, result)
        }
    }

    /// `inflate_nif(Z, InputChunkSize, OutputChunkSize, Flush)`. Input queued after the
    /// end of the stream is an error, the start of another stream, or dropped, as
    /// inflateInit asked.
    static func inflateNif(_ p: Process, _ a: Arguments) -> Term {
        let input = int32(a[1]), output = int32(a[2]), flush = int32(a[3])
        return withSession(p, a, argumentsValid: input != nil && output != nil && flush != nil, .inflate) { state in
            if state.endSeen && state.input.count > 0 {
                switch state.endOfStream {
                case .error:
                    return status(p, Z_DATA_ERROR)
                case .reset:
                    let result = inflateReset(state.z)
                    guard result == Z_OK else { return status(p, result) }
                    state.endSeen = false
                case .cut:
                    state.resetInput()
                }
            }
            return codec(p, &state, inflating: true, inputLimit: input!, outputSize: output!, flush: flush!)
        }
    }

    // MARK: OTP 25's deprecated calls

    /// `crc32_nif(Z)`: the CRC-32 of the uncompressed data of a raw stream so far.
    static func crc32Nif(_ p: Process, _ a: Arguments) -> Term {
        withSession(p, a, .either) { state in
            .small(Int(state.mode == .deflate ? state.inputCRC : state.outputCRC))
        }
    }

    /// `getBufSize_nif(Z)`.
    static func getBufSizeNif(_ p: Process, _ a: Arguments) -> Term {
        switch access(p, a[0]) {
        case .live(let stream): return .small(stream.withState { $0.chunkBufferSize })
        case .gone: return .small(ZlibStream.State.defaultChunkBufferSize)
        case .failed: return .none
        }
    }

    /// `setBufSize_nif(Z, Size)`.
    static func setBufSizeNif(_ p: Process, _ a: Arguments) -> Term {
        let found = access(p, a[0])
        if case .failed = found { return .none }
        guard let size = int32(a[1]) else { return p.badarg() }
        if case .live(let stream) = found { stream.withState { $0.chunkBufferSize = Int(size) } }
        return Atom.ok
    }
}

extension Atom {
    static let notInitialized = Term.atom("not_initialized")
    static let alreadyInitialized = Term.atom("already_initialized")
    static let notOnControllingProcess = Term.atom("not_on_controlling_process")
    static let `continue` = Term.atom("continue")
    static let finished = Term.atom("finished")
    static let needDictionary = Term.atom("need_dictionary")
    static let empty = Term.atom("empty")
    static let streamEnd = Term.atom("stream_end")
    static let streamError = Term.atom("stream_error")
    static let dataError = Term.atom("data_error")
    static let memError = Term.atom("mem_error")
    static let bufError = Term.atom("buf_error")
    static let versionError = Term.atom("version_error")
    static let unknownError = Term.atom("unknown_error")
}
