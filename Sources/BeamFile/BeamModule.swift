// A parsed .beam file: the IFF container (`FOR1` size `BEAM`, then chunks of a 4-byte id, a
// 4-byte size and data padded to 4 bytes) decoded into plain values. Nothing here touches
// runtime state, so every function is safe to call on hostile input.

/// Everything beamr reads from a `.beam` file.
public struct BeamModule: Sendable {
    /// Atom names; compact-term atom operands and table entries are 1-based indexes into it.
    public var atoms: [String]
    public var code: CodeHeader
    public var instructions: [Instruction]
    public var imports: [Import]
    public var exports: [FunctionEntry]
    public var locals: [FunctionEntry]
    public var lambdas: [Lambda]
    public var literals: [ExternalTerm]
    /// The StrT chunk: bytes referenced by binary-construction and matching instructions.
    public var strings: [UInt8]
    public var lines: LineTable?
    public var types: TypeTable?
    public var attributes: ExternalTerm?
    public var compileInfo: ExternalTerm?
    /// Ids of chunks that were present but not needed (`Dbgi`, `Docs`, `Meta`, ...).
    public var otherChunks: [String]
    /// The module's MD5 as ERTS computes it (`module_info(md5)`, the `new_uniq` of its funs).
    public var checksum: [UInt8]
    /// When parsed with `deferringCode`: the functions and literals, to decode on demand
    /// (`instructions`, `literals` and `checksum` are then empty).
    public var deferred: DeferredCode?

    /// The module name (atom 1).
    public var name: String { atoms[0] }

    /// The name of a 1-based atom index. Indexes are validated while parsing.
    public func atom(_ index: Int) -> String { atoms[index - 1] }

    /// Whether the module exports `function/arity`.
    public func exports(_ function: String, arity: Int) -> Bool {
        exports.contains { atom($0.function) == function && $0.arity == arity }
    }

    /// The chunks this parser reads.
    static let knownChunks: Set<String> = ["AtU8", "Atom", "Code", "ImpT", "ExpT", "LocT", "FunT", "LitT", "StrT", "Line", "Type",
                                           "Attr", "CInf", StoredIndex.chunkID]

    /// Parses a whole `.beam` file. With `deferringCode`, instructions and literals are
    /// checked and indexed but not kept (see `deferred`).
    public init(bytes: [UInt8], deferringCode: Bool = false) throws(BeamLoadError) {
        let chunks = try Self.chunks(bytes)
        func chunk(_ id: String) -> (start: Int, end: Int)? { chunks.first { $0.id == id }.map { ($0.start, $0.end) } }
        func reader(_ id: String) -> ByteReader? {
            chunk(id).map { ByteReader(bytes, from: $0.start, to: $0.end, chunk: id) }
        }

        guard var atomReader = reader("AtU8") ?? reader("Atom") else {
            throw BeamLoadError(.missingChunk, chunk: nil, offset: 0, "no atom table (AtU8 chunk)")
        }
        atoms = try atomReader.atomTable(utf8: chunk("AtU8") != nil)

        guard var codeReader = reader("Code") else {
            throw BeamLoadError(.missingChunk, chunk: nil, offset: 0, "no Code chunk")
        }
        let (header, codeStart) = try codeReader.codeHeader()
        code = header

        guard var importReader = reader("ImpT") else {
            throw BeamLoadError(.missingChunk, chunk: nil, offset: 0, "no import table (ImpT chunk)")
        }
        imports = try importReader.imports(atoms: atoms.count)
        guard var exportReader = reader("ExpT") else {
            throw BeamLoadError(.missingChunk, chunk: nil, offset: 0, "no export table (ExpT chunk)")
        }
        exports = try exportReader.functionEntries(atoms: atoms.count, labels: header.labelCount)
        if var localReader = reader("LocT") {
            locals = try localReader.functionEntries(atoms: atoms.count, labels: header.labelCount)
        } else {
            locals = []
        }
        if var lambdaReader = reader("FunT") {
            lambdas = try lambdaReader.lambdas(atoms: atoms.count, labels: header.labelCount)
        } else {
            lambdas = []
        }
        let literalTable = try reader("LitT").map { r throws(BeamLoadError) in
            var r = r
            return try r.deferredLiteralTable()
        } ?? LiteralTable.empty
        literals = []
        if !deferringCode {
            literals.reserveCapacity(literalTable.count)
            for index in 0..<literalTable.count { literals.append(try literalTable.term(index)) }
        }
        strings = chunk("StrT").map { Array(bytes[$0.start..<$0.end]) } ?? []
        let moduleName = atoms[0]
        if var lineReader = reader("Line") {
            lines = try lineReader.lineTable(moduleName: moduleName)
        } else {
            lines = nil
        }
        if var typeReader = reader("Type") {
            types = try typeReader.typeTable()
        } else {
            types = nil
        }
        attributes = try reader("Attr").map { r throws(BeamLoadError) in try r.wholeTerm() }
        compileInfo = try reader("CInf").map { r throws(BeamLoadError) in try r.wholeTerm() }
        otherChunks = chunks.map(\.id).filter { !Self.knownChunks.contains($0) }
        // Only what asks for it (module_info(md5), funs' uniq values) needs the MD5 of a
        // module parsed for loading: see DeferredCode.checksum().
        checksum = deferringCode ? [] : Self.checksum(bytes, chunk)

        let limits = OperandLimits(atoms: atoms.count, labels: header.labelCount, literals: literalTable.count,
                                   types: types?.entries.count ?? 0)
        var instructionReader = ByteReader(bytes, from: codeStart, to: codeReader.end, chunk: "Code")
        if deferringCode {
            instructions = []
            let index: FunctionIndex, storedChecksum: [UInt8]?
            if var stored = reader(StoredIndex.chunkID) {
                let listed = StoredIndex.functionsInLabelOrder(exports: exports, locals: locals)
                (index, storedChecksum) = try StoredIndex.decode(&stored, listed: listed, codeStart: codeStart,
                                                                 codeEnd: codeReader.end, labels: limits.labels)
            } else {
                index = try instructionReader.functionIndex(limits, atoms: atoms)
                storedChecksum = nil
            }
            deferred = DeferredCode(bytes: bytes, chunks: chunks, limits: limits, atoms: atoms, index: index,
                                    literals: literalTable, storedChecksum: storedChecksum)
        } else {
            instructions = try instructionReader.instructions(limits, atoms: atoms)
            deferred = nil
        }
    }

