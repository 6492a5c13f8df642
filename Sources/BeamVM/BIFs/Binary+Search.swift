// binary: searching (match, matches, split, replace, compile_pattern).
//
// Several patterns match leftmost-longest, as ERTS's Aho-Corasick matcher does: of the
// matches starting earliest, the longest wins, and `matches` continues after it.
// A compiled pattern is `{bm, Binary}` for one pattern and `{ac, [Binary]}` for several
// (ERTS keeps the compiled automaton behind a reference instead).

#if canImport(Glibc)
import Glibc
#endif

extension BinaryBifs {
    /// Search options: the scope as a half-open byte range, and the flags of `split`.
    struct SearchOptions {
        var start: Int
        var end: Int
        var global = false
        var trim = false
        var trimAll = false
    }

    static let bm = Term.atom("bm")
    static let ac = Term.atom("ac")
    static let trimAtom = Term.atom("trim")
    static let trimAllAtom = Term.atom("trim_all")
    static let insertReplaced = Term.atom("insert_replaced")

    /// The byte strings of a pattern argument, or nil when it is not a non-empty binary, a
    /// non-empty list of non-empty binaries or a compiled pattern.
    static func patterns(_ term: Term) -> [[UInt8]]? {
        var candidates: [Term]
        if term.isTuple && term.tupleArity == 2 && (term.tupleElement(0) == bm || term.tupleElement(0) == ac) {
            return patterns(term.tupleElement(1))
        }
        if term.isBitstring {
            candidates = [term]
        } else {
            guard let elements = term.listElements, !elements.isEmpty else { return nil }
            candidates = elements
        }
        var result: [[UInt8]] = []
        for candidate in candidates {
            guard let size = ErlangBifs.binarySize(candidate), size > 0 else { return nil }
            result.append(BitstringView(candidate).copyBytes())
        }
        return result
    }

    /// Parses an option list; `splitting` allows `global`, `trim` and `trim_all` besides
    /// `{scope, {Start, Length}}`.
    static func searchOptions(_ term: Term, size: Int, splitting: Bool) -> SearchOptions? {
        guard let elements = term.listElements else { return nil }
        var options = SearchOptions(start: 0, end: size)
        for element in elements {
            if element.isTuple && element.tupleArity == 2 && element.tupleElement(0) == Atom.scope {
                guard let (start, count) = ErlangBifs.part(element.tupleElement(1), size: size) else { return nil }
                options.start = start
                options.end = start + count
            } else if splitting && element == Atom.global {
                options.global = true
            } else if splitting && element == trimAtom {
                options.trim = true
            } else if splitting && element == trimAllAtom {
                options.trimAll = true
            } else {
                return nil
            }
        }
        return options
    }

    /// Runs `body` with the bytes of a binary (copied when they are not byte aligned).
    static func withBytes<R>(_ term: Term, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        let view = BitstringView(term)
        if view.isByteAligned { return body(UnsafeBufferPointer(start: view.alignedBytes, count: view.byteCount)) }
        return view.copyBytes().withUnsafeBufferPointer(body)
    }

    /// The leftmost-longest match of any pattern within `from..<to`.
    static func firstMatch(_ subject: UnsafeBufferPointer<UInt8>, from: Int, to: Int, _ patterns: [[UInt8]]) -> (Int, Int)? {
        guard let base = subject.baseAddress, from < to else { return nil }
        if patterns.count == 1 {
            let pattern = patterns[0]
            let n = pattern.count
            guard n <= to - from else { return nil }
            let last = to - n
            var i = from
            return pattern.withUnsafeBufferPointer { needle -> (Int, Int)? in
                while i <= last {
                    guard let hit = memchr(base + i, Int32(needle[0]), last - i + 1) else { return nil }
                    let j = UnsafePointer<UInt8>(hit.assumingMemoryBound(to: UInt8.self)) - base
                    if memcmp(base + j, needle.baseAddress!, n) == 0 { return (j, n) }
                    i = j + 1
                }
                return nil
            }
        }
        for i in from..<to {
            var best = 0
            for pattern in patterns where pattern.count <= to - i && pattern.count > best && pattern[0] == subject[i] {
                if pattern.withUnsafeBufferPointer({ memcmp(base + i, $0.baseAddress!, $0.count) }) == 0 { best = pattern.count }
            }
            if best > 0 { return (i, best) }
        }
        return nil
    }

    /// All matches (or only the first) within the options' scope.
    static func allMatches(_ subject: Term, _ patterns: [[UInt8]], _ options: SearchOptions, global: Bool) -> [(Int, Int)] {
        withBytes(subject) { bytes in
            var found: [(Int, Int)] = []
            var position = options.start
            while let (start, count) = firstMatch(bytes, from: position, to: options.end, patterns) {
                found.append((start, count))
                if !global { break }
                position = start + count
            }
            return found
        }
    }

    // MARK: - match, matches, split

