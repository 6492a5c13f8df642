// How Erlang writes atoms, floats and strings when it prints terms (`~p`, `~w`). Shared by
// the disassembler and the VM's term printer so both follow the same rules.

/// Lexical rules of Erlang's term printer.
public enum ErlangSyntax {
    /// Words that must be quoted when used as atoms.
    static let reservedWords: Set<String> = [
        "after", "and", "andalso", "band", "begin", "bnot", "bor", "bsl", "bsr", "bxor",
        "case", "catch", "cond", "div", "else", "end", "fun", "if", "let", "maybe", "not", "of",
        "or", "orelse", "receive", "rem", "try", "when", "xor",
    ]

    /// Appends an atom as `~p` and `~w` print it: bare when it is a lowercase identifier,
    /// otherwise in single quotes with escapes. Characters above 255 are written `\x{...}`.
    public static func appendAtom(_ name: String, to out: inout [UInt8]) {
        let scalars = Array(name.unicodeScalars)
        if needsQuotes(scalars, name: name) {
            out.append(UInt8(ascii: "'"))
            for scalar in scalars { appendQuotedChar(scalar.value, quote: UInt8(ascii: "'"), to: &out) }
            out.append(UInt8(ascii: "'"))
        } else {
            for scalar in scalars { appendLatin1OrEscape(scalar.value, to: &out) }
        }
    }

    /// Appends an atom as ERTS's own C printer writes it, which `~p` uses inside
    /// `fun M:F/A` (through `erlang:fun_to_list/1`): bare only when the first character is a
    /// Latin-1 lowercase letter and the rest are Latin-1 letters, digits or `_` (so `@`
    /// forces quotes and reserved words do not); other characters are copied as UTF-8 bytes.
    /// Control characters are octal escapes, of three digits with `padOctal` (as
    /// `erlang:display/1` writes them).
    public static func appendRuntimeAtom(_ name: String, to out: inout [UInt8], padOctal: Bool = false) {
        let scalars = Array(name.unicodeScalars)
        var quoted = scalars.isEmpty || !isLowercase(scalars[0].value)
        for scalar in scalars.dropFirst() where !quoted {
            let c = scalar.value
            quoted = !(isLowercase(c) || isUppercase(c) || isDigit(c) || c == 0x5F)
        }
        if quoted { out.append(UInt8(ascii: "'")) }
        for scalar in scalars {
            let c = scalar.value
            switch c {
            case 0x27: out += Array("\\'".utf8)
            case 0x5C: out += Array("\\\\".utf8)
            case 0x0A: out += Array("\\n".utf8)
            case 0x0C: out += Array("\\f".utf8)
            case 0x09: out += Array("\\t".utf8)
            case 0x0D: out += Array("\\r".utf8)
            case 0x08: out += Array("\\b".utf8)
            case 0x0B: out += Array("\\v".utf8)
            case 0..<32, 128..<160:
                let octal = String(c, radix: 8)
                out += Array(("\\" + String(repeating: "0", count: padOctal ? max(0, 3 - octal.count) : 0) + octal).utf8)
            default: out += Array(String(scalar).utf8)
            }
        }
        if quoted { out.append(UInt8(ascii: "'")) }
    }

    /// The atom as `~p` prints it, as a Swift string (for diagnostics and listings).
    public static func atom(_ name: String) -> String {
        var out: [UInt8] = []
        appendAtom(name, to: &out)
        return latin1String(out)
    }

    static func needsQuotes(_ scalars: [Unicode.Scalar], name: String) -> Bool {
        guard let first = scalars.first, isLowercase(first.value) else { return true }
        for scalar in scalars.dropFirst() {
            let c = scalar.value
            if !(isLowercase(c) || isUppercase(c) || isDigit(c) || c == 0x5F || c == 0x40) { return true }
        }
        return reservedWords.contains(name)
    }

    static func isLowercase(_ c: UInt32) -> Bool { (0x61...0x7A).contains(c) || ((0xDF...0xFF).contains(c) && c != 0xF7) }
    static func isUppercase(_ c: UInt32) -> Bool { (0x41...0x5A).contains(c) || ((0xC0...0xDE).contains(c) && c != 0xD7) }
    static func isDigit(_ c: UInt32) -> Bool { (0x30...0x39).contains(c) }

    /// Whether `~p` prints a list of these character codes as a string (Latin-1 printable
    /// range, which is the default `+pc latin1` setting).
    public static func isPrintableLatin1(_ c: UInt32) -> Bool {
        (32...126).contains(c) || (160...255).contains(c) || (8...13).contains(c) || c == 27
    }

