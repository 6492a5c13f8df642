// re:compile/1,2: `{ok, MP}` or `{error, {ErrString, Position}}`. A pattern given as a
// character list with the `unicode` option continues in re:ucompile/2 (re.erl), which
// converts it to UTF-8 and calls re:compile/2 again, as ERTS does.

extension ReBifs {
    static func compile1(_ p: Process, _ a: Arguments) -> Term {
        compile(p, a[0], .nil)
    }

    static func compile2(_ p: Process, _ a: Arguments) -> Term {
        compile(p, a[0], a[1])
    }

    static func compile(_ p: Process, _ pattern: Term, _ optionList: Term) -> Term {
        guard let options = RegexOptions.parse(optionList, allowExport: true), !options.flags.contains(.runOnly) else {
            return badOption(p)
        }
        if options.flags.contains(.unicode) && !pattern.isBitstring {
            return ErlangBifs.continueIn(p, module: ReAtom.re, function: ReAtom.ucompile, [pattern, optionList])
        }
        guard let source = RegexSubject(pattern) else { return p.badarg() }
        let sourceBytes = UnsafeBufferPointer(start: source.bytes, count: source.count)
        let key = RegexKey(options: options.compile, newline: options.newline, bsr: options.bsr, source: sourceBytes)
        switch RegexCompiler.compile(key) {
        case .compiled(let regex):
            if options.flags.contains(.export) {
                return p.tuple(Atom.ok, exportedPatternTerm(p, regex, source: sourceBytes, options: optionList))
            }
            return p.tuple(Atom.ok, patternTerm(p, regex))
        case .failed(let code, let offset):
            return p.tuple(Atom.error, compileError(p, code: code, offset: offset, pattern: sourceBytes))
        }
    }

    /// `{re_exported_pattern, Id, Source, Options, Data}`, the form of a compiled pattern
    /// that may leave the node (OTP 28 and later). ERTS stores PCRE2's serialised code in
    /// Data; beamr stores its pattern binary, and re:import/1 compiles the source again.
    static func exportedPatternTerm(_ p: Process, _ regex: CompiledRegex, source: UnsafeBufferPointer<UInt8>,
                                    options: Term) -> Term {
        var id = Array("re-PCRE2".utf8)
        for shift in stride(from: 0, to: 32, by: 8) { id.append(UInt8(truncatingIfNeeded: regex.hash >> UInt64(shift))) }
        id.append(1)
        id.append(regex.isUnicode ? 1 : 0)
        let data = regex.withKey { p.binary($0.patternBinary) }
        return p.tuple(ReAtom.reExportedPattern, p.binary(id), p.binary(UnsafeRawBufferPointer(source)), options, data)
    }
}
