// zlib decompression for compressed literal tables and compressed external terms.

import CZlib

enum Zlib {
    /// Inflates a zlib stream whose uncompressed size is known in advance. The size is
    /// capped so a hostile header cannot demand a huge allocation.
    static func inflate(_ input: [UInt8], expectedSize: Int, chunk: String?, offset: Int) throws(BeamLoadError) -> [UInt8] {
        guard expectedSize >= 0, expectedSize <= 1 << 30 else {
            throw BeamLoadError(.badCompression, chunk: chunk, offset: offset, "uncompressed size \(expectedSize) is implausible")
        }
        var output = [UInt8](repeating: 0, count: expectedSize)
        var written = uLongf(expectedSize)
        let status = output.withUnsafeMutableBufferPointer { out in
            input.withUnsafeBufferPointer { inp in
                uncompress(out.baseAddress ?? UnsafeMutablePointer(bitPattern: 1), &written, inp.baseAddress, uLong(inp.count))
            }
        }
        guard status == Z_OK, Int(written) == expectedSize else {
            throw BeamLoadError(.badCompression, chunk: chunk, offset: offset, "corrupt zlib data (status \(status))")
        }
        return output
    }
}
