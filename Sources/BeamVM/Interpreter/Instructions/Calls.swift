// Calls, returns and their fused forms, applies and fun calls, and the code of export
// entries (native functions, modules not loaded yet, apply, waiting for a reply).

extension Exec {
    // MARK: Returns

    @inline(__always) static func `return`(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        m.returnToCaller()
    }

    @inline(__always) static func moveReturn(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        m.x[0] = register(word, 0, m.x, m.sp).pointee
        return m.returnToCaller()
    }

    @inline(__always) static func moveReturnC(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        m.x[0] = Term(raw: m.pc[1])
        return m.returnToCaller()
    }

    @inline(__always) static func deallocateReturn(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        m.cp = m.sp[0].raw
        m.setStack(m.sp + field(word, 0), p)
        return m.returnToCaller()
    }

    @inline(__always) static func moveDeallocateReturn(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        m.x[0] = register(word, 0, m.x, m.sp).pointee
        m.cp = m.sp[0].raw
        m.setStack(m.sp + field(word, 1), p)
        return m.returnToCaller()
    }

    @inline(__always) static func moveDeallocateReturnC(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        m.x[0] = Term(raw: m.pc[1])
        m.cp = m.sp[0].raw
        m.setStack(m.sp + field(word, 1), p)
        return m.returnToCaller()
    }

    // MARK: Local and external calls

    @inline(__always) static func call(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        m.cp = codeWord(m.pc + 3)
        return m.call(p, codeAddress(m.pc[2]), live: int(m.pc[1]))
    }

    @inline(__always) static func callLast(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        m.cp = m.sp[0].raw
        m.setStack(m.sp + (int(m.pc[3]) &+ 1), p)
        return m.call(p, codeAddress(m.pc[2]), live: int(m.pc[1]))
    }

    @inline(__always) static func callOnly(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        m.call(p, codeAddress(m.pc[2]), live: int(m.pc[1]))
    }

    @inline(__always) static func callExt(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        m.cp = codeWord(m.pc + 3)
        return m.call(p, codeAddress(ExportEntry(address: m.pc[2]).address), live: int(m.pc[1]))
    }

    @inline(__always) static func callExtLast(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        let target = codeAddress(ExportEntry(address: m.pc[2]).address), arity = int(m.pc[1])
        m.cp = m.sp[0].raw
        m.setStack(m.sp + (int(m.pc[3]) &+ 1), p)
        return m.call(p, target, live: arity)
    }

    @inline(__always) static func callExtOnly(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        m.call(p, codeAddress(ExportEntry(address: m.pc[2]).address), live: int(m.pc[1]))
    }

    // The fused forms read their move's source before call_last pops the frame.

    @inline(__always) static func moveCall(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        m.x[field(word, 1)] = register(word, 0, m.x, m.sp).pointee
        m.cp = codeWord(m.pc + 3)
        return m.call(p, codeAddress(m.pc[2]), live: field(word, 2))
    }

    @inline(__always) static func moveCallC(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        m.x[field(word, 1)] = Term(raw: m.pc[1])
        m.cp = codeWord(m.pc + 3)
        return m.call(p, codeAddress(m.pc[2]), live: field(word, 2))
    }

    @inline(__always) static func moveCallOnly(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        m.x[field(word, 1)] = register(word, 0, m.x, m.sp).pointee
        return m.call(p, codeAddress(m.pc[2]), live: field(word, 2))
    }

    @inline(__always) static func moveCallOnlyC(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        m.x[field(word, 1)] = Term(raw: m.pc[1])
        return m.call(p, codeAddress(m.pc[2]), live: field(word, 2))
    }

    @inline(__always) static func moveCallLast(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        m.x[field(word, 1)] = register(word, 0, m.x, m.sp).pointee
        m.cp = m.sp[0].raw
        m.setStack(m.sp + field(word, 3), p)
        return m.call(p, codeAddress(m.pc[2]), live: field(word, 2))
    }

    @inline(__always) static func moveCallLastC(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        m.x[field(word, 1)] = Term(raw: m.pc[1])
        m.cp = m.sp[0].raw
        m.setStack(m.sp + field(word, 3), p)
        return m.call(p, codeAddress(m.pc[2]), live: field(word, 2))
    }

    // MARK: Applies and funs

    @inline(__always) static func apply(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        let arity = int(m.pc[1])
        guard let target = Interpreter.resolveApply(p, m.x[arity], m.x[arity &+ 1], arity) else {
            return m.raiseCurrent(p, at: m.pc)
        }
        m.cp = codeWord(m.pc + 2)
        return m.call(p, target, live: arity)
    }

    @inline(__always) static func applyLast(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        let arity = int(m.pc[1])
        guard let target = Interpreter.resolveApply(p, m.x[arity], m.x[arity &+ 1], arity) else {
            return m.raiseCurrent(p, at: m.pc)
        }
        m.cp = m.sp[0].raw
        m.setStack(m.sp + (int(m.pc[2]) &+ 1), p)
        return m.call(p, target, live: arity)
    }

