// Printing terms as `io_lib:format("~0p", [Term])` does: strings and printable binaries in
// quotes, atoms quoted where needed, floats in their shortest form, no line breaks.
// The output is Latin-1 character codes, one byte each; `~p` escapes anything above 255.

import BeamFile

/// Formats terms in Erlang syntax.
public enum TermPrinter {
    /// The `~0p` text of a term as a Swift string.
    public static func format(_ term: Term) -> String {
        var out: [UInt8] = []
        append(term, to: &out)
        return ErlangSyntax.latin1String(out)
    }

    /// Appends the `~0p` text of a term as Latin-1 character codes.
    public static func append(_ term: Term, to out: inout [UInt8]) {
        switch term.primaryTag {
        case 1:
            appendList(term, to: &out)
        case 3:
            if term.isSmall {
                out += Array(String(term.smallValue).utf8)
            } else if term.isAtom {
                ErlangSyntax.appendAtom(term.atomName.string, to: &out)
            } else if term.isNil {
                out += Array("[]".utf8)
            } else if term.isLocalPid {
                out += Array("<0.\(term.pidSerial & 0xFFFF_FFFF).\(term.pidSerial >> 32)>".utf8)
            } else if term.isLocalPort {
                out += Array("#Port<0.\(term.portSerial)>".utf8)
            } else {
                out += Array("<?>".utf8)
            }
        default:
            appendBoxed(term, to: &out)
        }
    }

    static func appendBoxed(_ term: Term, to out: inout [UInt8]) {
        let object = term.boxedPointer
        switch Subtag(rawValue: Header.subtag(object[0])) {
        case .tuple:
            out.append(UInt8(ascii: "{"))
            for i in 0..<term.tupleArity {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                append(term.tupleElement(i), to: &out)
            }
            out.append(UInt8(ascii: "}"))
        case .positiveBig, .negativeBig:
            out += Integers.text(term, radix: 10)
        case .float:
            out += Array(ErlangSyntax.shortFloat(term.floatValue).utf8)
        case .heapBinary, .refcBinary, .subBinary, .matchContext:
            appendBitstring(term, to: &out)
        case .map:
            out += Array("#{".utf8)
            for (i, pair) in MapOps.entries(term).enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                append(pair.key, to: &out)
                out += Array(" => ".utf8)
                append(pair.value, to: &out)
            }
            out.append(UInt8(ascii: "}"))
        case .closure:
            let entry = FunEntry(object[1])
            // The module name is written as it is, never quoted: #Fun<Module.Index.Uniq>.
            out += Array("#Fun<".utf8)
            for scalar in entry.module.atomName.string.unicodeScalars { ErlangSyntax.appendLatin1OrEscape(scalar.value, to: &out) }
            out += Array(".\(entry.index).\(entry.uniq)>".utf8)
        case .export:
            let entry = ExportEntry(object[1])
            out += Array("fun ".utf8)
            ErlangSyntax.appendRuntimeAtom(entry.module.atomName.string, to: &out)
            out.append(UInt8(ascii: ":"))
            ErlangSyntax.appendRuntimeAtom(entry.function.atomName.string, to: &out)
            out += Array("/\(entry.arity)".utf8)
        case .reference:
            // ERTS shows a local reference's numbers highest first: #Ref<0.C.B.A>.
            let words = ReferenceIds.words(object[1].raw)
            out += Array("#Ref<0.\(words[2]).\(words[1]).\(words[0])>".utf8)
        default:
            out += Array("<?>".utf8)
        }
    }

    static func appendList(_ term: Term, to out: inout [UInt8]) {
        if let chars = printableChars(term) {
            out.append(UInt8(ascii: "\""))
            for c in chars { ErlangSyntax.appendQuotedChar(c, quote: UInt8(ascii: "\""), to: &out) }
            out.append(UInt8(ascii: "\""))
            return
        }
        out.append(UInt8(ascii: "["))
        var cursor = term
        var first = true
        while cursor.isList {
            if !first { out.append(UInt8(ascii: ",")) }
            first = false
            append(cursor.head, to: &out)
            cursor = cursor.tail
        }
        if !cursor.isNil {
            out.append(UInt8(ascii: "|"))
            append(cursor, to: &out)
        }
        out.append(UInt8(ascii: "]"))
    }

    /// The characters of a proper list that `~p` prints as a string.
    static func printableChars(_ term: Term) -> [UInt32]? {
        var chars: [UInt32] = []
        var cursor = term
        while cursor.isList {
            let head = cursor.head
            guard head.isSmall, head.smallValue >= 0, head.smallValue < 256,
                  ErlangSyntax.isPrintableLatin1(UInt32(head.smallValue)) else { return nil }
            chars.append(UInt32(head.smallValue))
            cursor = cursor.tail
        }
        return cursor.isNil ? chars : nil
    }

    static func appendBitstring(_ term: Term, to out: inout [UInt8]) {
        let view = BitstringView(term)
        let bytes = view.copyBytes()
        let tail = view.trailingBits
        out += Array("<<".utf8)
        if tail.count == 0, !bytes.isEmpty, bytes.allSatisfy({ ErlangSyntax.isPrintableLatin1(UInt32($0)) }) {
            out.append(UInt8(ascii: "\""))
            for byte in bytes { ErlangSyntax.appendQuotedChar(UInt32(byte), quote: UInt8(ascii: "\""), to: &out) }
            out.append(UInt8(ascii: "\""))
        } else {
            for (i, byte) in bytes.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                out += Array(String(byte).utf8)
            }
            if tail.count > 0 {
                if !bytes.isEmpty { out.append(UInt8(ascii: ",")) }
                out += Array("\(tail.value >> (8 - UInt8(tail.count))):\(tail.count)".utf8)
            }
        }
        out += Array(">>".utf8)
    }
}
