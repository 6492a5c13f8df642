// Undoes, on the `erlc -S` side, what the assembler (beam_asm.erl) legitimately changes on
// the way to the .beam file, so that the compiler's listing and beamr's disassembly of the
// compiled file can be compared term by term.

/// Rewrites `erlc -S` terms into the form a disassembler can recover from the .beam file.
struct ListingNormaliser {
    /// FunT's index and old-uniq value for each lambda label: the assembler numbers the funs
    /// itself (`beam_dict:lambda`) and derives old-uniq from the module's MD5
    /// (`finalize_fun_table`), ignoring the listing's placeholders.
    var lambdasByLabel: [Int: (index: Int, oldUniq: UInt32)] = [:]

    /// 2^128: beam_asm stores integers at least this large (in magnitude) as literals.
    static let literalIntegerBound = "340282366920938463463374607431768211456"

    /// The normalised instruction, or nil when the assembler drops it (`{'%', ...}` annotations).
    func instruction(_ term: TermText) throws -> TermText? {
        guard case .tuple(var items) = term, let name = items.first?.atomName else { return term }
        if name == "%" { return nil }
        switch name {
        case "bif" where items.count == 5 && items[1].atomName == "raise":
            // `raise` has no fail label or destination in the binary.
            items[2] = .tuple([.atom("f"), .number("0")])
            items[4] = .tuple([.atom("x"), .number("0")])
        case "bif" where items.count == 5 && items[3] == .list([], tail: nil):
            // bif0 cannot fail, so it has no fail label in the binary.
            items[2] = .tuple([.atom("f"), .number("0")])
        case "make_fun3" where items.count == 6:
            if case .tuple(let label) = items[1], let number = label.last?.integerValue, let lambda = lambdasByLabel[number] {
                items[2] = .number(String(lambda.index))
                items[3] = .number(String(lambda.oldUniq))
            }
        case "line" where items.count == 2:
            // The Line chunk records only the location; scope annotations are dropped.
            if case .list(let entries, nil) = items[1] {
                items[1] = .list(entries.filter {
                    if case .tuple(let parts) = $0 { return parts.first?.atomName == "location" }
                    return false
                }, tail: nil)
            }
        default:
            break
        }
        return .tuple(try items.map(operand))
    }

    /// Normalises an operand and, recursively, the operands inside it.
    func operand(_ term: TermText) throws -> TermText {
        switch term {
        case .tuple(let items):
            guard let tag = items.first?.atomName else { return .tuple(try items.map(operand)) }
            switch (tag, items.count) {
            case ("tr", 3):
                return try operand(items[1])
            case ("field_flags", 2):
                return .tuple([.atom("field_flags"), .number(String(try Self.flagBits(items[1])))])
            case ("float", 2):
                return .tuple([.atom("literal"), items[1]])
            case ("literal", 2):
                return Self.literal(items[1])
            case ("integer", 2):
                return Self.integer(items[1])
            case ("atom", _), ("string", _), ("location", _):
                return term
            default:
                return .tuple(try items.map(operand))
            }
        case .list(let items, let tail):
            return .list(try items.map(operand), tail: try tail.map(operand))
        default:
            return term
        }
    }

    /// `{literal, L}`: beam_asm encodes `[]`, atoms and integers as immediate operands.
    /// Maps inside are sorted: the compiler writes literals with deterministic
    /// `term_to_binary`, which orders keys by term order, while `~p` on OTP 26+ prints a
    /// map in its in-memory order.
    static func literal(_ literal: TermText) -> TermText {
        let value = sortingMaps(literal)
        switch value {
        case .list([], nil):
            return .atom("nil")
        case .atom:
            return .tuple([.atom("atom"), value])
        case .number(let text) where Int(text) != nil || !text.contains(where: { $0 == "." || $0 == "e" }):
            return integer(value)
        default:
            return .tuple([.atom("literal"), value])
        }
    }

    /// `{integer, N}`, or `{literal, N}` when beam_asm stores N in the literal table.
    static func integer(_ value: TermText) -> TermText {
        guard case .number(let text) = value else { return .tuple([.atom("integer"), value]) }
        let magnitude = text.hasPrefix("-") ? String(text.dropFirst()) : text
        let bound = literalIntegerBound
        let large = magnitude.count > bound.count || (magnitude.count == bound.count && magnitude >= bound)
        return .tuple([.atom(large ? "literal" : "integer"), value])
    }

    /// The flag word beam_asm writes for a `field_flags` list (`flag_to_bit/1`).
    static func flagBits(_ flags: TermText) throws -> Int {
        if let number = flags.integerValue { return number }
        guard case .list(let items, nil) = flags else { throw TermTextError(message: "bad field_flags \(flags)") }
        var bits = 0
        for item in items {
            if case .tuple(let anno) = item, anno.first?.atomName == "anno" { continue }
            switch item.atomName {
            case "little": bits |= 0x02
            case "signed": bits |= 0x04
            case "native": bits |= 0x10
            case "big", "unsigned": break
            default: throw TermTextError(message: "unknown field flag \(item)")
            }
        }
        return bits
    }

    static func sortingMaps(_ term: TermText) -> TermText {
        switch term {
        case .tuple(let items):
            return .tuple(items.map(sortingMaps))
        case .list(let items, let tail):
            return .list(items.map(sortingMaps), tail: tail.map(sortingMaps))
        case .map(let keys, let values):
            let pairs = zip(keys.map(sortingMaps), values.map(sortingMaps)).sorted { TermOrder.less($0.0, $1.0) }
            return .map(keys: pairs.map(\.0), values: pairs.map(\.1))
        default:
            return term
        }
    }
}

/// The order of map keys in ERTS (and in deterministic `term_to_binary`) over `TermText`,
/// enough for the keys in listings: term order (number < atom < reference < fun < port <
/// pid < tuple < map < [] < list < bitstring), except that integers precede all floats.
enum TermOrder {
    static func rank(_ term: TermText) -> Int {
        switch term {
        case .number: return 0
        case .atom: return 1
        case .opaque(let text):
            if text.hasPrefix("#Ref") { return 2 }
            if text.hasPrefix("fun") || text.hasPrefix("#Fun") { return 3 }
            if text.hasPrefix("#Port") { return 4 }
            if text.hasPrefix("<") && !text.hasPrefix("<<") { return 5 }
            return 10
        case .tuple: return 6
        case .map: return 7
        case .list([], nil): return 8
        case .list, .string: return 9
        }
    }

    static func less(_ a: TermText, _ b: TermText) -> Bool {
        let (ra, rb) = (rank(a), rank(b))
        if ra != rb { return ra < rb }
        switch (a, b) {
        case (.number(let x), .number(let y)):
            // Map key order: every integer sorts before every float.
            let (xFloat, yFloat) = (x.contains { $0 == "." || $0 == "e" }, y.contains { $0 == "." || $0 == "e" })
            if xFloat != yFloat { return yFloat }
            return (Double(x) ?? 0) < (Double(y) ?? 0)
        case (.atom, .atom):
            return Array(a.atomName!.unicodeScalars.map(\.value)).lexicographicallyPrecedes(b.atomName!.unicodeScalars.map(\.value))
        case (.tuple(let x), .tuple(let y)):
            if x.count != y.count { return x.count < y.count }
            return lexicographic(x, y)
        case (.list(let x, _), .list(let y, _)):
            return lexicographic(x, y)
        default:
            return a.description < b.description
        }
    }

    static func lexicographic(_ x: [TermText], _ y: [TermText]) -> Bool {
        for (p, q) in zip(x, y) where p != q { return less(p, q) }
        return x.count < y.count
    }
}
