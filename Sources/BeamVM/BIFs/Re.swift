// re: the native half of OTP's regular expression module (ERTS's erl_bif_re.c), over the
// system PCRE2 library (Regex/). re:replace, re:split and global matching stay Erlang
// code in re.erl; as in ERTS, run and compile hand such cases to re.erl's urun/3, grun/3
// and ucompile/2, which call back in with binaries.
//
// A match runs to completion: ERTS's PCRE2 is patched to stop after a reduction budget
// and resume later, which the system library cannot do. PCRE2's match limit (10 million
// backtracking steps by default, or `{match_limit, N}`) bounds the time one call takes.

import CPcre2

/// BIFs of the `re` module.
enum ReBifs {
    typealias Arguments = UnsafeMutablePointer<Term>

    /// `re:version()`: the version of the PCRE2 library in use.
    static func version(_ p: Process, _ a: Arguments) -> Term {
        var buffer = [UInt8](repeating: 0, count: 64)
        let length = pcre2_config_8(UInt32(PCRE2_CONFIG_VERSION), &buffer)
        return p.binary(Array(buffer[0..<max(Int(length) - 1, 0)]))
    }

    /// `re:inspect(MP, namelist)`: `{namelist, Names}`, each name once, in name order.
    static func inspect(_ p: Process, _ a: Arguments) -> Term {
        guard a[1] == ReAtom.namelist, let regex = compiledPattern(a[0]) else { return p.badarg() }
        var names: [Term] = []
        var previous: UnsafeBufferPointer<UInt8>?
        for entry in regex.names {
            if regex.hasDuplicateNames, let previous, previous.elementsEqual(entry.name) { continue }
            previous = entry.name
            names.append(p.binary(UnsafeRawBufferPointer(entry.name)))
        }
        return p.tuple(ReAtom.namelist, p.list(names))
    }

    /// `re:import(ExportedMP)` (OTP 28 and later): the `{re_pattern, ...}` of an exported
    /// pattern. beamr's exported patterns carry the source and options, so importing
    /// compiles the source again (through the cache).
    static func importPattern(_ p: Process, _ a: Arguments) -> Term {
        let exported = a[0]
        guard exported.isTuple, exported.tupleArity == 5, exported.tupleElement(0) == ReAtom.reExportedPattern,
              ErlangBifs.binarySize(exported.tupleElement(1)) != nil,
              let options = RegexOptions.parse(exported.tupleElement(3), allowExport: true),
              options.flags.contains(.export), !options.flags.contains(.runOnly),
              let source = RegexSubject(exported.tupleElement(2)), source.isBinary else { return p.badarg() }
        let key = RegexKey(options: options.compile, newline: options.newline, bsr: options.bsr,
                           source: UnsafeBufferPointer(start: source.bytes, count: source.count))
        guard case .compiled(let regex) = RegexCompiler.compile(key) else { return p.badarg() }
        return patternTerm(p, regex)
    }

    // MARK: - Pattern terms

    /// `{re_pattern, Groups, Unicode, UseCRLF, PatternBinary}`.
    static func patternTerm(_ p: Process, _ regex: CompiledRegex) -> Term {
        let binary = regex.withKey { p.binary($0.patternBinary) }
        return p.tuple(ReAtom.rePattern, .small(regex.captureCount), .small(regex.isUnicode ? 1 : 0),
                       .small(regex.usesCRLF ? 1 : 0), binary)
    }

    /// The compiled pattern of a `{re_pattern, ...}` term, or nil when it is not one.
    static func compiledPattern(_ term: Term) -> CompiledRegex? {
        guard term.isTuple, term.tupleArity == 5, term.tupleElement(0) == ReAtom.rePattern,
              term.tupleElement(1).isSmall, term.tupleElement(2).isSmall, term.tupleElement(3).isSmall,
              ErlangBifs.binarySize(term.tupleElement(4)) != nil else { return nil }
        let view = BitstringView(term.tupleElement(4))
        if view.isByteAligned {
            return RegexCompiler.compile(patternBinary: UnsafeBufferPointer(start: view.alignedBytes, count: view.byteCount))
        }
        return view.copyBytes().withUnsafeBufferPointer { RegexCompiler.compile(patternBinary: $0) }
    }

    // MARK: - Failures

    /// badarg for a malformed option list, with ERTS's `cause => badopt`.
    static func badOption(_ p: Process) -> Term {
        _ = p.badarg()
        p.exceptionErrorInfo = MapOps.make(p, [(ReAtom.cause, ReAtom.badopt), (Atom.module, ReAtom.stdlibErrors)])
        return .none
    }

    /// `{ErrString, Position}` of a compile error.
    static func compileError(_ p: Process, code: Int32, offset: Int, pattern: UnsafeBufferPointer<UInt8>) -> Term {
        let (message, position) = RegexErrors.describe(code: code, offset: offset, pattern: pattern)
        return p.tuple(p.list(message.map { Term.small(Int($0)) }), .small(position))
    }
}
