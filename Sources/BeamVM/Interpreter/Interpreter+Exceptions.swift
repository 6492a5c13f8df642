// Raising exceptions: capturing where it happened, unwinding to the nearest catch or try
// handler, and the results `catch` and `try` see.
//
// At a handler, x0 is THE_NON_VALUE, x1 the class, x2 the reason and x3 the raw trace: a
// 2-tuple {Class, Trace} that `build_stacktrace`, `raise` and `raw_raise` consume. Trace is
// either a stack trace list or a capture (see StackTrace.swift), which is turned into the
// list only when something asks for it.

/// The "raw" stack trace passed to exception handlers.
enum RawTrace {
    static func make(_ p: Process, kind: Term, trace: Term) -> Term { p.tuple(kind, trace) }

    /// The trace inside a raw trace, as a list or a capture (a list passes through).
    static func trace(_ raw: Term) -> Term {
        raw.isTuple && raw.tupleArity == 2 ? raw.tupleElement(1) : raw
    }

    /// The stack trace list of a raw trace, built from its capture if need be.
    static func list(_ p: Process, _ raw: Term) -> Term {
        StackTrace.list(p, trace(raw))
    }

    static func kind(_ raw: Term) -> Term? {
        raw.isTuple && raw.tupleArity == 2 ? raw.tupleElement(0) : nil
    }
}

extension Interpreter {
    /// Frames an exception records (`backtrace_depth`, 8 by default as in ERTS).
    static var traceDepth: Int { SystemFlags.backtraceDepth.load(ordering: .relaxed) }

    /// The outcome of an exception nobody caught.
    static func uncaught(_ p: Process) -> SliceOutcome {
        if !p.terminationReason.isNone { return .terminated(reason: p.terminationReason) }
        return .raised(kind: p.exceptionClass, reason: p.exceptionReason, trace: p.exceptionTrace)
    }

    /// Raises `error:reason` from the instruction at `pc`.
    @inline(never)
    static func raiseError(_ p: Process, _ reason: Term, _ pc: UnsafePointer<UInt64>, _ cp: UInt64,
                           _ x: UnsafeMutablePointer<Term>) -> UnsafePointer<UInt64>? {
        _ = p.fail(reason)
        return raiseCurrent(p, pc: pc, cp, x)
    }

    /// `badmatch`, `case_clause`, `try_clause` and `badrecord`: `{Kind, Value}`.
    @inline(never)
    static func raiseInstructionError(_ p: Process, _ pc: UnsafePointer<UInt64>, _ cp: UInt64,
                                      _ x: UnsafeMutablePointer<Term>) -> UnsafePointer<UInt64>? {
        let value = source(pc[1], x, p)
        let kind: Term
        switch Op.decode(pc[0]) {
        case .badmatch: kind = Atom.badmatch
        case .caseEnd: kind = Atom.caseClause
        case .tryCaseEnd: kind = Atom.tryClause
        default: kind = Atom.badrecord
        }
        _ = p.fail(p.tuple(kind, value))
        return raiseCurrent(p, pc: pc, cp, x)
    }

    /// `function_clause` at a `func_info` instruction: the top frame carries the arguments.
    @inline(never)
    static func raiseFunctionClause(_ p: Process, _ pc: UnsafePointer<UInt64>, _ cp: UInt64,
                                    _ x: UnsafeMutablePointer<Term>) -> UnsafePointer<UInt64>? {
        _ = p.fail(Atom.functionClause)
        p.exceptionTopArgs = p.list(Array(UnsafeBufferPointer(start: x, count: Int(pc[3]))))
        return raiseCurrent(p, pc: pc, cp, x)
    }

    /// A BIF failed: unless it raised on purpose (`error/1`, `throw/1`, ...), its MFA and
    /// arguments become the top frame.
    @inline(never)
    static func raiseFromBif(_ p: Process, _ bif: Int, arguments: UnsafeMutablePointer<Term>, pc: UnsafePointer<UInt64>?,
                             _ cp: UInt64, _ x: UnsafeMutablePointer<Term>) -> UnsafePointer<UInt64>? {
        if let frame = p.exceptionFrame {
            p.exceptionBif = (frame.module, frame.function, frame.arguments, frame.info.isNone)
            if !frame.info.isNone { p.exceptionBifInfo = frame.info }
            p.exceptionFrame = nil
        } else if p.exceptionFromBif {
            let mfa = BifRegistry.mfa(bif)
            p.exceptionBif = (mfa.module, mfa.function, p.list(Array(UnsafeBufferPointer(start: arguments, count: mfa.arity))),
                              !BifRegistry.isNif[bif])
        }
        return raiseCurrent(p, pc: pc, cp, x)
    }

