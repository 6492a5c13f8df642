// The dispatch loop. `run` executes one process until it returns from its first call,
// raises an exception nobody catches, or uses up its reductions.
//
// Hot state lives in locals: the instruction pointer `pc`, the continuation pointer `cp`
// (0 while it is saved in the current stack frame), the x registers, the stack top `sp`
// and the reduction budget. `sp` is written through to `p.stackTop` at every change, so
// code outside the loop always sees the current stack; after any call that can move or
// unwind the stack (garbage collection, raising, the instruction families in other
// files) the loop reloads it. The heap top stays in the process.
//
// Slow paths are `@inline(never)` functions in the Interpreter+*.swift files; the
// specialised and fused ops of the last group are in Interpreter+Specialised.swift's
// helpers where they need more than a few lines.

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
        let x = registers.x, fr = registers.fr
        var pc = p.pc.unsafelyUnwrapped
        var cp = p.cp
        var reds = sliceReductions
        restoreRegisters(p, x)
        var sp = p.stackTop

        while true {
            let word = pc[0]
            slowPath: do {
            switch Op.decode(word) {

            // MARK: Returns (a zero CP is bad code: the slow path raises badarg)
            case .return:
                guard _fastPath(cp != 0) else { break slowPath }
                pc = codeAddress(cp)
                cp = 0
            case .moveReturn:
                x[0] = register(word, 0, x, sp).pointee
                guard _fastPath(cp != 0) else { break slowPath }
                pc = codeAddress(cp)
                cp = 0
            case .moveReturnC:
                x[0] = Term(raw: pc[1])
                guard _fastPath(cp != 0) else { break slowPath }
                pc = codeAddress(cp)
                cp = 0
            case .deallocateReturn:
                cp = sp[0].raw
                sp += field(word, 0)
                p.stackTop = sp
                guard _fastPath(cp != 0) else { break slowPath }
                pc = codeAddress(cp)
                cp = 0
            case .moveDeallocateReturn:
                x[0] = register(word, 0, x, sp).pointee
                cp = sp[0].raw
                sp += field(word, 1)
                p.stackTop = sp
                guard _fastPath(cp != 0) else { break slowPath }
                pc = codeAddress(cp)
                cp = 0
            case .moveDeallocateReturnC:
                x[0] = Term(raw: pc[1])
                cp = sp[0].raw
                sp += field(word, 1)
                p.stackTop = sp
                guard _fastPath(cp != 0) else { break slowPath }
                pc = codeAddress(cp)
                cp = 0

            // MARK: Specialised moves
            case .moveXX: x[field(word, 1)] = x[field(word, 0)]; pc += 1
            case .moveXY: sp[field(word, 1)] = x[field(word, 0)]; pc += 1
            case .moveYX: x[field(word, 1)] = sp[field(word, 0)]; pc += 1
            case .moveYY: sp[field(word, 1)] = sp[field(word, 0)]; pc += 1
            case .moveCX: x[field(word, 1)] = Term(raw: pc[1]); pc += 2
            case .moveCY: sp[field(word, 1)] = Term(raw: pc[1]); pc += 2
            case .moveTwoXYXY: moveTwo(XRegister.self, YRegister.self, XRegister.self, YRegister.self, word, x, sp); pc += 1
            case .moveTwoYXYX: moveTwo(YRegister.self, XRegister.self, YRegister.self, XRegister.self, word, x, sp); pc += 1
            case .moveTwoXXXX: moveTwo(XRegister.self, XRegister.self, XRegister.self, XRegister.self, word, x, sp); pc += 1
            case .moveTwoXYXX: moveTwo(XRegister.self, YRegister.self, XRegister.self, XRegister.self, word, x, sp); pc += 1
            case .moveTwoXXYX: moveTwo(XRegister.self, XRegister.self, YRegister.self, XRegister.self, word, x, sp); pc += 1
            case .moveTwoYXXX: moveTwo(YRegister.self, XRegister.self, XRegister.self, XRegister.self, word, x, sp); pc += 1
            case .moveTwoXXXY: moveTwo(XRegister.self, XRegister.self, XRegister.self, YRegister.self, word, x, sp); pc += 1
            case .moveTwoYXYY: moveTwo(YRegister.self, XRegister.self, YRegister.self, YRegister.self, word, x, sp); pc += 1
            case .moveTwoRRRR: moveTwo(AnyRegister.self, AnyRegister.self, AnyRegister.self, AnyRegister.self, word, x, sp); pc += 1

            // MARK: Specialised tests
            case .isEqExactXC: pc = equalTest(XRegister.self, Constant.self, negate: false, word, pc, x, sp)
            case .isEqExactYC: pc = equalTest(YRegister.self, Constant.self, negate: false, word, pc, x, sp)
            case .isEqExactXX: pc = equalTest(XRegister.self, XRegister.self, negate: false, word, pc, x, sp)
            case .isEqExactRR: pc = equalTest(AnyRegister.self, AnyRegister.self, negate: false, word, pc, x, sp)
            case .isNeExactXC: pc = equalTest(XRegister.self, Constant.self, negate: true, word, pc, x, sp)
            case .isNeExactYC: pc = equalTest(YRegister.self, Constant.self, negate: true, word, pc, x, sp)
            case .isNeExactXX: pc = equalTest(XRegister.self, XRegister.self, negate: true, word, pc, x, sp)
            case .isNeExactRR: pc = equalTest(AnyRegister.self, AnyRegister.self, negate: true, word, pc, x, sp)
            case .isLtXX: pc = lessTest(XRegister.self, XRegister.self, negate: false, word, pc, x, sp)
            case .isLtXC: pc = lessTest(XRegister.self, Constant.self, negate: false, word, pc, x, sp)
            case .isLtCX: pc = lessTest(Constant.self, XRegister.self, negate: false, word, pc, x, sp)
            case .isLtRR: pc = lessTest(AnyRegister.self, AnyRegister.self, negate: false, word, pc, x, sp)
            case .isLtRC: pc = lessTest(AnyRegister.self, Constant.self, negate: false, word, pc, x, sp)
            case .isLtCR: pc = lessTest(Constant.self, AnyRegister.self, negate: false, word, pc, x, sp)
            case .isGeXX: pc = lessTest(XRegister.self, XRegister.self, negate: true, word, pc, x, sp)
            case .isGeXC: pc = lessTest(XRegister.self, Constant.self, negate: true, word, pc, x, sp)
            case .isGeCX: pc = lessTest(Constant.self, XRegister.self, negate: true, word, pc, x, sp)
            case .isGeRR: pc = lessTest(AnyRegister.self, AnyRegister.self, negate: true, word, pc, x, sp)
            case .isGeRC: pc = lessTest(AnyRegister.self, Constant.self, negate: true, word, pc, x, sp)
            case .isGeCR: pc = lessTest(Constant.self, AnyRegister.self, negate: true, word, pc, x, sp)
            case .isNilX: pc = branch(x[field(word, 0)].raw == Term.nil.raw, pc, size: 2)
            case .isNilR: pc = branch(register(word, 0, x, sp).pointee.raw == Term.nil.raw, pc, size: 2)
            case .isNonemptyListX: pc = branch(x[field(word, 0)].isList, pc, size: 2)
            case .isNonemptyListR: pc = branch(register(word, 0, x, sp).pointee.isList, pc, size: 2)
            case .isTupleR: pc = branch(register(word, 0, x, sp).pointee.isTuple, pc, size: 2)
            case .isTupleArityX: pc = tupleTest(XRegister.self, tagged: false, word, pc, x, sp)
            case .isTupleArityR: pc = tupleTest(AnyRegister.self, tagged: false, word, pc, x, sp)
            case .isTaggedTupleX: pc = tupleTest(XRegister.self, tagged: true, word, pc, x, sp)
            case .isTaggedTupleR: pc = tupleTest(AnyRegister.self, tagged: true, word, pc, x, sp)

            // MARK: Specialised data access and arithmetic (nil: take the slow path)
            case .getListXXX:
                guard let next = getList(XRegister.self, XRegister.self, XRegister.self, test: false, word, pc, x, sp)
                else { break slowPath }
                pc = next
            case .getListXYX:
                guard let next = getList(XRegister.self, YRegister.self, XRegister.self, test: false, word, pc, x, sp)
                else { break slowPath }
                pc = next
            case .getListXXY:
                guard let next = getList(XRegister.self, XRegister.self, YRegister.self, test: false, word, pc, x, sp)
                else { break slowPath }
                pc = next
            case .getListRRR:
                guard let next = getList(AnyRegister.self, AnyRegister.self, AnyRegister.self, test: false, word, pc, x, sp)
                else { break slowPath }
                pc = next
            case .isListGetListXXX:
                pc = getList(XRegister.self, XRegister.self, XRegister.self, test: true, word, pc, x, sp).unsafelyUnwrapped
            case .isListGetListRRR:
                pc = getList(AnyRegister.self, AnyRegister.self, AnyRegister.self, test: true, word, pc, x, sp).unsafelyUnwrapped
            case .getTupleElementXX:
                guard let next = getTupleElement(XRegister.self, XRegister.self, two: false, word, pc, x, sp) else { break slowPath }
                pc = next
            case .getTupleElementYX:
                guard let next = getTupleElement(YRegister.self, XRegister.self, two: false, word, pc, x, sp) else { break slowPath }
                pc = next
            case .getTupleElementRR:
                guard let next = getTupleElement(AnyRegister.self, AnyRegister.self, two: false, word, pc, x, sp) else { break slowPath }
                pc = next
            case .getTupleElementTwoXXX:
                guard let next = getTupleElement(XRegister.self, XRegister.self, two: true, word, pc, x, sp) else { break slowPath }
                pc = next
            case .getTupleElementTwoRRR:
                guard let next = getTupleElement(AnyRegister.self, AnyRegister.self, two: true, word, pc, x, sp) else { break slowPath }
                pc = next
            case .putListXXX: putList(XRegister.self, XRegister.self, XRegister.self, p, word, x, sp); pc += 1
            case .putListYXX: putList(YRegister.self, XRegister.self, XRegister.self, p, word, x, sp); pc += 1
            case .putListRRR: putList(AnyRegister.self, AnyRegister.self, AnyRegister.self, p, word, x, sp); pc += 1
            case .testHeapPutListRRR:
                if _slowPath(!hasRoom(p, int(pc[1]), sp)) {
                    guard makeRoom(p, int(pc[1]), live: int(pc[2]), x) else { return .terminated(reason: p.terminationReason) }
                    sp = p.stackTop
                }
                putList(AnyRegister.self, AnyRegister.self, AnyRegister.self, p, word, x, sp)
                pc += 3

            case .allocateK:
                let words = field(word, 0)
                if _slowPath(!hasRoom(p, words &+ field(word, 2), sp)) {
                    guard makeRoom(p, words &+ field(word, 2), live: field(word, 1), x) else {
                        return .terminated(reason: p.terminationReason)
                    }
                    sp = p.stackTop
                }
                sp = pushFrame(sp, words, cp: cp)
                p.stackTop = sp
                cp = 0
                pc += 1
            case .testHeapPutPairRR:
                if _slowPath(!hasRoom(p, int(pc[1]), sp)) {
                    guard makeRoom(p, int(pc[1]), live: int(pc[2]), x) else { return .terminated(reason: p.terminationReason) }
                    sp = p.stackTop
                }
                // The loader checked that the pair fits in the words just reserved.
                let object = p.heapTop
                p.heapTop = object + 3
                object[0] = Header.tuple(2)
                object[1] = register(word, 0, x, sp).pointee
                object[2] = register(word, 1, x, sp).pointee
                register(word, 2, x, sp).pointee = .boxed(object)
                pc += 3

            // MARK: Fused moves and calls (the move reads its source before call_last pops the frame)
            case .moveCall, .moveCallC:
                x[field(word, 1)] = word & 0xFF == Op.moveCall.rawValue ? register(word, 0, x, sp).pointee : Term(raw: pc[1])
                cp = codeWord(pc + 3)
                pc = codeAddress(pc[2])
                reds &-= 1
                if _slowPath(reds <= 0) { return suspend(p, at: pc, arity: field(word, 2), cp: cp, reds: reds, x) }
            case .moveCallOnly, .moveCallOnlyC:
                x[field(word, 1)] = word & 0xFF == Op.moveCallOnly.rawValue ? register(word, 0, x, sp).pointee : Term(raw: pc[1])
                pc = codeAddress(pc[2])
                reds &-= 1
                if _slowPath(reds <= 0) { return suspend(p, at: pc, arity: field(word, 2), cp: cp, reds: reds, x) }
            case .moveCallLast, .moveCallLastC:
                x[field(word, 1)] = word & 0xFF == Op.moveCallLast.rawValue ? register(word, 0, x, sp).pointee : Term(raw: pc[1])
                cp = sp[0].raw
                sp += field(word, 3)
                p.stackTop = sp
                pc = codeAddress(pc[2])
                reds &-= 1
                if _slowPath(reds <= 0) { return suspend(p, at: pc, arity: field(word, 2), cp: cp, reds: reds, x) }

            // MARK: Fused tuple matches (the loader checked index + 1 < arity)
            case .isTupleArityGetTwoX, .isTaggedTupleGetTwoX:
                let t = x[field(word, 0)]
                guard t.isBoxed, t.boxedPointer[0].raw == UInt64(field(word, 1)) &<< 6,
                      word & 0xFF == Op.isTupleArityGetTwoX.rawValue || t.boxedPointer[1].raw == pc[1] else {
                    pc = codeAddress(pc[2])
                    continue
                }
                let index = int(pc[3])
                let first = t.tupleElement(index), second = t.tupleElement(index &+ 1)
                x[field(word, 2)] = first
                x[field(word, 3)] = second
                pc += 4

            // MARK: Specialised floats (false: badarith or a bignum, on the slow path)
            case .fmoveXF:
                guard floatLoad(XRegister.self, word, pc, x, sp, fr) else { break slowPath }
                pc += 1
            case .fmoveYF:
                guard floatLoad(YRegister.self, word, pc, x, sp, fr) else { break slowPath }
                pc += 1
            case .fmoveCF:
                guard floatLoad(Constant.self, word, pc, x, sp, fr) else { break slowPath }
                pc += 2
            case .fconvXF:
                guard floatConvert(XRegister.self, word, pc, x, sp, fr) else { break slowPath }
                pc += 1
            case .fconvYF:
                guard floatConvert(YRegister.self, word, pc, x, sp, fr) else { break slowPath }
                pc += 1
            case .fstoreFX: floatStore(XRegister.self, p, word, x, sp, fr); pc += 1
            case .fstoreFY: floatStore(YRegister.self, p, word, x, sp, fr); pc += 1
            case .faddFFF:
                guard floatArithmetic(.faddFFF, word, fr) else { break slowPath }
                pc += 1
            case .fsubFFF:
                guard floatArithmetic(.fsubFFF, word, fr) else { break slowPath }
                pc += 1
            case .fmulFFF:
                guard floatArithmetic(.fmulFFF, word, fr) else { break slowPath }
                pc += 1
            case .fdivFFF:
                guard floatArithmetic(.fdivFFF, word, fr) else { break slowPath }
                pc += 1
            case .fnegateFF:
                fr[field(word, 1)] = -fr[field(word, 0)]
                pc += 1
            case .plusXXX:
                guard let next = integerOp(.plus, XRegister.self, XRegister.self, XRegister.self, word, pc, x, sp) else { break slowPath }
                pc = next
            case .plusXCX:
                guard let next = integerOp(.plus, XRegister.self, Constant.self, XRegister.self, word, pc, x, sp) else { break slowPath }
                pc = next
            case .plusYXX:
                guard let next = integerOp(.plus, YRegister.self, XRegister.self, XRegister.self, word, pc, x, sp) else { break slowPath }
                pc = next
            case .plusYCX:
                guard let next = integerOp(.plus, YRegister.self, Constant.self, XRegister.self, word, pc, x, sp) else { break slowPath }
                pc = next
            case .plusXYX:
                guard let next = integerOp(.plus, XRegister.self, YRegister.self, XRegister.self, word, pc, x, sp) else { break slowPath }
                pc = next
            case .plusRRR:
                guard let next = integerOp(.plus, AnyRegister.self, AnyRegister.self, AnyRegister.self, word, pc, x, sp) else { break slowPath }
                pc = next
            case .plusRCR:
                guard let next = integerOp(.plus, AnyRegister.self, Constant.self, AnyRegister.self, word, pc, x, sp) else { break slowPath }
                pc = next
            case .minusXXX:
                guard let next = integerOp(.minus, XRegister.self, XRegister.self, XRegister.self, word, pc, x, sp) else { break slowPath }
                pc = next
            case .minusXCX:
                guard let next = integerOp(.minus, XRegister.self, Constant.self, XRegister.self, word, pc, x, sp) else { break slowPath }
                pc = next
            case .minusYXX:
                guard let next = integerOp(.minus, YRegister.self, XRegister.self, XRegister.self, word, pc, x, sp) else { break slowPath }
                pc = next
            case .minusYCX:
                guard let next = integerOp(.minus, YRegister.self, Constant.self, XRegister.self, word, pc, x, sp) else { break slowPath }
                pc = next
            case .minusXYX:
                guard let next = integerOp(.minus, XRegister.self, YRegister.self, XRegister.self, word, pc, x, sp) else { break slowPath }
                pc = next
            case .minusRRR:
                guard let next = integerOp(.minus, AnyRegister.self, AnyRegister.self, AnyRegister.self, word, pc, x, sp) else { break slowPath }
                pc = next
            case .minusRCR:
                guard let next = integerOp(.minus, AnyRegister.self, Constant.self, AnyRegister.self, word, pc, x, sp) else { break slowPath }
                pc = next
            case .bitAndXCX:
                guard let next = integerOp(.bitAnd, XRegister.self, Constant.self, XRegister.self, word, pc, x, sp) else { break slowPath }
                pc = next
            case .bitAndRRR:
                guard let next = integerOp(.bitAnd, AnyRegister.self, AnyRegister.self, AnyRegister.self, word, pc, x, sp) else { break slowPath }
                pc = next
            case .bitAndRCR:
                guard let next = integerOp(.bitAnd, AnyRegister.self, Constant.self, AnyRegister.self, word, pc, x, sp) else { break slowPath }
                pc = next

            // MARK: Moves
            case .move:
                store(pc[2], source(pc[1], x, sp), x, sp)
                pc += 3
            case .swap:
                let a = source(pc[1], x, sp), b = source(pc[2], x, sp)
                store(pc[1], b, x, sp)
                store(pc[2], a, x, sp)
                pc += 3
            case .getList:
                let list = source(pc[1], x, sp)
                guard _fastPath(list.isList) else {
                    if let next = raiseError(p, Atom.badarg, pc, cp, x) { pc = next; cp = 0; sp = p.stackTop; continue }
                    return uncaught(p)
                }
                let head = list.head, tail = list.tail
                store(pc[2], head, x, sp)
                store(pc[3], tail, x, sp)
                pc += 4
            case .getHd:
                let list = source(pc[1], x, sp)
                guard _fastPath(list.isList) else {
                    if let next = raiseError(p, Atom.badarg, pc, cp, x) { pc = next; cp = 0; sp = p.stackTop; continue }
                    return uncaught(p)
                }
                store(pc[2], list.head, x, sp)
                pc += 3
            case .getTl:
                let list = source(pc[1], x, sp)
                guard _fastPath(list.isList) else {
                    if let next = raiseError(p, Atom.badarg, pc, cp, x) { pc = next; cp = 0; sp = p.stackTop; continue }
                    return uncaught(p)
                }
                store(pc[2], list.tail, x, sp)
                pc += 3
            case .getTupleElement:
                let tuple = source(pc[1], x, sp)
                let index = int(pc[2])
                guard _fastPath(tuple.isTuple && index < tuple.tupleArity) else {
                    if let next = raiseError(p, Atom.badarg, pc, cp, x) { pc = next; cp = 0; sp = p.stackTop; continue }
                    return uncaught(p)
                }
                store(pc[3], tuple.tupleElement(index), x, sp)
                pc += 4
            case .setTupleElement:
                let value = source(pc[1], x, sp), tuple = source(pc[2], x, sp)
                let index = int(pc[3])
                guard _fastPath(tuple.isTuple && index < tuple.tupleArity && !p.isLiteral(tuple)) else {
                    if let next = raiseError(p, Atom.badarg, pc, cp, x) { pc = next; cp = 0; sp = p.stackTop; continue }
                    return uncaught(p)
                }
                tuple.boxedPointer[1 + index] = value
                pc += 4
            case .putList:
                let head = source(pc[1], x, sp), tail = source(pc[2], x, sp)
                let cell = heapAllocate(p, 2, sp)
                cell[0] = head
                cell[1] = tail
                store(pc[3], .list(cell), x, sp)
                pc += 4
            case .putTuple2:
                let arity = int(pc[2])
                let object = heapAllocate(p, arity &+ 1, sp)
                buildTuple(object, arity, pc + 3, x, sp)
                store(pc[1], .boxed(object), x, sp)
                pc += 3 &+ arity
            case .testHeapPutTuple2:
                if _slowPath(!hasRoom(p, int(pc[1]), sp)) {
                    guard makeRoom(p, int(pc[1]), live: int(pc[2]), x) else { return .terminated(reason: p.terminationReason) }
                    sp = p.stackTop
                }
                // The loader checked that the tuple fits in the words just reserved.
                let arity = int(pc[4])
                let object = p.heapTop
                p.heapTop = object + (arity &+ 1)
                buildTuple(object, arity, pc + 5, x, sp)
                store(pc[3], .boxed(object), x, sp)
                pc += 5 &+ arity
            case .initY:
                store(pc[1], .nil, x, sp)
                pc += 2
            case .initYregs:
                let count = int(pc[1])
                var i = 0
                while i < count {
                    store(pc[2 &+ i], .nil, x, sp)
                    i &+= 1
                }
                pc += 2 &+ count

            // MARK: Stack and heap
            case .allocate:
                let words = int(pc[1]) &+ 1
                if _slowPath(!hasRoom(p, words, sp)) {
                    guard makeRoom(p, words, live: int(pc[2]), x) else { return .terminated(reason: p.terminationReason) }
                    sp = p.stackTop
                }
                sp = pushFrame(sp, words, cp: cp)
                p.stackTop = sp
                cp = 0
                pc += 3
            case .allocateHeap:
                let words = int(pc[1]) &+ 1
                if _slowPath(!hasRoom(p, words &+ int(pc[2]), sp)) {
                    guard makeRoom(p, words &+ int(pc[2]), live: int(pc[3]), x) else {
                        return .terminated(reason: p.terminationReason)
                    }
                    sp = p.stackTop
                }
                sp = pushFrame(sp, words, cp: cp)
                p.stackTop = sp
                cp = 0
                pc += 4
            case .testHeap:
                if _slowPath(!hasRoom(p, int(pc[1]), sp)) {
                    guard makeRoom(p, int(pc[1]), live: int(pc[2]), x) else { return .terminated(reason: p.terminationReason) }
                    sp = p.stackTop
                }
                pc += 3
            case .deallocate:
                cp = sp[0].raw
                sp += int(pc[1]) &+ 1
                p.stackTop = sp
                pc += 2
            case .trim:
                let n = int(pc[1])
                sp[n] = sp[0]
                sp += n
                p.stackTop = sp
                pc += 2

            // MARK: Calls
            case .call:
                let arity = int(pc[1])
                cp = codeWord(pc + 3)
                pc = codeAddress(pc[2])
                reds &-= 1
                if _slowPath(reds <= 0) { return suspend(p, at: pc, arity: arity, cp: cp, reds: reds, x) }
            case .callLast:
                let arity = int(pc[1])
                cp = sp[0].raw
                sp += int(pc[3]) &+ 1
                p.stackTop = sp
                pc = codeAddress(pc[2])
                reds &-= 1
                if _slowPath(reds <= 0) { return suspend(p, at: pc, arity: arity, cp: cp, reds: reds, x) }
            case .callOnly:
                let arity = int(pc[1])
                pc = codeAddress(pc[2])
                reds &-= 1
                if _slowPath(reds <= 0) { return suspend(p, at: pc, arity: arity, cp: cp, reds: reds, x) }
            case .callExt:
                let entry = ExportEntry(address: pc[2])
                cp = codeWord(pc + 3)
                let arity = int(pc[1])
                pc = codeAddress(entry.address)
                reds &-= 1
                if _slowPath(reds <= 0) { return suspend(p, at: pc, arity: arity, cp: cp, reds: reds, x) }
            case .callExtLast:
                let entry = ExportEntry(address: pc[2])
                cp = sp[0].raw
                sp += int(pc[3]) &+ 1
                p.stackTop = sp
                let arity = int(pc[1])
                pc = codeAddress(entry.address)
                reds &-= 1
                if _slowPath(reds <= 0) { return suspend(p, at: pc, arity: arity, cp: cp, reds: reds, x) }
            case .callExtOnly:
                let entry = ExportEntry(address: pc[2])
                let arity = int(pc[1])
                pc = codeAddress(entry.address)
                reds &-= 1
                if _slowPath(reds <= 0) { return suspend(p, at: pc, arity: arity, cp: cp, reds: reds, x) }
            case .normalExit:
                p.pc = pc
                return .returned(x[0])
            case .funcInfo:
                if let next = raiseFunctionClause(p, pc, cp, x) { pc = next; cp = 0; sp = p.stackTop; continue }
                return uncaught(p)
            case .callBif:
                let bif = int(pc[1])
                let result = BifTable.call(bif, p, x)
                if _slowPath(result.isNone) {
                    let trap = bifTrapOrRaise(p, bif, cp, x)
                    pc = trap.pc
                    cp = trap.cp
                    sp = p.stackTop
                    if let outcome = trap.outcome {
                        if case .yielded = outcome { return suspend(p, at: pc, arity: 1, cp: cp, reds: reds, x) }
                        return outcome
                    }
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
                    if let next = raiseCurrent(p, pc: nil, cp, x) { pc = next; cp = 0; sp = p.stackTop; continue }
                    return uncaught(p)
                }
                pc = target
            case .applyStub:
                guard let (target, live) = applyStub(p, arity: int(pc[1]), x) else {
                    if let next = raiseCurrent(p, pc: nil, cp, x) { pc = next; cp = 0; sp = p.stackTop; continue }
                    return uncaught(p)
                }
                pc = target
                reds &-= 1
                if _slowPath(reds <= 0) { return suspend(p, at: pc, arity: live, cp: cp, reds: reds, x) }
            case .apply, .applyLast:
                let arity = int(pc[1])
                let last = word & 0xFF == Op.applyLast.rawValue ? int(pc[2]) : -1
                let module = x[arity], function = x[arity + 1]
                guard let target = resolveApply(p, module, function, arity) else {
                    if let next = raiseCurrent(p, pc: pc, cp, x) { pc = next; cp = 0; sp = p.stackTop; continue }
                    return uncaught(p)
                }
                if last >= 0 {
                    cp = sp[0].raw
                    sp += last + 1
                    p.stackTop = sp
                } else {
                    cp = codeWord(pc + 2)
                }
                pc = target
                reds &-= 1
                if _slowPath(reds <= 0) { return suspend(p, at: pc, arity: arity, cp: cp, reds: reds, x) }
            case .callFun, .callFun2:
                let arity = int(pc[1])
                let isFun2 = word & 0xFF == Op.callFun2.rawValue
                let fun = isFun2 ? source(pc[2], x, sp) : x[arity]
                guard let (target, live) = prepareFunCall(p, fun, arity: arity, x) else {
                    if let next = raiseCurrent(p, pc: pc, cp, x) { pc = next; cp = 0; sp = p.stackTop; continue }
                    return uncaught(p)
                }
                cp = codeWord(pc + (isFun2 ? 3 : 2))
                pc = target
                reds &-= 1
                if _slowPath(reds <= 0) { return suspend(p, at: pc, arity: live, cp: cp, reds: reds, x) }
            case .makeFun2:
                let entry = FunEntry(Term(raw: pc[1]))
                x[0] = makeClosure(p, entry, free: x)
                pc += 2
            case .makeFun3:
                let entry = FunEntry(Term(raw: pc[1]))
                let count = int(pc[3])
                let object = heapAllocate(p, 2 + count, sp)
                object[0] = Header.make(.closure, 1 + count)
                object[1] = Term(raw: entry.rawValue)
                for i in 0..<count { object[2 + i] = source(pc[4 + i], x, sp) }
                store(pc[2], .boxed(object), x, sp)
                pc += 4 + count

            // MARK: BIFs
            case .bif0:
                let bif = int(pc[1])
                let result = BifTable.call(bif, p, registers.bifArguments)
                if _slowPath(result.isNone) {
                    if let next = raiseFromBif(p, bif, arguments: registers.bifArguments, pc: pc, cp, x) {
                        pc = next
                        cp = 0
                        sp = p.stackTop
                        continue
                    }
                    return uncaught(p)
                }
                store(pc[2], result, x, sp)
                pc += 3
            case .bif1, .bif2, .bif3:
                let count = int(word & 0xFF &- Op.bif1.rawValue) &+ 1
                let arguments = registers.bifArguments
                for i in 0..<count { arguments[i] = source(pc[3 + i], x, sp) }
                let bif = int(pc[2])
                let result = BifTable.call(bif, p, arguments)
                if _slowPath(result.isNone) {
                    if pc[1] != 0 { pc = codeAddress(pc[1]); continue }
                    if let next = raiseFromBif(p, bif, arguments: arguments, pc: pc, cp, x) { pc = next; cp = 0; sp = p.stackTop; continue }
                    return uncaught(p)
                }
                store(pc[3 + count], result, x, sp)
                pc += 4 + count

            case .plus, .minus, .bitAnd, .bitOr, .times, .bitXor, .shiftLeft, .shiftRight:
                let a = source(pc[3], x, sp), b = source(pc[4], x, sp)
                if _fastPath(a.raw & b.raw & 0xF == 0xF) {
                    let result: Term?
                    switch Op.decode(word) {
                    case .plus: result = smallArithmetic(.plus, a, b)
                    case .minus: result = smallArithmetic(.minus, a, b)
                    case .bitAnd: result = Term(raw: a.raw & b.raw)
                    case .bitOr: result = Term(raw: a.raw | b.raw)
                    default: result = smallArithmetic(Op.decode(word), a, b)
                    }
                    if _fastPath(result != nil) {
                        store(pc[5], result.unsafelyUnwrapped, x, sp)
                        pc += 6
                        continue
                    }
                }
                let result = arithmeticBif(p, int(pc[2]), a, b, registers.bifArguments)
                if _fastPath(!result.isNone) {
                    store(pc[5], result, x, sp)
                    pc += 6
                    continue
                }
                if pc[1] != 0 { pc = codeAddress(pc[1]); continue }
                if let next = raiseFromBif(p, int(pc[2]), arguments: registers.bifArguments, pc: pc, cp, x) {
                    pc = next; cp = 0; sp = p.stackTop; continue
                }
                return uncaught(p)

            // MARK: Comparisons
            case .isEqExact:
                let a = source(pc[2], x, sp), b = source(pc[3], x, sp)
                pc = exactlyEqual(a, b) ? pc + 4 : codeAddress(pc[1])
            case .isNeExact:
                let a = source(pc[2], x, sp), b = source(pc[3], x, sp)
                pc = exactlyEqual(a, b) ? codeAddress(pc[1]) : pc + 4
            case .isEq:
                let a = source(pc[2], x, sp), b = source(pc[3], x, sp)
                pc = TermOrder.equal(a, b) ? pc + 4 : codeAddress(pc[1])
            case .isNe:
                let a = source(pc[2], x, sp), b = source(pc[3], x, sp)
                pc = TermOrder.equal(a, b) ? codeAddress(pc[1]) : pc + 4
            case .isLt:
                let a = source(pc[2], x, sp), b = source(pc[3], x, sp)
                pc = less(a, b) ? pc + 4 : codeAddress(pc[1])
            case .isGe:
                let a = source(pc[2], x, sp), b = source(pc[3], x, sp)
                pc = less(a, b) ? codeAddress(pc[1]) : pc + 4

            // MARK: Type tests
            case .isInteger: pc = test(source(pc[2], x, sp).isInteger, pc, 3)
            case .isFloat: pc = test(source(pc[2], x, sp).isFloat, pc, 3)
            case .isNumber: pc = test(source(pc[2], x, sp).isNumber, pc, 3)
            case .isAtom: pc = test(source(pc[2], x, sp).isAtom, pc, 3)
            case .isPid: pc = test(source(pc[2], x, sp).isPid, pc, 3)
            case .isReference: pc = test(source(pc[2], x, sp).isReference, pc, 3)
            case .isPort: pc = test(source(pc[2], x, sp).isPort, pc, 3)
            case .isNil: pc = test(source(pc[2], x, sp).isNil, pc, 3)
            case .isBinary:
                let t = source(pc[2], x, sp)
                pc = test(t.isBitstring && BitstringView(t).isBinary, pc, 3)
            case .isBitstr: pc = test(source(pc[2], x, sp).isBitstring, pc, 3)
            case .isList:
                let t = source(pc[2], x, sp)
                pc = test(t.isList || t.isNil, pc, 3)
            case .isNonemptyList: pc = test(source(pc[2], x, sp).isList, pc, 3)
            case .isTuple: pc = test(source(pc[2], x, sp).isTuple, pc, 3)
            case .isMap: pc = test(source(pc[2], x, sp).isMap, pc, 3)
            case .isBoolean:
                let t = source(pc[2], x, sp)
                pc = test(t == .true || t == .false, pc, 3)
            case .isFunction: pc = test(source(pc[2], x, sp).isFunction, pc, 3)
            case .isFunction2:
                let f = source(pc[2], x, sp), arity = source(pc[3], x, sp)
                pc = test(f.isFunction && arity.isSmall && funArity(f) == arity.smallValue, pc, 4)
            case .testArity:
                let t = source(pc[2], x, sp)
                pc = test(t.isTuple && t.tupleArity == int(pc[3]), pc, 4)
            case .isTaggedTuple:
                let t = source(pc[2], x, sp)
                pc = test(t.isTuple && t.tupleArity == int(pc[3]) && t.tupleElement(0).raw == pc[4], pc, 5)
            case .selectVal:
                pc = selectValue(source(pc[1], x, sp), pc)
            case .selectTupleArity:
                let t = source(pc[1], x, sp)
                pc = t.isTuple ? selectArity(t.tupleArity, pc) : codeAddress(pc[2])
            case .jump:
                pc = codeAddress(pc[1])

            // MARK: Exceptions
            case .badmatch, .caseEnd, .tryCaseEnd, .badrecord:
                if let next = raiseInstructionError(p, pc, cp, x) { pc = next; cp = 0; sp = p.stackTop; continue }
                return uncaught(p)
            case .ifEnd:
                if let next = raiseError(p, Atom.ifClause, pc, cp, x) { pc = next; cp = 0; sp = p.stackTop; continue }
                return uncaught(p)
            case .catch, .try:
                p.catches += 1
                store(pc[1], Term(raw: pc[2]), x, sp)
                pc += 3
            case .catchEnd:
                p.catches -= 1
                store(pc[1], .nil, x, sp)
                if x[0].isNone { catchResult(p, x) }
                pc += 2
            case .tryEnd:
                p.catches -= 1
                store(pc[1], .nil, x, sp)
                pc += 2
            case .tryCase:
                p.catches -= 1
                store(pc[1], .nil, x, sp)
                x[0] = x[1]
                x[1] = x[2]
                x[2] = x[3]
                pc += 2
            case .raise:
                let trace = source(pc[1], x, sp), reason = source(pc[2], x, sp)
                if let next = reraise(p, trace: trace, reason: reason, pc, cp, x) { pc = next; cp = 0; sp = p.stackTop; continue }
                return uncaught(p)
            case .rawRaise:
                if let next = reraise(p, kind: x[0], reason: x[1], trace: x[2], pc, cp, x) { pc = next; cp = 0; sp = p.stackTop; continue }
                return uncaught(p)
            case .buildStacktrace:
                x[0] = RawTrace.list(p, x[0])
                pc += 1

            // MARK: Families in other files (they may collect garbage: reload the stack top)
            case .fmove, .fstore, .fconv, .fadd, .fsub, .fmul, .fdiv, .fnegate:
                guard let next = floatInstruction(p, pc, x, registers.fr) else {
                    if let next = raiseCurrent(p, pc: pc, cp, x) { pc = next; cp = 0; sp = p.stackTop; continue }
                    return uncaught(p)
                }
                pc = next
            case .putMapAssoc, .putMapExact, .hasMapFields, .getMapElements:
                let next = mapInstruction(p, pc, x)
                sp = p.stackTop
                guard let next else {
                    if let next = raiseCurrent(p, pc: pc, cp, x) { pc = next; cp = 0; sp = p.stackTop; continue }
                    return uncaught(p)
                }
                pc = next
            case .updateRecord:
                pc = updateRecord(p, pc, x)
                sp = p.stackTop
            case .bsCreateBin, .bsStartMatch, .bsGetPosition, .bsSetPosition, .bsGetTail, .bsGetInteger,
                 .bsGetFloat, .bsGetBinary, .bsSkipBits, .bsTestTail, .bsTestUnit, .bsMatchString, .bsGetUtf8,
                 .bsGetUtf16, .bsGetUtf32, .bsSkipUtf8, .bsSkipUtf16, .bsSkipUtf32, .bsMatch:
                let next = binaryInstruction(p, pc, x)
                sp = p.stackTop
                guard let next else {
                    if let next = raiseCurrent(p, pc: pc, cp, x) { pc = next; cp = 0; sp = p.stackTop; continue }
                    return uncaught(p)
                }
                pc = next

            // MARK: Messages
            case .send:
                guard send(p, to: x[0], x[1]) else {
                    if let next = raiseError(p, Atom.badarg, pc, cp, x) { pc = next; cp = 0; sp = p.stackTop; continue }
                    return uncaught(p)
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
                    store(pc[2], node.pointee.term, x, sp)
                    pc += 3
                } else {
                    pc = codeAddress(pc[1])
                }
            case .loopRecEnd:
                p.queue.advance()
                pc = codeAddress(pc[1])
                reds &-= 1
                if _slowPath(reds <= 0) { return suspend(p, at: pc, arity: 0, cp: cp, reds: reds, x) }
            case .removeMessage:
                removeMessage(p)
                pc += 1
            case .timeout:
                p.queue.resetSave()
                p.timedOut = false
                pc += 1
            case .wait:
                if let next = wait(p, resumeAt: codeAddress(pc[1]), cp: cp) { pc = next } else { return .waiting }
            case .waitTimeout:
                if p.timedOut {
                    p.timedOut = false
                    pc += 3
                    continue
                }
                let timeout = source(pc[2], x, sp)
                if timeout == Term.small(0) { pc += 3; continue }
                guard timeout == Atom.infinity || (timeout.isSmall && timeout.smallValue > 0) else {
                    if let next = raiseError(p, Atom.timeoutValue, pc, cp, x) { pc = next; cp = 0; sp = p.stackTop; continue }
                    return uncaught(p)
                }
                if timeout.isSmall && p.receiveTimer == 0 {
                    let id = Unique.nextReference()
                    p.receiveTimer = id
                    _ = TimerService.shared.schedule(milliseconds: timeout.smallValue, id: id, .receiveTimeout(p, id))
                }
                if let next = wait(p, resumeAt: codeAddress(pc[1]), cp: cp) { pc = next } else { return .waiting }
            case .recvMarkerReserve:
                p.takeInbox()
                p.queue.markerNode = p.queue.tail
                p.queue.markerReserved = true
                p.queue.markerReference = 0
                store(pc[1], .small(1), x, sp)
                pc += 2
            case .recvMarkerBind:
                let reference = source(pc[2], x, sp)
                if reference.isBoxed && reference.boxedSubtag == Subtag.reference.rawValue {
                    p.queue.markerReference = reference.boxedPointer[1].raw
                }
                pc += 3
            case .recvMarkerClear:
                let reference = source(pc[1], x, sp)
                if reference.isBoxed && reference.boxedSubtag == Subtag.reference.rawValue,
                   p.queue.markerReference == reference.boxedPointer[1].raw {
                    p.queue.markerReserved = false
                    p.queue.markerReference = 0
                }
                pc += 2
            case .recvMarkerUse:
                let reference = source(pc[1], x, sp)
                if p.queue.markerReserved, reference.isBoxed, reference.boxedSubtag == Subtag.reference.rawValue,
                   p.queue.markerReference == reference.boxedPointer[1].raw {
                    p.queue.savePrevious = p.queue.markerNode
                }
                pc += 2
            case .nop:
                pc += 1
            }
            continue
            }
            // A specialised op's handler declined: do the general thing.
            let resume = specialisedSlowPath(p, pc, cp, registers)
            guard let next = resume.pc else { return uncaught(p) }
            pc = next
            cp = resume.cp
            sp = p.stackTop
        }
    }

    /// Puts back the x registers saved when the process was suspended.
    @inline(never)
    static func restoreRegisters(_ p: Process, _ x: UnsafeMutablePointer<Term>) {
        if p.savedRegisters.isEmpty { return }
        for i in 0..<p.savedRegisters.count { x[i] = p.savedRegisters[i] }
        p.savedRegisters.removeAll(keepingCapacity: true)
    }

    /// Suspends at a call: saves the live registers and where to continue.
    @inline(never)
    static func suspend(_ p: Process, at target: UnsafePointer<UInt64>, arity: Int, cp: UInt64, reds: Int,
                        _ x: UnsafeMutablePointer<Term>) -> SliceOutcome {
        p.reductions &+= sliceReductions - reds
        p.pc = target
        p.cp = cp
        p.savedRegisters = Array(UnsafeBufferPointer(start: x, count: arity))
        return .yielded
    }

    /// Where a native function's export stub continues after it returned no value.
    struct TrapResult {
        var pc: UnsafePointer<UInt64>
        var cp: UInt64
        /// nil to continue running at `pc`; `.yielded` to suspend at `pc` with x0 live; or
        /// how the slice ends.
        var outcome: SliceOutcome?
    }

    /// A native function's export stub returned no value: carries out the trap it asked
    /// for, or raises its exception.
    @inline(never)
    static func bifTrapOrRaise(_ p: Process, _ bif: Int, _ cp: UInt64, _ x: UnsafeMutablePointer<Term>) -> TrapResult {
        let none = UnsafePointer<UInt64>(Runtime.exitStub)
        guard let trap = p.trap else {
            if let next = raiseFromBif(p, bif, arguments: x, pc: nil, cp, x) { return TrapResult(pc: next, cp: 0) }
            return TrapResult(pc: none, cp: cp, outcome: uncaught(p))
        }
        p.trap = nil
        switch trap {
        case .yield:
            x[0] = .true
            return TrapResult(pc: codeAddress(cp), cp: 0, outcome: .yielded)
        case .jump(let code, let values):
            for (i, value) in values.enumerated() { x[i] = value }
            return TrapResult(pc: code, cp: cp)
        case .hibernate(let code):
            p.stackTop = p.heapEnd
            p.catches = 0
            let exit = codeWord(Runtime.exitStub)
            p.takeInbox()
            if p.queue.head != nil {
                for (i, value) in p.savedRegisters.enumerated() { x[i] = value }
                p.savedRegisters.removeAll()
                return TrapResult(pc: code, cp: exit)
            } else if let next = wait(p, resumeAt: code, cp: exit) {
                for (i, value) in p.savedRegisters.enumerated() { x[i] = value }
                p.savedRegisters.removeAll()
                return TrapResult(pc: next, cp: exit)
            }
            return TrapResult(pc: code, cp: exit, outcome: .waiting)
        }
    }

    /// Makes room for `need` words on the heap, collecting garbage. Returns false when the
    /// process outgrew its maximum heap size and must stop.
    @inline(never)
    static func makeRoom(_ p: Process, _ need: Int, live: Int, _ x: UnsafeMutablePointer<Term>) -> Bool {
        p.ensureFree(need, live: live, registers: x)
    }

    /// Whether `need` words fit between the heap top and `sp`, with no fragments waiting
    /// to be merged (see `Process.ensureFree`, which decides when they force a collection).
    @inline(__always)
    static func hasRoom(_ p: Process, _ need: Int, _ sp: UnsafeMutablePointer<Term>) -> Bool {
        p.heapTop.advanced(by: need) <= sp && p.fragmentWords == 0
    }

    /// Allocates `words` words on the heap (the stack top is `sp`), or in a fragment when
    /// they do not fit. Never collects garbage.
    @inline(__always)
    static func heapAllocate(_ p: Process, _ words: Int, _ sp: UnsafeMutablePointer<Term>) -> UnsafeMutablePointer<Term> {
        let top = p.heapTop
        let end = top.advanced(by: words)
        if _fastPath(end <= sp) {
            p.heapTop = end
            return top
        }
        return p.allocateFragment(words)
    }

    /// Writes a tuple of `arity` elements read from the source operands at `elements`.
    @inline(__always)
    static func buildTuple(_ object: UnsafeMutablePointer<Term>, _ arity: Int, _ elements: UnsafePointer<UInt64>,
                           _ x: UnsafeMutablePointer<Term>, _ sp: UnsafeMutablePointer<Term>) {
        object[0] = Header.tuple(arity)
        var i = 0
        while i < arity {
            object[i &+ 1] = source(elements[i], x, sp)
            i &+= 1
        }
    }

    /// Pushes a frame of `words` words (the saved CP and the y registers, set to []) below
    /// `sp` and returns the new stack top.
    @inline(__always)
    static func pushFrame(_ sp: UnsafeMutablePointer<Term>, _ words: Int, cp: UInt64) -> UnsafeMutablePointer<Term> {
        let top = sp.advanced(by: 0 &- words)
        top[0] = Term(raw: cp)
        var i = 1
        while i < words {
            top[i] = .nil
            i &+= 1
        }
        return top
    }

    /// Continues at `pc + size` when `condition` holds, else at the fail label (operand 1).
    @inline(__always)
    static func test(_ condition: Bool, _ pc: UnsafePointer<UInt64>, _ size: Int) -> UnsafePointer<UInt64> {
        condition ? pc + size : codeAddress(pc[1])
    }
}

extension Process {
    /// Whether a term lives outside this process's heap and fragments (a module literal).
    func isLiteral(_ term: Term) -> Bool {
        let address = term.pointerAddress
        if address >= UInt(bitPattern: heapStart) && address < UInt(bitPattern: heapEnd) { return false }
        if let oldStart, address >= UInt(bitPattern: oldStart) && address < UInt(bitPattern: oldTop.unsafelyUnwrapped) {
            return false
        }
        var fragment = fragments
        while let current = fragment {
            if Fragment.contains(current, address) { return false }
            fragment = current.pointee.next
        }
        return true
    }
}
