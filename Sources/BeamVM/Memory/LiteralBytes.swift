// Module literals built straight from their external term bytes, for the shapes most
// literals have: small integers, plain atoms, tuples, lists, strings and small binaries.
// Going through `ExternalTerm` allocates a Swift array per tuple and list, which made
// building a large literal table (unicode_util's case table: thousands of tuples) the
// dearest part of translating a function. Anything else (floats, bignums, maps, funs,
// large binaries, compressed terms, non-ASCII atoms, deep nesting) is left to the
// `ExternalTerm` path, which also reports malformed bytes.

/// Reads one literal's external term bytes.
///
/// - Invariant: every read is checked against `end`, so malformed bytes make `words` or
///   `build` return nil, never read outside the literal.
struct LiteralBytes {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var offset: Int
    private let end: Int
    /// Deeper nesting is left to the `ExternalTerm` path, whose limit then applies.
    static let maxDepth = 64

    /// A reader of the literal in `range` of `bytes` (a version byte 131, then the term).
    init(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
        self.bytes = bytes
        offset = range.lowerBound
        end = min(range.upperBound, bytes.count)
    }

    /// The heap words the literal needs, or nil if it is not of the shapes handled here.
    static func words(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int? {
        var reader = LiteralBytes(bytes, range)
        guard reader.byte() == 131, let words = reader.words(depth: 0), reader.offset == reader.end else { return nil }
        return words
    }

    /// Builds the literal into `sink`, which must have its `words` reserved.
    static func build(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, into sink: inout TermSink) -> Term? {
        var reader = LiteralBytes(bytes, range)
        guard reader.byte() == 131 else { return nil }
        return reader.build(into: &sink)
    }

    private mutating func byte() -> UInt8? {
        guard offset < end else { return nil }
        defer { offset += 1 }
        return bytes[offset]
    }

    /// A big-endian unsigned integer of `size` bytes.
    private mutating func unsigned(_ size: Int) -> Int? {
        guard size <= end - offset else { return nil }
        var value = 0
        for i in offset..<offset + size { value = value << 8 | Int(bytes[i]) }
        offset += size
        return value
    }

    /// Reads an atom's name (its tag already read); nil unless it is ASCII.
    private mutating func atomName(_ tag: UInt8) -> UnsafeBufferPointer<UInt8>? {
        guard let length = unsigned(tag == 100 || tag == 118 ? 2 : 1), length <= 255, length <= end - offset else { return nil }
        let name = UnsafeBufferPointer(rebasing: bytes[offset..<offset + length])
        guard !name.contains(where: { $0 >= 0x80 }) else { return nil }
        offset += length
        return name
    }

    /// Skips the term at the reading position, returning the words it needs.
    private mutating func words(depth: Int) -> Int? {
        guard depth < Self.maxDepth, let tag = byte() else { return nil }
        switch tag {
        case 97: return unsigned(1).map { _ in 0 }
        case 98: return unsigned(4).map { _ in 0 }
        case 100, 115, 118, 119: return atomName(tag).map { _ in 0 }
        case 106: return 0
        case 104, 105:
            guard let arity = unsigned(tag == 104 ? 1 : 4), arity <= end - offset else { return nil }
            var total = 1 + arity
            for _ in 0..<arity {
                guard let element = words(depth: depth + 1) else { return nil }
                total += element
            }
            return total
        case 107:
            guard let length = unsigned(2), length <= end - offset else { return nil }
            offset += length
            return 2 * length
        case 108:
            guard let length = unsigned(4), length > 0, length <= end - offset else { return nil }
            var total = 2 * length
            for _ in 0...length { // the elements, then the tail
                guard let element = words(depth: depth + 1) else { return nil }
                total += element
            }
            return total
        case 109:
            guard let length = unsigned(4), length <= heapBinaryLimit, length <= end - offset else { return nil }
            offset += length
            return 2 + (length + 7) / 8
        default:
            return nil
        }
    }

    /// Builds the term at the reading position, which `words` accepted.
    private mutating func build(into sink: inout TermSink) -> Term? {
        guard let tag = byte() else { return nil }
        switch tag {
        case 97: return unsigned(1).map { .small($0) }
        case 98: return unsigned(4).map { .small(Int(Int32(truncatingIfNeeded: $0))) }
        case 100, 115, 118, 119:
            guard let name = atomName(tag), let index = AtomTable.shared.intern(bytes: name) else { return nil }
            return .atom(index)
        case 106: return .nil
        case 104, 105:
            guard let arity = unsigned(tag == 104 ? 1 : 4) else { return nil }
            let object = sink.take(1 + arity)
            object[0] = Header.tuple(arity)
            for i in 0..<arity {
                guard let element = build(into: &sink) else { return nil }
                object[1 + i] = element
            }
            return .boxed(object)
        case 107:
            guard let length = unsigned(2), length <= end - offset else { return nil }
            if length == 0 { return .nil }
            let cells = sink.take(2 * length)
            for i in 0..<length {
                cells[2 * i] = .small(Int(bytes[offset + i]))
                cells[2 * i + 1] = i + 1 < length ? .list(cells + 2 * (i + 1)) : .nil
            }
            offset += length
            return .list(cells)
        case 108:
            guard let length = unsigned(4) else { return nil }
            let cells = sink.take(2 * length)
            for i in 0..<length {
                guard let element = build(into: &sink) else { return nil }
                cells[2 * i] = element
                cells[2 * i + 1] = i + 1 < length ? .list(cells + 2 * (i + 1)) : .nil
            }
            guard let tail = build(into: &sink) else { return nil }
            cells[2 * length - 1] = tail
            return .list(cells)
        case 109:
            guard let length = unsigned(4), length <= end - offset else { return nil }
            let words = (length + 7) / 8
            let object = sink.take(2 + words)
            object[0] = Header.make(.heapBinary, 1 + words)
            object[1] = Term(raw: UInt64(length))
            if words > 0 { object[1 + words] = Term(raw: 0) }
            let data = UnsafeMutableRawPointer(object + 2).assumingMemoryBound(to: UInt8.self)
            for i in 0..<length { data[i] = bytes[offset + i] }
            offset += length
            return .boxed(object)
        default:
            return nil
        }
    }
}
