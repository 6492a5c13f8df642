// Translation of a parsed module into internal code (see Op.swift for the encoding).
// Runs once per module load: decodes nothing at run time.

import BeamFile
import CBeamShims
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A module that parsed but cannot be loaded.
public struct ModuleLoadError: Error, CustomStringConvertible {
    public var module: String
    public var message: String
    public var description: String { "module \(module): \(message)" }
}

/// Turns a `BeamModule` into a `LoadedModule`.
///
/// The module's code is laid out at load time: every function gets a slot in one code
/// buffer, large enough for any translation of its instructions (see `slotWords`), so the
/// address of every function is known before any is translated. The buffer starts zeroed,
/// and a zero word is the `lazyEntry` op: the first call of a function runs it at the
/// function's entry and translates the function into its slot (see FunctionTranslator).
/// Programs only pay for the functions they run: a library module of hundreds of functions
/// costs the few that are called, and the pages of the others are never touched.
public enum ModuleLoader {
    /// Loads a module parsed with `deferringCode`. With `translateAll`, every function is
    /// translated now, so that any error in the module is reported here.
    public static func load(_ beam: BeamModule, translateAll: Bool = false) throws(ModuleLoadError) -> LoadedModule {
        guard let deferred = beam.deferred else {
            throw ModuleLoadError(module: beam.name, message: "the module was parsed without its function index")
        }
        var emitter = try Emitter(beam, deferred)
        let module = try emitter.layOut()
        if translateAll {
            for index in deferred.index.functions.indices {
                if let failure = module.translator.translate(index) { throw failure }
            }
        }
        return module
    }

    /// The words a function's slot needs: a bound on any translation of its instructions
    /// (no instruction emits more than 8 words plus 3 per operand; fusing only shortens),
    /// checked again when the function is translated.
    static func slotWords(_ span: FunctionSpan) -> Int {
        8 * span.instructionCount + 3 * span.operandCount + 8
    }
}

/// Where a label is referenced from, and how to encode it.
enum LabelUse {
    /// A plain code address inside the function.
    case address
    /// A catch tag whose payload is the handler's address.
    case catchTag
    /// A call: the entry of this or another function.
    case call
}

/// Translates a module's functions, one at a time, into the slots of its code buffer.
///
/// The helpers that run for every instruction are `mutating` even where they only read:
/// calling a non-mutating method from a mutating one copies the emitter, retaining each of
/// its arrays.
struct Emitter {
    let beam: BeamModule
    let deferred: DeferredCode
    let moduleName: Term
    var atoms: [Term] = []
    var imports: [ExportEntry] = []
    /// For each import, whether it is an erlang function that never returns.
    let noReturnImports: [Bool]
    var lambdas: [FunEntry] = []
    /// The module's literals, built when a function that uses them is translated (`.none`
    /// until then). Words, not optionals, which take two: a library module can have
    /// thousands of literals, and this array's pages are touched when the module loads.
    var literalTerms: [Term]
    /// Marks the literals being collected for one function; all false in between.
    var literalWanted: [Bool]
    /// The areas holding the literals built so far (and constants too large for a word).
    var literalAreas: [LiteralArea] = []
    /// The external funs (`fun M:F/A`) among the literals, in order.
    let exportFuns: [(module: String, function: String, arity: Int)]
    /// The module's string table, at a stable address for bs_match_string and strings in
    /// binary construction.
    let strings: UnsafeMutablePointer<UInt8>
    /// Each function's slot, as a word offset in the code buffer; one more entry marks the end.
    let slots: [Int]
    let buffer: UnsafeMutablePointer<UInt64>

    // The function being translated.
    /// Its instructions, decoded.
    let decoded = InstructionBuffer()
    var code: [UInt64] = []
    /// Offsets of the labels defined so far in the function (-1: not defined here), one for
    /// each label of the module.
    var labels: [Int32]
    var definedLabels: [Int] = []
    var patches: [(position: Int, label: Int, use: LabelUse)] = []
    var lineEntries: [(offset: Int, item: Int)] = []
    /// The function being translated, for error messages.
    var currentFunction = "(module header)"
    var lastLabel = 0
    /// The largest frame allocated so far in the current function: y operands must be below.
    var frameLimit = 0
    /// Set between the func_info of a function beamr implements natively and its entry label,
    /// where the call to the native code is placed.
    var pendingNative: Int?

