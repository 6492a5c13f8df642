// The hash values that place keys in the buckets of set, bag and duplicate_bag tables.
// ERTS's traversal order (first/next, tab2list, select) follows these values, so they are
// reproduced as the released emulators compute them:
//
//  * atoms hash by their text (the atom table's hashpjw, with the latin-1 "clutch" that
//    folds a two-byte UTF-8 sequence for U+0080..U+00FF into one character);
//  * other keys by the internal term hash: OTP 25's `make_internal_hash(Key, 0)`, or OTP 26
//    and later's `erts_internal_hash(Key)` shifted right by one bit (measured against the
//    released emulator: its low bit does not take part in choosing the bucket).
//
// Atoms nested inside other keys hash through beamr's own atom index, which differs from
// ERTS's, so only keys made of numbers, binaries, lists and tuples of those (and atom keys
// themselves) iterate in ERTS's order; see the README.

/// Key hashing for hash tables.
enum EtsHash {
    /// The bucket hash of a key, as OTP 25 (`legacy`) or OTP 26 and later compute it.
    @inline(__always)
    static func value(of key: Term, legacy: Bool) -> UInt64 {
        if key.isAtom {
            let text = UInt64(atomHash(key))
            return legacy ? text : text >> 1
        }
        if legacy { return UInt64(MapHash.legacyHash(key, salt: 0)) }
        return MapHash.modernHash(key) >> 1
    }

    /// The atom table's hash of an atom's name (hashpjw).
    static func atomHash(_ atom: Term) -> UInt32 {
        let name = atom.atomName
        var h: UInt32 = 0
        var i = 0
        while i < name.count {
            var v = UInt32(name.bytes[i])
            i += 1
            if i < name.count && v & 0xFE == 0xC2 && name.bytes[i] & 0xC0 == 0x80 {
                v = (v << 6) | UInt32(name.bytes[i] & 0x3F)
                i += 1
            }
            h = (h << 4) &+ v
            let g = h & 0xF000_0000
            if g != 0 {
                h ^= g >> 24
                h ^= g
            }
        }
        return h
    }
}

/// Behaviour that differs between the OTP releases beamr emulates.
enum EtsRelease {
    /// True when emulating OTP 25 or earlier: the old internal hash, and ETS as it was
    /// before the changes of OTP 26.
    @inline(__always) static var legacy: Bool { EmulatedRelease.number <= 25 }

    /// Whether the emulated release is `release` or later.
    @inline(__always) static func since(_ release: Int) -> Bool { EmulatedRelease.number >= release }
}
