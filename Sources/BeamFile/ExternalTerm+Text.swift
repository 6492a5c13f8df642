// Printing `ExternalTerm` values in Erlang syntax, following `~p` with an unlimited line
// width: strings and printable binaries in quotes, atoms quoted where needed.

extension ExternalTerm {
    /// The term as `io_lib:format("~0p", [Term])` writes it.
    public var erlangText: String {
        var out: [UInt8] = []
        append(to: &out)
        return ErlangSyntax.latin1String(out)
    }

    func append(to out: inout [UInt8]) {
        switch self {
        case .integer(let value):
            out += Array(String(value).utf8)
        case .bigInteger(let negative, let limbs):
            if negative { out.append(UInt8(ascii: "-")) }
            out += Array(Self.decimal(limbs).utf8)
        case .float(let value):
            out += Array(ErlangSyntax.shortFloat(value).utf8)
        case .atom(let name):
            ErlangSyntax.appendAtom(name, to: &out)
        case .tuple(let elements):
            out.append(UInt8(ascii: "{"))
            for (i, element) in elements.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                element.append(to: &out)
            }
            out.append(UInt8(ascii: "}"))
        case .nil:
            out += Array("[]".utf8)
        case .list(let elements, let tail):
            if tail == .nil, let chars = Self.printableString(elements) {
                out.append(UInt8(ascii: "\""))
                for c in chars { ErlangSyntax.appendQuotedChar(c, quote: UInt8(ascii: "\""), to: &out) }
                out.append(UInt8(ascii: "\""))
                return
            }
            out.append(UInt8(ascii: "["))
            for (i, element) in elements.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                element.append(to: &out)
            }
            if tail != .nil {
                out.append(UInt8(ascii: "|"))
                tail.append(to: &out)
            }
            out.append(UInt8(ascii: "]"))
        case .binary(let bytes, let bits):
            out += Array("<<".utf8)
            if bits == 8, !bytes.isEmpty, bytes.allSatisfy({ ErlangSyntax.isPrintableLatin1(UInt32($0)) }) {
                out.append(UInt8(ascii: "\""))
                for byte in bytes { ErlangSyntax.appendQuotedChar(UInt32(byte), quote: UInt8(ascii: "\""), to: &out) }
                out.append(UInt8(ascii: "\""))
            } else {
                for (i, byte) in bytes.enumerated() {
                    if i > 0 { out.append(UInt8(ascii: ",")) }
                    if i == bytes.count - 1 && bits != 8 {
                        out += Array("\(byte >> (8 - bits)):\(bits)".utf8)
                    } else {
                        out += Array(String(byte).utf8)
                    }
                }
            }
            out += Array(">>".utf8)
        case .map(let pairs):
            out += Array("#{".utf8)
            for (i, pair) in pairs.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                pair.key.append(to: &out)
                out += Array(" => ".utf8)
                pair.value.append(to: &out)
            }
            out.append(UInt8(ascii: "}"))
        case .export(let module, let function, let arity):
            out += Array("fun ".utf8)
            ErlangSyntax.appendRuntimeAtom(module, to: &out)
            out.append(UInt8(ascii: ":"))
            ErlangSyntax.appendRuntimeAtom(function, to: &out)
            out += Array("/\(arity)".utf8)
        case .closure(let closure):
            out += Array("#Fun<\(closure.module).\(closure.index)>".utf8)
        case .pid(_, let id, let serial, _):
            out += Array("<0.\(id).\(serial)>".utf8)
        case .port(_, let id, _):
            out += Array("#Port<0.\(id)>".utf8)
        case .reference(_, _, let ids):
            out += Array(("#Ref<0." + ids.reversed().map(String.init).joined(separator: ".") + ">").utf8)
        }
    }

    /// The character codes of a list that `~p` prints as a string, or nil.
    static func printableString(_ elements: [ExternalTerm]) -> [UInt32]? {
        var chars: [UInt32] = []
        chars.reserveCapacity(elements.count)
        for element in elements {
            guard case .integer(let c) = element, c >= 0, c <= 255, ErlangSyntax.isPrintableLatin1(UInt32(c)) else { return nil }
            chars.append(UInt32(c))
        }
        return chars
    }

    /// Decimal text of a magnitude given as little-endian 64-bit limbs.
    static func decimal(_ limbs: [UInt64]) -> String {
        var work = limbs
        var chunks: [UInt64] = []
        let base: UInt64 = 10_000_000_000_000_000_000
        while !work.isEmpty {
            var remainder: UInt64 = 0
            for i in stride(from: work.count - 1, through: 0, by: -1) {
                let (q, r) = base.dividingFullWidth((remainder, work[i]))
                work[i] = q
                remainder = r
            }
            chunks.append(remainder)
            while work.last == 0 { work.removeLast() }
        }
        var text = String(chunks.last ?? 0)
        for chunk in chunks.dropLast().reversed() {
            let part = String(chunk)
            text += String(repeating: "0", count: 19 - part.count) + part
        }
        return text
    }
}
