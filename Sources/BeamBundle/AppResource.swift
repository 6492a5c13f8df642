// An application resource file (`<app>.app`): the text of one Erlang term,
// `{application, Name, [{Key, Value}, ...]}.` The bundler reads the keys that decide what
// starting the application runs: its callback module (`mod`) and the applications started
// before it (`applications`, `included_applications`).

import BeamFile

/// The parts of an `.app` file that the bundler follows.
public struct AppResource: Equatable, Sendable {
    public var name: String
    /// The application callback module, from `{mod, {Module, Args}}`.
    public var callbackModule: String?
    /// `applications` and `included_applications`, in file order.
    public var dependencies: [String]

    /// Parses the file's text; nil when it is not an application resource file.
    public init?(text: [UInt8]) {
        var parser = ErlangTermText(text)
        guard let term = parser.term(), parser.atEnd(afterDot: true),
              case .tuple(let items) = term, items.count == 3,
              case .atom("application") = items[0], case .atom(let name) = items[1],
              let keys = Self.properList(items[2]) else { return nil }
        self.name = name
        dependencies = []
        for key in keys {
            guard case .tuple(let pair) = key, pair.count == 2, case .atom(let tag) = pair[0] else { continue }
            switch (tag, pair[1]) {
            case ("mod", .tuple(let callback)):
                if callback.count == 2, case .atom(let module) = callback[0] { callbackModule = module }
            case ("applications", let names), ("included_applications", let names):
                for case .atom(let application) in Self.properList(names) ?? [] { dependencies.append(application) }
            default:
                break
            }
        }
    }

    static func properList(_ term: ExternalTerm) -> [ExternalTerm]? {
        switch term {
        case .nil: return []
        case .list(let items, .nil): return items
        default: return nil
        }
    }
}

/// A reader for the subset of Erlang term syntax that resource files use: atoms (bare and
/// quoted), strings (read as lists of bytes), integers, floats, tuples and lists, with `%`
/// comments.
struct ErlangTermText {
    let bytes: [UInt8]
    var offset = 0
    /// Nesting depth, bounded so hostile input cannot exhaust the stack.
    var depth = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    mutating func skipSpace() {
        while offset < bytes.count {
            let byte = bytes[offset]
            if byte == UInt8(ascii: "%") {
                while offset < bytes.count && bytes[offset] != UInt8(ascii: "\n") { offset += 1 }
            } else if byte == 0x20 || (0x09...0x0d).contains(byte) {
                offset += 1
            } else {
                return
            }
        }
    }

    /// Whether only the final dot (when asked) and blanks remain.
    mutating func atEnd(afterDot: Bool) -> Bool {
        skipSpace()
        if afterDot {
            guard offset < bytes.count, bytes[offset] == UInt8(ascii: ".") else { return false }
            offset += 1
            skipSpace()
        }
        return offset == bytes.count
    }

    mutating func term() -> ExternalTerm? {
        skipSpace()
        guard offset < bytes.count, depth < 100 else { return nil }
        let byte = bytes[offset]
        switch byte {
        case UInt8(ascii: "{"):
            guard let items = sequence(closing: UInt8(ascii: "}")) else { return nil }
            return .tuple(items.items)
        case UInt8(ascii: "["):
            guard let items = sequence(closing: UInt8(ascii: "]")) else { return nil }
            return items.items.isEmpty && items.tail == nil ? .nil : .list(items.items, tail: items.tail ?? .nil)
        case UInt8(ascii: "'"):
            return quoted(UInt8(ascii: "'")).map { .atom(String(decoding: $0, as: UTF8.self)) }
        case UInt8(ascii: "\""):
            return quoted(UInt8(ascii: "\"")).map { $0.isEmpty ? .nil : .list($0.map { .integer(Int64($0)) }, tail: .nil) }
        case UInt8(ascii: "a")...UInt8(ascii: "z"):
            return .atom(String(decoding: word(), as: UTF8.self))
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"):
            offset += 1
            let rest = word(extra: [UInt8(ascii: "."), UInt8(ascii: "#"), UInt8(ascii: "+"), UInt8(ascii: "-")])
            // A trailing `.` ends the term, not the number.
            var text = [byte] + rest
            while text.last == UInt8(ascii: ".") { text.removeLast(); offset -= 1 }
            return Self.number(String(decoding: text, as: UTF8.self))
        default:
            return nil
        }
    }

    /// An integer (`Base#Digits` too) or a float, as Erlang writes them.
    static func number(_ text: String) -> ExternalTerm? {
        let negative = text.hasPrefix("-")
        let magnitude = negative ? String(text.dropFirst()) : text
        if let hash = magnitude.firstIndex(of: "#") {
            guard let base = Int(magnitude[..<hash]), (2...36).contains(base),
                  let value = Int64(magnitude[magnitude.index(after: hash)...], radix: base) else { return nil }
            return .integer(negative ? -value : value)
        }
        if let integer = Int64(text) { return .integer(integer) }
        return Double(text).map { .float($0) }
    }

    /// Comma-separated terms up to `closing`, with a list's `| Tail`.
    mutating func sequence(closing: UInt8) -> (items: [ExternalTerm], tail: ExternalTerm?)? {
        offset += 1
        depth += 1
        defer { depth -= 1 }
        var items: [ExternalTerm] = []
        var tail: ExternalTerm?
        skipSpace()
        if offset < bytes.count && bytes[offset] == closing {
            offset += 1
            return (items, nil)
        }
        while true {
            guard let item = term() else { return nil }
            items.append(item)
            skipSpace()
            guard offset < bytes.count else { return nil }
            if bytes[offset] == UInt8(ascii: ",") {
                offset += 1
                continue
            }
            if closing == UInt8(ascii: "]") && bytes[offset] == UInt8(ascii: "|") {
                offset += 1
                guard let rest = term() else { return nil }
                tail = rest
                skipSpace()
            }
            guard offset < bytes.count, bytes[offset] == closing else { return nil }
            offset += 1
            return (items, tail)
        }
    }

    /// Name characters: letters, digits, `_` and `@` (plus `extra`).
    mutating func word(extra: [UInt8] = []) -> [UInt8] {
        let start = offset
        while offset < bytes.count {
            let byte = bytes[offset]
            let isName = (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
                || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "@")
            guard isName || extra.contains(byte) else { break }
            offset += 1
        }
        return Array(bytes[start..<offset])
    }

    /// A quoted atom or string; backslash escapes keep the escaped character.
    mutating func quoted(_ quote: UInt8) -> [UInt8]? {
        offset += 1
        var text: [UInt8] = []
        while offset < bytes.count {
            let byte = bytes[offset]
            offset += 1
            if byte == quote { return text }
            if byte == UInt8(ascii: "\\") {
                guard offset < bytes.count else { return nil }
                text.append(bytes[offset])
                offset += 1
            } else {
                text.append(byte)
            }
        }
        return nil
    }
}
