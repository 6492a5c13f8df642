// The bytes a pattern is matched against. A binary subject is matched in place (no copy,
// and captures returned as binaries share it); an I/O list is flattened once into a
// buffer that lives as long as the match.

/// A subject's bytes for the duration of a match.
///
/// - Invariant: `bytes` points into the subject binary (valid while the BIF runs: BIFs
///   never collect garbage) or into `owned`, freed with the value.
struct RegexSubject: ~Copyable {
    let bytes: UnsafePointer<UInt8>
    let count: Int
    /// Whether the subject term is a binary, so captures can be slices of it.
    let isBinary: Bool
    private let owned: UnsafeMutablePointer<UInt8>?

    /// The subject's bytes, or nil when it is neither a binary nor an I/O list of bytes.
    init?(_ term: Term) {
        if term.isBitstring {
            let view = BitstringView(term)
            guard view.isBinary else { return nil }
            isBinary = true
            count = view.byteCount
            if view.isByteAligned {
                bytes = UnsafePointer(view.alignedBytes)
                owned = nil
                return
            }
        } else {
            guard term.isList || term.isNil, let bits = IOList.bitSize(term, bitstrings: false) else { return nil }
            isBinary = false
            count = bits >> 3
        }
        // Never empty: PCRE2 refuses a NULL subject even of length 0.
        let buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: max(count, 1))
        IOList.write(term, to: buffer)
        bytes = UnsafePointer(buffer)
        owned = buffer
    }

    deinit { owned?.deallocate() }
}
