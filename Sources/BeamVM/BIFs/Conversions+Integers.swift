// erlang: integers to and from text in bases 2 to 36. Digits above 9 are written in upper
// case and read in either case; text may start with one '+' or '-', and nothing else
// (no spaces, no base prefix) is accepted.

extension ConversionBifs {
    /// The base argument of the /2 variants: a small integer in 2...36.
    static func radix(_ term: Term) -> Int? {
        guard term.isSmall, (2...36).contains(term.smallValue) else { return nil }
        return term.smallValue
    }

    static func integerToList1(_ p: Process, _ a: Arguments) -> Term {
        guard a[0].isInteger else { return p.badarg() }
        return p.byteList(Integers.text(a[0], radix: 10))
    }

    static func integerToList2(_ p: Process, _ a: Arguments) -> Term {
        guard a[0].isInteger, let radix = radix(a[1]) else { return p.badarg() }
        return p.byteList(Integers.text(a[0], radix: radix))
    }

    static func integerToBinary1(_ p: Process, _ a: Arguments) -> Term {
        guard a[0].isInteger else { return p.badarg() }
        return p.binary(Integers.text(a[0], radix: 10))
    }

    static func integerToBinary2(_ p: Process, _ a: Arguments) -> Term {
        guard a[0].isInteger, let radix = radix(a[1]) else { return p.badarg() }
        return p.binary(Integers.text(a[0], radix: radix))
    }

    static func listToInteger1(_ p: Process, _ a: Arguments) -> Term {
        guard let text = a[0].byteListElements else { return p.badarg() }
        return parseInteger(p, text, radix: 10)
    }

    static func listToInteger2(_ p: Process, _ a: Arguments) -> Term {
        guard let text = a[0].byteListElements, let radix = radix(a[1]) else { return p.badarg() }
        return parseInteger(p, text, radix: radix)
    }

    static func binaryToInteger1(_ p: Process, _ a: Arguments) -> Term {
        guard let text = a[0].binaryBytes else { return p.badarg() }
        return parseInteger(p, text, radix: 10)
    }

    static func binaryToInteger2(_ p: Process, _ a: Arguments) -> Term {
        guard let text = a[0].binaryBytes, let radix = radix(a[1]) else { return p.badarg() }
        return parseInteger(p, text, radix: radix)
    }

    static func parseInteger(_ p: Process, _ text: [UInt8], radix: Int) -> Term {
        let value = text.withUnsafeBufferPointer { Integers.parse(p, $0, radix: radix) }
        return value ?? p.badarg()
    }
}
