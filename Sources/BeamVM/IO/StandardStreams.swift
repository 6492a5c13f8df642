#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Unbuffered writes to the process's standard file descriptors.
package enum StandardStreams {
    /// Writes all of `bytes` to `fd`, retrying on partial writes and EINTR.
    package static func write(_ bytes: UnsafeRawBufferPointer, to fd: Int32) {
        var offset = 0
        while offset < bytes.count {
            let n = Glibc.write(fd, bytes.baseAddress! + offset, bytes.count - offset)
            if n < 0 {
                if errno == EINTR { continue }
                return
            }
            offset += n
        }
    }

    package static func write(_ text: String, to fd: Int32) {
        var copy = text
        copy.withUTF8 { write(UnsafeRawBufferPointer($0), to: fd) }
    }

    /// Output is written unbuffered for now; this is where buffered output will be flushed.
    package static func flushAll() {}

    package static func write(_ bytes: [UInt8], to fd: Int32) {
        bytes.withUnsafeBytes { write($0, to: fd) }
    }
}
