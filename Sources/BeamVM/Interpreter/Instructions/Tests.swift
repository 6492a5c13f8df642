// Tests: comparisons, type tests, multi-way branches and jumps. A test continues after
// itself when it holds, else at its fail label.

extension Exec {
    // MARK: Specialised comparisons

    @inline(__always) static func isEqExactXC(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        m.pc = Interpreter.equalTest(XRegister.self, Constant.self, negate: false, word, m.pc, m.x, m.sp)
        return .next
    }

    @inline(__always) static func isEqExactYC(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        m.pc = Interpreter.equalTest(YRegister.self, Constant.self, negate: false, word, m.pc, m.x, m.sp)
        return .next
    }

    @inline(__always) static func isEqExactXX(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        m.pc = Interpreter.equalTest(XRegister.self, XRegister.self, negate: false, word, m.pc, m.x, m.sp)
        return .next
    }

    @inline(__always) static func isEqExactRR(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        m.pc = Interpreter.equalTest(AnyRegister.self, AnyRegister.self, negate: false, word, m.pc, m.x, m.sp)
        return .next
    }

    @inline(__always) static func isNeExactXC(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        m.pc = Interpreter.equalTest(XRegister.self, Constant.self, negate: true, word, m.pc, m.x, m.sp)
        return .next
    }

    @inline(__always) static func isNeExactYC(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        m.pc = Interpreter.equalTest(YRegister.self, Constant.self, negate: true, word, m.pc, m.x, m.sp)
        return .next
    }

    @inline(__always) static func isNeExactXX(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        m.pc = Interpreter.equalTest(XRegister.self, XRegister.self, negate: true, word, m.pc, m.x, m.sp)
        return .next
    }

    @inline(__always) static func isNeExactRR(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        m.pc = Interpreter.equalTest(AnyRegister.self, AnyRegister.self, negate: true, word, m.pc, m.x, m.sp)
        return .next
    }

    @inline(__always) static func isLtXX(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        m.pc = Interpreter.lessTest(XRegister.self, XRegister.self, negate: false, word, m.pc, m.x, m.sp)
        return .next
    }

    @inline(__always) static func isLtXC(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        m.pc = Interpreter.lessTest(XRegister.self, Constant.self, negate: false, word, m.pc, m.x, m.sp)
        return .next
    }

    @inline(__always) static func isLtCX(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        m.pc = Interpreter.lessTest(Constant.self, XRegister.self, negate: false, word, m.pc, m.x, m.sp)
        return .next
    }

    @inline(__always) static func isLtRR(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        m.pc = Interpreter.lessTest(AnyRegister.self, AnyRegister.self, negate: false, word, m.pc, m.x, m.sp)
        return .next
    }

    @inline(__always) static func isLtRC(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        m.pc = Interpreter.lessTest(AnyRegister.self, Constant.self, negate: false, word, m.pc, m.x, m.sp)
        return .next
    }

    @inline(__always) static func isLtCR(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        m.pc = Interpreter.lessTest(Constant.self, AnyRegister.self, negate: false, word, m.pc, m.x, m.sp)
        return .next
    }

    @inline(__always) static func isGeXX(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        m.pc = Interpreter.lessTest(XRegister.self, XRegister.self, negate: true, word, m.pc, m.x, m.sp)
        return .next
    }

    @inline(__always) static func isGeXC(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        m.pc = Interpreter.lessTest(XRegister.self, Constant.self, negate: true, word, m.pc, m.x, m.sp)
        return .next
    }

    @inline(__always) static func isGeCX(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        m.pc = Interpreter.lessTest(Constant.self, XRegister.self, negate: true, word, m.pc, m.x, m.sp)
        return .next
    }

    @inline(__always) static func isGeRR(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        m.pc = Interpreter.lessTest(AnyRegister.self, AnyRegister.self, negate: true, word, m.pc, m.x, m.sp)
        return .next
    }