    /// Raises the exception recorded in the process, from `pc` (nil when not inside a
    /// module's code, such as in an export stub). Returns the handler to continue at (the
    /// caller then clears its continuation pointer: the handler's frame holds the CP), or
    /// nil when no handler exists; the process then holds the final class, reason and trace.
    @inline(never)
    static func raiseCurrent(_ p: Process, pc: UnsafePointer<UInt64>?, _ cp: UInt64,
                             _ x: UnsafeMutablePointer<Term>) -> UnsafePointer<UInt64>? {
        // A signal that ends the process is not an exception: nothing may catch it.
        if !p.terminationReason.isNone { return nil }
        let trace = p.exceptionTrace.isNone ? StackTrace.capture(p, pc: pc, cp: cp) : p.exceptionTrace
        p.exceptionBif = nil
        p.exceptionBifInfo = .none
        p.exceptionExtraFrame = .none
        p.exceptionTopArgs = .none
        p.exceptionErrorInfo = .none
        p.exceptionBifLocation = .none
        p.exceptionFromBif = true
        p.exceptionTrace = .none
        if p.catches > 0, let handler = unwindToHandler(p) {
            x[0] = .none
            x[1] = p.exceptionClass
            x[2] = p.exceptionReason
            x[3] = RawTrace.make(p, kind: p.exceptionClass, trace: trace)
            p.exceptionReason = .none
            return handler
        }
        p.exceptionTrace = StackTrace.list(p, trace)
        return nil
    }

    /// Pops stack frames up to the innermost catch or try frame and returns its handler.
    static func unwindToHandler(_ p: Process) -> UnsafePointer<UInt64>? {
        var slot = p.stackTop
        while slot < p.heapEnd {
            if slot[0].isCatchTag {
                // The frame holding the tag starts at the nearest CP below it.
                var base = slot
                while base > p.stackTop && base[0].primaryTag != 0 { base -= 1 }
                p.stackTop = base
                return UnsafePointer(bitPattern: UInt(slot[0].catchIndex))
            }
            slot += 1
        }
        return nil
    }

    /// What `catch Expr` evaluates to after an exception.
    static func catchResult(_ p: Process, _ x: UnsafeMutablePointer<Term>) {
        let kind = x[1], reason = x[2]
        if kind == Atom.throw {
            x[0] = reason
        } else if kind == Atom.exit {
            x[0] = p.tuple(Atom.exitTag, reason)
        } else {
            x[0] = p.tuple(Atom.exitTag, p.tuple(reason, RawTrace.list(p, x[3])))
        }
    }

    /// The `raise` instruction: re-raises `reason` with the class and trace of a raw trace.
    @inline(never)
    static func reraise(_ p: Process, trace: Term, reason: Term, _ pc: UnsafePointer<UInt64>, _ cp: UInt64,
                        _ x: UnsafeMutablePointer<Term>) -> UnsafePointer<UInt64>? {
        guard let kind = RawTrace.kind(trace) else { return raiseError(p, Atom.badarg, pc, cp, x) }
        _ = p.raise(kind, reason)
        p.exceptionTrace = RawTrace.trace(trace)
        return raiseCurrent(p, pc: pc, cp, x)
    }

    /// `raw_raise`: x0 class, x1 reason, x2 raw trace.
    @inline(never)
    static func reraise(_ p: Process, kind: Term, reason: Term, trace: Term, _ pc: UnsafePointer<UInt64>,
                        _ cp: UInt64, _ x: UnsafeMutablePointer<Term>) -> UnsafePointer<UInt64>? {
        guard kind == Atom.error || kind == Atom.exit || kind == Atom.throw else {
            return raiseError(p, Atom.badarg, pc, cp, x)
        }
        _ = p.raise(kind, reason)
        p.exceptionTrace = RawTrace.trace(trace)
        return raiseCurrent(p, pc: pc, cp, x)
    }
}
