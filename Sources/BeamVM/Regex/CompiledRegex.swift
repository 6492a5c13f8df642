// Compiled patterns and the binary that names them inside `{re_pattern, ...}` terms.
//
// ERTS keeps the compiled code behind a magic reference (a binary before OTP 28). beamr
// puts a self-describing binary in that slot instead: a small header with the compile
// options followed by the pattern source. Any holder of the term (another process, a
// copy through term_to_binary, a module literal) can thus get the compiled code back:
// from the process-wide cache (RegexCache) or, when it was evicted, by compiling again.
//
//   byte 0-3   "BRe" 0x01          magic and format version
//   byte 4-7   compile options     PCRE2_* bits, little-endian
//   byte 8     newline             PCRE2_NEWLINE_* or 0 for the default
//   byte 9     bsr                 PCRE2_BSR_* or 0 for the default
//   byte 10-11 0
//   byte 12-   the pattern, as given to pcre2_compile

import CPcre2

#if canImport(Glibc)
import Glibc
#endif

/// What identifies a compiled pattern: the source and everything pcre2_compile is given.
/// The source points at bytes the caller keeps alive for the key's lifetime.
struct RegexKey {
    var options: UInt32
    var newline: UInt32
    var bsr: UInt32
    var source: UnsafeBufferPointer<UInt8>

    static let headerSize = 12
    static let magic: (UInt8, UInt8, UInt8, UInt8) = (0x42, 0x52, 0x65, 0x01)

    /// The key stored in a pattern binary, or nil when the bytes are not one.
    init?(patternBinary bytes: UnsafeBufferPointer<UInt8>) {
        guard bytes.count >= Self.headerSize, let base = bytes.baseAddress,
              base[0] == Self.magic.0, base[1] == Self.magic.1, base[2] == Self.magic.2, base[3] == Self.magic.3,
              base[8] <= UInt8(PCRE2_NEWLINE_NUL), base[9] <= UInt8(PCRE2_BSR_ANYCRLF), base[10] == 0, base[11] == 0
        else { return nil }
        options = UInt32(base[4]) | UInt32(base[5]) << 8 | UInt32(base[6]) << 16 | UInt32(base[7]) << 24
        newline = UInt32(base[8])
        bsr = UInt32(base[9])
        source = UnsafeBufferPointer(rebasing: bytes[Self.headerSize...])
    }

    init(options: UInt32, newline: UInt32, bsr: UInt32, source: UnsafeBufferPointer<UInt8>) {
        self.options = options
        self.newline = newline
        self.bsr = bsr
        self.source = source
    }

    /// The header bytes as one word, for hashing and comparing.
    var headerWord: UInt64 { UInt64(options) | UInt64(newline) << 32 | UInt64(bsr) << 40 }

    /// FNV-1a over the header word and the source.
    var hash: UInt64 {
        var h = FNV1a.offsetBasis
        for shift in stride(from: UInt64(0), to: 48, by: 8) { h = FNV1a.adding(UInt8(truncatingIfNeeded: headerWord >> shift), to: h) }
        return FNV1a.hash(source, from: h)
    }

    /// The pattern binary's bytes.
    var patternBinary: [UInt8] {
        var bytes: [UInt8] = [Self.magic.0, Self.magic.1, Self.magic.2, Self.magic.3,
                              UInt8(truncatingIfNeeded: options), UInt8(truncatingIfNeeded: options >> 8),
                              UInt8(truncatingIfNeeded: options >> 16), UInt8(truncatingIfNeeded: options >> 24),
                              UInt8(newline), UInt8(bsr), 0, 0]
        bytes.append(contentsOf: source)
        return bytes
    }
}

