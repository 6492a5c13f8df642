import Testing
@testable import BeamVM

#if canImport(Glibc)
import Glibc
#endif

/// Reading whole files: exactly the bytes, whatever the size says.
struct FileSystemTests {
    /// A file in a fresh temporary directory holding `bytes`.
    func file(_ bytes: [UInt8]) throws -> String {
        var template = Array("/tmp/beamr-fs-XXXXXX".utf8CString)
        let directory = template.withUnsafeMutableBufferPointer { String(cString: mkdtemp($0.baseAddress!)!) }
        let path = directory + "/data"
        try FileSystem.writeFile(path, bytes)
        return path
    }

    @Test(arguments: [0, 1, 4095, 4096, 4097, 3 * 65536, 3 * 65536 + 7])
    func readsEveryByteOfAFile(size: Int) throws {
        let bytes = (0..<size).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ $0 >> 8) }
        let path = try file(bytes)
        #expect(try FileSystem.readFile(path) == bytes)
    }

    /// Files of the proc file system report a size of 0 and still have contents.
    @Test func readsAFileWhoseSizeIsUnknown() throws {
        let status = try FileSystem.readFile("/proc/self/status")
        #expect(status.starts(with: Array("Name:".utf8)))
        #expect(status.last == UInt8(ascii: "\n"))
        // Longer than the first read's capacity: the rest is read into a grown buffer.
        let mappings = try FileSystem.readFile("/proc/self/smaps")
        #expect(mappings.count > 4096)
        #expect(mappings.last == UInt8(ascii: "\n"))
    }

    @Test func refusesADirectory() {
        #expect(throws: SystemError.self) { try FileSystem.readFile("/tmp") }
    }
}
