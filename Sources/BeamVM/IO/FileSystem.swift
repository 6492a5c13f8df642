// Whole-file reads and directory walks on top of Glibc, so the runtime needs no Foundation.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An operating-system call that failed.
package struct SystemError: Error, CustomStringConvertible {
    package var errno: Int32
    package var call: String
    package var path: String

    package var description: String {
        "\(path): \(String(cString: strerror(errno)))"
    }
}

/// Blocking file-system helpers for the loader and the command line.
package enum FileSystem {
    /// Reads a whole regular file.
    package static func readFile(_ path: String) throws(SystemError) -> [UInt8] {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw SystemError(errno: errno, call: "open", path: path) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw SystemError(errno: errno, call: "fstat", path: path) }
        guard (info.st_mode & S_IFMT) == S_IFREG else { throw SystemError(errno: EISDIR, call: "open", path: path) }
        // Read straight into the result: a copy through a staging buffer would touch every
        // page twice, and fresh pages are what reading a large bundle costs most.
        var result = [UInt8]()
        // One byte more than the size, so that a file read whole ends short of the capacity.
        var capacity = max(Int(info.st_size) + 1, 1 << 12)
        while true {
            var failure: Int32 = 0
            let filled = result.count
            result = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, count in
                if filled > 0 { _ = UnsafeMutableBufferPointer(rebasing: buffer[..<filled]).initialize(from: result) }
                count = filled
                while count < buffer.count {
                    let n = read(fd, buffer.baseAddress! + count, buffer.count - count)
                    if n < 0 {
                        if errno == EINTR { continue }
                        failure = errno
                        return
                    }
                    if n == 0 { break }
                    count += n
                }
            }
            if failure != 0 { throw SystemError(errno: failure, call: "read", path: path) }
            // A file that grew since fstat goes round again.
            if result.count < capacity { break }
            capacity *= 2
        }
        return result
    }

    /// Creates or replaces a file with `bytes`.
    package static func writeFile(_ path: String, _ bytes: [UInt8]) throws(SystemError) {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw SystemError(errno: errno, call: "open", path: path) }
        defer { close(fd) }
        var written = 0
        while written < bytes.count {
            let n = bytes.withUnsafeBytes { write(fd, $0.baseAddress! + written, $0.count - written) }
            if n < 0 {
                if errno == EINTR { continue }
                throw SystemError(errno: errno, call: "write", path: path)
            }
            written += n
        }
    }

    /// Whether a path names a directory.
    package static func isDirectory(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }

    /// Whether a path names an existing file or directory.
    package static func exists(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0
    }

    /// The names in a directory (without `.` and `..`), sorted.
    package static func listDirectory(_ path: String) -> [String] {
        guard let dir = opendir(path) else { return [] }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names.sorted()
    }

    /// Every file below `root` whose name ends in `suffix`, in sorted order.
    package static func findFiles(under root: String, suffix: String) -> [String] {
        if !isDirectory(root) { return root.hasSuffix(suffix) ? [root] : [] }
        var result: [String] = []
        for name in listDirectory(root) {
            let path = root.hasSuffix("/") ? root + name : root + "/" + name
            if isDirectory(path) {
                result += findFiles(under: path, suffix: suffix)
            } else if name.hasSuffix(suffix) {
                result.append(path)
            }
        }
        return result
    }
}
