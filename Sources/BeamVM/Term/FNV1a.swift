// FNV-1a, 64-bit: a short, cheap hash of bytes for the VM's own tables (atoms, op variants,
// compiled patterns), where SipHash through `Hasher` would cost more than the lookup.

enum FNV1a {
    static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
    static let prime: UInt64 = 0x100_0000_01b3

    /// `hash` with `byte` folded in.
    @inline(__always) static func adding(_ byte: UInt8, to hash: UInt64) -> UInt64 {
        (hash ^ UInt64(byte)) &* prime
    }

    /// The hash of `bytes`, continuing from `hash`.
    @inline(__always) static func hash<Bytes: Sequence<UInt8>>(_ bytes: Bytes, from hash: UInt64 = offsetBasis) -> UInt64 {
        bytes.reduce(hash) { adding($1, to: $0) }
    }
}