    init(_ beam: BeamModule, _ deferred: DeferredCode) throws(ModuleLoadError) {
        self.beam = beam
        self.deferred = deferred
        noReturnImports = FrameVerifier.noReturnImports(beam)
        for name in beam.atoms {
            guard let index = AtomTable.shared.intern(name) else {
                throw ModuleLoadError(module: beam.name, message: "atom table full")
            }
            atoms.append(.atom(index))
        }
        moduleName = atoms[0]
        literalTerms = [Term](repeating: .none, count: deferred.literals.count)
        literalWanted = [Bool](repeating: false, count: deferred.literals.count)
        // ERTS creates the export entries of `fun M:F/A` literals when it loads them, before
        // the module's imports and exports: the order shows in module_info(exports).
        do { exportFuns = try deferred.literals.exportFuns() } catch {
            throw ModuleLoadError(module: beam.name, message: error.description)
        }
        for fun in exportFuns {
            guard let module = AtomTable.shared.intern(fun.module), let function = AtomTable.shared.intern(fun.function) else {
                throw ModuleLoadError(module: beam.name, message: "atom table full")
            }
            _ = ExportTable.shared.entry(module: .atom(module), function: .atom(function), arity: fun.arity)
        }
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
        var slots = [0]
        for span in deferred.index.functions { slots.append(slots[slots.count - 1] + ModuleLoader.slotWords(span)) }
        self.slots = slots
        // Zeroed memory: large buffers come straight from the kernel, and stay untouched
        // where no function is translated. Code buffers live as long as the process.
        guard let zeroed = calloc(max(slots[slots.count - 1], 1), MemoryLayout<UInt64>.size) else {
            throw ModuleLoadError(module: beam.name, message: "no memory for its code")
        }
        buffer = zeroed.assumingMemoryBound(to: UInt64.self)
    }

    func error(_ message: String) -> ModuleLoadError {
        ModuleLoadError(module: beam.name, message: "\(message) in \(currentFunction) after label \(lastLabel)")
    }

    /// The code address of a function's entry (after its 4-word funcInfo).
    func entryAddress(of function: Int) -> UnsafePointer<UInt64> {
        UnsafePointer(buffer + slots[function] + 4)
    }

    /// Resolves the entries of exports, funs and on_load, and builds the module, whose
    /// translator owns this emitter from then on. Every slot holds the lazy entry already.
    mutating func layOut() throws(ModuleLoadError) -> LoadedModule {
        let index = deferred.index
        var functions: [FunctionInfo] = []
        functions.reserveCapacity(index.functions.count)
        for (i, span) in index.functions.enumerated() {
            guard span.name <= atoms.count else { throw error("bad func_info") }
            functions.append(FunctionInfo(start: slots[i], name: atoms[span.name - 1], arity: span.arity))
        }
        func entry(_ label: Int, _ what: String) throws(ModuleLoadError) -> UnsafePointer<UInt64> {
            guard let function = index.function(entering: label) else {
                throw ModuleLoadError(module: beam.name, message: "\(what) label \(label) is no function's entry")
            }
            return entryAddress(of: function)
        }
        var exports: [(function: Term, arity: Int, address: UnsafePointer<UInt64>)] = []
        for export in beam.exports {
            exports.append((atoms[export.function - 1], export.arity, try entry(export.label, "export")))
        }
        for (i, lambda) in beam.lambdas.enumerated() {
            lambdas[i].words[0] = UInt64(UInt(bitPattern: try entry(lambda.label, "fun")))
        }
        var onLoad: UnsafePointer<UInt64>?
        if let (name, arity) = beam.attributes.flatMap(Self.onLoadFunction),
           let function = beam.locals.first(where: { beam.atom($0.function) == name && $0.arity == arity })
               ?? beam.exports.first(where: { beam.atom($0.function) == name && $0.arity == arity }) {
            onLoad = try entry(function.label, "on_load")
        }
        guard let header = LiteralArea([beam.attributes ?? .nil, beam.compileInfo ?? .nil]) else {
            throw ModuleLoadError(module: beam.name, message: "the attributes cannot be built")
        }
        literalAreas.append(header)
        // ERTS's preloaded modules (zlib, init, prim_file ...) run without their line
        // tables: their stack frames carry no location.
        let lineTable = ModuleInfoBifs.preloaded.contains(moduleName.atomName.string) ? nil : beam.lines
        let loadOrder = self.loadOrder()
        let sourceFile = beam.compileInfo.flatMap(Self.sourceFile)
        let code = buffer, codeSize = slots[slots.count - 1], name = moduleName, lambdas = self.lambdas
        return LoadedModule(
            name: name, code: code, codeSize: codeSize, functions: functions, lineTable: lineTable,
            exports: exports, lambdas: lambdas, attributes: header.terms[0], compileInfo: header.terms[1],
            sourceFile: sourceFile, onLoad: onLoad, loadOrder: loadOrder,
            translator: FunctionTranslator(self))
    }

