// Calls whose target is only known at run time: apply, fun calls, and calls to export
// entries whose module is not loaded yet.

extension Interpreter {
    /// Loads the module of an undefined export entry on demand. Returns the function's code,
    /// or nil after recording `undef` (the top frame names the missing function).
    @inline(never)
    static func callUndefined(_ p: Process, _ entry: ExportEntry, _ x: UnsafeMutablePointer<Term>) -> UnsafePointer<UInt64>? {
        if KernelServices.mustWait(p, calling: entry.module),
           let code = KernelServices.waitThenCall(p, module: entry.module, function: entry.function, arity: entry.arity, x) {
            return code
        }
        if CodeServer.shared.ensureLoaded(entry.module) != nil, entry.isDefined {
            return codeAddress(entry.address)
        }
        return undefined(p, entry.module, entry.function, arguments: p.list(Array(UnsafeBufferPointer(start: x, count: entry.arity))))
    }

    /// Translates the function whose entry is `pc` (see FunctionTranslator), so that the
    /// op at `pc` is its first instruction. A function that cannot be translated is reported
    /// once, and calls to it fail with `undef`, as calls to a module that failed to load do.
    @inline(never)
    static func translateOnEntry(_ p: Process, _ pc: UnsafePointer<UInt64>, _ x: UnsafeMutablePointer<Term>) -> Bool {
        let address = UInt(bitPattern: pc)
        guard let module = CodeRegistry.shared.module(containing: address),
              let index = module.functionIndex(at: (Int(address) - Int(UInt(bitPattern: module.code))) / 8) else {
            _ = p.fail(Atom.undef)
            return false
        }
        guard let failure = module.translator.translate(index) else { return true }
        CodeServer.shared.recordFailure(module.name, failure.message)
        let function = module.functions[index]
        _ = undefined(p, module.name, function.name, arguments: p.list(Array(UnsafeBufferPointer(start: x, count: function.arity))))
        return false
    }

    static func undefined(_ p: Process, _ module: Term, _ function: Term, arguments: Term) -> UnsafePointer<UInt64>? {
        _ = p.fail(Atom.undef)
        p.exceptionBif = (module, function, arguments, false)
        return nil
    }

    /// `erlang:apply(Fun, Args)` (x0, x1) and `erlang:apply(Module, Function, Args)` (x0, x1,
    /// x2): spreads the argument list over the x registers and returns the code to run.
    @inline(never)
    static func applyStub(_ p: Process, arity: Int, _ x: UnsafeMutablePointer<Term>) -> (UnsafePointer<UInt64>, Int)? {
        let list = x[arity - 1]
        guard let arguments = list.listElements, arguments.count < Registers.count - 8 else {
            _ = p.fail(Atom.badarg)
            p.exceptionBif = (Atom.erlang, Atom.apply, p.list(Array(UnsafeBufferPointer(start: x, count: arity))), true)
            return nil
        }
        if arity == 2 {
            let fun = x[0]
            for (i, argument) in arguments.enumerated() { x[i] = argument }
            return prepareFunCall(p, fun, arity: arguments.count, x)
        }
        let module = x[0], function = x[1]
        for (i, argument) in arguments.enumerated() { x[i] = argument }
        guard let target = resolveApply(p, module, function, arguments.count) else {
            p.exceptionBif = (Atom.erlang, Atom.apply, p.list([module, function, list]), true)
            return nil
        }
        return (target, arguments.count)
    }

    /// The code for `Module:Function` with `arity` arguments in x0...
    @inline(never)
    static func resolveApply(_ p: Process, _ module: Term, _ function: Term, _ arity: Int) -> UnsafePointer<UInt64>? {
        guard module.isAtom, function.isAtom else {
            _ = p.fail(Atom.badarg)
            return nil
        }
        let entry = ExportTable.shared.entry(module: module, function: function, arity: arity)
        return codeAddress(entry.address)
    }

    /// Places a fun's free variables after its `arity` arguments and returns its code and
    /// the number of live registers; records `badfun` or `badarity` on failure.
    @inline(__always)
    static func prepareFunCall(_ p: Process, _ fun: Term, arity: Int, _ x: UnsafeMutablePointer<Term>)
        -> (UnsafePointer<UInt64>, Int)? {
        if _fastPath(fun.isBoxed) {
            let object = fun.boxedPointer
            let subtag = Header.subtag(object[0])
            if subtag == Subtag.closure.rawValue {
                let entry = FunEntry(object[1])
                if _fastPath(entry.arity == arity) {
                    let free = entry.freeCount
                    for i in 0..<free { x[arity + i] = object[2 + i] }
                    return (codeAddress(entry.address), arity + free)
                }
                return badArity(p, fun, arity, x)
            }
            if subtag == Subtag.export.rawValue {
                let entry = ExportEntry(object[1])
                if entry.arity == arity { return (codeAddress(entry.address), arity) }
                return badArity(p, fun, arity, x)
            }
        }
        _ = p.fail(p.tuple(Atom.badfun, fun))
        return nil
    }

    @inline(never)
    static func badArity(_ p: Process, _ fun: Term, _ arity: Int, _ x: UnsafeMutablePointer<Term>) -> (UnsafePointer<UInt64>, Int)? {
        let arguments = p.list(Array(UnsafeBufferPointer(start: x, count: arity)))
        _ = p.fail(p.tuple(Atom.badarity, p.tuple(fun, arguments)))
        return nil
    }

    /// A closure over `entry` whose free variables are in `free[0...]`, made by `p`.
    static func makeClosure(_ p: Process, _ entry: FunEntry, free: UnsafeMutablePointer<Term>) -> Term {
        let count = entry.freeCount
        let object = p.allocate(3 + count)
        object[0] = Header.make(.closure, 2 + count)
        object[1] = Term(raw: entry.rawValue)
        for i in 0..<count { object[2 + i] = free[i] }
        object[2 + count] = p.pid
        return .boxed(object)
    }

    /// The arity of a fun. - Precondition: `fun.isFunction`.
    static func funArity(_ fun: Term) -> Int {
        let object = fun.boxedPointer
        if Header.subtag(object[0]) == Subtag.closure.rawValue { return FunEntry(object[1]).arity }
        return ExportEntry(object[1]).arity
    }

    /// `update_record`: a copy of a tuple with some elements replaced.
    static func updateRecord(_ p: Process, _ pc: UnsafePointer<UInt64>, _ x: UnsafeMutablePointer<Term>) -> UnsafePointer<UInt64> {
        let size = Int(pc[1])
        let original = source(pc[2], x, p)
        let count = Int(pc[4])
        let object = p.allocate(1 + size)
        object.update(from: original.boxedPointer, count: 1 + size)
        for i in 0..<count {
            let index = Int(pc[5 + 2 * i])
            object[index] = source(pc[6 + 2 * i], x, p)
        }
        store(pc[3], .boxed(object), x, p)
        return pc + 5 + 2 * count
    }
}
