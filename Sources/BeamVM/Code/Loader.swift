// Translation of a parsed module into internal code (see Op.swift for the encoding).
// Runs once per module load: decodes nothing at run time.

import BeamFile

/// A module that parsed but cannot be loaded.
public struct ModuleLoadError: Error, CustomStringConvertible {
    public var module: String
    public var message: String
    public var description: String { "module \(module): \(message)" }
}

/// Turns a `BeamModule` into a `LoadedModule` and publishes its exports.
public enum ModuleLoader {
    public static func load(_ beam: BeamModule) throws(ModuleLoadError) -> LoadedModule {
        var emitter = try Emitter(beam)
        try emitter.translateAll()
        return try emitter.finish()
    }
}

/// Where a label is referenced from, and how to encode it.
enum LabelUse {
    /// A plain code address.
    case address
    /// A catch tag whose payload is the handler's address.
    case catchTag
}

struct Emitter {
    let beam: BeamModule
    let moduleName: Term
    var atoms: [Term] = []
    var imports: [ExportEntry] = []
    /// For each import, whether it is an erlang function that never returns.
    let noReturnImports: [Bool]
    var lambdas: [FunEntry] = []
    let literals: LiteralArea
    var extraLiterals: [LiteralArea] = []
    /// The module's string table, at a stable address for bs_match_string and strings in
    /// binary construction.
    let strings: UnsafeMutablePointer<UInt8>

    var code: [UInt64] = []
    var labels: [Int]
    var patches: [(position: Int, label: Int, use: LabelUse)] = []
    var functions: [FunctionInfo] = []
    var lineEntries: [(offset: Int, item: Int)] = []
    /// The function being translated, for error messages.
    var currentFunction = "(module header)"
    var lastLabel = 0
    /// The largest frame allocated so far in the current function: y operands must be below.
    var frameLimit = 0
    /// Set between the func_info of a function beamr implements natively and its entry label,
    /// where the call to the native code is placed.
    var pendingNative: Int?

    init(_ beam: BeamModule) throws(ModuleLoadError) {
        self.beam = beam
        noReturnImports = FrameVerifier.noReturnImports(beam)
        for name in beam.atoms {
            guard let index = AtomTable.shared.intern(name) else {
                throw ModuleLoadError(module: beam.name, message: "atom table full")
            }
            atoms.append(.atom(index))
        }
        moduleName = atoms[0]
        var extra: [ExternalTerm] = [beam.attributes ?? .nil, beam.compileInfo ?? .nil]
        if beam.attributes == nil { extra[0] = .nil }
        guard let area = LiteralArea(beam.literals, extra: extra) else {
            throw ModuleLoadError(module: beam.name, message: "a literal cannot be built")
        }
        literals = area
        let strings = UnsafeMutablePointer<UInt8>.allocate(capacity: max(beam.strings.count, 1))
        if !beam.strings.isEmpty {
            beam.strings.withUnsafeBufferPointer { strings.update(from: $0.baseAddress!, count: beam.strings.count) }
        }
        self.strings = strings
        labels = Array(repeating: -1, count: beam.code.labelCount + 1)
        for entry in beam.imports {
            imports.append(ExportTable.shared.entry(module: atoms[entry.module - 1], function: atoms[entry.function - 1],
                                                    arity: entry.arity))
        }
        for lambda in beam.lambdas {
            let words = UnsafeMutablePointer<UInt64>.allocate(capacity: FunEntry.wordCount)
            words.initialize(repeating: 0, count: FunEntry.wordCount)
            words[1] = moduleName.raw
            words[2] = atoms[lambda.function - 1].raw
            words[3] = UInt64(lambda.arity - lambda.freeCount)
            words[4] = UInt64(lambda.freeCount)
            words[5] = UInt64(lambda.index)
            words[6] = UInt64(lambda.oldUniq)
            lambdas.append(FunEntry(words: words))
        }
    }

    func error(_ message: String) -> ModuleLoadError {
        ModuleLoadError(module: beam.name, message: "\(message) in \(currentFunction) after label \(lastLabel)")
    }