    /// Translates function `index` and writes it into its slot, the entry word last.
    /// Returns the function's line entries.
    mutating func translate(function index: Int) throws(ModuleLoadError) -> [(offset: Int, item: Int)] {
        let span = deferred.index.functions[index]
        currentFunction = "\(beam.name):\(beam.atom(span.name))/\(span.arity)"
        lastLabel = 0
        let instructions = decoded
        // Every loaded module keeps its emitter: the buffer keeps the memory of small
        // functions only.
        defer { instructions.removeAll(keepingCapacityUpTo: 4096) }
        do { try deferred.decode(function: index, into: instructions) } catch {
            throw ModuleLoadError(module: beam.name, message: error.description)
        }
        guard Self.holds(instructions, span) else { throw error("the function index does not match the code") }
        let functionIndex = deferred.index
        try FrameVerifier.verify(beam, instructions, noReturn: noReturnImports, index: functionIndex)
        try buildLiterals(of: instructions)
        code.removeAll(keepingCapacity: true)
        patches.removeAll(keepingCapacity: true)
        lineEntries.removeAll()
        defer {
            for label in definedLabels { labels[label] = -1 }
            definedLabels.removeAll(keepingCapacity: true)
        }
        var i = 0
        while i < instructions.count {
            let consumed = try fuse(instructions, at: i)
            if consumed > 0 {
                i += consumed
            } else {
                try translate(instructions[i])
                i += 1
            }
        }
        let start = slots[index]
        guard code.count <= slots[index + 1] - start, code.count > 4 else {
            throw error("translation does not fit the function's slot")
        }
        let base = UInt64(UInt(bitPattern: buffer + start))
        for patch in patches {
            let address: UInt64
            if labels[patch.label] >= 0 {
                address = base + UInt64(labels[patch.label]) * 8
            } else if patch.use == .call, let target = functionIndex.function(entering: patch.label) {
                address = UInt64(UInt(bitPattern: entryAddress(of: target)))
            } else {
                throw error("label \(patch.label) is not defined in the function")
            }
            code[patch.position] = patch.use == .catchTag ? Term.catchTag(address).raw : address
        }
        code.withUnsafeBufferPointer { words in
            let slot = buffer + start
            slot.update(from: words.baseAddress!, count: 4)
            (slot + 5).update(from: words.baseAddress! + 5, count: words.count - 5)
            // Another thread may be about to run the entry: it must see the code before
            // the op that replaces `lazyEntry`.
            beamr_atomic_store(UnsafeMutableRawPointer(slot + 4).assumingMemoryBound(to: Int64.self), Int64(bitPattern: words[4]))
        }
        return lineEntries.map { ($0.offset + start, $0.item) }
    }

