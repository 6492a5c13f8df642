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
//   capture:  {'$beamr_trace', BifFrame, TopArgs, ErrorInfo, Pc, Cp, StackCp...}
//     BifFrame  {Module, Function, Arguments, WithErrorInfo, Location, InfoReplacement,
//               ExtraFrame} or []: Location is the list of location items the BIF gave,
//               InfoReplacement a list replacing them (or 0), ExtraFrame a frame shown below
//               the BIF's (or 0)
//     TopArgs   the argument list shown in the top frame, or 0 (show the arity)
//     ErrorInfo the error_info map of a failing instruction, or 0
//     Pc, Cp    code addresses as small integers, 0 for none
//     StackCp   continuation pointers from the stack, each different from the one before
//               (a body recursion is shown once, as ERTS does)
//
// Addresses are only ever looked up in the code registry, so a capture forged by bad code
// yields no frames rather than reading anything it should not.

enum StackTrace {
    static let marker = Term.atom("$beamr_trace")

    /// Continuation pointers kept from the stack: room for a couple that belong to no
    /// module (the exit stub) besides the frames that can be shown.
    static var capturedReturns: Int { Interpreter.traceDepth + 2 }

    /// Fixed slots of a capture before the stack's continuation pointers.
    static let fixedSlots = 6

    /// Captures the current exception's location (see the file header).
    static func capture(_ p: Process, pc: UnsafePointer<UInt64>?, cp: UInt64) -> Term {
        let limit = capturedReturns
        var returns = 0
        var previous = cp
        var slot = p.stackTop
        while slot < p.heapEnd && returns < limit {
            let word = slot[0]
            if word.primaryTag == 0 && word.raw != 0 && word.raw != previous {
                returns += 1
                previous = word.raw
            }
            slot += 1
        }
        let bif = p.exceptionBif.map {
            p.tuple($0.module, $0.function, $0.arguments, .bool($0.errorInfo),
                    p.exceptionBifLocation.isNone ? .nil : p.exceptionBifLocation,
                    p.exceptionBifInfo.isNone ? .small(0) : p.exceptionBifInfo,
                    p.exceptionExtraFrame.isNone ? .small(0) : p.exceptionExtraFrame)
        } ?? .nil
        let size = fixedSlots + returns
        let object = p.allocate(1 + size)
        object[0] = Header.tuple(size)
        object[1] = marker
        object[2] = bif
        object[3] = p.exceptionTopArgs.isNone ? .small(0) : p.exceptionTopArgs
        object[4] = p.exceptionErrorInfo.isNone ? .small(0) : p.exceptionErrorInfo
        object[5] = .small(pc.map { Int(bitPattern: UInt(bitPattern: $0)) } ?? 0)
        object[6] = .small(Int(truncatingIfNeeded: cp))
        slot = p.stackTop
        previous = cp
        var index = 1 + fixedSlots
        while index < 1 + size {
            let word = slot[0]
            if word.primaryTag == 0 && word.raw != 0 && word.raw != previous {
                object[index] = .small(Int(truncatingIfNeeded: word.raw))
                previous = word.raw
                index += 1
            }
            slot += 1
        }
        return .boxed(object)
    }

    /// Whether a trace is a capture rather than a list.
    static func isCapture(_ trace: Term) -> Bool {
        trace.isTuple && trace.tupleArity >= fixedSlots && trace.tupleElement(0) == marker
    }

    /// A capture slot holding a term or 0 for none.
    static func optional(_ term: Term) -> Term {
        term == .small(0) ? .none : term
    }

    /// The stack trace list of a trace: built from a capture, or the list itself.
    static func list(_ p: Process, _ trace: Term) -> Term {
        guard isCapture(trace) else { return trace }
        let depth = Interpreter.traceDepth
        var frames: [Term] = []
        var instructionInfo = optional(trace.tupleElement(3))
        let bif = trace.tupleElement(1)
        if bif.isTuple && bif.tupleArity == 7 {
            let module = bif.tupleElement(0)
            var items = bif.tupleElement(4).listElements ?? []
            if bif.tupleElement(3) == .true {
                let map = instructionInfo.isNone ? errorInfo(p, module: module) : instructionInfo
                items.append(p.tuple(Atom.errorInfo, map))
                instructionInfo = .none
            } else if let replacement = optional(bif.tupleElement(5)).listElements {
                items = replacement
            }
            frames.append(p.tuple(module, bif.tupleElement(1), bif.tupleElement(2), p.list(items)))
            let extra = optional(bif.tupleElement(6))
            if !extra.isNone { frames.append(extra) }
        }
        let topArgs = optional(trace.tupleElement(2))
        let pc = address(trace.tupleElement(4))
        if let frame = frame(p, pc, isReturnAddress: false, arguments: topArgs, errorInfo: instructionInfo) {
            frames.append(frame)
        }
        // Without a pc (a BIF reached through its export entry) the caller is the current
        // function, so arguments given for the top frame (error/2) belong to it.
        var arguments = pc == 0 ? topArgs : .none
        // Likewise the error_info of error/3 (ets.erl's soft_whereis/1 calls it last).
        let callerInfo = pc == 0 && !bif.isTuple ? instructionInfo : .none
        var previous: UInt = 0
        for i in (fixedSlots - 1)..<trace.tupleArity where frames.count < depth {
            let return_ = address(trace.tupleElement(i))
            guard return_ != previous,
                  let frame = frame(p, return_, isReturnAddress: true, arguments: arguments,
                                    errorInfo: i == fixedSlots - 1 ? callerInfo : .none) else { continue }
            frames.append(frame)
            previous = return_
            arguments = .none
        }
        return p.list(Array(frames.prefix(depth)))
    }

    /// A captured address (0 when the term is not a small integer).
    static func address(_ term: Term) -> UInt {
        term.isSmall ? UInt(truncatingIfNeeded: term.smallValue) : 0
    }

    /// `#{module => erl_erts_errors}` for erlang BIFs, `erl_kernel_errors` for os BIFs,
    /// `erl_stdlib_errors` for the others.
    static func errorInfo(_ p: Process, module: Term) -> Term {
        let formatter = module == Atom.erlang ? Term.atom("erl_erts_errors")
            : module == Atom.os ? Term.atom("erl_kernel_errors") : Term.atom("erl_stdlib_errors")
        return MapOps.make(p, [(Atom.module, formatter)])
    }

    /// The frame for a code address: `{Module, Function, Arity, Location}`; nil for an
    /// address outside every module.
    static func frame(_ p: Process, _ address: UInt, isReturnAddress: Bool, arguments: Term,
                      errorInfo: Term = .none) -> Term? {
        guard address != 0, let module = CodeRegistry.shared.module(containing: address) else { return nil }
        var offset = (Int(address) - Int(bitPattern: UInt(bitPattern: module.code))) / 8
        if isReturnAddress { offset -= 1 }
        guard let function = module.function(at: offset) else { return nil }
        var items: [Term] = []
        if let place = module.location(at: offset) {
            items = [p.tuple(Atom.file, p.charList(place.file)), p.tuple(Atom.line, .small(place.line))]
        }
        if !errorInfo.isNone { items.append(p.tuple(Atom.errorInfo, errorInfo)) }
        let third = arguments.isNone ? Term.small(function.arity) : arguments
        return p.tuple(module.name, function.name, third, p.list(items))
    }
}
