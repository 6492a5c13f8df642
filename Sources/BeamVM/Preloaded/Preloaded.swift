// beamr's own Erlang modules, compiled into the executable: the standard I/O servers and
// anything else that is easier to write in Erlang than in Swift. They load like any other
// module, before the code path is searched.

import BeamFile

/// Modules that ship inside beamr.
enum Preloaded {
    /// The .beam bytes of a preloaded module.
    static func bytes(of module: String) -> [UInt8]? {
        guard let text = encoded[module] else { return nil }
        return text.withUTF8Buffer { Base64.decode($0) }
    }
}

/// A small base64 decoder for the embedded modules.
enum Base64 {
    static func decode(_ text: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        var table = [UInt8](repeating: 0xFF, count: 256)
        for (i, c) in "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8.enumerated() {
            table[Int(c)] = UInt8(i)
        }
        var output: [UInt8] = []
        output.reserveCapacity(text.count / 4 * 3)
        var accumulator: UInt32 = 0, bits = 0
        for c in text where c != UInt8(ascii: "=") {
            let value = table[Int(c)]
            guard value != 0xFF else { return nil }
            accumulator = accumulator << 6 | UInt32(value)
            bits += 6
            if bits >= 8 {
                bits -= 8
                output.append(UInt8(truncatingIfNeeded: accumulator >> UInt32(bits)))
            }
        }
        return output
    }
}
