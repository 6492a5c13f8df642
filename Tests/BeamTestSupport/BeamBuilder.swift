// Builds .beam files and their pieces byte by byte, following what the compiler's assembler
// (beam_asm.erl) writes, so tests can state exact inputs.

public enum BeamBuilder {
    // MARK: - Big-endian integers

    public static func u16(_ value: Int) -> [UInt8] { [UInt8(truncatingIfNeeded: value >> 8), UInt8(truncatingIfNeeded: value)] }

    public static func u32(_ value: Int) -> [UInt8] {
        (0..<4).map { UInt8(truncatingIfNeeded: value >> (24 - 8 * $0)) }
    }

    public static func u64(_ value: UInt64) -> [UInt8] {
        (0..<8).map { UInt8(truncatingIfNeeded: value >> UInt64(56 - 8 * $0)) }
    }

    // MARK: - Container

    /// `FOR1`, the form size, `BEAM`, then each chunk's id, size and data padded to 4 bytes.
    public static func container(_ chunks: [(id: String, data: [UInt8])]) -> [UInt8] {
        var body: [UInt8] = Array("BEAM".utf8)
        for chunk in chunks { body += self.chunk(chunk.id, chunk.data) }
        return Array("FOR1".utf8) + u32(body.count) + body
    }

    public static func chunk(_ id: String, _ data: [UInt8]) -> [UInt8] {
        Array(id.utf8) + u32(data.count) + data + [UInt8](repeating: 0, count: (4 - data.count % 4) % 4)
    }

    // MARK: - Compact terms (beam_asm:encode/2)

    public enum Tag: UInt8 { case u = 0, i, a, x, y, f, h, z }

    /// The compact encoding of `value` under `tag`, exactly as beam_asm writes it.
    public static func compact(_ tag: Tag, _ value: Int) -> [UInt8] {
        if value < 0 { return compactBytes(tag, negativeBytes(value)) }
        if value < 16 { return [UInt8(value << 4) | tag.rawValue] }
        if value < 0x800 { return [UInt8((value >> 3) & 0xE0) | tag.rawValue | 0x08, UInt8(value & 0xFF)] }
        var bytes = magnitudeBytes(UInt64(value))
        if bytes[0] & 0x80 != 0 { bytes.insert(0, at: 0) }
        return compactBytes(tag, bytes)
    }

    /// The multi-byte form for big-endian two's complement `bytes` (2 or more).
    public static func compactBytes(_ tag: Tag, _ bytes: [UInt8]) -> [UInt8] {
        precondition(bytes.count >= 2)
        if bytes.count <= 8 { return [UInt8((bytes.count - 2) << 5) | 0x18 | tag.rawValue] + bytes }
        return [0xF8 | tag.rawValue] + compact(.u, bytes.count - 9) + bytes
    }

    public static func magnitudeBytes(_ value: UInt64) -> [UInt8] {
        var bytes = u64(value)
        while bytes.count > 1 && bytes[0] == 0 { bytes.removeFirst() }
        return bytes
    }

    /// beam_asm's negative_to_bytes/1: at least two bytes, sign bit set.
    public static func negativeBytes(_ value: Int) -> [UInt8] {
        if value >= -0x8000 { return u16(value) }
        let count = magnitudeBytes(UInt64(-(value + 1)) + 1).count
        var bytes = Array(u64(UInt64(bitPattern: Int64(value))).suffix(count))
        if bytes[0] & 0x80 == 0 { bytes.insert(0xFF, at: 0) }
        return bytes
    }

    /// An extended-tag prefix (`z` with the given kind).
    public static func extended(_ kind: Int) -> [UInt8] { compact(.z, kind) }

    // MARK: - A small valid module

    /// Atom table: a count, then each atom as a length byte and its UTF-8 bytes (OTP 27 and
    /// earlier), or, with `compactLengths`, a negated count and compact-term lengths (OTP 28+).
    public static func atomChunk(_ atoms: [String], compactLengths: Bool = false) -> [UInt8] {
        var data = u32(compactLengths ? -atoms.count : atoms.count)
        for atom in atoms {
            let bytes = Array(atom.utf8)
            data += compactLengths ? compact(.u, bytes.count) : [UInt8(bytes.count)]
            data += bytes
        }
        return data
    }

    /// The Code chunk: a 16-byte header (instruction set 0, highest opcode, label and
    /// function counts) followed by the instruction bytes.
    public static func codeChunk(labels: Int, functions: Int, maxOpcode: Int = 185, _ code: [UInt8]) -> [UInt8] {
        u32(16) + u32(0) + u32(maxOpcode) + u32(labels) + u32(functions) + code
    }

    /// `{function, f, 0, 2}`: label 1, func_info m f 0, label 2, then `body`, then int_code_end.
    public static func functionCode(_ body: [UInt8]) -> [UInt8] {
        [1] + compact(.u, 1)
            + [2] + compact(.a, 1) + compact(.a, 2) + compact(.u, 0)
            + [1] + compact(.u, 2)
            + body
            + [3]
    }

    public static func table(_ rows: [[Int]]) -> [UInt8] {
        u32(rows.count) + rows.flatMap { $0.flatMap(u32) }
    }

    /// A module `m` exporting `f/0`, whose body is `body` (default: `return`).
    public static func module(body: [UInt8] = [19], atoms: [String] = ["m", "f"], extra: [(id: String, data: [UInt8])] = [],
                       labels: Int = 3) -> [UInt8] {
        container([
            ("AtU8", atomChunk(atoms)),
            ("Code", codeChunk(labels: labels, functions: 1, functionCode(body))),
            ("StrT", []),
            ("ImpT", table([])),
            ("ExpT", table([[2, 0, 2]])),
        ] + extra)
    }

    /// A module `name` exporting main/0, which returns `ok`, and broken/0, whose body
    /// deallocates a frame it never allocated (the loader's frame check refuses it).
    public static func moduleWithABrokenFunction(_ name: String) -> [UInt8] {
        let code = [1] + compact(.u, 1) + [2] + compact(.a, 1) + compact(.a, 2) + compact(.u, 0)
            + [1] + compact(.u, 2) + [64] + compact(.a, 4) + compact(.x, 0) + [19]
            + [1] + compact(.u, 3) + [2] + compact(.a, 1) + compact(.a, 3) + compact(.u, 0)
            + [1] + compact(.u, 4) + [18] + compact(.u, 1) + [19]
            + [3]
        return container([
            ("AtU8", atomChunk([name, "main", "broken", "ok"])),
            ("Code", codeChunk(labels: 5, functions: 2, code)),
            ("StrT", []),
            ("ImpT", table([])),
            ("ExpT", table([[2, 0, 2], [3, 0, 4]])),
        ])
    }
}
