// Finds BIFs by name. The table itself is generated (BifTable.generated.swift).

/// Lookup of native functions by module, function and arity.
enum BifRegistry {
    /// The key of an MFA, as export entries have (see ExportTable.key).
    static func key(_ module: Term, _ function: Term, _ arity: Int) -> UInt64 {
        ExportTable.key(module, function, arity)
    }

    static func key(_ module: String, _ function: String, _ arity: Int) -> UInt64 {
        key(Term.atom(module), Term.atom(function), arity)
    }

    /// Every BIF by its MFA. Keyed by atoms, so that looking one up hashes a word and not
    /// two names: the loader asks for every function it translates and every import.
    static let byName: WordMap<Int> = {
        var map = WordMap<Int>(capacity: BifTable.signatures.count)
        for (index, signature) in BifTable.signatures.enumerated() {
            map.set(key(signature.module, signature.function, signature.arity), index)
        }
        return map
    }()

    /// The BIF number for an MFA, if beamr implements it natively (and the emulated release
    /// has it).
    static func lookup(module: Term, function: Term, arity: Int) -> Int? {
        let key = key(module, function, arity)
        if let since = introduced[key], EmulatedRelease.number < since { return nil }
        return byName[key]
    }

    /// Native functions that appeared in a later release than the oldest beamr emulates,
    /// with that release: emulating an earlier one, calls to them find no BIF and fail as
    /// calls to missing functions do.
    static let introduced: WordMap<Int> = {
        var map = WordMap<Int>()
        for (module, function, arity, release) in [
            ("ets", "lookup_element", 4, 26),
            ("ets", "update_element", 4, 27),
            ("ets", "first_lookup", 1, 27),
            ("ets", "next_lookup", 2, 27),
            ("ets", "last_lookup", 1, 27),
            ("ets", "prev_lookup", 2, 27),
            ("persistent_term", "put_new", 2, 29),
            ("erlang", "display_string", 2, 26),
            ("re", "import", 1, 28),
        ] { map.set(key(module, function, arity), release) }
        return map
    }()

    /// BIFs that may ask the interpreter to continue elsewhere (`Process.trap`); they must
    /// be called through their export entry, never run as a BIF instruction.
    static let trapping: Set<Int> = Set(
        [("erlang", "yield", 0), ("erlang", "process_info", 1), ("erlang", "process_info", 2), ("erlang", "hibernate", 3),
         ("re", "compile", 2), ("re", "run", 2), ("re", "run", 3), ("re", "internal_run", 4)]
            .compactMap { byName[key($0.0, $0.1, $0.2)] })

    static func traps(_ bif: Int) -> Bool { trapping.contains(bif) }

    /// The module, function and arity of a BIF as atoms.
    /// Whether each BIF (by number) is a NIF in ERTS.
    static let isNif: [Bool] = BifTable.signatures.map { ErlangCodeStandIns.nifModules.contains($0.module) }

    static func mfa(_ id: Int) -> (module: Term, function: Term, arity: Int) {
        let signature = BifTable.signatures[id]
        return (Term.atom(signature.module), Term.atom(signature.function), signature.arity)
    }
}

extension Process {
    /// Records an `error` exception and returns THE_NON_VALUE, for BIFs to return.
    @inline(never)
    public func fail(_ reason: Term) -> Term {
        exceptionClass = Atom.error
        exceptionReason = reason
        exceptionTrace = .none
        exceptionErrorInfo = .none
        exceptionBifLocation = .none
        exceptionFromBif = true
        exceptionFrame = nil
        exceptionExtraFrame = .none
        return .none
    }

    /// Makes the top frame of the exception being raised `{module, function, arguments,
    /// info}` instead of the failing BIF's own; for BIFs that stand in for Erlang code.
    /// Without `info` the frame carries the usual `error_info`.
    public func replaceBifFrame(module: Term, function: Term, arguments: [Term], info: Term? = nil) {
        exceptionFrame = (module, function, list(arguments), info ?? .none)
    }

    /// Records `error:function_clause` as a clause of `module:function` at `file:line`
    /// reports it.
    @inline(never)
    public func functionClause(module: Term, function: Term, arguments: [Term], file: String, line: Int) -> Term {
        _ = fail(Atom.functionClause)
        let location = list([tuple(Atom.file, charList(file)), tuple(Atom.line, .small(line))])
        replaceBifFrame(module: module, function: function, arguments: arguments, info: location)
        return .none
    }

    /// Records `error:badarg`.
    @inline(never)
    public func badarg() -> Term { fail(Atom.badarg) }

    /// Records an exception of any class, raised on purpose: a BIF that raises this way
    /// adds no frame of its own to the stack trace.
    @inline(never)
    public func raise(_ kind: Term, _ reason: Term) -> Term {
        exceptionClass = kind
        exceptionReason = reason
        exceptionTrace = .none
        exceptionErrorInfo = .none
        exceptionBifLocation = .none
        exceptionFromBif = false
        return .none
    }
}
