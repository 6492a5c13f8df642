// A listing of a module in the style of `erlc -S`: one Erlang term per line, function by
// function. Instructions that the assembler rewrote (tests, BIF calls, float arithmetic,
// string operands) are shown in the compiler's form again, so a listing can be compared
// with the compiler's own, instruction by instruction.

/// Produces `erlc -S`-style listings of a parsed module.
public struct Disassembler {
    let module: BeamModule
    /// When false, typed registers print as plain registers.
    let showTypes: Bool

    public init(_ module: BeamModule, showTypes: Bool = true) {
        self.module = module
        self.showTypes = showTypes
    }

    /// Instructions whose first operand is a fail label and which `erlc -S` prints as
    /// `{test,Name,Fail,[Args]}`.
    static let plainTests: Set<Opcode> = [
        .isLt, .isGe, .isEq, .isNe, .isEqExact, .isNeExact, .isInteger, .isFloat, .isNumber,
        .isAtom, .isPid, .isReference, .isPort, .isNil, .isBinary, .isList, .isNonemptyList,
        .isTuple, .testArity, .isBoolean, .isFunction, .isFunction2, .isBitstr, .isMap,
        .isTaggedTuple, .bsTestTail2, .bsTestUnit,
    ]

    /// The whole listing: header terms, then every function.
    public func listing() -> String {
        var lines: [String] = []
        lines.append("{module, \(ErlangSyntax.atom(module.name))}.")
        let exports = module.exports
            .map { (module.atom($0.function), $0.arity) }
            .sorted { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }
            .map { "{\(ErlangSyntax.atom($0.0)),\($0.1)}" }
        lines.append("{exports, [\(exports.joined(separator: ","))]}.")
        let imports = module.imports.map {
            "{\(ErlangSyntax.atom(module.atom($0.module))),\(ErlangSyntax.atom(module.atom($0.function))),\($0.arity)}"
        }
        lines.append("{imports, [\(imports.joined(separator: ","))]}.")
        lines.append("{attributes, \(module.attributes?.erlangText ?? "[]")}.")
        if let info = module.compileInfo { lines.append("{compile_info, \(info.erlangText)}.") }
        lines.append("{labels, \(module.code.labelCount)}.")
        lines.append("")
        let instructions = module.instructions
        for (index, instruction) in instructions.enumerated() {
            if instruction.opcode == .label, let header = functionHeader(at: index) {
                lines.append("")
                lines.append(header)
            }
            switch instruction.opcode {
            case .intCodeEnd:
                continue
            case .label:
                lines.append("  " + text(instruction))
            default:
                lines.append("    " + text(instruction))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `{function, Name, Arity, Entry}.` when the label at `index` starts a function
    /// (label, optional line, func_info, entry label).
    func functionHeader(at index: Int) -> String? {
        let code = module.instructions
        var i = index + 1
        if i < code.count, code[i].opcode == .line { i += 1 }
        guard i + 1 < code.count, code[i].opcode == .funcInfo, code[i + 1].opcode == .label,
              case .atom(let name) = code[i].operands[1], case .unsigned(let arity) = code[i].operands[2],
              case .unsigned(let entry) = code[i + 1].operands[0]
        else { return nil }
        return "{function, \(ErlangSyntax.atom(module.atom(name))), \(arity), \(entry)}."
    }

    /// One instruction as an Erlang term followed by a full stop.
    public func text(_ instruction: Instruction) -> String {
        let op = instruction.operands
        let name = ErlangSyntax.atom(instruction.opcode.name)
        func list(_ items: ArraySlice<Operand>) -> String { "[" + items.map(operand).joined(separator: ",") + "]" }
        let body: String
        switch instruction.opcode {
        case _ where instruction.opcode.arity == 0:
            return name + "."
        case _ where Self.plainTests.contains(instruction.opcode):
            body = "test,\(name),\(operand(op[0])),\(list(op[1...]))"
        case .label:
            body = "label,\(operand(op[0]))"
        case .line:
            body = "line,\(location(op[0]))"
        case .callExt, .callExtOnly:
            body = "\(name),\(operand(op[0])),\(external(op[1]))"
        case .callExtLast:
            body = "\(name),\(operand(op[0])),\(external(op[1])),\(operand(op[2]))"
        case .bif0:
            body = "bif,\(bifName(op[0])),{f,0},[],\(operand(op[1]))"
        case .bif1, .bif2, .bif3:
            body = "bif,\(bifName(op[1])),\(operand(op[0])),\(list(op[2..<(op.count - 1)])),\(operand(op[op.count - 1]))"
        case .gcBif1, .gcBif2, .gcBif3:
            body = "gc_bif,\(bifName(op[2])),\(operand(op[0])),\(operand(op[1])),\(list(op[3..<(op.count - 1)])),\(operand(op[op.count - 1]))"
        case .raise:
            body = "bif,raise,{f,0},\(list(op[0...])),{x,0}"
        case .fadd, .fsub, .fmul, .fdiv, .fnegate:
            body = "bif,\(name),\(operand(op[0])),\(list(op[1..<(op.count - 1)])),\(operand(op[op.count - 1]))"
        case .bsStartMatch3:
            body = "test,\(name),\(operand(op[0])),\(operand(op[2])),[\(operand(op[1]))],\(operand(op[3]))"
        case .bsGetInteger2, .bsGetFloat2, .bsGetBinary2:
            body = "test,\(name),\(operand(op[0])),\(operand(op[2])),[\(operand(op[1])),\(operand(op[3])),\(operand(op[4])),\(flags(op[5]))],\(operand(op[6]))"
        case .bsGetUtf8, .bsGetUtf16, .bsGetUtf32:
            body = "test,\(name),\(operand(op[0])),\(operand(op[2])),[\(operand(op[1])),\(flags(op[3]))],\(operand(op[4]))"
        case .bsSkipBits2:
            body = "test,\(name),\(operand(op[0])),[\(operand(op[1])),\(operand(op[2])),\(operand(op[3])),\(flags(op[4]))]"
        case .bsSkipUtf8, .bsSkipUtf16, .bsSkipUtf32:
            body = "test,\(name),\(operand(op[0])),[\(operand(op[1])),\(operand(op[2])),\(flags(op[3]))]"
        case .bsMatchString:
            body = "test,\(name),\(operand(op[0])),[\(operand(op[1])),\(operand(op[2])),\(string(op[3], bits: op[2]))]"
        case .hasMapFields:
            body = "test,\(name),\(operand(op[0])),\(operand(op[1])),\(operand(op[2]))"
        case .makeFun3:
            body = "\(name),\(lambda(op[0])),\(operand(op[1])),\(operand(op[2]))"
        case .makeFun2:
            body = "\(name),\(lambda(op[0]))"
        case .callFun2:
            // A fun table index when the target is known; the atom safe or unsafe otherwise.
            body = "\(name),\(lambdaLabel(op[0])),\(operand(op[1])),\(operand(op[2]))"
        case .bsCreateBin:
            body = "\(name)," + op.dropLast().map(operand).joined(separator: ",") + "," + binarySegments(op[op.count - 1])
        case .bsMatch:
            body = "\(name),\(operand(op[0])),\(operand(op[1])),\(matchCommands(op[2]))"
        case .bsPutString:
            body = "\(name),\(operand(op[0])),\(string(op[1], bytes: op[0]))"
        default:
            body = name + "," + op.map(operand).joined(separator: ",")
        }
        return "{" + body + "}."
    }

    // MARK: - Operands

    /// An operand as the compiler's listing writes it.
    public func operand(_ operand: Operand) -> String {
        switch operand {
        case .unsigned(let n): return String(n)
        case .integer(let n): return "{integer,\(n)}"
        case .bigInteger(let negative, let limbs):
            return "{integer,\(negative ? "-" : "")\(ExternalTerm.decimal(limbs))}"
        case .atom(let index): return "{atom,\(ErlangSyntax.atom(module.atom(index)))}"
        case .nil: return "nil"
        case .x(let n): return "{x,\(n)}"
        case .y(let n): return "{y,\(n)}"
        case .fr(let n): return "{fr,\(n)}"
        case .label(let n): return "{f,\(n)}"
        case .char(let c): return "{char,\(c)}"
        case .float(let value): return "{float,\(ErlangSyntax.shortFloat(value))}"
        case .literal(let index): return "{literal,\(module.literals[index].erlangText)}"
        case .typed(let register, let type):
            guard showTypes else { return self.operand(register.operand) }
            return "{tr,\(self.operand(register.operand)),\(typeText(Int(type)))}"
        case .list(let items): return "{list,[" + items.map(self.operand).joined(separator: ",") + "]}"
        case .allocation(let words, let floats, let funs):
            return "{alloc,[{words,\(words)},{floats,\(floats)},{funs,\(funs)}]}"
        }
    }

    func typeText(_ index: Int) -> String {
        guard let entry = module.types?.entries[safe: index] else { return "any" }
        var kinds: [String] = []
        let names: [(TypeUnion, String)] = [
            (.atom, "atom"), (.bitstring, "bitstring"), (.matchState, "match_state"), (.cons, "cons"),
            (.float, "float"), (.fun, "fun"), (.integer, "integer"), (.map, "map"), (.nil, "nil"),
            (.pid, "pid"), (.port, "port"), (.reference, "reference"), (.tuple, "tuple"), (.record, "record"),
        ]
        for (kind, name) in names where entry.union.contains(kind) { kinds.append(name) }
        var text = "{t," + "[" + kinds.joined(separator: ",") + "]"
        if entry.min != nil || entry.max != nil {
            text += ",{" + (entry.min.map(String.init) ?? "'-inf'") + "," + (entry.max.map(String.init) ?? "'+inf'") + "}"
        }
        if let unit = entry.unit { text += ",{unit,\(unit)}" }
        return text + "}"
    }

    func location(_ operand: Operand) -> String {
        guard case .unsigned(let item) = operand, let place = module.lines?.location(item) else { return "[]" }
        return "[{location,\(ExternalTerm.list(place.file.unicodeScalars.map { .integer(Int64($0.value)) }, tail: .nil).erlangText),\(place.line)}]"
    }

    func external(_ operand: Operand) -> String {
        guard case .unsigned(let index) = operand, index < module.imports.count else { return self.operand(operand) }
        let entry = module.imports[index]
        return "{extfunc,\(ErlangSyntax.atom(module.atom(entry.module))),\(ErlangSyntax.atom(module.atom(entry.function))),\(entry.arity)}"
    }

    func bifName(_ operand: Operand) -> String {
        guard case .unsigned(let index) = operand, index < module.imports.count else { return self.operand(operand) }
        return ErlangSyntax.atom(module.atom(module.imports[index].function))
    }

    func lambda(_ operand: Operand) -> String {
        guard case .unsigned(let index) = operand, index < module.lambdas.count else { return self.operand(operand) }
        let entry = module.lambdas[index]
        return "{f,\(entry.label)},\(entry.index),\(entry.oldUniq)"
    }

    func lambdaLabel(_ operand: Operand) -> String {
        guard case .unsigned(let index) = operand, index < module.lambdas.count else { return self.operand(operand) }
        return "{f,\(module.lambdas[index].label)}"
    }

    func flags(_ operand: Operand) -> String {
        guard case .unsigned(let value) = operand else { return self.operand(operand) }
        return "{field_flags,\(value)}"
    }

    /// A StrT reference: an offset operand and a length given in bytes or bits.
    func string(_ offset: Operand, bytes: Operand? = nil, bits: Operand? = nil) -> String {
        guard case .unsigned(let start) = offset else { return self.operand(offset) }
        var count = 0
        if case .unsigned(let n)? = bytes { count = n }
        if case .unsigned(let n)? = bits { count = (n + 7) / 8 }
        guard start >= 0, count >= 0, start + count <= module.strings.count else { return self.operand(offset) }
        return "{string," + ExternalTerm.binary(Array(module.strings[start..<start + count]), lastByteBits: 8).erlangText + "}"
    }

    /// The segment list of `bs_create_bin`: six operands per segment (type, segment number,
    /// unit, flags, value, size); a string segment's value is an offset into StrT.
    func binarySegments(_ operand: Operand) -> String {
        guard case .list(let items) = operand, items.count % 6 == 0 else { return self.operand(operand) }
        var parts: [String] = []
        for start in stride(from: 0, to: items.count, by: 6) {
            let segment = Array(items[start..<start + 6])
            var texts = segment.map(self.operand)
            if case .atom(let type) = segment[0], module.atom(type) == "string",
               case .unsigned(let unit) = segment[2], case .integer(let size) = segment[5] {
                texts[4] = string(segment[4], bytes: .unsigned(Int(size) * unit / 8))
            }
            parts += texts
        }
        return "{list,[" + parts.joined(separator: ",") + "]}"
    }

    /// The command list of `bs_match`, regrouped into the compiler's tuples.
    func matchCommands(_ operand: Operand) -> String {
        guard case .list(let items) = operand else { return self.operand(operand) }
        var commands: [String] = []
        var i = 0
        while i < items.count {
            guard case .atom(let index) = items[i] else { return self.operand(operand) }
            let command = module.atom(index)
            let count: Int
            switch command {
            case "ensure_at_least", "get_tail": count = command == "get_tail" ? 3 : 2
            case "ensure_exactly", "skip": count = 1
            case "=:=": count = 3
            case "integer", "binary": count = 5
            default: return self.operand(operand)
            }
            guard i + count < items.count else { return self.operand(operand) }
            let args = items[(i + 1)...(i + count)].map(self.operand)
            commands.append("{" + ([ErlangSyntax.atom(command)] + args).joined(separator: ",") + "}")
            i += count + 1
        }
        return "{commands,[" + commands.joined(separator: ",") + "]}"
    }
}

extension Array {
    subscript(safe index: Int) -> Element? { index >= 0 && index < count ? self[index] : nil }
}