    @inline(__always) static func isGeRC(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        m.pc = Interpreter.lessTest(AnyRegister.self, Constant.self, negate: true, word, m.pc, m.x, m.sp)
        return .next
    }

    @inline(__always) static func isGeCR(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        m.pc = Interpreter.lessTest(Constant.self, AnyRegister.self, negate: true, word, m.pc, m.x, m.sp)
        return .next
    }

    @inline(__always) static func isNilX(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        m.pc = Interpreter.branch(m.x[field(word, 0)].raw == Term.nil.raw, m.pc, size: 2)
        return .next
    }

    @inline(__always) static func isNilR(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        m.pc = Interpreter.branch(register(word, 0, m.x, m.sp).pointee.raw == Term.nil.raw, m.pc, size: 2)
        return .next
    }

    @inline(__always) static func isNonemptyListX(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        m.pc = Interpreter.branch(m.x[field(word, 0)].isList, m.pc, size: 2)
        return .next
    }

    @inline(__always) static func isNonemptyListR(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        m.pc = Interpreter.branch(register(word, 0, m.x, m.sp).pointee.isList, m.pc, size: 2)
        return .next
    }

    @inline(__always) static func isTupleR(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        m.pc = Interpreter.branch(register(word, 0, m.x, m.sp).pointee.isTuple, m.pc, size: 2)
        return .next
    }

    @inline(__always) static func isTupleArityX(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        m.pc = Interpreter.tupleTest(XRegister.self, tagged: false, word, m.pc, m.x, m.sp)
        return .next
    }

    @inline(__always) static func isTupleArityR(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        m.pc = Interpreter.tupleTest(AnyRegister.self, tagged: false, word, m.pc, m.x, m.sp)
        return .next
    }

    @inline(__always) static func isTaggedTupleX(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        m.pc = Interpreter.tupleTest(XRegister.self, tagged: true, word, m.pc, m.x, m.sp)
        return .next
    }

    @inline(__always) static func isTaggedTupleR(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        m.pc = Interpreter.tupleTest(AnyRegister.self, tagged: true, word, m.pc, m.x, m.sp)
        return .next
    }

    // MARK: Generic comparisons (L, S, S)

    @inline(__always) static func isEqExact(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        let a = m.source(m.pc[2]), b = m.source(m.pc[3])
        m.pc = Interpreter.exactlyEqual(a, b) ? m.pc + 4 : codeAddress(m.pc[1])
        return .next
    }

    @inline(__always) static func isNeExact(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        let a = m.source(m.pc[2]), b = m.source(m.pc[3])
        m.pc = Interpreter.exactlyEqual(a, b) ? codeAddress(m.pc[1]) : m.pc + 4
        return .next
    }

    @inline(__always) static func isEq(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        let a = m.source(m.pc[2]), b = m.source(m.pc[3])
        m.pc = TermOrder.equal(a, b) ? m.pc + 4 : codeAddress(m.pc[1])
        return .next
    }

    @inline(__always) static func isNe(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        let a = m.source(m.pc[2]), b = m.source(m.pc[3])
        m.pc = TermOrder.equal(a, b) ? codeAddress(m.pc[1]) : m.pc + 4
        return .next
    }

    @inline(__always) static func isLt(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        let a = m.source(m.pc[2]), b = m.source(m.pc[3])
        m.pc = Interpreter.less(a, b) ? m.pc + 4 : codeAddress(m.pc[1])
        return .next
    }

    @inline(__always) static func isGe(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        let a = m.source(m.pc[2]), b = m.source(m.pc[3])
        m.pc = Interpreter.less(a, b) ? codeAddress(m.pc[1]) : m.pc + 4
        return .next
    }

    // MARK: Generic type tests (L, S)

    @inline(__always) static func isInteger(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        let t = m.source(m.pc[2])
        m.pc = Interpreter.test(t.isInteger, m.pc, 3)
        return .next
    }

