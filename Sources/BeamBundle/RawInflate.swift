// zlib glue for ZIP entries: raw deflate streams (no zlib header, negative window bits) and
// the CRC-32 that ZIP stores for every entry.

import CZlib

enum RawInflate {
    /// Inflates a raw deflate stream that must produce exactly `size` bytes.
    /// - Throws: `badCompression` for corrupt data or a size mismatch.
    static func inflate(_ input: ArraySlice<UInt8>, size: Int, name: String) throws(ArchiveError) -> [UInt8] {
        var output = [UInt8](repeating: 0, count: size)
        var stream = z_stream()
        guard inflateInit2_(&stream, -MAX_WBITS, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw ArchiveError(.badCompression, "\(name): zlib could not start inflating")
        }
        defer { inflateEnd(&stream) }
        // One extra byte of room tells a stream that would grow past `size` from one that ends there.
        var spare: UInt8 = 0
        let status: Int32 = input.withUnsafeBufferPointer { inp in
            output.withUnsafeMutableBufferPointer { out in
                stream.next_in = UnsafeMutablePointer(mutating: inp.baseAddress)
                stream.avail_in = uInt(inp.count)
                stream.next_out = out.baseAddress
                stream.avail_out = uInt(out.count)
                var result = Z_OK
                while result == Z_OK {
                    result = CZlib.inflate(&stream, Z_FINISH)
                    if result == Z_BUF_ERROR && stream.avail_out == 0 && stream.avail_in > 0 {
                        // Output full but input left: see whether the stream really has more.
                        withUnsafeMutablePointer(to: &spare) { stream.next_out = $0 }
                        stream.avail_out = 1
                        result = CZlib.inflate(&stream, Z_FINISH)
                        if stream.avail_out == 0 { return Z_DATA_ERROR }
                    }
                }
                return result
            }
        }
        guard status == Z_STREAM_END else {
            throw ArchiveError(.badCompression, "\(name): corrupt deflate data")
        }
        guard Int(stream.total_out) == size else {
            throw ArchiveError(.badCompression, "\(name): inflates to \(stream.total_out) bytes, the directory says \(size)")
        }
        return output
    }

    /// The CRC-32 of some bytes, as ZIP and gzip compute it.
    static func crc32(_ bytes: ArraySlice<UInt8>) -> UInt32 {
        bytes.withUnsafeBufferPointer { buffer in
            UInt32(CZlib.crc32_z(0, buffer.baseAddress, buffer.count))
        }
    }
}