/// A compiled pattern, shared by every process that matches with it.
///
/// - Invariant: owns `code` and frees it when the last holder lets go. PCRE2's compiled
///   code is never changed after pcre2_compile, and PCRE2 allows matching it from several
///   threads at once (each with its own match data).
final class CompiledRegex: @unchecked Sendable {
    // @unchecked: immutable after init; the PCRE2 code it points to is read-only.
    let code: OpaquePointer
    let options: UInt32
    let newlineOption: UInt32
    let bsrOption: UInt32
    let source: [UInt8]
    let hash: UInt64
    /// Number of capturing groups.
    let captureCount: Int
    /// The newline convention in effect (PCRE2_INFO_NEWLINE).
    let newline: UInt32
    /// The \R convention in effect (PCRE2_INFO_BSR).
    let bsr: UInt32
    /// Whether group names may repeat (the pattern can set `(?J)` itself).
    let hasDuplicateNames: Bool

    init(code: OpaquePointer, key: RegexKey, hash: UInt64) {
        self.code = code
        options = key.options
        newlineOption = key.newline
        bsrOption = key.bsr
        source = Array(key.source)
        self.hash = hash
        var count: UInt32 = 0, nl: UInt32 = 0, r: UInt32 = 0, all: UInt32 = 0
        pcre2_pattern_info_8(code, UInt32(PCRE2_INFO_CAPTURECOUNT), &count)
        pcre2_pattern_info_8(code, UInt32(PCRE2_INFO_NEWLINE), &nl)
        pcre2_pattern_info_8(code, UInt32(PCRE2_INFO_BSR), &r)
        pcre2_pattern_info_8(code, UInt32(PCRE2_INFO_ALLOPTIONS), &all)
        captureCount = Int(count)
        newline = nl
        bsr = r
        hasDuplicateNames = all & PCRE2_DUPNAMES != 0
    }

    deinit { pcre2_code_free_8(code) }

    /// Whether the key names this pattern.
    func matches(_ key: RegexKey, hash: UInt64) -> Bool {
        guard hash == self.hash, key.options == options, key.newline == newlineOption, key.bsr == bsrOption,
              key.source.count == source.count else { return false }
        return source.withUnsafeBufferPointer { stored in
            key.source.isEmpty || memcmp(stored.baseAddress!, key.source.baseAddress!, stored.count) == 0
        }
    }

    /// The key this pattern was compiled from.
    func withKey<R>(_ body: (RegexKey) -> R) -> R {
        source.withUnsafeBufferPointer { body(RegexKey(options: options, newline: newlineOption, bsr: bsrOption, source: $0)) }
    }

    /// Whether a newline convention that treats CR LF as one newline is in effect; re.erl
    /// then steps over both bytes after an empty match (the tuple's fourth element).
    var usesCRLF: Bool {
        newline == UInt32(PCRE2_NEWLINE_ANY) || newline == UInt32(PCRE2_NEWLINE_CRLF) || newline == UInt32(PCRE2_NEWLINE_ANYCRLF)
    }

    var isUnicode: Bool { options & PCRE2_UTF != 0 }

    // MARK: - Group names

    /// The name table: one entry per name (duplicates included) in name order, each the
    /// group number and the name's bytes.
    var names: [(group: Int, name: UnsafeBufferPointer<UInt8>)] {
        var count: UInt32 = 0, entrySize: UInt32 = 0
        var table: UnsafePointer<UInt8>?
        pcre2_pattern_info_8(code, UInt32(PCRE2_INFO_NAMECOUNT), &count)
        guard count > 0 else { return [] }
        pcre2_pattern_info_8(code, UInt32(PCRE2_INFO_NAMEENTRYSIZE), &entrySize)
        pcre2_pattern_info_8(code, UInt32(PCRE2_INFO_NAMETABLE), &table)
        guard let table else { return [] }
        return (0..<Int(count)).map { i in
            let entry = table + i * Int(entrySize)
            let group = Int(entry[0]) << 8 | Int(entry[1])
            var length = 0
            while entry[2 + length] != 0 { length += 1 }
            return (group, UnsafeBufferPointer(start: entry + 2, count: length))
        }
    }

    /// The group numbers of a name (several with duplicate names), or [] when no group has it.
    func groups(named name: [UInt8]) -> [Int] {
        names.filter { $0.name.elementsEqual(name) }.map(\.group)
    }
}
