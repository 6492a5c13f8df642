import CZlib
import BeamTestSupport
import Testing

@testable import BeamFile

/// The chunks of a .beam file one by one: atoms, literals, lines, types, the function tables,
/// the Code chunk and the IFF container, each with its failure modes.
@Suite struct ChunkTests {
    typealias B = BeamBuilder

    func load(_ bytes: [UInt8]) throws -> BeamModule { try BeamModule(bytes: bytes) }

    func loadError(_ bytes: [UInt8]) -> BeamLoadError? {
        do {
            _ = try BeamModule(bytes: bytes)
            return nil
        } catch {
            return error
        }
    }

    /// Indexing looks operand counts up by opcode number: the table must agree with the enum.
    @Test func arityTableMatchesTheOpcodes() {
        for number in 0...255 {
            let opcode = Opcode(rawValue: UInt8(number))
            let arity = Opcode.arity(of: UInt8(number))
            #expect(opcode.map { $0.arity == arity } ?? (arity < 0), "opcode \(number)")
        }
    }

    @Test func minimalModule() throws {
        let module = try load(B.module())
        #expect(module.name == "m")
        #expect(module.atoms == ["m", "f"])
        #expect(module.code == CodeHeader(instructionSet: 0, maxOpcode: 185, labelCount: 3, functionCount: 1))
        #expect(module.exports == [FunctionEntry(function: 2, arity: 0, label: 2)])
        #expect(module.instructions.map(\.opcode) == [.label, .funcInfo, .label, .return, .intCodeEnd])
        #expect(module.instructions[1].operands == [.atom(1), .atom(2), .unsigned(0)])
        #expect(module.literals.isEmpty && module.lines == nil && module.types == nil && module.lambdas.isEmpty)
    }

    // MARK: - Atoms

    @Test func atomTableWithByteLengths() throws {
        let long = String(repeating: "a", count: 255)
        let module = try load(B.module(atoms: ["m", "f", "héllo", "Ω", long]))
        #expect(module.atoms == ["m", "f", "héllo", "Ω", long])
    }

    @Test func atomTableWithCompactLengths() throws {
        // OTP 28+: a negated count, and lengths as compact terms (so atoms may exceed 255 bytes).
        let long = String(repeating: "é", count: 255) // 510 bytes
        let bytes = B.container([
            ("AtU8", B.atomChunk(["m", "f", long, "x"], compactLengths: true)),
            ("Code", B.codeChunk(labels: 3, functions: 1, B.functionCode([19]))),
            ("ImpT", B.table([])), ("ExpT", B.table([[2, 0, 2]])),
        ])
        #expect(try load(bytes).atoms == ["m", "f", long, "x"])
    }

    @Test func latin1AtomChunk() throws {
        let atoms: [UInt8] = B.u32(3) + [1, 109, 1, 102, 2, 0xE4, 0x6F]
        let bytes = B.container([
            ("Atom", atoms),
            ("Code", B.codeChunk(labels: 3, functions: 1, B.functionCode([19]))),
            ("ImpT", B.table([])), ("ExpT", B.table([[2, 0, 2]])),
        ])
        #expect(try load(bytes).atoms == ["m", "f", "äo"])
    }

    @Test func badAtomTables() {
        func withAtoms(_ data: [UInt8]) -> [UInt8] {
            B.container([("AtU8", data), ("Code", B.codeChunk(labels: 3, functions: 1, B.functionCode([19]))),
                         ("ImpT", B.table([])), ("ExpT", B.table([[2, 0, 2]]))])
        }
        #expect(loadError(withAtoms(B.u32(0)))?.kind == .countTooLarge)
        #expect(loadError(withAtoms(B.u32(1000) + [1, 109]))?.kind == .countTooLarge)
        #expect(loadError(withAtoms(B.u32(Int(Int32.min)) + [1, 109]))?.kind == .countTooLarge)
        #expect(loadError(withAtoms(B.u32(2) + [1, 109, 5, 102]))?.kind == .truncated)
        #expect(loadError(withAtoms(B.u32(2) + [1, 109, 1, 0xC3]))?.kind == .badChunk)
        #expect(loadError(withAtoms(B.u32(-2) + [0x10, 109, 0xF9] + [UInt8](repeating: 0, count: 12)))?.kind == .badCompactTerm)
        let missing = B.container([("Code", B.codeChunk(labels: 3, functions: 1, B.functionCode([19])))])
        #expect(loadError(missing)?.kind == .missingChunk)
    }

