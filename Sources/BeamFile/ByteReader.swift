// A bounds-checked big-endian reader over a byte array. All of BeamFile reads through it,
// so a truncated or hostile file produces a `BeamLoadError` instead of a trap.

/// Reads big-endian integers and byte runs from `bytes[offset..<end]`.
///
/// Offsets are absolute positions in `bytes` (the whole file), so errors can name them.
struct ByteReader {
    let bytes: [UInt8]
    private(set) var offset: Int
    let end: Int
    /// The chunk being read, for error messages.
    let chunk: String?

    init(_ bytes: [UInt8], from start: Int = 0, to end: Int? = nil, chunk: String? = nil) {
        self.bytes = bytes
        self.offset = start
        self.end = end ?? bytes.count
        self.chunk = chunk
    }

    var isAtEnd: Bool { offset >= end }
    var remaining: Int { end - offset }

    func error(_ kind: BeamLoadError.Kind, _ message: String, at position: Int? = nil) -> BeamLoadError {
        BeamLoadError(kind, chunk: chunk, offset: position ?? offset, message)
    }

    @inline(__always)
    mutating func need(_ count: Int) throws(BeamLoadError) {
        guard _fastPath(count >= 0 && count <= end - offset) else { throw shortOf(count) }
    }

    @inline(never)
    func shortOf(_ count: Int) -> BeamLoadError {
        error(.truncated, "needs \(count) more bytes, only \(max(0, end - offset)) left")
    }

    @inline(__always)
    mutating func u8() throws(BeamLoadError) -> UInt8 {
        try need(1)
        defer { offset += 1 }
        return bytes[offset]
    }

    mutating func u16() throws(BeamLoadError) -> UInt16 {
        try need(2)
        defer { offset += 2 }
        return UInt16(bytes[offset]) << 8 | UInt16(bytes[offset + 1])
    }

    mutating func u32() throws(BeamLoadError) -> UInt32 {
        try need(4)
        defer { offset += 4 }
        return UInt32(bytes[offset]) << 24 | UInt32(bytes[offset + 1]) << 16
            | UInt32(bytes[offset + 2]) << 8 | UInt32(bytes[offset + 3])
    }

    mutating func i32() throws(BeamLoadError) -> Int32 {
        Int32(bitPattern: try u32())
    }

    mutating func u64() throws(BeamLoadError) -> UInt64 {
        let high = UInt64(try u32())
        return high << 32 | UInt64(try u32())
    }

    /// Reads a non-negative 32-bit count and checks that `count * minimumItemSize`
    /// bytes could still follow, so a hostile count cannot trigger a huge allocation.
    mutating func count(minimumItemSize: Int, what: String) throws(BeamLoadError) -> Int {
        let start = offset
        let value = try i32()
        guard value >= 0 else { throw error(.countTooLarge, "negative \(what) count \(value)", at: start) }
        guard Int(value) * minimumItemSize <= remaining else {
            throw error(.countTooLarge, "\(what) count \(value) exceeds the chunk", at: start)
        }
        return Int(value)
    }

    mutating func bytes(_ count: Int) throws(BeamLoadError) -> ArraySlice<UInt8> {
        try need(count)
        defer { offset += count }
        return bytes[offset..<offset + count]
    }

    /// Advances over bytes a `need` has already checked.
    @inline(__always)
    mutating func skipChecked(_ count: Int) { offset += count }

    mutating func skip(_ count: Int) throws(BeamLoadError) {
        try need(count)
        offset += count
    }
}
