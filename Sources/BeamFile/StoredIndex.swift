// The load index a bundle stores in each of its modules, in a chunk of its own: where each
// function's code starts, which loading would otherwise find by scanning the whole Code
// chunk, and the module's MD5 as ERTS computes it from the file as compiled (the bundle
// stores the literal chunk uncompressed, which changes the bytes the MD5 is computed from).
//
// A function's name, arity and entry label are not stored: the export and local function
// tables hold them, and the compiler numbers labels in code order, so the functions in
// order of their entry labels are the functions in code order. A module for which this does
// not hold is bundled without an index. A function's code buffer is sized from its bytes.
//
// ERTS ignores chunks it does not know, so a bundled module stays a valid .beam file.
//
// Layout: a version byte, the 16-byte MD5, then unsigned LEB128 numbers: the function count,
// the first function's start (from the first instruction of the Code chunk), and each
// function's length in bytes. Each function starts where the previous one ends.

/// Encodes and decodes the `BRix` chunk.
public enum StoredIndex {
    public static let chunkID = "BRix"
    static let version: UInt8 = 1

    /// The chunk's data for `module`, parsed with `deferringCode` from `bytes`, with
    /// `checksum` as its MD5; nil when the module's function tables do not list its functions
    /// in code order. The offsets are from the Code chunk's first instruction, so the chunk
    /// holds for any file with the same Code chunk, whatever its other chunks.
    public static func chunk(for module: BeamModule, in bytes: [UInt8], checksum: [UInt8]) throws(BeamLoadError) -> [UInt8]? {
        precondition(checksum.count == 16, "an MD5 is 16 bytes")
        guard let index = module.deferred?.index, let code = try BeamModule.chunks(bytes).first(where: { $0.id == "Code" }) else {
            throw BeamLoadError(.missingChunk, chunk: nil, offset: 0, "no Code chunk")
        }
        let listed = functionsInLabelOrder(exports: module.exports, locals: module.locals)
        guard listed.count == index.functions.count,
              zip(listed, index.functions).allSatisfy({ $0.function == $1.name && $0.arity == $1.arity && $0.label == $1.entryLabel })
        else { return nil }
        var reader = ByteReader(bytes, from: code.start, to: code.end, chunk: "Code")
        let codeStart = try reader.codeHeader().codeStart
        var out: [UInt8] = [version] + checksum
        func put(_ value: Int) {
            var rest = UInt(value)
            while rest >= 0x80 {
                out.append(UInt8(truncatingIfNeeded: rest) | 0x80)
                rest >>= 7
            }
            out.append(UInt8(rest))
        }
        put(index.functions.count)
        put((index.functions.first?.start ?? codeStart) - codeStart)
        for span in index.functions { put(span.end - span.start) }
        return out
    }

    /// The exported and local functions, by entry label.
    static func functionsInLabelOrder(exports: [FunctionEntry], locals: [FunctionEntry]) -> [FunctionEntry] {
        (exports + locals).sorted { $0.label < $1.label }
    }

    /// Decodes a stored index and checks it against the module: spans inside the Code chunk
    /// (`codeStart..<codeEnd`), one for each function `listed` by the export and local
    /// tables (see `functionsInLabelOrder`), whose entry labels are distinct. What it cannot
    /// check, that each span holds the function the tables say, is checked when the function
    /// is translated.
    static func decode(_ reader: inout ByteReader, listed: [FunctionEntry], codeStart: Int, codeEnd: Int, labels: Int)
        throws(BeamLoadError) -> (index: FunctionIndex, checksum: [UInt8]) {
        guard try reader.u8() == version else { throw reader.error(.unsupported, "unknown load index version") }
        let checksum = Array(try reader.bytes(16))
        func number() throws(BeamLoadError) -> Int {
            var value = 0, shift = 0
            while true {
                let byte = try reader.u8()
                guard shift < 56 else { throw reader.error(.badIndex, "load index number too large") }
                value |= Int(byte & 0x7F) << shift
                if byte < 0x80 { return value }
                shift += 7
            }
        }
        guard try number() == listed.count else {
            throw reader.error(.badIndex, "load index does not list the module's \(listed.count) functions")
        }
        var functions: [FunctionSpan] = []
        functions.reserveCapacity(listed.count)
        var functionOfLabel = [Int32](repeating: -1, count: max(labels, 1))
        var start = codeStart + (try number())
        for (i, entry) in listed.enumerated() {
            let length = try number()
            guard start <= codeEnd, length <= codeEnd - start, functionOfLabel[entry.label] == -1 else {
                throw reader.error(.badIndex, "load index entry \(i) does not fit the Code chunk")
            }
            functionOfLabel[entry.label] = Int32(i)
            // Every instruction and operand takes at least a byte: counting each byte as an
            // instruction bounds any translation.
            functions.append(FunctionSpan(start: start, end: start + length, name: entry.function, arity: entry.arity,
                                          entryLabel: entry.label, instructionCount: length, operandCount: 0))
            start += length
        }
        guard reader.isAtEnd else { throw reader.error(.badChunk, "load index has trailing bytes") }
        return (FunctionIndex(functions: functions, functionOfLabel: functionOfLabel), checksum)
    }
}
