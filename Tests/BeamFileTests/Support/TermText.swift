// A small reader for Erlang terms as `~p` prints them, used to compare listings term by term
// instead of character by character: whitespace is insignificant, structure is not.

/// An Erlang term read from text. Atoms, numbers and strings keep their exact spelling
/// (quotes included) so that a difference in quoting or float formatting still shows.
indirect enum TermText: Equatable, CustomStringConvertible {
    case atom(String)
    case number(String)
    case string(String)
    case tuple([TermText])
    case list([TermText], tail: TermText?)
    case map(keys: [TermText], values: [TermText])
    /// Binaries and funs: kept as their tokens joined without whitespace.
    case opaque(String)

    var description: String {
        switch self {
        case .atom(let text), .number(let text), .string(let text), .opaque(let text):
            return text
        case .tuple(let items):
            return "{" + items.map(\.description).joined(separator: ",") + "}"
        case .list(let items, let tail):
            return "[" + items.map(\.description).joined(separator: ",") + (tail.map { "|" + $0.description } ?? "") + "]"
        case .map(let keys, let values):
            return "#{" + zip(keys, values).map { "\($0)=>\($1)" }.joined(separator: ",") + "}"
        }
    }

    /// The atom's name without quotes, when this is a bare atom.
    var atomName: String? {
        guard case .atom(let text) = self else { return nil }
        if text.hasPrefix("'") { return String(text.dropFirst().dropLast()) }
        return text
    }

    var integerValue: Int? {
        guard case .number(let text) = self else { return nil }
        return Int(text)
    }

    /// Reads one term followed by an optional full stop.
    static func parse(_ text: String) throws -> TermText {
        var parser = TermTextParser(tokens: try TermTextLexer.tokens(text))
        let term = try parser.term()
        if parser.peek == "." { parser.index += 1 }
        guard parser.index == parser.tokens.count else {
            throw TermTextError(message: "trailing text after term: \(parser.tokens[parser.index...].joined(separator: " "))")
        }
        return term
    }
}

struct TermTextError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}

/// Splits term text into tokens: punctuation, bare words, quoted atoms, strings and numbers.
/// Works on UTF-8 bytes; any non-ASCII byte counts as a word character (Latin-1 letters).
enum TermTextLexer {
    static func tokens(_ text: String) throws -> [String] {
        let bytes = Array(text.utf8)
        var tokens: [String] = []
        tokens.reserveCapacity(bytes.count / 3)
        var i = 0
        @inline(__always) func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
        @inline(__always) func isWordByte(_ b: UInt8) -> Bool {
            (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || isDigit(b) || b == 0x5F || b == 0x40 || b >= 0x80
        }
        func token(_ from: Int, _ to: Int) -> String { String(decoding: bytes[from..<to], as: UTF8.self) }
        while i < bytes.count {
            let c = bytes[i]
            if c == 0x20 || c == 0x0A || c == 0x09 || c == 0x0D {
                i += 1
                continue
            }
            if c == 0x27 || c == 0x22 { // ' or "
                var j = i + 1
                while j < bytes.count && bytes[j] != c { j += bytes[j] == 0x5C ? 2 : 1 }
                guard j < bytes.count else { throw TermTextError(message: "unterminated quote in \(text)") }
                tokens.append(token(i, j + 1))
                i = j + 1
                continue
            }
            if i + 1 < bytes.count {
                let d = bytes[i + 1]
                // << >> #{ => :=
                if (c == 0x3C && d == 0x3C) || (c == 0x3E && d == 0x3E) || (c == 0x23 && d == 0x7B)
                    || (c == 0x3D && d == 0x3E) || (c == 0x3A && d == 0x3D) {
                    tokens.append(token(i, i + 2))
                    i += 2
                    continue
                }
            }
            if isDigit(c) || (c == 0x2D && i + 1 < bytes.count && isDigit(bytes[i + 1])) {
                var j = i + 1
                while j < bytes.count {
                    let d = bytes[j]
                    let nextIsDigit = j + 1 < bytes.count && isDigit(bytes[j + 1])
                    if isDigit(d) || (d == 0x2E && nextIsDigit) { // digits, '.'
                        j += 1
                    } else if d == 0x65 && j + 1 < bytes.count && (nextIsDigit || bytes[j + 1] == 0x2D || bytes[j + 1] == 0x2B) {
                        j += 2 // e, e- or e+
                    } else {
                        break
                    }
                }
                tokens.append(token(i, j))
                i = j
                continue
            }
            if isWordByte(c) {
                var j = i + 1
                while j < bytes.count && isWordByte(bytes[j]) { j += 1 }
                tokens.append(token(i, j))
                i = j
                continue
            }
            tokens.append(token(i, i + 1))
            i += 1
        }
        return tokens
    }
}

struct TermTextParser {
    var tokens: [String]
    var index = 0

