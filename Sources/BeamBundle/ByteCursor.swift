// Bounds-checked little-endian reads over a byte array: every read that would run past the
// end throws `truncated` instead of trapping, so hostile input never crashes the reader.

/// A read position in a byte array.
struct ByteCursor {
    let bytes: [UInt8]
    var offset: Int
    /// What is being read, for error messages ("ZIP central directory", "bundle header").
    let context: String

    init(_ bytes: [UInt8], at offset: Int = 0, context: String) {
        self.bytes = bytes
        self.offset = offset
        self.context = context
    }

    var remaining: Int { max(0, bytes.count - offset) }

    func truncated() -> ArchiveError {
        ArchiveError(.truncated, "truncated \(context) at byte \(offset)")
    }

    mutating func need(_ count: Int) throws(ArchiveError) {
        guard count >= 0, offset >= 0, count <= bytes.count - offset else { throw truncated() }
    }

    mutating func u8() throws(ArchiveError) -> UInt8 {
        try need(1)
        defer { offset += 1 }
        return bytes[offset]
    }

    mutating func u16() throws(ArchiveError) -> UInt16 {
        try need(2)
        defer { offset += 2 }
        return UInt16(bytes[offset]) | UInt16(bytes[offset + 1]) << 8
    }

    mutating func u32() throws(ArchiveError) -> UInt32 {
        try need(4)
        var value: UInt32 = 0
        for i in 0..<4 { value |= UInt32(bytes[offset + i]) << (8 * UInt32(i)) }
        offset += 4
        return value
    }

    mutating func u64() throws(ArchiveError) -> UInt64 {
        let low = UInt64(try u32())
        return low | UInt64(try u32()) << 32
    }

    mutating func take(_ count: Int) throws(ArchiveError) -> ArraySlice<UInt8> {
        try need(count)
        defer { offset += count }
        return bytes[offset..<offset + count]
    }

    /// A string of `u16` length and UTF-8 bytes.
    mutating func string() throws(ArchiveError) -> String {
        let count = Int(try u16())
        let slice = try take(count)
        guard let text = String(validating: slice, as: UTF8.self) else {
            throw ArchiveError(.badEntry, "\(context): a name is not valid UTF-8")
        }
        return text
    }
}

/// Little-endian appends, the writing side of `ByteCursor`.
struct ByteWriter {
    var bytes: [UInt8] = []

    mutating func u8(_ value: UInt8) { bytes.append(value) }
    mutating func u16(_ value: UInt16) { bytes.append(UInt8(value & 0xFF)); bytes.append(UInt8(value >> 8)) }
    mutating func u32(_ value: UInt32) { for i in 0..<4 { bytes.append(UInt8(truncatingIfNeeded: value >> (8 * UInt32(i)))) } }
    mutating func u64(_ value: UInt64) { u32(UInt32(truncatingIfNeeded: value)); u32(UInt32(truncatingIfNeeded: value >> 32)) }
    mutating func string(_ text: String) {
        let utf8 = Array(text.utf8.prefix(Int(UInt16.max)))
        u16(UInt16(utf8.count))
        bytes += utf8
    }
}