    /// Allocates the final code buffer, resolves labels and builds the module.
    mutating func finish() throws(ModuleLoadError) -> LoadedModule {
        let buffer = UnsafeMutablePointer<UInt64>.allocate(capacity: max(code.count, 1))
        code.withUnsafeBufferPointer { buffer.update(from: $0.baseAddress!, count: code.count) }
        let base = UInt64(UInt(bitPattern: buffer))
        for patch in patches {
            let offset = labels[patch.label]
            guard offset >= 0 else { throw error("label \(patch.label) is not defined") }
            let address = base + UInt64(offset * 8)
            switch patch.use {
            case .address: buffer[patch.position] = address
            case .catchTag: buffer[patch.position] = Term.catchTag(address).raw
            }
        }
        func address(of label: Int) throws(ModuleLoadError) -> UnsafePointer<UInt64> {
            guard label < labels.count, labels[label] >= 0 else { throw error("label \(label) is not defined") }
            return UnsafePointer(buffer + labels[label])
        }
        var exports: [(function: Term, arity: Int, address: UnsafePointer<UInt64>)] = []
        for entry in beam.exports {
            exports.append((atoms[entry.function - 1], entry.arity, try address(of: entry.label)))
        }
        for (i, lambda) in beam.lambdas.enumerated() {
            lambdas[i].words[0] = UInt64(UInt(bitPattern: try address(of: lambda.label)))
        }
        let sourceFile = beam.compileInfo.flatMap(Self.sourceFile)
        let onLoad = beam.attributes.flatMap(Self.onLoadFunction).flatMap { name, arity in
            beam.locals.first { beam.atom($0.function) == name && $0.arity == arity }
                ?? beam.exports.first { beam.atom($0.function) == name && $0.arity == arity }
        }.map { UnsafePointer(buffer + labels[$0.label]) }
        let count = literals.terms.count
        // ERTS's preloaded modules (zlib, init, prim_file ...) run without their line
        // tables: their stack frames carry no location.
        let lineTable = ModuleInfoBifs.preloaded.contains(moduleName.atomName.string) ? nil : beam.lines
        return LoadedModule(
            name: moduleName, code: buffer, codeSize: code.count, functions: functions,
            lineEntries: lineEntries, lineTable: lineTable, exports: exports, lambdas: lambdas,
            literals: literals, attributes: literals.terms[count - 2], compileInfo: literals.terms[count - 1],
            sourceFile: sourceFile, onLoad: onLoad, checksum: beam.checksum, loadOrder: loadOrder())
    }

    /// The module's own functions in the order loading refers to them (see LoadedModule).
    func loadOrder() -> [(function: Term, arity: Int)] {
        var order: [(function: Term, arity: Int)] = []
        var seen = Set<String>()
        func touch(_ function: String, _ arity: Int) {
            if seen.insert("\(function)/\(arity)").inserted { order.append((Term.atom(function), arity)) }
        }
        func walk(_ term: ExternalTerm) {
            switch term {
            case .export(let module, let function, let arity) where module == beam.name: touch(function, arity)
            case .tuple(let elements): elements.forEach(walk)
            case .list(let elements, let tail): elements.forEach(walk); walk(tail)
            case .map(let pairs): pairs.forEach { walk($0.key); walk($0.value) }
            default: break
            }
        }
        beam.literals.forEach(walk)
        for entry in beam.imports where beam.atom(entry.module) == beam.name { touch(beam.atom(entry.function), entry.arity) }
        for entry in beam.exports { touch(beam.atom(entry.function), entry.arity) }
        return order
    }

    static func sourceFile(_ info: ExternalTerm) -> String? {
        guard case .list(let items, _) = info else { return nil }
        for item in items {
            if case .tuple(let pair) = item, pair.count == 2, pair[0] == .atom("source"),
               case .list(let chars, _) = pair[1] {
                return String(String.UnicodeScalarView(chars.compactMap {
                    if case .integer(let c) = $0 { return Unicode.Scalar(UInt32(c)) }
                    return nil
                }))
            }
        }
        return nil
    }

    static func onLoadFunction(_ attributes: ExternalTerm) -> (String, Int)? {
        guard case .list(let items, _) = attributes else { return nil }
        for item in items {
            if case .tuple(let pair) = item, pair.count == 2, pair[0] == .atom("on_load") {
                var value = pair[1]
                if case .list(let inner, _) = value, let first = inner.first { value = first }
                if case .tuple(let fa) = value, fa.count == 2, case .atom(let name) = fa[0], case .integer(let arity) = fa[1] {
                    return (name, Int(arity))
                }
            }
        }
        return nil
    }

    // MARK: - Emission helpers

    mutating func emit(_ op: Op) { code.append(op.rawValue) }
    mutating func emit(_ word: UInt64) { code.append(word) }
    mutating func emitNumber(_ value: Int) { code.append(UInt64(bitPattern: Int64(value))) }

    /// A label operand (0 means "no label").
    mutating func emitLabel(_ operand: Operand, use: LabelUse = .address) throws(ModuleLoadError) {
        guard case .label(let label) = operand else { throw error("expected a label, got \(operand)") }
        if label == 0 {
            code.append(0)
        } else {
            patches.append((code.count, label, use))
            code.append(0)
        }
    }

    /// A label that must name code (a branch target, a call, a handler): `{f,0}`, which
    /// means "raise instead of branching" where it is allowed at all, would be a null jump.
    mutating func emitTarget(_ operand: Operand, use: LabelUse = .address) throws(ModuleLoadError) {
        guard case .label(let label) = operand, label != 0 else { throw error("expected a jump target, got \(operand)") }
        try emitLabel(operand, use: use)
    }

