// The Line chunk: the table that maps `line` instruction operands to file and line.
//
// Layout: version, flags, instruction count, item count, name count (five 32-bit words),
// then `item count` compact terms (`a` N switches to file N, `i` L adds an item for line L
// in the current file), then `name count` file names (16-bit length + UTF-8 bytes).
// Item 0 is the implicit "no location"; file 0 is the implicit `<module>.erl`.

/// One source location.
public struct LineLocation: Equatable, Sendable {
    /// Index into `LineTable.files` (0 is the implicit `<module>.erl`).
    public var file: Int
    public var line: Int
}

/// The decoded Line chunk.
public struct LineTable: Equatable, Sendable {
    /// Location items; index 0 is "unknown location".
    public var items: [LineLocation]
    /// File names; index 0 is `<module>.erl`.
    public var files: [String]

    /// The location for a `line` operand, or nil for the unknown location.
    public func location(_ item: Int) -> (file: String, line: Int)? {
        guard item > 0, item < items.count else { return nil }
        let entry = items[item]
        guard entry.file < files.count else { return nil }
        return (files[entry.file], entry.line)
    }
}

extension ByteReader {
    mutating func lineTable(moduleName: String) throws(BeamLoadError) -> LineTable? {
        let version = try i32()
        guard version == 0 else { return nil }
        _ = try i32() // flags
        _ = try i32() // number of line instructions
        let itemCount = try count(minimumItemSize: 1, what: "line item")
        let nameCount = try count(minimumItemSize: 2, what: "file name")
        var items = [LineLocation(file: 0, line: 0)]
        items.reserveCapacity(itemCount + 1)
        var file = 0
        while items.count <= itemCount {
            let start = offset
            let raw = try rawCompact()
            switch raw.tag {
            case .a:
                guard raw.big == nil, raw.value >= 0, raw.value <= Int64(nameCount) else {
                    throw error(.badIndex, "file index \(raw.value) out of range", at: start)
                }
                file = Int(raw.value)
            case .i:
                guard raw.big == nil, raw.value >= 0, raw.value <= Int64(Int32.max) else {
                    throw error(.badCompactTerm, "bad line number", at: start)
                }
                items.append(LineLocation(file: file, line: Int(raw.value)))
            default:
                throw error(.badCompactTerm, "bad line item tag", at: start)
            }
        }
        var files = [moduleName + ".erl"]
        for _ in 0..<nameCount {
            let length = Int(try u16())
            let start = offset
            let bytes = try bytes(length)
            guard let name = String(validating: bytes, as: UTF8.self) else {
                throw error(.badChunk, "file name is not UTF-8", at: start)
            }
            files.append(name.isEmpty ? files[0] : name)
        }
        return LineTable(items: items, files: files)
    }
}