    @inline(__always) static func callFun(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        let arity = int(m.pc[1])
        guard let (target, live) = Interpreter.prepareFunCall(p, m.x[arity], arity: arity, m.x) else {
            return m.raiseCurrent(p, at: m.pc)
        }
        m.cp = codeWord(m.pc + 2)
        return m.call(p, target, live: live)
    }

    @inline(__always) static func callFun2(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        let arity = int(m.pc[1])
        guard let (target, live) = Interpreter.prepareFunCall(p, m.source(m.pc[2]), arity: arity, m.x) else {
            return m.raiseCurrent(p, at: m.pc)
        }
        m.cp = codeWord(m.pc + 3)
        return m.call(p, target, live: live)
    }

    @inline(__always) static func callFunLast(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        let arity = int(m.pc[1])
        guard let (target, live) = Interpreter.prepareFunCall(p, m.source(m.pc[2]), arity: arity, m.x) else {
            return m.raiseCurrent(p, at: m.pc)
        }
        m.cp = m.sp[0].raw
        m.setStack(m.sp + (int(m.pc[3]) &+ 1), p)
        return m.call(p, target, live: live)
    }

    @inline(__always) static func makeFun2(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        m.x[0] = Interpreter.makeClosure(p, FunEntry(Term(raw: m.pc[1])), free: m.x)
        return m.skip(2)
    }

    @inline(__always) static func makeFun3(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        let entry = FunEntry(Term(raw: m.pc[1]))
        let count = int(m.pc[3])
        let object = Interpreter.heapAllocate(p, 3 &+ count, m.sp)
        object[0] = Header.make(.closure, 2 &+ count)
        object[1] = Term(raw: entry.rawValue)
        var i = 0
        while i < count {
            object[2 &+ i] = m.source(m.pc[4 &+ i])
            i &+= 1
        }
        object[2 &+ count] = p.pid
        m.store(m.pc[2], .boxed(object))
        return m.skip(4 &+ count)
    }

    // MARK: Export entry code

    @inline(__always) static func normalExit(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        p.pc = m.pc
        return m.stop(p, .returned(m.x[0]))
    }

    @inline(__always) static func funcInfo(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        m.raised(p, Interpreter.raiseFunctionClause(p, m.pc, m.cp, m.x))
    }

    @inline(__always) static func callBif(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        let bif = int(m.pc[1])
        let result = BifTable.call(bif, p, m.x)
        if _slowPath(result.isNone) {
            let trap = Interpreter.bifTrapOrRaise(p, bif, m.cp, m.x)
            m.pc = trap.pc
            m.cp = trap.cp
            m.sp = p.stackTop
            guard let outcome = trap.outcome else { return .next }
            if case .yielded = outcome {
                return m.stop(p, Interpreter.suspend(p, at: m.pc, arity: 1, cp: m.cp, reds: m.reds, m.x))
            }
            return m.stop(p, outcome)
        }
        m.x[0] = result
        m.pc = codeAddress(m.cp)
        m.cp = 0
        m.reds &-= 1
        if _slowPath(!p.terminationReason.isNone) { return m.stop(p, .terminated(reason: p.terminationReason)) }
        return .next
    }

    @inline(__always) static func callUndefined(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        guard let target = Interpreter.callUndefined(p, ExportEntry(address: m.pc[1]), m.x) else {
            return m.raiseCurrent(p, at: nil)
        }
        m.pc = target
        return .next
    }

    @inline(__always) static func lazyEntry(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        guard Interpreter.translateOnEntry(p, m.pc, m.x) else { return m.raiseCurrent(p, at: nil) }
        return .next
    }

    @inline(__always) static func applyStub(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        guard let (target, live) = Interpreter.applyStub(p, arity: int(m.pc[1]), m.x) else {
            return m.raiseCurrent(p, at: nil)
        }
        return m.call(p, target, live: live)
    }

    @inline(__always) static func awaitReply(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        let result = Interpreter.awaitReply(p, m.pc, m.cp, m.x)
        m.pc = result.pc
        m.cp = result.cp
        guard let outcome = result.outcome else { return .next }
        return m.stop(p, outcome)
    }
}

extension Interpreter {
    /// Waits for the reply whose reference id is in x0, and returns to the caller with it.
    @inline(never)
    static func awaitReply(_ p: Process, _ pc: UnsafePointer<UInt64>, _ cp: UInt64,
                           _ x: UnsafeMutablePointer<Term>) -> TrapResult {
        if let value = p.takeReply(UInt64(x[0].smallValue)) {
            x[0] = value
            return TrapResult(pc: codeAddress(cp), cp: 0)
        }
        p.takeInbox()
        if _slowPath(!p.terminationReason.isNone) {
            return TrapResult(pc: pc, cp: cp, outcome: .terminated(reason: p.terminationReason))
        }
        if p.replies.isEmpty {
            p.savedRegisters = [x[0]]
            guard let next = wait(p, resumeAt: pc, cp: cp) else { return TrapResult(pc: pc, cp: cp, outcome: .waiting) }
            p.savedRegisters.removeAll()
            return TrapResult(pc: next, cp: cp)
        }
        return TrapResult(pc: pc, cp: cp)
    }
}