    /// Whether a function's instructions are what its span says: labels and lines, then its
    /// func_info, its entry label, and no other func_info. A stored index (see StoredIndex)
    /// that does not match the code is refused here, before anything of it runs.
    static func holds(_ instructions: InstructionBuffer, _ span: FunctionSpan) -> Bool {
        var i = 0
        while i < instructions.count, instructions[i].opcode == .label || instructions[i].opcode == .line { i += 1 }
        guard i + 1 < instructions.count, instructions[i].opcode == .funcInfo,
              case .atom(let name) = instructions[i].operands[1], name == span.name,
              case .unsigned(let arity) = instructions[i].operands[2], arity == span.arity,
              instructions[i + 1].opcode == .label,
              case .unsigned(let entry) = instructions[i + 1].operands[0], entry == span.entryLabel
        else { return false }
        return !instructions[(i + 2)...].contains { $0.opcode == .funcInfo }
    }

    /// Builds the literals the instructions use that are not built yet, in one area.
    mutating func buildLiterals(of instructions: InstructionBuffer) throws(ModuleLoadError) {
        var wanted: [Int] = []
        func collect(_ operand: Operand) {
            switch operand {
            case .literal(let index) where literalTerms[index] == .none && !literalWanted[index]:
                literalWanted[index] = true
                wanted.append(index)
            case .list(let items): items.forEach(collect)
            default: break
            }
        }
        for instruction in instructions { instruction.operands.forEach(collect) }
        for index in wanted { literalWanted[index] = false }
        guard !wanted.isEmpty else { return }
        let table = deferred.literals
        // Most literals are built straight from their bytes; the others are decoded first.
        let sizes = table.bytes.withUnsafeBufferPointer { bytes in wanted.map { LiteralBytes.words(bytes, table.ranges[$0]) } }
        var words = 0
        var decoded: [Int: ExternalTerm] = [:]
        for (index, size) in zip(wanted, sizes) {
            if let size {
                words += size
                continue
            }
            let term: ExternalTerm
            do { term = try table.term(index) } catch {
                throw ModuleLoadError(module: beam.name, message: error.description)
            }
            decoded[index] = term
            words += TermBuilder.words(term)
        }
        let built = table.bytes.withUnsafeBufferPointer { bytes in
            LiteralArea(words: words) { sink in
                var terms: [Term] = []
                terms.reserveCapacity(wanted.count)
                for index in wanted {
                    let term: Term?
                    if let external = decoded[index] {
                        term = TermBuilder.build(external, into: &sink)
                    } else {
                        term = LiteralBytes.build(bytes, table.ranges[index], into: &sink)
                    }
                    guard let term else { return nil }
                    terms.append(term)
                }
                return terms
            }
        }
        guard let area = built else { throw error("a literal cannot be built") }
        literalAreas.append(area)
        for (index, term) in zip(wanted, area.terms) { literalTerms[index] = term }
    }

    /// A literal the current function uses (built by `buildLiterals`).
    mutating func literal(_ index: Int) throws(ModuleLoadError) -> Term {
        guard index < literalTerms.count, literalTerms[index] != .none else { throw error("literal \(index) is not built") }
        return literalTerms[index]
    }

    /// The module's own functions in the order loading refers to them (see LoadedModule).
    func loadOrder() -> [(function: Term, arity: Int)] {
        var order: [(function: Term, arity: Int)] = []
        var seen = Set<String>()
        func touch(_ function: String, _ arity: Int) {
            if seen.insert("\(function)/\(arity)").inserted { order.append((Term.atom(function), arity)) }
        }
        for fun in exportFuns where fun.module == beam.name { touch(fun.function, fun.arity) }
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
        case .typed(let register, _): return try sourceWord(register.operand)
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
        case .literal(let index): return try literal(index).raw
        default: throw error("unexpected operand \(operand)")
        }
    }

    mutating func extraLiteral(_ term: ExternalTerm) throws(ModuleLoadError) -> UInt64 {
        guard let area = LiteralArea([term]) else { throw error("bad literal operand") }
        literalAreas.append(area)
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
