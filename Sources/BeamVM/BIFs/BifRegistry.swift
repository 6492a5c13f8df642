// Finds BIFs by name. The table itself is generated (BifTable.generated.swift).

/// Lookup of native functions by module, function and arity.
enum BifRegistry {
    struct Key: Hashable {
        var module: String
        var function: String
        var arity: Int
    }

    static let byName: [Key: Int] = {
        var map: [Key: Int] = [:]
        for (index, signature) in BifTable.signatures.enumerated() {
            map[Key(module: signature.module, function: signature.function, arity: signature.arity)] = index
        }
        return map
    }()

    /// The BIF number for an MFA, if beamr implements it natively (and the emulated release
    /// has it).
    static func lookup(module: Term, function: Term, arity: Int) -> Int? {
        let key = Key(module: module.atomName.string, function: function.atomName.string, arity: arity)
        if let since = introduced[key], EmulatedRelease.number < since { return nil }
        return byName[key]
    }

    /// Native functions that appeared in a later release than the oldest beamr emulates,
    /// with that release: emulating an earlier one, calls to them find no BIF and fail as
    /// calls to missing functions do.
    static let introduced: [Key: Int] = [
        Key(module: "ets", function: "lookup_element", arity: 4): 26,
        Key(module: "ets", function: "update_element", arity: 4): 27,
        Key(module: "ets", function: "first_lookup", arity: 1): 27,
        Key(module: "ets", function: "next_lookup", arity: 2): 27,
        Key(module: "ets", function: "last_lookup", arity: 1): 27,
        Key(module: "ets", function: "prev_lookup", arity: 2): 27,
        Key(module: "persistent_term", function: "put_new", arity: 2): 29,
        Key(module: "erlang", function: "display_string", arity: 2): 26,
        Key(module: "re", function: "import", arity: 1): 28,
    ]

    /// BIFs that may ask the interpreter to continue elsewhere (`Process.trap`); they must
    /// be called through their export entry, never run as a BIF instruction.
    static let trapping: Set<Int> = Set(
        [("erlang", "yield", 0), ("erlang", "process_info", 1), ("erlang", "process_info", 2), ("erlang", "hibernate", 3),
         ("re", "compile", 2), ("re", "run", 2), ("re", "run", 3), ("re", "internal_run", 4)]
            .compactMap { byName[Key(module: $0.0, function: $0.1, arity: $0.2)] })

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
