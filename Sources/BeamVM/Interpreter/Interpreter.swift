// The dispatch loop. `run` executes one process until it returns from its first call,
// raises an exception nobody catches, or uses up its reductions.
//
// Hot state lives in locals: the instruction pointer `pc`, the continuation pointer `cp`
// (0 while it is saved in the current stack frame), the x registers and the reduction
// budget. The heap and stack pointers stay in the process, which the loop accesses
// directly. Slow paths are `@inline(never)` functions in the Interpreter+*.swift files.

/// How a slice of execution ended.
public enum SliceOutcome {
    /// The process's first call returned this value.
    case returned(Term)
    /// An exception reached the bottom of the stack.
    case raised(kind: Term, reason: Term, trace: Term)
    /// The reduction budget ran out; call `run` again to continue.
    case yielded
    /// The process waits in `receive` (or is already queued again by a sender).
    case waiting
    /// A signal ended the process.
    case terminated(reason: Term)
}

/// The interpreter.
public enum Interpreter {
    /// Reductions per slice, as ERTS's CONTEXT_REDS.
    public static let sliceReductions = 4000

    public static func run(_ p: Process, _ registers: Registers) -> SliceOutcome {
        let x = registers.x
        var pc = p.pc.unsafelyUnwrapped
        var cp = p.cp
        var reds = sliceReductions
        for i in 0..<p.savedRegisters.count { x[i] = p.savedRegisters[i] }
        p.savedRegisters.removeAll(keepingCapacity: true)

        /// Suspends at a call: saves the live registers and where to continue.
        func yieldAt(_ target: UnsafePointer<UInt64>, arity: Int) -> SliceOutcome {
            p.reductions &+= sliceReductions - reds
            RuntimeStatistics.reductions.add(sliceReductions - reds, ordering: .relaxed)
            RuntimeStatistics.contextSwitches.add(1, ordering: .relaxed)
            p.pc = target
            p.cp = cp
            p.savedRegisters = Array(UnsafeBufferPointer(start: x, count: arity))
            return .yielded
        }

        while true {
            switch Op.decode(pc[0]) {

            // MARK: Moves
            case .move:
                store(pc[2], source(pc[1], x, p), x, p)
                pc += 3
            case .swap:
                let a = source(pc[1], x, p), b = source(pc[2], x, p)
                store(pc[1], b, x, p)
                store(pc[2], a, x, p)
                pc += 3
            case .getList:
                let list = source(pc[1], x, p)
                guard _fastPath(list.isList) else { if let next = raiseError(p, Atom.badarg, pc, &cp, x) { pc = next; continue } else { return uncaught(p) } }
                store(pc[2], list.head, x, p)
                store(pc[3], list.tail, x, p)
                pc += 4
            case .getHd:
                let list = source(pc[1], x, p)
                guard _fastPath(list.isList) else { if let next = raiseError(p, Atom.badarg, pc, &cp, x) { pc = next; continue } else { return uncaught(p) } }
                store(pc[2], list.head, x, p)
                pc += 3
            case .getTl:
                let list = source(pc[1], x, p)
                guard _fastPath(list.isList) else { if let next = raiseError(p, Atom.badarg, pc, &cp, x) { pc = next; continue } else { return uncaught(p) } }
                store(pc[2], list.tail, x, p)
                pc += 3
            case .getTupleElement:
                let tuple = source(pc[1], x, p)
                let index = Int(pc[2])
                guard _fastPath(tuple.isTuple && index < tuple.tupleArity) else {
                    if let next = raiseError(p, Atom.badarg, pc, &cp, x) { pc = next; continue } else { return uncaught(p) }
                }
                store(pc[3], tuple.tupleElement(index), x, p)
                pc += 4
            case .setTupleElement:
                let value = source(pc[1], x, p), tuple = source(pc[2], x, p)
                let index = Int(pc[3])
                guard _fastPath(tuple.isTuple && index < tuple.tupleArity && !p.isLiteral(tuple)) else {
                    if let next = raiseError(p, Atom.badarg, pc, &cp, x) { pc = next; continue } else { return uncaught(p) }
                }
                tuple.boxedPointer[1 + index] = value
                pc += 4
            case .putList:
                let cell = p.allocate(2)
                cell[0] = source(pc[1], x, p)
                cell[1] = source(pc[2], x, p)
                store(pc[3], .list(cell), x, p)
                pc += 4
            case .putTuple2:
                let arity = Int(pc[2])
                let object = p.allocate(arity + 1)
                object[0] = Header.tuple(arity)
                for i in 0..<arity { object[1 + i] = source(pc[3 + i], x, p) }
                store(pc[1], .boxed(object), x, p)
                pc += 3 + arity
            case .initY:
                store(pc[1], .nil, x, p)
                pc += 2
            case .initYregs:
                let count = Int(pc[1])
                for i in 0..<count { store(pc[2 + i], .nil, x, p) }
                pc += 2 + count

            // MARK: Stack and heap
            case .allocate:
                let words = Int(pc[1]) + 1
                guard p.ensureFree(words, live: Int(pc[2]), registers: x) else { return .terminated(reason: p.terminationReason) }
                p.pushFrame(words, cp: cp)
                cp = 0
                pc += 3
            case .allocateHeap:
                let words = Int(pc[1]) + 1
                guard p.ensureFree(words + Int(pc[2]), live: Int(pc[3]), registers: x) else {
                    return .terminated(reason: p.terminationReason)
                }
                p.pushFrame(words, cp: cp)
                cp = 0
                pc += 4
            case .testHeap:
                guard p.ensureFree(Int(pc[1]), live: Int(pc[2]), registers: x) else { return .terminated(reason: p.terminationReason) }
                pc += 3
            case .deallocate:
                cp = p.stackTop[0].raw
                p.stackTop += Int(pc[1]) + 1
                pc += 2
            case .trim:
                let n = Int(pc[1])
                p.stackTop[n] = p.stackTop[0]
                p.stackTop += n
                pc += 2

            // MARK: Calls
            case .call:
                // The arity is read before `pc` moves to the callee.
                let arity = Int(pc[1])
                cp = codeWord(pc + 3)
                pc = codeAddress(pc[2])
                reds &-= 1
                if _slowPath(reds <= 0) { return yieldAt(pc, arity: arity) }
            case .callLast:
                let arity = Int(pc[1])
                cp = p.stackTop[0].raw
                p.stackTop += Int(pc[3]) + 1
                pc = codeAddress(pc[2])
                reds &-= 1
                if _slowPath(reds <= 0) { return yieldAt(pc, arity: arity) }
            case .callOnly:
                let arity = Int(pc[1])
                pc = codeAddress(pc[2])
                reds &-= 1
                if _slowPath(reds <= 0) { return yieldAt(pc, arity: arity) }
            case .callExt:
                let entry = ExportEntry(address: pc[2])
                cp = codeWord(pc + 3)
                let arity = Int(pc[1])
                pc = codeAddress(entry.address)
                reds &-= 1
                if _slowPath(reds <= 0) { return yieldAt(pc, arity: arity) }
            case .callExtLast:
                let entry = ExportEntry(address: pc[2])
                cp = p.stackTop[0].raw
                p.stackTop += Int(pc[3]) + 1
                let arity = Int(pc[1])
                pc = codeAddress(entry.address)
                reds &-= 1
                if _slowPath(reds <= 0) { return yieldAt(pc, arity: arity) }
            case .callExtOnly:
                let entry = ExportEntry(address: pc[2])
                let arity = Int(pc[1])
                pc = codeAddress(entry.address)
                reds &-= 1
                if _slowPath(reds <= 0) { return yieldAt(pc, arity: arity) }
            case .return:
                guard _fastPath(cp != 0) else { if let next = raiseError(p, Atom.badarg, pc, &cp, x) { pc = next; continue } else { return uncaught(p) } }
                pc = codeAddress(cp)
                cp = 0
            case .normalExit:
                p.pc = pc
                return .returned(x[0])
            case .funcInfo:
                if let next = raiseFunctionClause(p, pc, &cp, x) { pc = next } else { return uncaught(p) }
                continue
            case .callBif:
                let bif = Int(pc[1])
                let result = BifTable.call(bif, p, x)
                if _slowPath(result.isNone) {
                    if let trap = p.trap {
                        p.trap = nil
                        switch trap {
                        case .yield:
                            x[0] = .true
                            pc = codeAddress(cp)
                            cp = 0
                            return yieldAt(pc, arity: 1)
                        case .jump(let code, let values):
                            for (i, value) in values.enumerated() { x[i] = value }
                            pc = code
                        case .hibernate(let code):
                            p.stackTop = p.heapEnd
                            p.catches = 0
                            cp = codeWord(Runtime.exitStub)
                            p.takeInbox()
                            if p.queue.head != nil {
                                for (i, value) in p.savedRegisters.enumerated() { x[i] = value }
                                p.savedRegisters.removeAll()
                                pc = code
                            } else if let next = wait(p, resumeAt: code, cp: cp) {
                                for (i, value) in p.savedRegisters.enumerated() { x[i] = value }
                                p.savedRegisters.removeAll()
                                pc = next
                            } else {
                                return .waiting
                            }
                        }
                        continue
                    }
                    if let next = raiseFromBif(p, bif, arguments: x, pc: nil, &cp, x) { pc = next } else { return uncaught(p) }
                    continue
                }
                x[0] = result
                pc = codeAddress(cp)
                cp = 0
                reds &-= 1
                if _slowPath(!p.terminationReason.isNone) { return .terminated(reason: p.terminationReason) }
            case .awaitReply:
                if let value = p.takeReply(UInt64(x[0].smallValue)) {
                    x[0] = value
                    pc = codeAddress(cp)
                    cp = 0
                    continue
                }
                p.takeInbox()
                if _slowPath(!p.terminationReason.isNone) { return .terminated(reason: p.terminationReason) }
                if p.replies.isEmpty {
                    p.savedRegisters = [x[0]]
                    if let next = wait(p, resumeAt: pc, cp: cp) {
                        p.savedRegisters.removeAll()
                        pc = next
                    } else {
                        return .waiting
                    }
                }
            case .callUndefined:
                let entry = ExportEntry(address: pc[1])
                guard let target = callUndefined(p, entry, x) else {
                    if let next = raiseCurrent(p, pc: nil, &cp, x) { pc = next } else { return uncaught(p) }
                    continue
                }
                pc = target
            case .applyStub:
                guard let (target, live) = applyStub(p, arity: Int(pc[1]), x) else {
                    if let next = raiseCurrent(p, pc: nil, &cp, x) { pc = next } else { return uncaught(p) }
                    continue
                }
                pc = target
                reds &-= 1
                if _slowPath(reds <= 0) { return yieldAt(pc, arity: live) }
            case .apply, .applyLast:
                let arity = Int(pc[1])
                let last = pc[0] == Op.applyLast.rawValue ? Int(pc[2]) : -1
                let module = x[arity], function = x[arity + 1]
                guard let target = resolveApply(p, module, function, arity) else {
                    if let next = raiseCurrent(p, pc: pc, &cp, x) { pc = next } else { return uncaught(p) }
                    continue
                }
                if last >= 0 {
                    cp = p.stackTop[0].raw
                    p.stackTop += last + 1
                } else {
                    cp = codeWord(pc + 2)
                }
                pc = target
                reds &-= 1
                if _slowPath(reds <= 0) { return yieldAt(pc, arity: arity) }
            case .callFun, .callFun2:
                let arity = Int(pc[1])
                let fun = pc[0] == Op.callFun.rawValue ? x[arity] : source(pc[2], x, p)
                guard let (target, live) = prepareFunCall(p, fun, arity: arity, x) else {
                    if let next = raiseCurrent(p, pc: pc, &cp, x) { pc = next } else { return uncaught(p) }
                    continue
                }
                cp = codeWord(pc + (pc[0] == Op.callFun.rawValue ? 2 : 3))
                pc = target
                reds &-= 1
                if _slowPath(reds <= 0) { return yieldAt(pc, arity: live) }
            case .callFunLast:
                let arity = Int(pc[1])
                guard let (target, live) = prepareFunCall(p, source(pc[2], x, p), arity: arity, x) else {
                    if let next = raiseCurrent(p, pc: pc, &cp, x) { pc = next } else { return uncaught(p) }
                    continue
                }
                cp = p.stackTop[0].raw
                p.stackTop += Int(pc[3]) + 1
                pc = target
                reds &-= 1
                if _slowPath(reds <= 0) { return yieldAt(pc, arity: live) }
            case .makeFun2:
                let entry = FunEntry(Term(raw: pc[1]))
                x[0] = makeClosure(p, entry, free: x)
                pc += 2
            case .makeFun3:
                let entry = FunEntry(Term(raw: pc[1]))
                let count = Int(pc[3])
                let object = p.allocate(3 + count)
                object[0] = Header.make(.closure, 2 + count)
                object[1] = Term(raw: entry.rawValue)
                for i in 0..<count { object[2 + i] = source(pc[4 + i], x, p) }
                object[2 + count] = p.pid
                store(pc[2], .boxed(object), x, p)
                pc += 4 + count

            // MARK: BIFs
            case .bif0:
                let bif = Int(pc[1])
                let result = BifTable.call(bif, p, registers.bifArguments)
                if _slowPath(result.isNone) {
                    if let next = raiseFromBif(p, bif, arguments: registers.bifArguments, pc: pc, &cp, x) { pc = next } else { return uncaught(p) }
                    continue
                }
                store(pc[2], result, x, p)
                pc += 3
            case .bif1, .bif2, .bif3:
                let count = Int(pc[0] - Op.bif1.rawValue) + 1
                let arguments = registers.bifArguments
                for i in 0..<count { arguments[i] = source(pc[3 + i], x, p) }
                let bif = Int(pc[2])
                let result = BifTable.call(bif, p, arguments)
                if _slowPath(result.isNone) {
                    if pc[1] != 0 { pc = codeAddress(pc[1]); continue }
                    if let next = raiseFromBif(p, bif, arguments: arguments, pc: pc, &cp, x) { pc = next } else { return uncaught(p) }
                    continue
                }
                store(pc[3 + count], result, x, p)
                pc += 4 + count

            case .plus:
                let a = source(pc[3], x, p), b = source(pc[4], x, p)
                if _fastPath(a.raw & b.raw & 0xF == 0xF) {
                    let sum = a.smallValue &+ b.smallValue
                    if _fastPath(Term.fitsSmall(sum)) { store(pc[5], .small(sum), x, p); pc += 6; continue }
                }
                guard let next = arithmeticSlow(p, pc, a, b, registers, &cp) else { return uncaught(p) }
                pc = next
            case .minus:
                let a = source(pc[3], x, p), b = source(pc[4], x, p)
                if _fastPath(a.raw & b.raw & 0xF == 0xF) {
                    let difference = a.smallValue &- b.smallValue
                    if _fastPath(Term.fitsSmall(difference)) { store(pc[5], .small(difference), x, p); pc += 6; continue }
                }
                guard let next = arithmeticSlow(p, pc, a, b, registers, &cp) else { return uncaught(p) }
                pc = next
            case .bitAnd:
                let a = source(pc[3], x, p), b = source(pc[4], x, p)
                if _fastPath(a.raw & b.raw & 0xF == 0xF) { store(pc[5], Term(raw: a.raw & b.raw), x, p); pc += 6; continue }
                guard let next = arithmeticSlow(p, pc, a, b, registers, &cp) else { return uncaught(p) }
                pc = next
            case .bitOr:
                let a = source(pc[3], x, p), b = source(pc[4], x, p)
                if _fastPath(a.raw & b.raw & 0xF == 0xF) { store(pc[5], Term(raw: a.raw | b.raw), x, p); pc += 6; continue }
                guard let next = arithmeticSlow(p, pc, a, b, registers, &cp) else { return uncaught(p) }
                pc = next
            case .times, .bitXor, .shiftLeft, .shiftRight:
                let a = source(pc[3], x, p), b = source(pc[4], x, p)
                if _fastPath(a.raw & b.raw & 0xF == 0xF), let result = smallArithmetic(Op.decode(pc[0]), a.smallValue, b.smallValue) {
                    store(pc[5], result, x, p)
                    pc += 6
                    continue
                }
                guard let next = arithmeticSlow(p, pc, a, b, registers, &cp) else { return uncaught(p) }
                pc = next

            // MARK: Comparisons
            case .isEqExact:
                let a = source(pc[2], x, p), b = source(pc[3], x, p)
                if a.raw == b.raw || TermOrder.exactlyEqual(a, b) { pc += 4 } else { pc = codeAddress(pc[1]) }
            case .isNeExact:
                let a = source(pc[2], x, p), b = source(pc[3], x, p)
                if a.raw == b.raw || TermOrder.exactlyEqual(a, b) { pc = codeAddress(pc[1]) } else { pc += 4 }
            case .isEq:
                let a = source(pc[2], x, p), b = source(pc[3], x, p)
                if TermOrder.equal(a, b) { pc += 4 } else { pc = codeAddress(pc[1]) }
            case .isNe:
                let a = source(pc[2], x, p), b = source(pc[3], x, p)
                if TermOrder.equal(a, b) { pc = codeAddress(pc[1]) } else { pc += 4 }
            case .isLt:
                let a = source(pc[2], x, p), b = source(pc[3], x, p)
                let less = a.isSmall && b.isSmall ? a.smallValue < b.smallValue : TermOrder.compare(a, b, exact: false) < 0
                if less { pc += 4 } else { pc = codeAddress(pc[1]) }
            case .isGe:
                let a = source(pc[2], x, p), b = source(pc[3], x, p)
                let less = a.isSmall && b.isSmall ? a.smallValue < b.smallValue : TermOrder.compare(a, b, exact: false) < 0
                if less { pc = codeAddress(pc[1]) } else { pc += 4 }

            // MARK: Type tests
            case .isInteger: pc = test(source(pc[2], x, p).isInteger, pc, 3)
            case .isFloat: pc = test(source(pc[2], x, p).isFloat, pc, 3)
            case .isNumber: pc = test(source(pc[2], x, p).isNumber, pc, 3)
            case .isAtom: pc = test(source(pc[2], x, p).isAtom, pc, 3)
            case .isPid: pc = test(source(pc[2], x, p).isPid, pc, 3)
            case .isReference: pc = test(source(pc[2], x, p).isReference, pc, 3)
            case .isPort: pc = test(source(pc[2], x, p).isPort, pc, 3)
            case .isNil: pc = test(source(pc[2], x, p).isNil, pc, 3)
            case .isBinary:
                let t = source(pc[2], x, p)
                pc = test(t.isBitstring && BitstringView(t).isBinary, pc, 3)
            case .isBitstr: pc = test(source(pc[2], x, p).isBitstring, pc, 3)
            case .isList:
                let t = source(pc[2], x, p)
                pc = test(t.isList || t.isNil, pc, 3)
            case .isNonemptyList: pc = test(source(pc[2], x, p).isList, pc, 3)
            case .isTuple: pc = test(source(pc[2], x, p).isTuple, pc, 3)
            case .isMap: pc = test(source(pc[2], x, p).isMap, pc, 3)
            case .isBoolean:
                let t = source(pc[2], x, p)
                pc = test(t == .true || t == .false, pc, 3)
            case .isFunction: pc = test(source(pc[2], x, p).isFunction, pc, 3)
            case .isFunction2:
                let f = source(pc[2], x, p), arity = source(pc[3], x, p)
                pc = test(f.isFunction && arity.isSmall && funArity(f) == arity.smallValue, pc, 4)
            case .testArity:
                let t = source(pc[2], x, p)
                pc = test(t.isTuple && t.tupleArity == Int(pc[3]), pc, 4)
            case .isTaggedTuple:
                let t = source(pc[2], x, p)
                pc = test(t.isTuple && t.tupleArity == Int(pc[3]) && t.tupleElement(0).raw == pc[4], pc, 5)
            case .selectVal:
                pc = selectValue(source(pc[1], x, p), pc)
            case .selectTupleArity:
                let t = source(pc[1], x, p)
                pc = t.isTuple ? selectArity(t.tupleArity, pc) : codeAddress(pc[2])
            case .jump:
                pc = codeAddress(pc[1])

            // MARK: Exceptions
            case .badmatch, .caseEnd, .tryCaseEnd, .badrecord:
                if let next = raiseInstructionError(p, pc, &cp, x) { pc = next } else { return uncaught(p) }
            case .ifEnd:
                if let next = raiseError(p, Atom.ifClause, pc, &cp, x) { pc = next } else { return uncaught(p) }
            case .catch, .try:
                p.catches += 1
                store(pc[1], Term(raw: pc[2]), x, p)
                pc += 3
            case .catchEnd:
                p.catches -= 1
                store(pc[1], .nil, x, p)
                if x[0].isNone { catchResult(p, x) }
                pc += 2
            case .tryEnd:
                p.catches -= 1
                store(pc[1], .nil, x, p)
                pc += 2
            case .tryCase:
                p.catches -= 1
                store(pc[1], .nil, x, p)
                x[0] = x[1]
                x[1] = x[2]
                x[2] = x[3]
                pc += 2
            case .raise:
                if let next = reraise(p, trace: source(pc[1], x, p), reason: source(pc[2], x, p), pc, &cp, x) { pc = next } else { return uncaught(p) }
            case .rawRaise:
                if let next = reraise(p, kind: x[0], reason: x[1], trace: x[2], pc, &cp, x) { pc = next } else { return uncaught(p) }
            case .buildStacktrace:
                x[0] = RawTrace.list(x[0])
                pc += 1

            // MARK: Families in other files
            case .fmove, .fstore, .fconv, .fadd, .fsub, .fmul, .fdiv, .fnegate:
                guard let next = floatInstruction(p, pc, x, registers.fr) else {
                    if let next = raiseCurrent(p, pc: pc, &cp, x) { pc = next } else { return uncaught(p) }
                    continue
                }
                pc = next
            case .putMapAssoc, .putMapExact, .hasMapFields, .getMapElements:
                guard let next = mapInstruction(p, pc, x) else {
                    if let next = raiseCurrent(p, pc: pc, &cp, x) { pc = next } else { return uncaught(p) }
                    continue
                }
                pc = next
            case .updateRecord:
                pc = updateRecord(p, pc, x)
            // The commonest matching instructions skip the family's second dispatch.
            case .bsGetPosition: pc = getPosition(p, pc, x)
            case .bsSetPosition: pc = setPosition(p, pc, x)
            case .bsTestTail: pc = testTail(p, pc, x)
            case .bsTestUnit: pc = testUnit(p, pc, x)
            case .bsGetInteger: pc = getInteger(p, pc, x)
            case .bsMatch: pc = match(p, pc, x)
            case .bsStartMatch where source(pc[3], x, p).isMatchContext:
                store(pc[4], source(pc[3], x, p), x, p)
                pc += 5
            case .bsCreateBin, .bsInitWritable, .bsStartMatch, .bsGetTail, .bsGetFloat, .bsGetBinary, .bsSkipBits,
                 .bsMatchString, .bsGetUtf8, .bsGetUtf16, .bsGetUtf32, .bsSkipUtf8, .bsSkipUtf16, .bsSkipUtf32:
                guard let next = binaryInstruction(p, pc, x) else {
                    if let next = raiseCurrent(p, pc: pc, &cp, x) { pc = next } else { return uncaught(p) }
                    continue
                }
                pc = next
            // MARK: Messages
            case .send:
                guard send(p, to: x[0], x[1]) else {
                    if let next = raiseError(p, Atom.badarg, pc, &cp, x) { pc = next } else { return uncaught(p) }
                    continue
                }
                x[0] = x[1]
                pc += 1
                reds &-= 1
                if _slowPath(!p.terminationReason.isNone) { return .terminated(reason: p.terminationReason) }
            case .loopRec:
                if p.queue.current == nil {
                    p.takeInbox()
                    if _slowPath(!p.terminationReason.isNone) { return .terminated(reason: p.terminationReason) }
                }
                if let node = p.queue.current {
                    store(pc[2], node.pointee.term, x, p)
                    pc += 3
                } else {
                    pc = codeAddress(pc[1])
                }
            case .loopRecEnd:
                p.queue.advance()
                pc = codeAddress(pc[1])
                reds &-= 1
                if _slowPath(reds <= 0) { return yieldAt(pc, arity: 0) }
            case .removeMessage:
                removeMessage(p)
                pc += 1
            case .timeout:
                p.queue.resetSave()
                p.timedOut = false
                pc += 1
            case .wait:
                if let next = wait(p, resumeAt: codeAddress(pc[1]), cp: cp) { pc = next } else { return .waiting }
                if _slowPath(!p.terminationReason.isNone) { return .terminated(reason: p.terminationReason) }
            case .waitTimeout:
                if p.timedOut {
                    p.timedOut = false
                    pc += 3
                    continue
                }
                if p.receiveTimer == 0 {
                    let timeout = source(pc[2], x, p)
                    if timeout == Term.small(0) { pc += 3; continue }
                    guard timeout == Atom.infinity || (timeout.isSmall && timeout.smallValue > 0) else {
                        if let next = raiseError(p, Atom.timeoutValue, pc, &cp, x) { pc = next } else { return uncaught(p) }
                        continue
                    }
                    if timeout.isSmall {
                        let id = Unique.nextReference()
                        p.receiveTimer = id
                        _ = TimerService.shared.schedule(milliseconds: timeout.smallValue, id: id, .receiveTimeout(p, id))
                    } else {
                        p.receiveTimer = Process.endlessReceive
                    }
                }
                if let next = wait(p, resumeAt: codeAddress(pc[1]), cp: cp) { pc = next } else { return .waiting }
                if _slowPath(!p.terminationReason.isNone) { return .terminated(reason: p.terminationReason) }
            case .recvMarkerReserve:
                p.takeInbox()
                p.queue.markerNode = p.queue.tail
                p.queue.markerReserved = true
                p.queue.markerReference = 0
                store(pc[1], .small(1), x, p)
                pc += 2
            case .recvMarkerBind:
                let reference = source(pc[2], x, p)
                if reference.isBoxed && reference.boxedSubtag == Subtag.reference.rawValue {
                    p.queue.markerReference = reference.boxedPointer[1].raw
                }
                pc += 3
            case .recvMarkerClear:
                let reference = source(pc[1], x, p)
                if reference.isBoxed && reference.boxedSubtag == Subtag.reference.rawValue,
                   p.queue.markerReference == reference.boxedPointer[1].raw {
                    p.queue.markerReserved = false
                    p.queue.markerReference = 0
                }
                pc += 2
            case .recvMarkerUse:
                let reference = source(pc[1], x, p)
                if p.queue.markerReserved, reference.isBoxed, reference.boxedSubtag == Subtag.reference.rawValue,
                   p.queue.markerReference == reference.boxedPointer[1].raw {
                    p.queue.savePrevious = p.queue.markerNode
                }
                pc += 2
            case .nop:
                pc += 1
            }
        }
    }

