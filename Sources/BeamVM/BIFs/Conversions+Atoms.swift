// erlang: atoms to and from lists and binaries. Atom names are at most 255 characters
// (`system_limit` beyond, except for the `_existing_` lookups, which just fail); Latin-1
// names are bytes, UTF-8 names must be valid UTF-8.

/// Conversion BIFs of the `erlang` module.
enum ConversionBifs {
    typealias Arguments = UnsafeMutablePointer<Term>

    static func atomToList(_ p: Process, _ a: Arguments) -> Term {
        guard a[0].isAtom else { return p.badarg() }
        return p.scalarList(a[0].atomName.string.unicodeScalars)
    }

    static func atomToBinary1(_ p: Process, _ a: Arguments) -> Term {
        guard a[0].isAtom else { return p.badarg() }
        return p.binary(UnsafeRawBufferPointer(a[0].atomName.buffer))
    }

    static func atomToBinary2(_ p: Process, _ a: Arguments) -> Term {
        guard a[0].isAtom, let latin1 = isLatin1(a[1]) else { return p.badarg() }
        if !latin1 { return p.binary(UnsafeRawBufferPointer(a[0].atomName.buffer)) }
        var bytes: [UInt8] = []
        for scalar in a[0].atomName.string.unicodeScalars {
            guard scalar.value < 256 else { return p.badarg() }
            bytes.append(UInt8(scalar.value))
        }
        return p.binary(bytes)
    }

    static func listToAtom(_ p: Process, _ a: Arguments) -> Term {
        guard let scalars = a[0].scalarListElements else { return p.badarg() }
        return makeAtom(p, scalars, existing: false)
    }

    static func listToExistingAtom(_ p: Process, _ a: Arguments) -> Term {
        guard let scalars = a[0].scalarListElements else { return p.badarg() }
        return makeAtom(p, scalars, existing: true)
    }

    static func binaryToAtom1(_ p: Process, _ a: Arguments) -> Term { binaryToAtom(p, a[0], latin1: false, existing: false) }
    static func binaryToExistingAtom1(_ p: Process, _ a: Arguments) -> Term { binaryToAtom(p, a[0], latin1: false, existing: true) }

    static func binaryToAtom2(_ p: Process, _ a: Arguments) -> Term {
        guard let latin1 = isLatin1(a[1]) else { return p.badarg() }
        return binaryToAtom(p, a[0], latin1: latin1, existing: false)
    }

    static func binaryToExistingAtom2(_ p: Process, _ a: Arguments) -> Term {
        guard let latin1 = isLatin1(a[1]) else { return p.badarg() }
        return binaryToAtom(p, a[0], latin1: latin1, existing: true)
    }

    /// `latin1` → true, `utf8`/`unicode` → false, anything else nil.
    static func isLatin1(_ encoding: Term) -> Bool? {
        if encoding == Atom.latin1 { return true }
        if encoding == Atom.utf8 || encoding == Atom.unicode { return false }
        return nil
    }

    static func binaryToAtom(_ p: Process, _ binary: Term, latin1: Bool, existing: Bool) -> Term {
        guard let bytes = binary.binaryBytes else { return p.badarg() }
        if latin1 { return makeAtom(p, bytes.map { Unicode.Scalar($0) }, existing: existing) }
        guard let text = String(validating: bytes, as: UTF8.self) else { return p.badarg() }
        return makeAtom(p, Array(text.unicodeScalars), existing: existing)
    }

    /// The atom named by `scalars`: `system_limit` when too long (a plain failure for
    /// existing atoms, which can never be that long).
    static func makeAtom(_ p: Process, _ scalars: [Unicode.Scalar], existing: Bool) -> Term {
        guard scalars.count <= AtomTable.maxCharacters else { return existing ? p.badarg() : p.fail(Atom.systemLimit) }
        let name = String(String.UnicodeScalarView(scalars))
        if existing {
            guard let index = AtomTable.shared.existing(name) else { return p.badarg() }
            return .atom(index)
        }
        guard let index = AtomTable.shared.intern(name) else { return p.fail(Atom.systemLimit) }
        return .atom(index)
    }
}
