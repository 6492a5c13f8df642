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

    /// The BIF number for an MFA, if beamr implements it natively.
    static func lookup(module: Term, function: Term, arity: Int) -> Int? {
        byName[Key(module: module.atomName.string, function: function.atomName.string, arity: arity)]
    }

    /// BIFs that may ask the interpreter to continue elsewhere (`Process.trap`); they must
    /// be called through their export entry, never run as a BIF instruction.
    static let trapping: Set<Int> = Set(
        [("erlang", "yield", 0), ("erlang", "process_info", 1), ("erlang", "process_info", 2), ("erlang", "hibernate", 3)]
            .compactMap { byName[Key(module: $0.0, function: $0.1, arity: $0.2)] })

    static func traps(_ bif: Int) -> Bool { trapping.contains(bif) }

    /// The module, function and arity of a BIF as atoms.
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
