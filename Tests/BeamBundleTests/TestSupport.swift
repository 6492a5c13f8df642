// Helpers for the container tests: a seeded generator, a small ZIP writer (stored and
// raw-deflate entries) so the reader can be tested without external tools, and paths to
// the committed fixtures.

import CZlib
@testable import BeamBundle

/// SplitMix64: reproducible pseudo-random numbers for mutation tests.
struct Seeded: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Writes ZIP archives the way zip:create/3 lays them out.
struct ZipWriter {
    struct File {
        var name: String
        var contents: [UInt8]
        var deflate: Bool
    }

    static func rawDeflate(_ input: [UInt8]) -> [UInt8] {
        var stream = z_stream()
        precondition(deflateInit2_(&stream, 9, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY, ZLIB_VERSION,
                                   Int32(MemoryLayout<z_stream>.size)) == Z_OK)
        defer { deflateEnd(&stream) }
        var output = [UInt8](repeating: 0, count: Int(deflateBound(&stream, uLong(input.count))) + 16)
        let produced: Int = input.withUnsafeBufferPointer { inp in
            output.withUnsafeMutableBufferPointer { out in
                stream.next_in = UnsafeMutablePointer(mutating: inp.baseAddress)
                stream.avail_in = uInt(inp.count)
                stream.next_out = out.baseAddress
                stream.avail_out = uInt(out.count)
                precondition(CZlib.deflate(&stream, Z_FINISH) == Z_STREAM_END)
                return Int(stream.total_out)
            }
        }
        return Array(output[..<produced])
    }

    /// The archive's bytes; `method` overrides the method recorded for every entry.
    static func archive(_ files: [File], method: UInt16? = nil, flags: UInt16 = 0) -> [UInt8] {
        var out = ByteWriter()
        var central = ByteWriter()
        for file in files {
            let data = file.deflate ? rawDeflate(file.contents) : file.contents
            let crc = RawInflate.crc32(file.contents[...])
            let recorded = method ?? (file.deflate ? 8 : 0)
            let offset = UInt32(out.bytes.count)
            let name = Array(file.name.utf8)
            out.u32(0x0403_4B50); out.u16(20); out.u16(flags); out.u16(recorded); out.u32(0)
            out.u32(crc); out.u32(UInt32(data.count)); out.u32(UInt32(file.contents.count))
            out.u16(UInt16(name.count)); out.u16(0)
            out.bytes += name + data
            central.u32(0x0201_4B50); central.u16(20); central.u16(20); central.u16(flags); central.u16(recorded)
            central.u32(0); central.u32(crc); central.u32(UInt32(data.count)); central.u32(UInt32(file.contents.count))
            central.u16(UInt16(name.count)); central.u16(0); central.u16(0); central.u16(0); central.u16(0); central.u32(0)
            central.u32(offset)
            central.bytes += name
        }
        let directoryOffset = UInt32(out.bytes.count)
        out.bytes += central.bytes
        out.u32(0x0605_4B50); out.u16(0); out.u16(0); out.u16(UInt16(files.count)); out.u16(UInt16(files.count))
        out.u32(UInt32(central.bytes.count)); out.u32(directoryOffset); out.u16(0)
        return out.bytes
    }
}

enum FixturePaths {
    /// Fixtures/scripts in the repository.
    static var scripts: String {
        var path = #filePath
        for _ in 0..<3 { path = String(path[..<path.lastIndex(of: "/")!]) }
        return path + "/Fixtures/scripts"
    }

    static func read(_ relative: String) -> [UInt8]? {
        guard let file = fopen(scripts + "/" + relative, "rb") else { return nil }
        defer { fclose(file) }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = fread(&buffer, 1, buffer.count, file)
            if n <= 0 { break }
            bytes += buffer[..<n]
        }
        return bytes
    }
}

#if canImport(Glibc)
import Glibc
#endif