    // MARK: - Literals

    /// A literal table body: a count, then each term's size and bytes.
    static func literalBody(_ terms: [[UInt8]]) -> [UInt8] {
        B.u32(terms.count) + terms.flatMap { B.u32($0.count) + $0 }
    }

    static let literalTerms: [[UInt8]] = [
        [131, 104, 2, 119, 2, 111, 107, 97, 1], // {ok,1}
        [131, 107, 0, 2, 104, 105], // "hi"
        [131, 70] + B.u64((0.5).bitPattern), // 0.5
    ]

    static let literalValues: [ExternalTerm] = [
        .tuple([.atom("ok"), .integer(1)]),
        .list([.integer(104), .integer(105)], tail: .nil),
        .float(0.5),
    ]

    static func compress(_ data: [UInt8]) -> [UInt8] {
        var size = compressBound(uLong(data.count))
        var out = [UInt8](repeating: 0, count: Int(size))
        let status = CZlib.compress(&out, &size, data, uLong(data.count))
        precondition(status == Z_OK)
        return Array(out.prefix(Int(size)))
    }

    func moduleWithLiterals(_ litT: [UInt8]) -> [UInt8] {
        // move {literal,I},{x,0} for each literal, then return.
        let body: [UInt8] = (0..<3).flatMap { [64] + B.extended(4) + B.compact(.u, $0) + B.compact(.x, 0) } + [19]
        return B.module(body: body, extra: [("LitT", litT)])
    }

    @Test func uncompressedLiteralTable() throws {
        // OTP 28+ writes the table uncompressed, announced by an uncompressed size of 0.
        let module = try load(moduleWithLiterals(B.u32(0) + Self.literalBody(Self.literalTerms)))
        #expect(module.literals == Self.literalValues)
        #expect(module.instructions[3].operands == [.literal(0), .x(0)])
    }

    @Test func compressedLiteralTable() throws {
        let body = Self.literalBody(Self.literalTerms)
        let module = try load(moduleWithLiterals(B.u32(body.count) + Self.compress(body)))
        #expect(module.literals == Self.literalValues)
    }

    @Test func badLiteralTables() {
        let body = Self.literalBody(Self.literalTerms)
        let compressed = Self.compress(body)
        var corrupt = compressed
        corrupt[corrupt.count / 2] ^= 0x55
        let cases: [(String, [UInt8], BeamLoadError.Kind)] = [
            ("wrong uncompressed size", B.u32(body.count + 1) + compressed, .badCompression),
            ("corrupt zlib data", B.u32(body.count) + corrupt, .badCompression),
            ("not zlib at all", B.u32(body.count) + body, .badCompression),
            ("implausible size", B.u32(0x7FFF_FFFF) + compressed, .badCompression),
            ("count larger than the data", B.u32(0) + B.u32(1000) + body.dropFirst(4), .countTooLarge),
            ("term size past the end", B.u32(0) + B.u32(1) + B.u32(100) + [131, 106], .truncated),
            ("term with trailing bytes", B.u32(0) + B.u32(1) + B.u32(3) + [131, 106, 106], .badExternalTerm),
            ("bad term", B.u32(0) + B.u32(1) + B.u32(2) + [131, 255], .badExternalTerm),
        ]
        for (name, litT, kind) in cases {
            let error = loadError(moduleWithLiterals(litT))
            #expect(error?.kind == kind, "\(name): \(String(describing: error))")
            #expect(error?.chunk == "LitT", "\(name)")
        }
        // Operands must index existing literals.
        let shortTable = B.u32(0) + Self.literalBody(Array(Self.literalTerms.prefix(2)))
        #expect(loadError(moduleWithLiterals(shortTable))?.kind == .badIndex)
    }

