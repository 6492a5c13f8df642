// Taking lists and tuples apart.

extension Exec {
    // MARK: Lists

    @inline(__always) static func getList(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        let list = m.source(m.pc[1])
        guard _fastPath(list.isList) else { return m.badarg(p) }
        let head = list.head, tail = list.tail
        m.store(m.pc[2], head)
        m.store(m.pc[3], tail)
        return m.skip(4)
    }

    @inline(__always) static func getHd(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        let list = m.source(m.pc[1])
        guard _fastPath(list.isList) else { return m.badarg(p) }
        m.store(m.pc[2], list.head)
        return m.skip(3)
    }

    @inline(__always) static func getTl(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        let list = m.source(m.pc[1])
        guard _fastPath(list.isList) else { return m.badarg(p) }
        m.store(m.pc[2], list.tail)
        return m.skip(3)
    }

    @inline(__always) static func getListXXX(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        m.advance(Interpreter.getList(XRegister.self, XRegister.self, XRegister.self, test: false, word, m.pc, m.x, m.sp))
    }

    @inline(__always) static func getListXYX(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        m.advance(Interpreter.getList(XRegister.self, YRegister.self, XRegister.self, test: false, word, m.pc, m.x, m.sp))
    }

    @inline(__always) static func getListXXY(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        m.advance(Interpreter.getList(XRegister.self, XRegister.self, YRegister.self, test: false, word, m.pc, m.x, m.sp))
    }

    @inline(__always) static func getListRRR(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        m.advance(Interpreter.getList(AnyRegister.self, AnyRegister.self, AnyRegister.self, test: false, word, m.pc, m.x, m.sp))
    }

    @inline(__always) static func isListGetListXXX(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        m.advance(Interpreter.getList(XRegister.self, XRegister.self, XRegister.self, test: true, word, m.pc, m.x, m.sp))
    }

    @inline(__always) static func isListGetListRRR(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        m.advance(Interpreter.getList(AnyRegister.self, AnyRegister.self, AnyRegister.self, test: true, word, m.pc, m.x, m.sp))
    }

    // MARK: Tuples

    @inline(__always) static func getTupleElement(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        let tuple = m.source(m.pc[1])
        let index = int(m.pc[2])
        guard _fastPath(tuple.isTuple && index < tuple.tupleArity) else { return m.badarg(p) }
        m.store(m.pc[3], tuple.tupleElement(index))
        return m.skip(4)
    }

    @inline(__always) static func getTupleElementXX(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        m.advance(Interpreter.getTupleElement(XRegister.self, XRegister.self, two: false, word, m.pc, m.x, m.sp))
    }

    @inline(__always) static func getTupleElementYX(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        m.advance(Interpreter.getTupleElement(YRegister.self, XRegister.self, two: false, word, m.pc, m.x, m.sp))
    }

    @inline(__always) static func getTupleElementRR(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        m.advance(Interpreter.getTupleElement(AnyRegister.self, AnyRegister.self, two: false, word, m.pc, m.x, m.sp))
    }

    @inline(__always) static func getTupleElementTwoXXX(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        m.advance(Interpreter.getTupleElement(XRegister.self, XRegister.self, two: true, word, m.pc, m.x, m.sp))
    }

    @inline(__always) static func getTupleElementTwoRRR(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        m.advance(Interpreter.getTupleElement(AnyRegister.self, AnyRegister.self, two: true, word, m.pc, m.x, m.sp))
    }

    @inline(__always) static func setTupleElement(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        let value = m.source(m.pc[1]), tuple = m.source(m.pc[2])
        let index = int(m.pc[3])
        guard _fastPath(tuple.isTuple && index < tuple.tupleArity && !p.isLiteral(tuple)) else { return m.badarg(p) }
        tuple.boxedPointer[1 &+ index] = value
        return m.skip(4)
    }

    /// Tuple test and two consecutive elements into x registers (the loader checked that
    /// index + 1 < arity).
    @inline(__always) static func tupleMatch(_ m: inout Machine, _ p: Process, _ word: UInt64, tagged: Bool) -> Step {
        let t = m.x[field(word, 0)]
        guard t.isBoxed, t.boxedPointer[0].raw == UInt64(field(word, 1)) &<< 6,
              !tagged || t.boxedPointer[1].raw == m.pc[1] else {
            m.pc = codeAddress(m.pc[2])
            return .next
        }
        let index = int(m.pc[3])
        let first = t.tupleElement(index), second = t.tupleElement(index &+ 1)
        m.x[field(word, 2)] = first
        m.x[field(word, 3)] = second
        return m.skip(4)
    }

    @inline(__always) static func isTupleArityGetTwoX(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        tupleMatch(&m, p, word, tagged: false)
    }

    @inline(__always) static func isTaggedTupleGetTwoX(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        tupleMatch(&m, p, word, tagged: true)
    }
}
