// re:run/2,3 and re:internal_run/4 (what re.erl's global loop calls). Cases ERTS hands to
// Erlang code are handed over the same way:
//  - `global` continues in re:grun/3 with the compiled pattern;
//  - `unicode` with a subject or pattern that is not a binary, or with list captures,
//    continues in re:urun/3, which converts to UTF-8 binaries and calls back in.
// Everything else matches here: the subject's bytes go straight from the binary (or the
// flattened I/O list) to pcre2_match.

import CPcre2

extension ReBifs {
    static func run2(_ p: Process, _ a: Arguments) -> Term {
        run(p, a[0], a[1], .nil, first: true)
    }

    static func run3(_ p: Process, _ a: Arguments) -> Term {
        run(p, a[0], a[1], a[2], first: true)
    }

    /// `re:internal_run(Subject, RE, Options, FirstCall)`: false when re.erl calls again
    /// with a subject already checked for valid UTF-8.
    static func internalRun(_ p: Process, _ a: Arguments) -> Term {
        guard a[3] == .true || a[3] == .false else { return p.badarg() }
        return run(p, a[0], a[1], a[2], first: a[3] == .true)
    }

    static func run(_ p: Process, _ subject: Term, _ pattern: Term, _ optionList: Term, first: Bool) -> Term {
        guard var options = RegexOptions.parse(optionList) else { return badOption(p) }
        if !first { options.match |= PCRE2_NO_UTF_CHECK }
        let listCaptures = options.flags.contains(.capture) && options.captureType == ReAtom.list
        let global = options.flags.contains(.global)
        let regex: CompiledRegex
        if !(pattern.isTuple && pattern.tupleArity == 5) {
            guard pattern.isBitstring || pattern.isList || pattern.isNil else { return p.badarg() }
            if options.flags.contains(.unicode)
                && (!pattern.isBitstring || !subject.isBitstring || (listCaptures && !global)) {
                return ErlangBifs.continueIn(p, module: ReAtom.re, function: ReAtom.urun, [subject, pattern, optionList])
            }
            guard let source = RegexSubject(pattern) else { return p.badarg() }
            let sourceBytes = UnsafeBufferPointer(start: source.bytes, count: source.count)
            let key = RegexKey(options: options.compile, newline: options.newline, bsr: options.bsr, source: sourceBytes)
            switch RegexCompiler.compile(key) {
            case .compiled(let compiled):
                regex = compiled
            case .failed(let code, let offset):
                guard options.flags.contains(.reportErrors) else { return p.badarg() }
                let error = compileError(p, code: code, offset: offset, pattern: sourceBytes)
                return p.tuple(Atom.error, p.tuple(ReAtom.compile, error))
            }
            if global {
                // The pattern travels along only so that errors show it as given.
                let state = p.tuple(optionList, .bool(options.flags.contains(.compileOnly)), pattern)
                return ErlangBifs.continueIn(p, module: ReAtom.re, function: ReAtom.grun,
                                             [subject, patternTerm(p, regex), state])
            }
        } else {
            guard !options.flags.contains(.compileOnly), let compiled = compiledPattern(pattern) else { return p.badarg() }
            if pattern.tupleElement(2) != .small(0) && (!subject.isBitstring || (listCaptures && !global)) {
                return ErlangBifs.continueIn(p, module: ReAtom.re, function: ReAtom.urun, [subject, pattern, optionList])
            }
            if global {
                return ErlangBifs.continueIn(p, module: ReAtom.re, function: ReAtom.grun,
                                             [subject, pattern, p.tuple(optionList, .false)])
            }
            guard let matching = withRunTimeConventions(compiled, options) else { return p.badarg() }
            regex = matching
        }
        return match(p, regex, subject, options)
    }

    /// The pattern to match with when re:run is given `{newline, NL}` or `bsr_*` for a
    /// compiled pattern. PCRE2 fixes these when compiling, so OTP 28 and later refuse a
    /// different choice (badarg, nil here); PCRE 8.x (up to OTP 27) honoured it, which
    /// beamr reproduces by compiling the pattern's source with the new convention.
    static func withRunTimeConventions(_ regex: CompiledRegex, _ options: RegexOptions) -> CompiledRegex? {
        let newline = options.newline != 0 && options.newline != regex.newline
        let bsr = options.bsr != 0 && options.bsr != regex.bsr
        guard newline || bsr else { return regex }
        guard EmulatedRelease.number <= 27 else { return nil }
        return regex.withKey { key in
            var variant = key
            if newline { variant.newline = options.newline }
            if bsr { variant.bsr = options.bsr }
            guard case .compiled(let compiled) = RegexCompiler.compile(variant) else { return nil }
            return compiled
        }
    }

    /// Matches once and builds the result.
    static func match(_ p: Process, _ regex: CompiledRegex, _ subjectTerm: Term, _ options: RegexOptions) -> Term {
        var capture = RegexCapture.all
        if options.flags.contains(.capture) {
            guard let resolved = RegexCapture.resolve(values: options.captureValues, type: options.captureType,
                                                      regex: regex) else { return p.badarg() }
            capture = resolved
        }
        guard let subject = RegexSubject(subjectTerm) else { return p.badarg() }
        var context: OpaquePointer?
        if options.flags.contains(.matchLimit) || options.flags.contains(.matchLimitRecursion) {
            context = pcre2_match_context_create_8(nil)
            if options.flags.contains(.matchLimit) { pcre2_set_match_limit_8(context, options.matchLimit) }
            if options.flags.contains(.matchLimitRecursion) { pcre2_set_depth_limit_8(context, options.matchLimitRecursion) }
        }
        defer { if let context { pcre2_match_context_free_8(context) } }
        guard let data = pcre2_match_data_create_8(UInt32(regex.captureCount + 1), nil) else { return p.badarg() }
        defer { pcre2_match_data_free_8(data) }
        let rc = pcre2_match_8(regex.code, subject.bytes, subject.count, options.startOffset, options.match, data, context)
        if rc > 0 {
            let ovector = UnsafePointer(pcre2_get_ovector_pointer_8(data)!)
            return capture.result(p, count: Int(rc), ovector: ovector, subject: subject, subjectTerm: subjectTerm)
        }
        return failedMatch(p, rc, reportErrors: options.flags.contains(.reportErrors))
    }

    /// The result of a match that found nothing or stopped: `nomatch`, `{error, Limit}`
    /// with report_errors, or badarg for a subject PCRE2 refused (bad UTF-8, an offset
    /// beyond its end).
    static func failedMatch(_ p: Process, _ rc: Int32, reportErrors: Bool) -> Term {
        switch rc {
        case PCRE2_ERROR_MATCHLIMIT:
            return reportErrors ? p.tuple(Atom.error, ReAtom.matchLimit) : Atom.nomatch
        case PCRE2_ERROR_DEPTHLIMIT:
            return reportErrors ? p.tuple(Atom.error, ReAtom.matchLimitRecursion) : Atom.nomatch
        case PCRE2_ERROR_NOMATCH, PCRE2_ERROR_HEAPLIMIT, PCRE2_ERROR_RECURSELOOP, 0:
            return Atom.nomatch
        default:
            return p.badarg()
        }
    }
}