    // MARK: - Lines

    static func lineChunk(items: [UInt8], itemCount: Int, names: [String], version: Int = 0) -> [UInt8] {
        B.u32(version) + B.u32(0) + B.u32(2) + B.u32(itemCount) + B.u32(names.count)
            + items + names.flatMap { B.u16($0.utf8.count) + Array($0.utf8) }
    }

    @Test func lineTable() throws {
        // Items: line 5 and 900 in the module's own file, then switch to file 1 for line 70000,
        // then back to file 0.
        let items = B.compact(.i, 5) + B.compact(.i, 900) + B.compact(.a, 1) + B.compact(.i, 70000)
            + B.compact(.a, 0) + B.compact(.i, 1)
        let line = Self.lineChunk(items: items, itemCount: 4, names: ["include/x.hrl"])
        let module = try load(B.module(extra: [("Line", line)]))
        let table = try #require(module.lines)
        #expect(table.files == ["m.erl", "include/x.hrl"])
        #expect(table.items == [LineLocation(file: 0, line: 0), LineLocation(file: 0, line: 5), LineLocation(file: 0, line: 900),
                                LineLocation(file: 1, line: 70000), LineLocation(file: 0, line: 1)])
        #expect(table.location(3)! == ("include/x.hrl", 70000))
        #expect(table.location(0) == nil && table.location(5) == nil)
        // An unknown version is ignored (lines are only diagnostics).
        #expect(try load(B.module(extra: [("Line", Self.lineChunk(items: [], itemCount: 0, names: [], version: 1))])).lines == nil)
    }

    @Test func badLineTables() {
        let cases: [(String, [UInt8], BeamLoadError.Kind)] = [
            ("file index out of range", Self.lineChunk(items: B.compact(.a, 2) + B.compact(.i, 1), itemCount: 1, names: ["a"]), .badIndex),
            ("item with a wrong tag", Self.lineChunk(items: B.compact(.x, 1), itemCount: 1, names: []), .badCompactTerm),
            ("negative line", Self.lineChunk(items: B.compact(.i, -4), itemCount: 1, names: []), .badCompactTerm),
            ("items missing", Self.lineChunk(items: B.compact(.i, 1), itemCount: 3, names: []), .truncated),
            ("item count huge", Self.lineChunk(items: [], itemCount: 0x7FFF_FFFF, names: []), .countTooLarge),
            ("name not UTF-8", B.u32(0) + B.u32(0) + B.u32(0) + B.u32(0) + B.u32(1) + B.u16(1) + [0xFF], .badChunk),
            ("name past the end", B.u32(0) + B.u32(0) + B.u32(0) + B.u32(0) + B.u32(1) + B.u16(40) + [0x61], .truncated),
        ]
        for (name, line, kind) in cases {
            let error = loadError(B.module(extra: [("Line", line)]))
            #expect(error?.kind == kind, "\(name): \(String(describing: error))")
            #expect(error?.chunk == "Line", "\(name)")
        }
    }

    // MARK: - Types

    static func typeChunk(version: Int, _ entries: [[UInt8]]) -> [UInt8] {
        B.u32(version) + B.u32(entries.count) + entries.flatMap { $0 }
    }

    func types(_ chunk: [UInt8]) throws -> TypeTable {
        try #require(try load(B.module(extra: [("Type", chunk)])).types)
    }

    @Test func typeTableVersion1() throws {
        // OTP 25: 16-bit union, then min and max (min > max means no range).
        let table = try types(Self.typeChunk(version: 1, [
            B.u16(0x1FFF) + B.u64(0) + B.u64(UInt64.max),
            B.u16(1 << 6) + B.u64(UInt64(bitPattern: -100)) + B.u64(100),
            B.u16(1 << 2 | 1 << 12) + B.u64(1) + B.u64(0),
        ]))
        #expect(table.version == 1)
        #expect(table.entries[0] == BeamType(union: TypeUnion(rawValue: 0x1FFF), min: nil, max: nil, unit: nil))
        #expect(table.entries[1] == BeamType(union: .integer, min: -100, max: 100, unit: nil))
        #expect(table.entries[2].union == [.matchState, .tuple])
    }

    @Test func typeTableVersion2() throws {
        // OTP 26: union in bits 0-12 (with the match state at bit 2), then flags for lower
        // bound (13), upper bound (14) and unit (15).
        let table = try types(Self.typeChunk(version: 2, [
            B.u16(1 << 6 | 1 << 13 | 1 << 14) + B.u64(0) + B.u64(255),
            B.u16(1 << 1 | 1 << 15) + [7],
            B.u16(1 << 2 | 1 << 8),
            B.u16(1 << 6 | 1 << 14) + B.u64(10),
        ]))
        #expect(table.entries == [
            BeamType(union: .integer, min: 0, max: 255, unit: nil),
            BeamType(union: .bitstring, min: nil, max: nil, unit: 8),
            BeamType(union: [.matchState, .nil], min: nil, max: nil, unit: nil),
            BeamType(union: .integer, min: nil, max: 10, unit: nil),
        ])
    }

    @Test func typeTableVersion3() throws {
        // OTP 27-28: no match state; union in bits 0-11, flags at 12, 13 and 14.
        let table = try types(Self.typeChunk(version: 3, [
            B.u16(1 << 5 | 1 << 12) + B.u64(UInt64(bitPattern: -1)),
            B.u16(1 << 1 | 1 << 14) + [0],
            B.u16(1 << 2 | 1 << 11),
        ]))
        #expect(table.entries == [
            BeamType(union: .integer, min: -1, max: nil, unit: nil),
            BeamType(union: .bitstring, min: nil, max: nil, unit: 1),
            BeamType(union: [.cons, .tuple], min: nil, max: nil, unit: nil),
        ])
    }

    @Test func typeTableVersion4() throws {
        // OTP 29: version 3's order plus records at bit 12; flags at 13, 14 and 15.
        let table = try types(Self.typeChunk(version: 4, [
            B.u16(1 << 12 | 1 << 11),
            B.u16(1 << 5 | 1 << 13 | 1 << 14 | 1 << 15) + B.u64(1) + B.u64(9) + [2],
            B.u16(0x1FFF),
        ]))
        #expect(table.entries[0] == BeamType(union: [.record, .tuple], min: nil, max: nil, unit: nil))
        #expect(table.entries[1] == BeamType(union: .integer, min: 1, max: 9, unit: 3))
        #expect(table.entries[2].union == [.atom, .bitstring, .cons, .float, .fun, .integer, .map, .nil, .pid, .port,
                                           .reference, .tuple, .record])
    }

    @Test func unknownTypeVersionIsIgnored() throws {
        let table = try types(Self.typeChunk(version: 9, [[1, 2, 3]]))
        #expect(table.version == 9 && table.entries.isEmpty)
    }

    @Test func badTypeTables() {
        #expect(loadError(B.module(extra: [("Type", Self.typeChunk(version: 1, [B.u16(1) + B.u64(0)]))]))?.kind == .truncated)
        #expect(loadError(B.module(extra: [("Type", Self.typeChunk(version: 4, [B.u16(1 << 13)]))]))?.kind == .truncated)
        #expect(loadError(B.module(extra: [("Type", B.u32(4) + B.u32(0x7FFF_FFFF))]))?.kind == .countTooLarge)
        // A typed register must name an existing type.
        let typed = [64] + B.extended(5) + B.compact(.x, 0) + B.compact(.u, 1) + B.compact(.x, 1) + [19]
        let oneType = Self.typeChunk(version: 4, [B.u16(0x1FFF)])
        #expect(loadError(B.module(body: typed, extra: [("Type", oneType)]))?.kind == .badIndex)
    }

    @Test func realTypeTablesCoverTheirOperands() throws {
        // Every fixture's typed registers index entries that exist.
        for fixture in Fixtures.modules {
            let module = try BeamModule(bytes: Fixtures.bytes(fixture.beamPath))
            let count = module.types?.entries.count ?? 0
            #expect(module.types?.version == (fixture.release == "otp25" ? 1 : 4), "\(fixture)")
            for instruction in module.instructions {
                for case .typed(_, let type) in instruction.operands.flatMap(Self.flatten) {
                    #expect(Int(type) < count, "\(fixture): type \(type) of \(count)")
                }
            }
        }
    }

    static func flatten(_ operand: Operand) -> [Operand] {
        if case .list(let items) = operand { return items.flatMap(flatten) }
        return [operand]
    }

    // MARK: - Function tables

    @Test func importsExportsLocalsAndLambdas() throws {
        let atoms = ["m", "f", "erlang", "g", "-f/0-fun-0-"]
        let code = B.codeChunk(labels: 7, functions: 2, [1] + B.compact(.u, 1) + [2] + B.compact(.a, 1) + B.compact(.a, 2)
            + B.compact(.u, 0) + [1] + B.compact(.u, 2) + [19]
            + [1] + B.compact(.u, 3) + [2] + B.compact(.a, 1) + B.compact(.a, 5) + B.compact(.u, 3) + [1] + B.compact(.u, 4) + [19]
            + [3])
        // '-f/0-fun-0-'/3 at label 4: a fun of arity 1 with two free variables.
        let lambda = B.u32(1) + B.u32(5) + B.u32(3) + B.u32(4) + B.u32(0) + B.u32(2) + B.u32(0xDEAD_BEEF)
        let bytes = B.container([
            ("AtU8", B.atomChunk(atoms)), ("Code", code),
            ("ImpT", B.table([[3, 4, 2]])), ("ExpT", B.table([[2, 0, 2]])),
            ("LocT", B.table([[5, 3, 4]])), ("FunT", lambda),
        ])
        let module = try load(bytes)
        #expect(module.imports == [Import(module: 3, function: 4, arity: 2)])
        #expect(module.locals == [FunctionEntry(function: 5, arity: 3, label: 4)])
        #expect(module.lambdas == [Lambda(function: 5, arity: 3, label: 4, index: 0, freeCount: 2, oldUniq: 0xDEAD_BEEF)])
    }

    @Test func badFunctionTables() {
        let cases: [(String, (id: String, data: [UInt8]), BeamLoadError.Kind)] = [
            ("import atom 0", ("ImpT", B.table([[0, 1, 0]])), .badIndex),
            ("import atom past the table", ("ImpT", B.table([[1, 3, 0]])), .badIndex),
            ("import arity 256", ("ImpT", B.table([[1, 2, 256]])), .badIndex),
            ("import count huge", ("ImpT", B.u32(0x0FFF_FFFF)), .countTooLarge),
            ("import count negative", ("ImpT", B.u32(-1)), .countTooLarge),
            ("export label 0", ("ExpT", B.table([[2, 0, 0]])), .badIndex),
            ("export label past the count", ("ExpT", B.table([[2, 0, 3]])), .badIndex),
            ("export cut short", ("ExpT", B.u32(1) + B.u32(2)), .countTooLarge),
            ("local atom negative", ("LocT", B.table([[-1, 0, 1]])), .badIndex),
            ("lambda free count", ("FunT", B.u32(1) + B.u32(2) + B.u32(0) + B.u32(2) + B.u32(0) + B.u32(256) + B.u32(0)), .badIndex),
            ("lambda free count above its arity", ("FunT", B.u32(1) + B.u32(2) + B.u32(1) + B.u32(2) + B.u32(0) + B.u32(2) + B.u32(0)), .badIndex),
            ("lambda cut short", ("FunT", B.u32(1) + B.u32(2) + B.u32(0)), .countTooLarge),
        ]
        for (name, chunk, kind) in cases {
            var chunks: [(id: String, data: [UInt8])] = [
                ("AtU8", B.atomChunk(["m", "f"])),
                ("Code", B.codeChunk(labels: 3, functions: 1, B.functionCode([19]))),
                ("ImpT", B.table([])), ("ExpT", B.table([[2, 0, 2]])),
            ]
            if let index = chunks.firstIndex(where: { $0.id == chunk.id }) { chunks[index] = chunk } else { chunks.append(chunk) }
            let error = loadError(B.container(chunks))
            #expect(error?.kind == kind, "\(name): \(String(describing: error))")
            #expect(error?.chunk == chunk.id, "\(name)")
        }
    }

    // MARK: - Code

    @Test func unknownOpcodeNamesTheFunction() throws {
        let error = try #require(loadError(B.module(body: [200])))
        #expect(error.kind == .unknownOpcode)
        #expect(error.chunk == "Code")
        #expect(error.description.contains("unknown opcode 200 in m:f/0 after label 2"), "\(error)")
        #expect(loadError(B.module(body: [0]))?.kind == .unknownOpcode)
        // Indexing, which loading does, names the function the same way.
        let indexing = #expect(throws: BeamLoadError.self) { try BeamModule(bytes: B.module(body: [200]), deferringCode: true) }
        #expect(indexing?.description.contains("unknown opcode 200 in m:f/0 after label 2") == true, "\(String(describing: indexing))")
    }

    @Test func badCode() {
        let cases: [(String, [UInt8], BeamLoadError.Kind)] = [
            ("header size too small",
             B.container([("AtU8", B.atomChunk(["m"])), ("Code", B.u32(8) + B.u32(0) + B.u32(0)), ("ImpT", B.table([])), ("ExpT", B.table([]))]),
             .badChunk),
            ("instruction set 1",
             B.container([("AtU8", B.atomChunk(["m"])), ("Code", B.u32(16) + B.u32(1) + B.u32(0) + B.u32(0) + B.u32(0)),
                          ("ImpT", B.table([])), ("ExpT", B.table([]))]),
             .unsupported),
            ("label count huge",
             B.container([("AtU8", B.atomChunk(["m"])), ("Code", B.u32(16) + B.u32(0) + B.u32(0) + B.u32(0x7FFF_FFFF) + B.u32(0)),
                          ("ImpT", B.table([])), ("ExpT", B.table([]))]),
             .countTooLarge),
            ("no int_code_end",
             B.container([("AtU8", B.atomChunk(["m", "f"])), ("Code", B.codeChunk(labels: 3, functions: 1, [1, 0x10, 19])),
                          ("ImpT", B.table([])), ("ExpT", B.table([]))]),
             .truncated),
            ("label 0", B.module(body: [1] + B.compact(.u, 0) + [19]), .badOperand),
            ("label past the count", B.module(body: [1] + B.compact(.u, 3) + [19]), .badOperand),
            ("list operand not last", B.module(body: [64] + B.extended(1) + B.compact(.u, 0) + B.compact(.x, 0) + [19]), .badOperand),
            ("operand cut short", B.module(body: [64, 0x03]), .truncated),
        ]
        for (name, bytes, kind) in cases {
            let error = loadError(bytes)
            #expect(error?.kind == kind, "\(name): \(String(describing: error))")
        }
    }

    // MARK: - The container

    @Test func containerErrors() {
        let good = B.module()
        var badForm = good
        badForm[8] = UInt8(ascii: "X")
        var longForm = good
        longForm[7] &+= 8
        let cases: [(String, [UInt8], BeamLoadError.Kind)] = [
            ("empty file", [], .badMagic),
            ("text file", Array("-module(m).\n".utf8), .badMagic),
            ("not FOR1", Array("FOR2".utf8) + good.dropFirst(4), .badMagic),
            ("form type not BEAM", badForm, .badMagic),
            ("form size past the end", longForm, .truncated),
            ("chunk size past the end", Array("FOR1".utf8) + B.u32(16) + Array("BEAMAtU8".utf8) + B.u32(1000) + [0, 0, 0, 0], .truncated),
            ("chunk id with control characters", Array("FOR1".utf8) + B.u32(12) + Array("BEAM".utf8) + [0x41, 0x0A, 0x42, 0x43] + B.u32(0),
             .badChunk),
            ("trailing bytes", Array("FOR1".utf8) + B.u32(7) + Array("BEAM".utf8) + [1, 2, 3], .truncated),
        ]
        for (name, bytes, kind) in cases {
            let error = loadError(bytes)
            #expect(error?.kind == kind, "\(name): \(String(describing: error))")
        }
    }

    @Test func unknownChunksAreSkipped() throws {
        let module = try load(B.module(extra: [("Dbgi", [1, 2, 3]), ("Docs", []), ("Meta", [131, 106]), ("ExCk", [9])]))
        #expect(module.otherChunks == ["Dbgi", "Docs", "Meta", "ExCk"])
    }

    @Test func chunksInAnyOrder() throws {
        let chunks: [(id: String, data: [UInt8])] = [
            ("ExpT", B.table([[2, 0, 2]])), ("ImpT", B.table([])),
            ("Code", B.codeChunk(labels: 3, functions: 1, B.functionCode([19]))), ("AtU8", B.atomChunk(["m", "f"])),
        ]
        #expect(try load(B.container(chunks)).name == "m")
    }

    @Test func attributesAndCompileInfo() throws {
        let attributes: [UInt8] = [131, 108, 0, 0, 0, 1, 104, 2, 119, 3, 118, 115, 110, 108, 0, 0, 0, 1, 97, 7, 106, 106]
        let module = try load(B.module(extra: [("Attr", attributes), ("CInf", [131, 106])]))
        #expect(module.attributes == .list([.tuple([.atom("vsn"), .list([.integer(7)], tail: .nil)])], tail: .nil))
        #expect(module.compileInfo == .nil)
        #expect(loadError(B.module(extra: [("Attr", [131, 106, 0])]))?.chunk == "Attr")
    }

    // MARK: - Error messages

    @Test func errorsAreOneLineWithChunkAndOffset() throws {
        let error = BeamLoadError(.truncated, chunk: "LitT", offset: 120, "needs 8 more bytes, only 2 left")
        #expect(error.description == "chunk LitT, offset 120: needs 8 more bytes, only 2 left")
        #expect(error.inFile("/tmp/x.beam").description == "/tmp/x.beam: chunk LitT, offset 120: needs 8 more bytes, only 2 left")
        let container = BeamLoadError(.badMagic, chunk: nil, offset: 0, "not a BEAM file (no FOR1 header)")
        #expect(container.description == "offset 0: not a BEAM file (no FOR1 header)")
        // Offsets are absolute positions in the file.
        let bad = B.module(body: [200])
        let codeStart = try #require(Self.chunkDataOffset("Code", in: bad))
        let opcodeOffset = codeStart + 16 + 4 + B.functionCode([]).count - 1
        #expect(loadError(bad)?.offset == opcodeOffset)
    }

    /// The absolute offset of a chunk's data.
    static func chunkDataOffset(_ id: String, in bytes: [UInt8]) -> Int? {
        var offset = 12
        while offset + 8 <= bytes.count {
            let size = Int(bytes[offset + 4]) << 24 | Int(bytes[offset + 5]) << 16 | Int(bytes[offset + 6]) << 8 | Int(bytes[offset + 7])
            if String(decoding: bytes[offset..<offset + 4], as: UTF8.self) == id { return offset + 8 }
            offset += 8 + (size + 3) & ~3
        }
        return nil
    }
}