    /// Appends one character inside a quoted string or atom, escaping as `~p` does.
    public static func appendQuotedChar(_ c: UInt32, quote: UInt8, to out: inout [UInt8]) {
        switch c {
        case UInt32(quote): out += [0x5C, quote]
        case 0x5C: out += [0x5C, 0x5C]
        case 0x0A: out += [0x5C, UInt8(ascii: "n")]
        case 0x0D: out += [0x5C, UInt8(ascii: "r")]
        case 0x09: out += [0x5C, UInt8(ascii: "t")]
        case 0x0B: out += [0x5C, UInt8(ascii: "v")]
        case 0x08: out += [0x5C, UInt8(ascii: "b")]
        case 0x0C: out += [0x5C, UInt8(ascii: "f")]
        case 0x1B: out += [0x5C, UInt8(ascii: "e")]
        case 0x7F: out += Array("\\d".utf8)
        // Strings show other control characters as \^X, atoms as three octal digits.
        case 0..<32 where quote == UInt8(ascii: "'"):
            let octal = String(c, radix: 8)
            out += Array(("\\" + String(repeating: "0", count: 3 - octal.count) + octal).utf8)
        case 0..<32: out += Array("\\^".utf8) + [UInt8(c + 64)]
        default: appendLatin1OrEscape(c, to: &out)
        }
    }

    /// Appends a character as a Latin-1 code unit (one "character" of the printed text), or
    /// as `\x{HEX}` above 255. The caller chooses the final byte encoding.
    public static func appendLatin1OrEscape(_ c: UInt32, to out: inout [UInt8]) {
        if c < 256 {
            out.append(UInt8(c))
        } else {
            out += Array("\\x{".utf8) + Array(String(c, radix: 16, uppercase: true).utf8) + [UInt8(ascii: "}")]
        }
    }

    /// Decodes printed Latin-1 characters into a Swift string.
    public static func latin1String(_ chars: [UInt8]) -> String {
        String(String.UnicodeScalarView(chars.map { Unicode.Scalar($0) }))
    }

    // MARK: - Floats

    /// Formats a float as `~p` and `float_to_list(F, [short])` do: the shortest digits that
    /// read back as the same value, in plain or exponent notation by ERTS's rule. With
    /// `digits` = D (n of them) and value = D * 10^e: one digit is plain for -4 <= e <= 2,
    /// more digits are plain for -(n + 2) <= e <= 1 (e <= 2 when the exponent of the first
    /// digit is 10 or more), except that integers of 2^53 and above are always in exponent
    /// notation. Examples: `0.1`, `100.0`, `1.0e3`, `1.2345e-4`, `9.007199254740992e15`.
    public static func shortFloat(_ value: Double) -> String {
        let (negative, digits, firstExponent) = shortestDigits(value)
        let count = digits.count
        let e = firstExponent - count + 1
        let lower = count == 1 ? -4 : -(count + 2)
        let upper = count == 1 || firstExponent >= 10 ? 2 : 1
        var plain = lower <= e && e <= upper
        if plain, let mantissa = UInt64(digits) {
            if (e == 0 && mantissa >= 1 << 53) || (e == 1 && mantissa > (1 << 52) / 5)
                || (e == 2 && mantissa > (1 << 51) / 25) {
                plain = false
            }
        }
        let sign = negative ? "-" : ""
        if !plain {
            let mantissa = count > 1 ? String(digits.first!) + "." + digits.dropFirst() : digits + ".0"
            return sign + mantissa + "e" + String(firstExponent)
        }
        if e >= 0 { return sign + digits + String(repeating: "0", count: e) + ".0" }
        let whole = count + e
        if whole > 0 {
            let split = digits.index(digits.startIndex, offsetBy: whole)
            return sign + digits[..<split] + "." + digits[split...]
        }
        return sign + "0." + String(repeating: "0", count: -whole) + digits
    }

    /// The shortest round-trip decimal digits of a finite double, with the decimal exponent
    /// of the first digit (value = 0.d1d2d3... * 10^(exponent + 1)).
    static func shortestDigits(_ value: Double) -> (negative: Bool, digits: String, exponent: Int) {
        let negative = value.sign == .minus
        if value == 0 { return (negative, "0", 0) }
        // Swift's description is the shortest representation that round-trips.
        var text = Substring(value.magnitude.description)
        var exponent = 0
        if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            exponent = Int(text[text.index(after: e)...])!
            text = text[..<e]
        }
        var integerPart = text
        var fraction: Substring = ""
        if let dot = text.firstIndex(of: ".") {
            integerPart = text[..<dot]
            fraction = text[text.index(after: dot)...]
        }
        var digits = String(integerPart) + fraction
        var pointPosition = integerPart.count // digits before the decimal point
        while digits.first == "0" && digits.count > 1 {
            digits.removeFirst()
            pointPosition -= 1
        }
        while digits.last == "0" && digits.count > 1 { digits.removeLast() }
        return (negative, digits, exponent + pointPosition - 1)
    }
}
