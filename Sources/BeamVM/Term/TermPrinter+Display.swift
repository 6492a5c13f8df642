// The emulator's own term printer (ERTS's erts_printf_term, behind erlang:display/1 and the
// messages init prints when it halts). It differs from `~p`: floats in `%e` form, `=>`
// without spaces in maps, and its own rules for what is a string.

import BeamFile

#if canImport(Glibc)
import Glibc
#endif

extension TermPrinter {
    /// The text erlang:display/1 writes for a term (without the newline), as bytes.
    static func display(_ term: Term) -> [UInt8] {
        var out: [UInt8] = []
        appendDisplay(term, to: &out)
        return out
    }

    static func appendDisplay(_ term: Term, to out: inout [UInt8]) {
        if term.isList {
            appendDisplayList(term, to: &out)
        } else if term.isAtom {
            appendDisplayAtom(term, to: &out)
        } else if term.isBoxed {
            appendDisplayBoxed(term, to: &out)
        } else {
            append(term, to: &out)
        }
    }

    private static func appendDisplayBoxed(_ term: Term, to out: inout [UInt8]) {
        switch Subtag(rawValue: Header.subtag(term.boxedPointer[0])) {
        case .tuple:
            out.append(UInt8(ascii: "{"))
            for i in 0..<term.tupleArity {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                appendDisplay(term.tupleElement(i), to: &out)
            }
            out.append(UInt8(ascii: "}"))
        case .float:
            out += Array(exponentText(term.floatValue).utf8)
        case .heapBinary, .refcBinary, .subBinary, .matchContext:
            appendDisplayBitstring(term, to: &out)
        case .map:
            out += Array("#{".utf8)
            for (i, pair) in MapOps.entries(term).enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                appendDisplay(pair.key, to: &out)
                out += Array("=>".utf8)
                appendDisplay(pair.value, to: &out)
            }
            out.append(UInt8(ascii: "}"))
        case .export:
            let entry = ExportEntry(term.boxedPointer[1])
            out += Array("fun ".utf8)
            appendDisplayAtom(entry.module, to: &out)
            out.append(UInt8(ascii: ":"))
            appendDisplayAtom(entry.function, to: &out)
            out += Array("/\(entry.arity)".utf8)
        default:
            append(term, to: &out)
        }
    }

    /// `%.6e`, as C's printf writes it.
    private static func exponentText(_ value: Double) -> String {
        var buffer = [CChar](repeating: 0, count: 64)
        _ = withVaList([value]) { vsnprintf(&buffer, buffer.count, "%.6e", $0) }
        return String(cString: buffer)
    }

    /// A non-empty proper list of Latin-1 characters that are not control characters (or
    /// are space, tab, newline or carriage return) prints as a string; only `"` and newline
    /// are escaped.
    private static func appendDisplayList(_ term: Term, to out: inout [UInt8]) {
        var chars: [UInt8] = []
        var cursor = term
        var printable = true
        while cursor.isList {
            let head = cursor.head
            guard head.isSmall, head.smallValue >= 0, head.smallValue < 256 else { printable = false; break }
            let c = head.smallValue
            let control = c < 32 || c == 127 || (c >= 128 && c < 160)
            if control && c != 32 && c != 10 && c != 9 && c != 13 { printable = false; break }
            chars.append(UInt8(c))
            cursor = cursor.tail
        }
        if printable && cursor.isNil {
            out.append(UInt8(ascii: "\""))
            for c in chars {
                if c == 10 { out += Array("\\n".utf8); continue }
                if c == UInt8(ascii: "\"") { out.append(UInt8(ascii: "\\")) }
                out.append(c)
            }
            out.append(UInt8(ascii: "\""))
            return
        }
        out.append(UInt8(ascii: "["))
        cursor = term
        var first = true
        while cursor.isList {
            if !first { out.append(UInt8(ascii: ",")) }
            first = false
            appendDisplay(cursor.head, to: &out)
            cursor = cursor.tail
        }
        if !cursor.isNil {
            out.append(UInt8(ascii: "|"))
            appendDisplay(cursor, to: &out)
        }
        out.append(UInt8(ascii: "]"))
    }

    /// Binaries of printable ASCII print as `<<"...">>`, others as bytes.
    private static func appendDisplayBitstring(_ term: Term, to out: inout [UInt8]) {
        let view = BitstringView(term)
        let bytes = view.copyBytes()
        let tail = view.trailingBits
        if tail.count == 0, !bytes.isEmpty, bytes.allSatisfy({ $0 >= 32 && $0 < 127 }) {
            out += Array("<<\"".utf8)
            for byte in bytes {
                if byte == UInt8(ascii: "\"") { out.append(UInt8(ascii: "\\")) }
                out.append(byte)
            }
            out += Array("\">>".utf8)
            return
        }
        out += Array("<<".utf8)
        for (i, byte) in bytes.enumerated() {
            if i > 0 { out.append(UInt8(ascii: ",")) }
            out += Array(String(byte).utf8)
        }
        if tail.count > 0 {
            if !bytes.isEmpty { out.append(UInt8(ascii: ",")) }
            out += Array("\(tail.value >> (8 - UInt8(tail.count))):\(tail.count)".utf8)
        }
        out += Array(">>".utf8)
    }

    /// An atom, quoted unless it starts with a Latin-1 lowercase letter and continues with
    /// Latin-1 letters, digits and `_`; its UTF-8 bytes are written as they are.
    private static func appendDisplayAtom(_ atom: Term, to out: inout [UInt8]) {
        ErlangSyntax.appendRuntimeAtom(atom.atomName.string, to: &out, padOctal: true)
    }
}
