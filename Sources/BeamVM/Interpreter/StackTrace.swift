// Stack traces in ERTS's shape: `[{M, F, ArityOrArgs, Location}]`, innermost first, at most
// `Interpreter.traceDepth` frames.
//
// Raising an exception only captures where it happened: a tuple holding the failing BIF's
// frame, the top frame's arguments and the code addresses of the raising instruction, the
// continuation pointer and the first continuation pointers on the stack. Most exceptions
// are caught by code that never looks at the trace (`catch`, `try ... catch throw:X`), so
// the list, with its module lookups and file names, is built only when something asks for
// it: `build_stacktrace`, `catch` of an error, or an exception nobody caught.
//
//   capture:  {'$beamr_trace', BifFrame, TopArgs, Pc, Cp, StackCp...}
//     BifFrame  {Module, Function, Arguments, WithErrorInfo} or []
//     TopArgs   the argument list shown in the top frame, or 0 (show the arity)
//     Pc, Cp    code addresses as small integers, 0 for none
//
// Addresses are only ever looked up in the code registry, so a capture forged by bad code
// yields no frames rather than reading anything it should not.

enum StackTrace {
    static let marker = Term.atom("$beamr_trace")

    /// Continuation pointers kept from the stack: room for a couple that belong to no
    /// module (the exit stub) besides the frames that can be shown.
    static let capturedReturns = Interpreter.traceDepth + 2

    /// Captures the current exception's location (see the file header).
    static func capture(_ p: Process, pc: UnsafePointer<UInt64>?, cp: UInt64) -> Term {
        var returns = 0
        var slot = p.stackTop
        while slot < p.heapEnd && returns < capturedReturns {
            if slot[0].primaryTag == 0 && slot[0].raw != 0 { returns += 1 }
            slot += 1
        }
        let bif = p.exceptionBif.map { p.tuple($0.module, $0.function, $0.arguments, .bool($0.errorInfo)) } ?? .nil
        let size = 5 + returns
        let object = p.allocate(1 + size)
        object[0] = Header.tuple(size)
        object[1] = marker
        object[2] = bif
        object[3] = p.exceptionTopArgs.isNone ? .small(0) : p.exceptionTopArgs
        object[4] = .small(pc.map { Int(bitPattern: UInt(bitPattern: $0)) } ?? 0)
        object[5] = .small(Int(truncatingIfNeeded: cp))
        slot = p.stackTop
        var index = 6
        while index < 6 + returns {
            if slot[0].primaryTag == 0 && slot[0].raw != 0 {
                object[index] = .small(Int(truncatingIfNeeded: slot[0].raw))
                index += 1
            }
            slot += 1
        }
        return .boxed(object)
    }

    /// Whether a trace is a capture rather than a list.
    static func isCapture(_ trace: Term) -> Bool {
        trace.isTuple && trace.tupleArity >= 5 && trace.tupleElement(0) == marker
    }

    /// The stack trace list of a trace: built from a capture, or the list itself.
    static func list(_ p: Process, _ trace: Term) -> Term {
        guard isCapture(trace) else { return trace }
        var frames: [Term] = []
        let bif = trace.tupleElement(1)
        if bif.isTuple && bif.tupleArity == 4 {
            let module = bif.tupleElement(0)
            let info = bif.tupleElement(3) == .true ? p.list([p.tuple(Atom.errorInfo, errorInfo(p, module: module))]) : .nil
            frames.append(p.tuple(module, bif.tupleElement(1), bif.tupleElement(2), info))
        }
        let topArgs = trace.tupleElement(2)
        if let frame = frame(p, address(trace.tupleElement(3)), isReturnAddress: false,
                             arguments: topArgs.isSmall ? .none : topArgs) {
            frames.append(frame)
        }
        for i in 4..<trace.tupleArity where frames.count < Interpreter.traceDepth {
            if let frame = frame(p, address(trace.tupleElement(i)), isReturnAddress: true, arguments: .none) {
                frames.append(frame)
            }
        }
        return p.list(frames)
    }

    /// A captured address (0 when the term is not a small integer).
    static func address(_ term: Term) -> UInt {
        term.isSmall ? UInt(truncatingIfNeeded: term.smallValue) : 0
    }

    /// `#{module => erl_erts_errors}` for erlang BIFs, `erl_stdlib_errors` for the others.
    static func errorInfo(_ p: Process, module: Term) -> Term {
        let formatter = module == Atom.erlang ? Term.atom("erl_erts_errors") : Term.atom("erl_stdlib_errors")
        return MapOps.make(p, [(Atom.module, formatter)])
    }

    /// The frame for a code address: `{Module, Function, Arity, Location}`; nil for an
    /// address outside every module.
    static func frame(_ p: Process, _ address: UInt, isReturnAddress: Bool, arguments: Term) -> Term? {
        guard address != 0, let module = CodeRegistry.shared.module(containing: address) else { return nil }
        var offset = (Int(address) - Int(bitPattern: UInt(bitPattern: module.code))) / 8
        if isReturnAddress { offset -= 1 }
        guard let function = module.function(at: offset) else { return nil }
        var location: Term = .nil
        if let place = module.location(at: offset, functionStart: function.start) {
            location = p.list([p.tuple(Atom.file, p.charList(place.file)), p.tuple(Atom.line, .small(place.line))])
        }
        let third = arguments.isNone ? Term.small(function.arity) : arguments
        return p.tuple(module.name, function.name, third, location)
    }
}