    @inline(__always) static func isFloat(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        let t = m.source(m.pc[2])
        m.pc = Interpreter.test(t.isFloat, m.pc, 3)
        return .next
    }

    @inline(__always) static func isNumber(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        let t = m.source(m.pc[2])
        m.pc = Interpreter.test(t.isNumber, m.pc, 3)
        return .next
    }

    @inline(__always) static func isAtom(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        let t = m.source(m.pc[2])
        m.pc = Interpreter.test(t.isAtom, m.pc, 3)
        return .next
    }

    @inline(__always) static func isPid(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        let t = m.source(m.pc[2])
        m.pc = Interpreter.test(t.isPid, m.pc, 3)
        return .next
    }

    @inline(__always) static func isReference(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        let t = m.source(m.pc[2])
        m.pc = Interpreter.test(t.isReference, m.pc, 3)
        return .next
    }

    @inline(__always) static func isPort(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        let t = m.source(m.pc[2])
        m.pc = Interpreter.test(t.isPort, m.pc, 3)
        return .next
    }

    @inline(__always) static func isNil(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        let t = m.source(m.pc[2])
        m.pc = Interpreter.test(t.isNil, m.pc, 3)
        return .next
    }

    @inline(__always) static func isBinary(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        let t = m.source(m.pc[2])
        m.pc = Interpreter.test(t.isBitstring && BitstringView(t).isBinary, m.pc, 3)
        return .next
    }

    @inline(__always) static func isBitstr(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        let t = m.source(m.pc[2])
        m.pc = Interpreter.test(t.isBitstring, m.pc, 3)
        return .next
    }

    @inline(__always) static func isList(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        let t = m.source(m.pc[2])
        m.pc = Interpreter.test(t.isList || t.isNil, m.pc, 3)
        return .next
    }

    @inline(__always) static func isNonemptyList(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        let t = m.source(m.pc[2])
        m.pc = Interpreter.test(t.isList, m.pc, 3)
        return .next
    }

    @inline(__always) static func isTuple(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        let t = m.source(m.pc[2])
        m.pc = Interpreter.test(t.isTuple, m.pc, 3)
        return .next
    }

    @inline(__always) static func isMap(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        let t = m.source(m.pc[2])
        m.pc = Interpreter.test(t.isMap, m.pc, 3)
        return .next
    }

    @inline(__always) static func isBoolean(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        let t = m.source(m.pc[2])
        m.pc = Interpreter.test(t == .true || t == .false, m.pc, 3)
        return .next
    }

    @inline(__always) static func isFunction(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        let t = m.source(m.pc[2])
        m.pc = Interpreter.test(t.isFunction, m.pc, 3)
        return .next
    }

    @inline(__always) static func isFunction2(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        let f = m.source(m.pc[2]), arity = m.source(m.pc[3])
        m.pc = Interpreter.test(f.isFunction && arity.isSmall && Interpreter.funArity(f) == arity.smallValue, m.pc, 4)
        return .next
    }

    @inline(__always) static func testArity(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        let t = m.source(m.pc[2])
        m.pc = Interpreter.test(t.isTuple && t.tupleArity == int(m.pc[3]), m.pc, 4)
        return .next
    }

    @inline(__always) static func isTaggedTuple(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        let t = m.source(m.pc[2])
        m.pc = Interpreter.test(t.isTuple && t.tupleArity == int(m.pc[3]) && t.tupleElement(0).raw == m.pc[4], m.pc, 5)
        return .next
    }

    // MARK: Branches

    @inline(__always) static func selectVal(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        m.pc = Interpreter.selectValue(m.source(m.pc[1]), m.pc)
        return .next
    }

    @inline(__always) static func selectTupleArity(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        let t = m.source(m.pc[1])
        m.pc = t.isTuple ? Interpreter.selectArity(t.tupleArity, m.pc) : codeAddress(m.pc[2])
        return .next
    }

    @inline(__always) static func jump(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        m.pc = codeAddress(m.pc[1])
        return .next
    }

}
