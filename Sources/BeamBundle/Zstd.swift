// libzstd glue: one frame with the content size and a checksum in its header, so a
// corrupt or truncated frame is caught by the library rather than by the loader.

import CZstd

enum Zstd {
    /// Compresses into a single frame at `level` (1...22) with long-distance matching.
    static func compress(_ input: [UInt8], level: Int32) -> [UInt8] {
        guard let context = ZSTD_createCCtx() else { fatalError("zstd: out of memory") }
        defer { ZSTD_freeCCtx(context) }
        ZSTD_CCtx_setParameter(context, ZSTD_c_compressionLevel, level)
        ZSTD_CCtx_setParameter(context, ZSTD_c_checksumFlag, 1)
        ZSTD_CCtx_setParameter(context, ZSTD_c_contentSizeFlag, 1)
        ZSTD_CCtx_setParameter(context, ZSTD_c_enableLongDistanceMatching, 1)
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

    /// Decompresses one frame that must hold exactly `size` bytes.
    /// - Throws: `badCompression` for a corrupt frame, a checksum mismatch or a size mismatch.
    static func decompress(_ input: ArraySlice<UInt8>, size: Int, what: String) throws(ArchiveError) -> [UInt8] {
        let declared = input.withUnsafeBytes { ZSTD_getFrameContentSize($0.baseAddress, $0.count) }
        if declared == ZSTD_CONTENTSIZE_ERROR {
            throw ArchiveError(.badCompression, "\(what): not a zstd frame")
        }
        if declared != ZSTD_CONTENTSIZE_UNKNOWN && declared != UInt64(size) {
            throw ArchiveError(.badCompression, "\(what): zstd frame holds \(declared) bytes, the header says \(size)")
        }
        var produced = 0
        // Not zeroed first: the frame writes every byte of a result that is kept.
        let output = [UInt8](unsafeUninitializedCapacity: size) { out, initialized in
            produced = input.withUnsafeBytes { inp in
                ZSTD_decompress(out.baseAddress, out.count, inp.baseAddress, inp.count)
            }
            initialized = ZSTD_isError(produced) == 0 && produced == size ? size : 0
        }
        if ZSTD_isError(produced) != 0 {
            throw ArchiveError(.badCompression, "\(what): corrupt zstd frame (\(String(cString: ZSTD_getErrorName(produced))))")
        }
        guard produced == size else {
            throw ArchiveError(.badCompression, "\(what): zstd frame holds \(produced) bytes, the header says \(size)")
        }
        return output
    }
}
