// Drops the chunks a running program never reads (debug info, abstract code, docs) from a
// .beam file, as beam_lib:strip/1 does. What stays is what the loader, stack traces and
// module_info need; the module's MD5 is computed from chunks that all stay.

/// Chunk-level rewriting of .beam files.
public enum BeamStrip {
    /// The chunks kept.
    static let kept: Set<String> = [
        "AtU8", "Atom", "Code", "StrT", "ImpT", "ExpT", "LocT", "FunT", "LitT", "Line", "Attr", "CInf", "Type", "Meta",
    ]

    /// The file without unneeded chunks, or the input unchanged if it is not a well-formed IFF file.
    public static func strip(_ bytes: [UInt8]) -> [UInt8] {
        guard bytes.count >= 12, bytes.starts(with: "FOR1".utf8), Array(bytes[8..<12]) == Array("BEAM".utf8) else { return bytes }
        var output: [UInt8] = Array("FOR1".utf8) + [0, 0, 0, 0] + Array("BEAM".utf8)
        var offset = 12
        while offset + 8 <= bytes.count {
            let id = String(decoding: bytes[offset..<offset + 4], as: UTF8.self)
            let size = Int(bytes[offset + 4]) << 24 | Int(bytes[offset + 5]) << 16 | Int(bytes[offset + 6]) << 8 | Int(bytes[offset + 7])
            let padded = (size + 3) & ~3
            guard offset + 8 + size <= bytes.count else { return bytes }
            if kept.contains(id) {
                output += bytes[offset..<offset + 8 + size]
                output += [UInt8](repeating: 0, count: padded - size)
            }
            offset += 8 + padded
        }
        let total = UInt32(output.count - 8)
        for i in 0..<4 { output[4 + i] = UInt8(truncatingIfNeeded: total >> (24 - 8 * UInt32(i))) }
        return output
    }
}