    static func match2(_ p: Process, _ a: Arguments) -> Term { search(p, a[0], a[1], .nil, all: false) }
    static func match3(_ p: Process, _ a: Arguments) -> Term { search(p, a[0], a[1], a[2], all: false) }
    static func matches2(_ p: Process, _ a: Arguments) -> Term { search(p, a[0], a[1], .nil, all: true) }
    static func matches3(_ p: Process, _ a: Arguments) -> Term { search(p, a[0], a[1], a[2], all: true) }

    static func search(_ p: Process, _ subject: Term, _ pattern: Term, _ optionList: Term, all: Bool) -> Term {
        guard let size = ErlangBifs.binarySize(subject), let patterns = patterns(pattern),
              let options = searchOptions(optionList, size: size, splitting: false) else { return p.badarg() }
        let found = allMatches(subject, patterns, options, global: all)
        if !all {
            guard let (start, count) = found.first else { return Atom.nomatch }
            return p.tuple(.small(start), .small(count))
        }
        return p.list(found.map { p.tuple(.small($0.0), .small($0.1)) })
    }

    static func split2(_ p: Process, _ a: Arguments) -> Term { split(p, a[0], a[1], .nil) }
    static func split3(_ p: Process, _ a: Arguments) -> Term { split(p, a[0], a[1], a[2]) }

    static func split(_ p: Process, _ subject: Term, _ pattern: Term, _ optionList: Term) -> Term {
        guard let size = ErlangBifs.binarySize(subject), let patterns = patterns(pattern),
              let options = searchOptions(optionList, size: size, splitting: true) else { return p.badarg() }
        var parts: [(Int, Int)] = []
        var position = 0
        for (start, count) in allMatches(subject, patterns, options, global: options.global) {
            parts.append((position, start - position))
            position = start + count
        }
        parts.append((position, size - position))
        if options.trimAll {
            parts.removeAll { $0.1 == 0 }
        } else if options.trim {
            while let last = parts.last, last.1 == 0 { parts.removeLast() }
        }
        return p.list(parts.map { p.slice(of: subject, bitOffset: $0.0 * 8, bitSize: $0.1 * 8) })
    }

    static func compilePattern(_ p: Process, _ a: Arguments) -> Term {
        guard let compiled = patterns(a[0]) else { return p.badarg() }
        return p.tuple(compiled.count == 1 && a[0].isBitstring ? bm : ac, a[0])
    }

    // MARK: - replace (Erlang code in OTP)

    static func replace3(_ p: Process, _ a: Arguments) -> Term {
        let result = replace(p, a[0], a[1], a[2], .nil)
        return result.isNone ? p.binaryModuleError(.errorWithInfo) : result
    }

    static func replace4(_ p: Process, _ a: Arguments) -> Term { replace(p, a[0], a[1], a[2], a[3]) }

    static func replace(_ p: Process, _ subject: Term, _ pattern: Term, _ replacement: Term, _ optionList: Term) -> Term {
        guard let replacementSize = ErlangBifs.binarySize(replacement) else { return p.binaryModuleError(.badargWithInfo) }
        guard let elements = optionList.listElements else { return p.binaryModuleError(.badargWithCause(badopt)) }
        var global = false
        var scope: Term = .none
        var insert: Term = .nil
        for element in elements {
            if element == Atom.global {
                global = true
            } else if element.isTuple && element.tupleArity == 2 && element.tupleElement(0) == Atom.scope
                        && element.tupleElement(1).isTuple && element.tupleElement(1).tupleArity == 2 {
                scope = element.tupleElement(1)
            } else if element.isTuple && element.tupleArity == 2 && element.tupleElement(0) == insertReplaced {
                insert = element.tupleElement(1)
            } else {
                return p.binaryModuleError(.badargWithCause(badopt))
            }
        }
        guard let size = ErlangBifs.binarySize(subject), let patterns = patterns(pattern) else {
            return p.binaryModuleError(.badargWithInfo)
        }
        var options = SearchOptions(start: 0, end: size)
        if !scope.isNone {
            guard let (start, count) = ErlangBifs.part(scope, size: size) else { return p.binaryModuleError(.badargWithInfo) }
            options.start = start
            options.end = start + count
        }
        var positions: [Int] = []
        if insert.isSmall {
            positions = [insert.smallValue]
        } else if let list = insert.listElements {
            for element in list {
                guard element.isSmall else { return p.binaryModuleError(.badargWithInfo) }
                positions.append(element.smallValue)
            }
            positions.sort()
        } else {
            return p.binaryModuleError(.badargWithInfo)
        }
        guard positions.allSatisfy({ $0 >= 0 && $0 <= replacementSize }) else { return p.binaryModuleError(.badargWithInfo) }
        let found = allMatches(subject, patterns, options, global: global)
        let source = BitstringView(subject).copyBytes()
        let with = BitstringView(replacement).copyBytes()
        var out: [UInt8] = []
        out.reserveCapacity(size + found.count * replacementSize)
        var position = 0
        for (start, count) in found {
            out += source[position..<start]
            var from = 0
            for insertAt in positions {
                out += with[from..<insertAt]
                out += source[start..<start + count]
                from = insertAt
            }
            out += with[from...]
            position = start + count
        }
        out += source[position...]
        return p.binary(out)
    }
}
