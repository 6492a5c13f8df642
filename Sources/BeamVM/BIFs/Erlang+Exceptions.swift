// erlang: raising exceptions on purpose.

extension ErlangBifs {
    static func error1(_ p: Process, _ a: Arguments) -> Term { p.raise(Atom.error, a[0]) }

    /// `error(Reason, Args)`: the top frame shows `Args` instead of the arity.
    static func error2(_ p: Process, _ a: Arguments) -> Term {
        _ = p.raise(Atom.error, a[0])
        if a[1].listElements != nil { p.exceptionTopArgs = a[1] }
        return .none
    }

    /// `error(Reason, Args, Options)`: an `{error_info, Map}` option goes into the caller's
    /// frame, as ets.erl's `soft_whereis/1` relies on for its `cause`.
    static func error3(_ p: Process, _ a: Arguments) -> Term {
        _ = error2(p, a)
        for option in a[2].listElements ?? [] where option.isTuple && option.tupleArity == 2
            && option.tupleElement(0) == Atom.errorInfo && option.tupleElement(1).isMap {
            p.exceptionErrorInfo = option.tupleElement(1)
        }
        return .none
    }
    static func exit1(_ p: Process, _ a: Arguments) -> Term { p.raise(Atom.exit, a[0]) }
    static func throw1(_ p: Process, _ a: Arguments) -> Term { p.raise(Atom.throw, a[0]) }

    static func nifError(_ p: Process, _ a: Arguments) -> Term { p.raise(Atom.error, a[0]) }

    /// `raise(Class, Reason, Stacktrace)`: returns the atom badarg (it does not raise it)
    /// when the class or the trace is invalid, as ERTS does.
    static func raise3(_ p: Process, _ a: Arguments) -> Term {
        let kind = a[0]
        guard kind == Atom.error || kind == Atom.exit || kind == Atom.throw,
              let frames = a[2].listElements, frames.allSatisfy(isTraceFrame) else { return Atom.badarg }
        _ = p.raise(kind, a[1])
        p.exceptionTrace = a[2]
        return .none
    }

    static func isTraceFrame(_ frame: Term) -> Bool {
        guard frame.isTuple else { return false }
        let arity = frame.tupleArity
        if arity == 4 { return frame.tupleElement(0).isAtom && frame.tupleElement(1).isAtom }
        if arity == 3 { return frame.tupleElement(0).isFunction || frame.tupleElement(0).isAtom }
        return false
    }
}
