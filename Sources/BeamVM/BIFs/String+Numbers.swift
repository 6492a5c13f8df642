// string:list_to_integer/1 and string:list_to_float/1, BIFs in ERTS: the number at the start
// of a character list and the rest of the list (which may be an improper tail).

#if canImport(Glibc)
import Glibc
#endif

enum StringBifs {
    typealias Arguments = UnsafeMutablePointer<Term>

    /// Reads characters from the front of a list while `accept` takes them.
    private struct Reader {
        var cursor: Term
        var text: [UInt8] = []

        func peek() -> UInt8? {
            guard cursor.isList, cursor.head.isSmall, cursor.head.smallValue >= 0, cursor.head.smallValue < 128 else { return nil }
            return UInt8(cursor.head.smallValue)
        }

        mutating func take() {
            text.append(peek()!)
            cursor = cursor.tail
        }

        mutating func digits() -> Int {
            var count = 0
            while let c = peek(), c >= 0x30, c <= 0x39 { take(); count += 1 }
            return count
        }

        mutating func sign() {
            if let c = peek(), c == 0x2B || c == 0x2D { take() }
        }
    }

    /// `{Integer, Rest}`, `{error, no_integer}` or `{error, not_a_list}`.
    static func listToInteger(_ p: Process, _ a: Arguments) -> Term {
        guard a[0].isList || a[0].isNil else { return p.tuple(Atom.error, Atom.notAList) }
        var reader = Reader(cursor: a[0])
        reader.sign()
        guard reader.digits() > 0 else { return p.tuple(Atom.error, Atom.noInteger) }
        let value = reader.text.withUnsafeBufferPointer { Integers.parse(p, $0, radix: 10) }
        guard let value else { return p.tuple(Atom.error, Atom.noInteger) }
        return p.tuple(value, reader.cursor)
    }

    /// `{Float, Rest}`, `{error, no_float}` or `{error, not_a_list}`: digits, a point,
    /// digits, and an optional exponent.
    static func listToFloat(_ p: Process, _ a: Arguments) -> Term {
        guard a[0].isList || a[0].isNil else { return p.tuple(Atom.error, Atom.notAList) }
        var reader = Reader(cursor: a[0])
        reader.sign()
        guard reader.digits() > 0, reader.peek() == 0x2E else { return p.tuple(Atom.error, Atom.noFloat) }
        reader.take()
        guard reader.digits() > 0 else { return p.tuple(Atom.error, Atom.noFloat) }
        if let e = reader.peek(), e == 0x65 || e == 0x45 {
            var exponent = reader
            exponent.take()
            exponent.sign()
            if exponent.digits() > 0 { reader = exponent }
        }
        let value = (reader.text + [0]).withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { strtod($0.baseAddress!, nil) }
        }
        guard value.isFinite else { return p.tuple(Atom.error, Atom.noFloat) }
        return p.tuple(p.float(value), reader.cursor)
    }
}

extension Atom {
    public static let notAList = Term.atom("not_a_list")
    public static let noInteger = Term.atom("no_integer")
    public static let noFloat = Term.atom("no_float")
}
