// Printing terms in Gleam's syntax, as gleam_stdlib's `string.inspect` does: `Ok(1)`,
// `#(1, "two")`, `[1, 2]`, `Nil`, `True`, `Circle(1.0)`, `<<1, 2>>`, `dict.from_list([...])`.

import BeamFile

extension TermPrinter {
    /// The `string.inspect` text of a term, as UTF-8 bytes.
    public static func gleam(_ term: Term) -> String {
        var out: [UInt8] = []
        appendGleam(term, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    static func appendGleam(_ term: Term, to out: inout [UInt8]) {
        if term == .true { out += Array("True".utf8); return }
        if term == .false { out += Array("False".utf8); return }
        if term == Atom.nilAtom { out += Array("Nil".utf8); return }
        if term.isAtom { appendGleamAtom(term, to: &out); return }
        if term.isSmall || term.isBignum { out += Integers.text(term, radix: 10); return }
        if term.isFloat { out += Array(ErlangSyntax.shortFloat(term.floatValue).utf8); return }
        if term.isMap {
            out += Array("dict.from_list([".utf8)
            for (i, pair) in MapOps.entries(term).enumerated() {
                if i > 0 { out += Array(", ".utf8) }
                out += Array("#(".utf8)
                appendGleam(pair.key, to: &out)
                out += Array(", ".utf8)
                appendGleam(pair.value, to: &out)
                out += Array(")".utf8)
            }
            out += Array("])".utf8)
            return
        }
        if term.isBitstring { appendGleamBits(term, to: &out); return }
        if term.isNil || term.isList { appendGleamList(term, to: &out); return }
        if term.isTuple {
            let arity = term.tupleArity
            let first = arity > 0 ? term.tupleElement(0) : .nil
            // A record: its tag is a constructor. Other tagged tuples print as tuples.
            if arity > 0, first.isAtom, first != .true, first != .false, first != Atom.nilAtom,
               let constructor = gleamConstructorName(Array(first.atomName.buffer)) {
                out += constructor
                out += Array("(".utf8)
                for i in 1..<arity {
                    if i > 1 { out += Array(", ".utf8) }
                    appendGleam(term.tupleElement(i), to: &out)
                }
                out += Array(")".utf8)
                return
            }
            out += Array("#(".utf8)
            for i in 0..<arity {
                if i > 0 { out += Array(", ".utf8) }
                appendGleam(term.tupleElement(i), to: &out)
            }
            out += Array(")".utf8)
            return
        }
        if term.isFunction {
            let arity = Interpreter.funArity(term)
            out += Array("//fn(".utf8)
            for i in 0..<arity {
                if i > 0 { out += Array(", ".utf8) }
                out.append(UInt8(ascii: "a") + UInt8(i))
            }
            out += Array(") { ... }".utf8)
            return
        }
        out += Array("//erl(".utf8)
        out += Array(format(term).utf8)
        out += Array(")".utf8)
    }

    /// `snake_case` atoms print as `PascalCase` constructors; others as `atom.create_from_string("...")`.
    static func appendGleamAtom(_ atom: Term, to out: inout [UInt8]) {
        let name = Array(atom.atomName.buffer)
        if let constructor = gleamConstructorName(name) {
            out += constructor
        } else {
            out += Array("atom.create_from_string(\"".utf8) + name + Array("\")".utf8)
        }
    }

    static func gleamConstructorName(_ name: [UInt8]) -> [UInt8]? {
        guard let first = name.first, !(48...57).contains(first), first != 95, name.last != 95 else { return nil }
        var result: [UInt8] = []
        var previous: UInt8 = 0
        for (i, c) in name.enumerated() {
            let lower = (97...122).contains(c), digit = (48...57).contains(c)
            guard lower || digit || c == 95 else { return nil }
            if c == 95 {
                if previous == 95 { return nil }
            } else if i == 0 || previous == 95 {
                result.append(lower ? c - 32 : c)
            } else {
                result.append(c)
            }
            previous = c
        }
        return result
    }

    static func appendGleamList(_ term: Term, to out: inout [UInt8]) {
        var elements: [UInt8] = []
        var cursor = term
        var first = true
        while cursor.isList {
            if !first { elements += Array(", ".utf8) }
            first = false
            appendGleam(cursor.head, to: &elements)
            cursor = cursor.tail
        }
        if cursor.isNil {
            out += Array("[".utf8) + elements + Array("]".utf8)
        } else {
            elements += Array(" | ".utf8)
            appendGleam(cursor, to: &elements)
            out += Array("//erl([".utf8) + elements + Array("])".utf8)
        }
    }

    static func appendGleamBits(_ term: Term, to out: inout [UInt8]) {
        let view = BitstringView(term)
        let bytes = view.copyBytes()
        if view.isBinary, let text = String(validating: bytes, as: UTF8.self) {
            out.append(UInt8(ascii: "\""))
            for scalar in text.unicodeScalars {
                switch scalar.value {
                case 0x22: out += Array("\\\"".utf8)
                case 0x5C: out += Array("\\\\".utf8)
                case 0x0D: out += Array("\\r".utf8)
                case 0x0A: out += Array("\\n".utf8)
                case 0x09: out += Array("\\t".utf8)
                case 0x0C: out += Array("\\f".utf8)
                case 0..<32, 127..<160:
                    let hex = String(scalar.value, radix: 16, uppercase: true)
                    out += Array(("\\u{" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + "}").utf8)
                default: out += Array(String(scalar).utf8)
                }
            }
            out.append(UInt8(ascii: "\""))
            return
        }
        var segments = bytes.map { String($0) }
        let tail = view.trailingBits
        if tail.count > 0 { segments.append("\(tail.value >> (8 - UInt8(tail.count))):size(\(tail.count))") }
        out += Array(("<<" + segments.joined(separator: ", ") + ">>").utf8)
    }
}

extension Atom {
    /// Gleam's `Nil`.
    public static let nilAtom = Term.atom("nil")
}
