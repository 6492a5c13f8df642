// libzstd glue: frames carry their content size and a checksum in their header, so a
// corrupt or truncated frame is caught by the library rather than by the loader. A bundle
// compresses each entry in its own frame, all with one dictionary trained on the entries,
// so that a program decompresses only the modules it loads.

import CZstd
import Synchronization

enum Zstd {
    /// Compresses `input` into a single frame at `level` (1...22), with `dictionary` if given.
    static func compress(_ input: ArraySlice<UInt8>, level: Int32, dictionary: [UInt8] = []) -> [UInt8] {
        guard let context = ZSTD_createCCtx() else { fatalError("zstd: out of memory") }
        defer { ZSTD_freeCCtx(context) }
        ZSTD_CCtx_setParameter(context, ZSTD_c_compressionLevel, level)
        ZSTD_CCtx_setParameter(context, ZSTD_c_checksumFlag, 1)
        ZSTD_CCtx_setParameter(context, ZSTD_c_contentSizeFlag, 1)
        if !dictionary.isEmpty {
            _ = dictionary.withUnsafeBytes { ZSTD_CCtx_loadDictionary(context, $0.baseAddress, $0.count) }
        }
        var output = [UInt8](repeating: 0, count: ZSTD_compressBound(input.count))
        let written = output.withUnsafeMutableBytes { out in
            input.withUnsafeBytes { inp in
                ZSTD_compress2(context, out.baseAddress, out.count, inp.baseAddress, inp.count)
            }
        }
        precondition(ZSTD_isError(written) == 0, "zstd compression failed: \(String(cString: ZSTD_getErrorName(written)))")
        output.removeSubrange(written...)
        return output
    }

    /// A dictionary of at most `capacity` bytes trained on `samples`, or nil when there is
    /// too little to learn from.
    static func trainDictionary(_ samples: [ArraySlice<UInt8>], capacity: Int) -> [UInt8]? {
        let sizes = samples.map(\.count)
        let joined = samples.reduce(into: [UInt8]()) { $0 += $1 }
        guard samples.count >= 8, capacity >= 1024, joined.count >= 10 * capacity else { return nil }
        var dictionary = [UInt8](repeating: 0, count: capacity)
        let size = dictionary.withUnsafeMutableBytes { out in
            joined.withUnsafeBytes { data in
                ZDICT_trainFromBuffer(out.baseAddress, out.count, data.baseAddress, sizes, UInt32(sizes.count))
            }
        }
        guard ZDICT_isError(size) == 0 else { return nil }
        dictionary.removeSubrange(size...)
        return dictionary
    }

    /// Checks, from its frame and block headers only, that `input` is exactly one frame,
    /// holding `size` bytes.
    static func checkFrame(_ input: ArraySlice<UInt8>, size: Int, what: String) throws(ArchiveError) {
        let (declared, length) = input.withUnsafeBytes {
            (ZSTD_getFrameContentSize($0.baseAddress, $0.count), ZSTD_findFrameCompressedSize($0.baseAddress, $0.count))
        }
        if declared == ZSTD_CONTENTSIZE_ERROR || ZSTD_isError(length) != 0 {
            throw ArchiveError(.badCompression, "\(what): not a zstd frame")
        }
        if declared != UInt64(size) {
            throw ArchiveError(.badCompression, "\(what): zstd frame holds \(declared) bytes, the directory says \(size)")
        }
        if length != input.count {
            throw ArchiveError(.badCompression, "\(what): zstd frame takes \(length) bytes, the directory says \(input.count)")
        }
    }

    /// Decompresses one frame that `checkFrame` accepted for `size` bytes.
    /// - Throws: `badCompression` for a corrupt frame, a checksum mismatch or a size mismatch.
    static func decompress(_ input: ArraySlice<UInt8>, size: Int, dictionary: ZstdDictionary?,
                           what: String) throws(ArchiveError) -> [UInt8] {
        guard let context = spareContext.withLock({ $0.take() })?.pointer ?? ZSTD_createDCtx() else {
            throw ArchiveError(.tooLarge, "\(what): out of memory")
        }
        defer {
            // Each frame starts from a reset context, so one that failed can be kept too.
            let handedBack = spareContext.withLock { spare -> Bool in
                guard spare == nil else { return false }
                spare = DecompressionContext(pointer: context)
                return true
            }
            if !handedBack { ZSTD_freeDCtx(context) }
        }
        var produced = 0
        // Not zeroed first: the frame writes every byte of a result that is kept.
        let output = [UInt8](unsafeUninitializedCapacity: size) { out, initialized in
            produced = input.withUnsafeBytes { inp in
                ZSTD_decompress_usingDDict(context, out.baseAddress, out.count, inp.baseAddress, inp.count, dictionary?.digested)
            }
            initialized = ZSTD_isError(produced) == 0 && produced == size ? size : 0
        }
        if ZSTD_isError(produced) != 0 {
            throw ArchiveError(.badCompression, "\(what): corrupt zstd frame (\(String(cString: ZSTD_getErrorName(produced))))")
        }
        guard produced == size else {
            throw ArchiveError(.badCompression, "\(what): zstd frame holds \(produced) bytes, the directory says \(size)")
        }
        return output
    }
}

/// A decompression context, owned by whoever holds the value.
struct DecompressionContext: @unchecked Sendable { // @unchecked: one owner at a time, handed over under a lock
    let pointer: OpaquePointer
}

/// A context kept from one decompression for the next: creating one allocates and clears
/// about 100 kB of tables, which costs more than decompressing a small module.
private let spareContext = Mutex<DecompressionContext?>(nil)

/// A dictionary digested once for the decompression of every frame that uses it.
final class ZstdDictionary: @unchecked Sendable { // @unchecked: the digested dictionary is only read
    let digested: OpaquePointer

    init(_ bytes: ArraySlice<UInt8>) throws(ArchiveError) {
        let digested = bytes.withUnsafeBytes { ZSTD_createDDict($0.baseAddress, $0.count) }
        guard let digested else { throw ArchiveError(.badCompression, "bundle dictionary: not a zstd dictionary") }
        self.digested = digested
    }

    deinit { ZSTD_freeDDict(digested) }
}
