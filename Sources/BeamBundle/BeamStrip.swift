// Rewrites .beam files for a bundle. Stripping drops the chunks a running program never
// reads (debug info, abstract code, docs), as beam_lib:strip/1 does; what stays is what the
// loader, stack traces and module_info need, and the module's MD5 is computed from chunks
// that all stay.

import BeamFile

/// Chunk-level rewriting of .beam files.
public enum BeamStrip {
    /// The chunks kept.
    static let kept: Set<String> = [
        "AtU8", "Atom", "Code", "StrT", "ImpT", "ExpT", "LocT", "FunT", "LitT", "Line", "Attr", "CInf", "Type", "Meta",
    ]

    /// The file without unneeded chunks, or the input unchanged if its chunks do not parse.
    public static func strip(_ bytes: [UInt8]) -> [UInt8] {
        guard let chunks = chunks(bytes) else { return bytes }
        return assemble(chunks.filter { kept.contains($0.id) })
    }

    /// The file as a bundle stores it: stripped, with its literal chunk uncompressed (zstd
    /// compresses the whole better than zlib compresses each table, and loading skips an
    /// inflate), and with a stored load index (see StoredIndex) so that loading does not scan
    /// its code. A file that does not parse is only stripped: loading it reports the error.
    public static func forBundle(_ bytes: [UInt8]) -> [UInt8] {
        let stripped = strip(bytes)
        guard var chunks = chunks(stripped),
              let module = try? BeamModule(bytes: stripped, deferringCode: true), let deferred = module.deferred
        else { return stripped }
        if let literals = chunks.firstIndex(where: { $0.id == "LitT" }), chunks[literals].data.prefix(4).contains(where: { $0 != 0 }) {
            // A size of 0 marks an uncompressed table.
            chunks[literals].data = [0, 0, 0, 0] + deferred.literals.bytes[...]
        }
        guard let index = try? StoredIndex.chunk(for: module, in: stripped, checksum: deferred.checksum()) else {
            return assemble(chunks)
        }
        return assemble(chunks + [(StoredIndex.chunkID, index[...])])
    }

    /// The chunks of a .beam file, or nil if its chunk structure is not one the loader
    /// accepts (see `BeamModule.chunks`).
    static func chunks(_ bytes: [UInt8]) -> [(id: String, data: ArraySlice<UInt8>)]? {
        guard let chunks = try? BeamModule.chunks(bytes) else { return nil }
        return chunks.map { ($0.id, bytes[$0.start..<$0.end]) }
    }

    /// An IFF file of `chunks`, each padded to 4 bytes.
    static func assemble(_ chunks: [(id: String, data: ArraySlice<UInt8>)]) -> [UInt8] {
        func bigEndian(_ value: Int) -> [UInt8] { (0..<4).map { UInt8(truncatingIfNeeded: value >> (24 - 8 * $0)) } }
        var output: [UInt8] = Array("FOR1".utf8) + [0, 0, 0, 0] + Array("BEAM".utf8)
        for (id, data) in chunks {
            output += Array(id.utf8) + bigEndian(data.count) + data
            output += [UInt8](repeating: 0, count: (data.count + 3) & ~3 - data.count)
        }
        output.replaceSubrange(4..<8, with: bigEndian(output.count - 8))
        return output
    }
}