    /// The MD5 of the chunks that define the code, in ERTS's order. The lambda table's
    /// OldUniq fields count as zero: their value depends on the compiler's host.
    static func checksum(_ bytes: [UInt8], _ chunk: (String) -> (start: Int, end: Int)?) -> [UInt8] {
        var md5 = MD5()
        for id in ["AtU8", "Code", "StrT", "ImpT", "ExpT"] {
            if let range = chunk(id) { md5.update(bytes[range.start..<range.end]) }
        }
        if let range = chunk("FunT"), range.end - range.start >= 4 {
            md5.update(bytes[range.start..<range.start + 4])
            var entry = range.start + 4
            while range.end - entry >= 24 {
                md5.update(bytes[entry..<entry + 20])
                md5.update([0, 0, 0, 0] as [UInt8])
                entry += 24
            }
        }
        for id in ["LitT", "Meta"] {
            if let range = chunk(id) { md5.update(bytes[range.start..<range.end]) }
        }
        return md5.finish()
    }

    /// Splits the IFF container into chunks (id and absolute data range).
    package static func chunks(_ bytes: [UInt8]) throws(BeamLoadError) -> [(id: String, start: Int, end: Int)] {
        var r = ByteReader(bytes)
        guard bytes.count >= 12, try r.u32() == 0x464F_5231 else { // "FOR1"
            throw BeamLoadError(.badMagic, chunk: nil, offset: 0, "not a BEAM file (no FOR1 header)")
        }
        let formSize = Int(try r.u32())
        guard formSize >= 4, formSize <= bytes.count - 8 else {
            throw BeamLoadError(.truncated, chunk: nil, offset: 4, "file is truncated: header announces \(formSize) bytes, \(bytes.count - 8) present")
        }
        guard try r.u32() == 0x4245_414D else { // "BEAM"
            throw BeamLoadError(.badMagic, chunk: nil, offset: 8, "not a BEAM file (form type is not BEAM)")
        }
        var result: [(id: String, start: Int, end: Int)] = []
        let formEnd = 8 + formSize
        r = ByteReader(bytes, from: 12, to: formEnd)
        while r.remaining >= 8 {
            let headerStart = r.offset
            let idBytes = try r.bytes(4)
            let size = Int(try r.u32())
            // Chunk ids are four printable ASCII characters; anything else means the previous
            // chunk's size was wrong, and the id must not leak control characters into messages.
            guard idBytes.allSatisfy({ (0x20...0x7E).contains($0) }) else {
                let hex = idBytes.map { String($0, radix: 16) }.joined(separator: " ")
                throw BeamLoadError(.badChunk, chunk: nil, offset: headerStart, "bad chunk id (bytes \(hex))")
            }
            let id = String(decoding: idBytes, as: UTF8.self)
            guard size <= r.remaining else {
                throw BeamLoadError(.truncated, chunk: id, offset: headerStart, "chunk size \(size) runs past the end of the file")
            }
            result.append((id, r.offset, r.offset + size))
            try r.skip(min((size + 3) & ~3, r.remaining))
        }
        guard r.remaining == 0 else {
            throw BeamLoadError(.truncated, chunk: nil, offset: r.offset, "trailing bytes after the last chunk")
        }
        return result
    }
}

extension ByteReader {
    /// The atom table: a count, then each atom as a length and UTF-8 (or Latin-1) bytes. A
    /// negative count (OTP 28+) means the lengths are compact terms instead of single bytes.
    mutating func atomTable(utf8: Bool) throws(BeamLoadError) -> [String] {
        let start = offset
        var count = Int(try i32())
        let compactLengths = count < 0
        if compactLengths { count = -count }
        guard count >= 1, count <= remaining else {
            throw error(.countTooLarge, "bad atom count \(count)", at: start)
        }
        var atoms: [String] = []
        atoms.reserveCapacity(count)
        for _ in 0..<count {
            let atomStart = offset
            let length = compactLengths ? try compactUnsigned(limit: 255 * 4, what: "atom length") : Int(try u8())
            let bytes = try bytes(length)
            if utf8 {
                guard let name = String(validating: bytes, as: UTF8.self) else {
                    throw error(.badChunk, "atom is not valid UTF-8", at: atomStart)
                }
                atoms.append(name)
            } else {
                atoms.append(String(bytes.map { Character(Unicode.Scalar($0)) }))
            }
        }
        return atoms
    }

    /// Decodes one versioned external term that must fill the reader.
    func wholeTerm() throws(BeamLoadError) -> ExternalTerm {
        var copy = self
        let term = try ExternalTermDecoder.decodeVersioned(&copy)
        guard copy.isAtEnd else { throw copy.error(.badExternalTerm, "trailing bytes after term") }
        return term
    }
}