    var peek: String? { index < tokens.count ? tokens[index] : nil }

    mutating func next() throws -> String {
        guard let token = peek else { throw TermTextError(message: "unexpected end of term") }
        index += 1
        return token
    }

    mutating func expect(_ token: String) throws {
        let found = try next()
        guard found == token else { throw TermTextError(message: "expected \(token), found \(found)") }
    }

    mutating func term() throws -> TermText {
        let token = try next()
        switch token {
        case "{":
            var items: [TermText] = []
            if peek == "}" { index += 1; return .tuple([]) }
            while true {
                items.append(try term())
                let separator = try next()
                if separator == "}" { return .tuple(items) }
                guard separator == "," else { throw TermTextError(message: "expected , or } in tuple, found \(separator)") }
            }
        case "[":
            var items: [TermText] = []
            if peek == "]" { index += 1; return .list([], tail: nil) }
            while true {
                items.append(try term())
                let separator = try next()
                if separator == "]" { return .list(items, tail: nil) }
                if separator == "|" {
                    let tail = try term()
                    try expect("]")
                    return .list(items, tail: tail)
                }
                guard separator == "," else { throw TermTextError(message: "expected , | or ] in list, found \(separator)") }
            }
        case "<<":
            return .opaque("<<" + (try balanced(until: ">>")) + ">>")
        case "#{":
            var keys: [TermText] = [], values: [TermText] = []
            if peek == "}" { index += 1; return .map(keys: [], values: []) }
            while true {
                keys.append(try term())
                try expect("=>")
                values.append(try term())
                let separator = try next()
                if separator == "}" { return .map(keys: keys, values: values) }
                guard separator == "," else { throw TermTextError(message: "expected , or } in map, found \(separator)") }
            }
        case "#":
            // #Fun<...>, #Ref<...>, #Port<...>
            var text = "#"
            while let t = peek, t != ">" { text += try next() }
            try expect(">")
            return .opaque(text + ">")
        case "<":
            // <0.1.2>
            var text = "<"
            while let t = peek, t != ">" { text += try next() }
            try expect(">")
            return .opaque(text + ">")
        default:
            if token.first == "\"" { return .string(token) }
            if token.first == "'" { return .atom(token) }
            if let first = token.unicodeScalars.first, first == "-" || ("0"..."9").contains(first) { return .number(token) }
            if token == "fun", let next = peek, next != ",", next != "}", next != "]" {
                // fun M:F/A
                var text = "fun "
                for _ in 0..<5 { text += try self.next() }
                return .opaque(text)
            }
            return .atom(token)
        }
    }

    /// The tokens up to the closing token at nesting depth zero, joined without spaces.
    mutating func balanced(until close: String) throws -> String {
        var depth = 0
        var text = ""
        while true {
            let token = try next()
            if depth == 0 && token == close { return text }
            if ["{", "[", "<<", "#{"].contains(token) { depth += 1 }
            if ["}", "]", ">>"].contains(token) { depth -= 1 }
            text += token
        }
    }
}