    /// A source operand: a constant term or a register.
    mutating func emitSource(_ operand: Operand) throws(ModuleLoadError) {
        code.append(try sourceWord(operand))
    }

    mutating func sourceWord(_ operand: Operand) throws(ModuleLoadError) -> UInt64 {
        switch operand {
        case .x(let n): return UInt64(n) << 4
        case .y(let n):
            guard n < frameLimit else { throw error("y(\(n)) is outside the stack frame") }
            return UInt64(n + 1) << 4 | 4
        case .typed(let register, _): return try sourceWord(register)
        case .atom(let index): return atoms[index - 1].raw
        case .nil: return Term.nil.raw
        case .integer(let value):
            if Term.fitsSmall(Int(value)) { return Term.small(Int(value)).raw }
            return try extraLiteral(.integer(value))
        case .bigInteger(let negative, let limbs):
            return try extraLiteral(.bigInteger(negative: negative, limbs: limbs))
        case .unsigned(let value):
            guard Term.fitsSmall(value) else { throw error("number out of range") }
            return Term.small(value).raw
        case .char(let c): return Term.small(Int(c)).raw
        case .float(let value): return try extraLiteral(.float(value))
        case .literal(let index): return literals.terms[index].raw
        default: throw error("unexpected operand \(operand)")
        }
    }

    mutating func extraLiteral(_ term: ExternalTerm) throws(ModuleLoadError) -> UInt64 {
        guard let area = LiteralArea([term]) else { throw error("bad literal operand") }
        extraLiterals.append(area)
        return area.terms[0].raw
    }

    /// A destination register.
    mutating func emitDestination(_ operand: Operand) throws(ModuleLoadError) {
        switch operand.untyped {
        case .x, .y: try emitSource(operand)
        default: throw error("expected a register, got \(operand)")
        }
    }

    /// An untagged number operand.
    mutating func number(_ operand: Operand) throws(ModuleLoadError) -> Int {
        switch operand {
        case .unsigned(let n): return n
        case .integer(let n) where n >= 0 && n <= Int64(Int32.max): return Int(n)
        default: throw error("expected a number, got \(operand)")
        }
    }

    mutating func emitNumberOperand(_ operand: Operand) throws(ModuleLoadError) {
        emitNumber(try number(operand))
    }

    /// The largest count of live x registers: the collector reads that many.
    static let maxLive = 1024
    /// The most heap words one instruction may reserve (1 GiB); more is a corrupt operand.
    static let maxHeapNeed = 1 << 27

    /// A count of live x registers (a GC root count).
    mutating func emitLive(_ operand: Operand) throws(ModuleLoadError) {
        emitNumber(try liveCount(operand))
    }

    /// A count of live x registers, checked.
    mutating func liveCount(_ operand: Operand) throws(ModuleLoadError) -> Int {
        let live = try number(operand)
        guard live <= Self.maxLive else { throw error("live register count \(live) is above \(Self.maxLive)") }
        return live
    }

    /// A call's argument count: the registers saved when the process is suspended there.
    mutating func emitArity(_ operand: Operand) throws(ModuleLoadError) {
        let arity = try number(operand)
        guard arity <= 255 else { throw error("arity \(arity) is above 255") }
        emitNumber(arity)
    }

    /// A y register for catch/try bookkeeping.
    mutating func emitY(_ operand: Operand) throws(ModuleLoadError) {
        guard case .y = operand.untyped else { throw error("expected a y register, got \(operand)") }
        try emitSource(operand)
    }

    mutating func importEntry(_ operand: Operand) throws(ModuleLoadError) -> ExportEntry {
        guard case .unsigned(let index) = operand, index < imports.count else { throw error("bad import index \(operand)") }
        return imports[index]
    }

    mutating func bif(_ operand: Operand) throws(ModuleLoadError) -> Int {
        let entry = try importEntry(operand)
        guard let bif = entry.bif else {
            throw error("\(entry.module.atomName.string):\(entry.function.atomName.string)/\(entry.arity) is not a BIF")
        }
        return bif
    }

    mutating func fr(_ operand: Operand) throws(ModuleLoadError) -> Int {
        guard case .fr(let n) = operand else { throw error("expected a float register, got \(operand)") }
        return n
    }

    /// The address of `count` bytes at `offset` in the string table.
    mutating func stringAddress(_ offset: Int, count: Int) throws(ModuleLoadError) -> UInt64 {
        guard offset >= 0, count >= 0, offset + count <= beam.strings.count else { throw error("string out of range") }
        return UInt64(UInt(bitPattern: strings + offset))
    }
}
