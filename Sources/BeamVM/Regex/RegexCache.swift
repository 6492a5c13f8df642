// The process-wide cache of compiled patterns, and compiling through it.
//
// Every scheduler thread looks patterns up here, so the table sits behind a mutex; the
// lock covers only a slot read or write (never compiling or matching). The table is
// direct-mapped with a fixed number of slots, so it stays bounded: a pattern whose slot
// is taken by another simply replaces it, and the evicted one is freed once no match in
// progress holds it. A pattern term stays usable after eviction because its binary
// carries its source (see CompiledRegex.swift).

import CPcre2
import Synchronization

/// The cache of compiled patterns.
enum RegexCache {
    static let slotCount = 256

    private static let slots = Mutex<[CompiledRegex?]>(Array(repeating: nil, count: slotCount))

    /// The cached pattern for a key, if any.
    static func lookup(_ key: RegexKey, hash: UInt64) -> CompiledRegex? {
        let index = Int(truncatingIfNeeded: hash) & (slotCount - 1)
        return slots.withLock { table in
            guard let entry = table[index], entry.matches(key, hash: hash) else { return nil }
            return entry
        }
    }

    static func insert(_ regex: CompiledRegex) {
        let index = Int(truncatingIfNeeded: regex.hash) & (slotCount - 1)
        // The replaced entry is released after the lock is dropped: freeing PCRE2 code
        // need not happen under it.
        let evicted = slots.withLock { table -> CompiledRegex? in
            let old = table[index]
            table[index] = regex
            return old
        }
        _ = evicted
    }

    /// Number of cached patterns (for tests).
    static var count: Int { slots.withLock { table in table.reduce(0) { $0 + ($1 == nil ? 0 : 1) } } }

    /// Empties the cache (for tests).
    static func removeAll() {
        let old = slots.withLock { table -> [CompiledRegex?] in
            let old = table
            table = Array(repeating: nil, count: slotCount)
            return old
        }
        _ = old
    }
}

/// Compiling patterns, through the cache.
enum RegexCompiler {
    enum Outcome {
        case compiled(CompiledRegex)
        /// pcre2_compile's error code and the offset in the pattern where it stopped.
        case failed(code: Int32, offset: Int)
    }

    /// The compiled pattern for a key: from the cache, or compiled now and cached.
    static func compile(_ key: RegexKey) -> Outcome {
        let hash = key.hash
        if let cached = RegexCache.lookup(key, hash: hash) { return .compiled(cached) }
        var context: OpaquePointer?
        let latin1 = EmulatedRelease.number <= 27
        if key.newline != 0 || key.bsr != 0 || latin1 {
            context = pcre2_compile_context_create_8(nil)
            if key.newline != 0 { pcre2_set_newline_8(context, key.newline) }
            if key.bsr != 0 { pcre2_set_bsr_8(context, key.bsr) }
            if latin1 { pcre2_set_character_tables_8(context, RegexCharacterTables.latin1) }
        }
        defer { if let context { pcre2_compile_context_free_8(context) } }
        var options = key.options
        if latin1 && options & PCRE2_UTF != 0 && options & PCRE2_UCP == 0 {
            // PCRE2's start-of-match optimisation looks up characters 128-255 of a UTF
            // pattern's \w, \d (and the like) in the wrong class map, which only ASCII
            // tables get away with; with Latin-1 tables it would skip matches at "é".
            options |= PCRE2_NO_START_OPTIMIZE
        }
        var errorCode: Int32 = 0
        var errorOffset = 0
        // An empty pattern has no base address; PCRE2 accepts any pointer with length 0.
        let empty: UInt8 = 0
        let code = withUnsafePointer(to: empty) { fallback in
            pcre2_compile_8(key.source.baseAddress ?? fallback, key.source.count, options,
                            &errorCode, &errorOffset, context)
        }
        guard let code else { return .failed(code: errorCode, offset: errorOffset) }
        let regex = CompiledRegex(code: code, key: key, hash: hash)
        RegexCache.insert(regex)
        return .compiled(regex)
    }

    /// The compiled pattern a pattern binary names, or nil when the bytes are not a
    /// pattern binary or its source does not compile.
    static func compile(patternBinary bytes: UnsafeBufferPointer<UInt8>) -> CompiledRegex? {
        guard let key = RegexKey(patternBinary: bytes), case .compiled(let regex) = compile(key) else { return nil }
        return regex
    }
}