    /// The result of an arithmetic op on two small integers, or nil when it needs a bignum
    /// (or is a shift by more than a word).
    @inline(__always)
    static func smallArithmetic(_ op: Op, _ a: Int, _ b: Int) -> Term? {
        let result: Int
        switch op {
        case .times:
            let (product, overflow) = a.multipliedReportingOverflow(by: b)
            if overflow { return nil }
            result = product
        case .bitXor: return .small(a ^ b)
        case .shiftRight:
            if b < 0 || b > 63 { return b > 63 ? .small(a < 0 ? -1 : 0) : nil }
            return .small(a >> b)
        default:
            if b < 0 || b > 63 { return nil }
            result = a << b
            if result >> b != a { return nil }
        }
        return Term.fitsSmall(result) ? .small(result) : nil
    }

    /// An arithmetic op whose operands are not both small, or whose result is not: calls the
    /// BIF, stores its result and returns the next pc; nil when the exception is uncaught.
    @inline(never)
    static func arithmeticSlow(_ p: Process, _ pc: UnsafePointer<UInt64>, _ a: Term, _ b: Term, _ registers: Registers,
                               _ cp: inout UInt64) -> UnsafePointer<UInt64>? {
        let arguments = registers.bifArguments
        arguments[0] = a
        arguments[1] = b
        let bif = Int(pc[2])
        let result = BifTable.call(bif, p, arguments)
        if result.isNone {
            if pc[1] != 0 { return codeAddress(pc[1]) }
            return raiseFromBif(p, bif, arguments: arguments, pc: pc, &cp, registers.x)
        }
        store(pc[5], result, registers.x, p)
        return pc + 6
    }

