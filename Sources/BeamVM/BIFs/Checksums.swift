// erlang:crc32 and erlang:adler32 over I/O data, as zlib computes them (ERTS uses zlib).

import CZlib

enum ChecksumBifs {
    typealias Arguments = UnsafeMutablePointer<Term>

    /// A checksum or combined length argument: an integer in 0..<2^32.
    static func word(_ term: Term) -> UInt? {
        guard term.isSmall, term.smallValue >= 0, term.smallValue <= 0xFFFF_FFFF else { return nil }
        return UInt(term.smallValue)
    }

    static func update(_ p: Process, _ initial: UInt, _ data: Term,
                       _ function: (uLong, UnsafePointer<Bytef>?, uInt) -> uLong) -> Term {
        guard let bytes = IOList.bytes(data) else { return p.badarg() }
        let value = bytes.withUnsafeBufferPointer { function(uLong(initial), $0.baseAddress, uInt($0.count)) }
        return .small(Int(value))
    }

    static func crc32_1(_ p: Process, _ a: Arguments) -> Term { update(p, 0, a[0], crc32) }

    static func crc32_2(_ p: Process, _ a: Arguments) -> Term {
        guard let initial = word(a[0]) else { return p.badarg() }
        return update(p, initial, a[1], crc32)
    }

    static func adler32_1(_ p: Process, _ a: Arguments) -> Term { update(p, 1, a[0], adler32) }

    static func adler32_2(_ p: Process, _ a: Arguments) -> Term {
        guard let initial = word(a[0]) else { return p.badarg() }
        return update(p, initial, a[1], adler32)
    }

    static func crc32Combine(_ p: Process, _ a: Arguments) -> Term {
        guard let first = word(a[0]), let second = word(a[1]), let length = word(a[2]) else { return p.badarg() }
        return .small(Int(crc32_combine(uLong(first), uLong(second), off_t(length))))
    }

    static func adler32Combine(_ p: Process, _ a: Arguments) -> Term {
        guard let first = word(a[0]), let second = word(a[1]), let length = word(a[2]) else { return p.badarg() }
        return .small(Int(adler32_combine(uLong(first), uLong(second), off_t(length))))
    }
}
