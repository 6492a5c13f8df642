// erlang: phash2/1,2 and phash/2 (see TermHash.swift for the hash functions).

/// Hashing BIFs of the `erlang` module.
enum HashBifs {
    typealias Arguments = UnsafeMutablePointer<Term>

    /// A hash range: an integer in 1...2^32.
    static func range(_ term: Term) -> UInt64? {
        guard term.isSmall, term.smallValue >= 1, term.smallValue <= 1 << 32 else { return nil }
        return UInt64(term.smallValue)
    }

    static func phash2_1(_ p: Process, _ a: Arguments) -> Term {
        .small(Int(TermHash.hash2(a[0]) & ((1 << 27) - 1)))
    }

    static func phash2_2(_ p: Process, _ a: Arguments) -> Term {
        guard let range = range(a[1]) else { return p.badarg() }
        return .small(Int(UInt64(TermHash.hash2(a[0])) % range))
    }

    static func phash(_ p: Process, _ a: Arguments) -> Term {
        guard let range = range(a[1]) else { return p.badarg() }
        return .small(Int(UInt64(TermHash.legacyHash(a[0])) % range + 1))
    }
}