    /// Continues at `pc + size` when `condition` holds, else at the fail label (operand 1).
    @inline(__always)
    static func test(_ condition: Bool, _ pc: UnsafePointer<UInt64>, _ size: Int) -> UnsafePointer<UInt64> {
        condition ? pc + size : codeAddress(pc[1])
    }

    /// `select_val`: jumps to the target of the first value exactly equal to `value`.
    @inline(__always)
    static func selectValue(_ value: Term, _ pc: UnsafePointer<UInt64>) -> UnsafePointer<UInt64> {
        let count = Int(pc[3])
        var entry = pc + 4
        for _ in 0..<count {
            let candidate = Term(raw: entry[0])
            if candidate.raw == value.raw || (!value.isImmediate && TermOrder.exactlyEqual(candidate, value)) {
                return codeAddress(entry[1])
            }
            entry += 2
        }
        return codeAddress(pc[2])
    }

    @inline(__always)
    static func selectArity(_ arity: Int, _ pc: UnsafePointer<UInt64>) -> UnsafePointer<UInt64> {
        let count = Int(pc[3])
        var entry = pc + 4
        for _ in 0..<count {
            if Int(entry[0]) == arity { return codeAddress(entry[1]) }
            entry += 2
        }
        return codeAddress(pc[2])
    }
}

extension Process {
    /// Pushes a frame of `words` words (the saved CP and the y registers, set to []).
    @inline(__always)
    func pushFrame(_ words: Int, cp: UInt64) {
        stackTop -= words
        stackTop[0] = Term(raw: cp)
        for i in 1..<max(words, 1) { stackTop[i] = .nil }
    }

    /// Whether a term lives outside this process's heap and fragments (a module literal).
    func isLiteral(_ term: Term) -> Bool {
        let address = term.pointerAddress
        if address >= UInt(bitPattern: heapStart) && address < UInt(bitPattern: heapEnd) { return false }
        var fragment = fragments
        while let current = fragment {
            if Fragment.contains(current, address) { return false }
            fragment = current.pointee.next
        }
        return true
    }
}
