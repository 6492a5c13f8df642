// BIF calls from guards and bodies, integer arithmetic with its small-integer fast paths,
// and float register arithmetic.

extension Exec {
    // MARK: Specialised integer ops (head | S2 | L | B | S1 | D)

    @inline(__always) static func plusXXX(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        m.advance(Interpreter.integerOp(.plus, XRegister.self, XRegister.self, XRegister.self, word, m.pc, m.x, m.sp))
    }

    @inline(__always) static func plusXCX(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        m.advance(Interpreter.integerOp(.plus, XRegister.self, Constant.self, XRegister.self, word, m.pc, m.x, m.sp))
    }

    @inline(__always) static func plusYXX(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        m.advance(Interpreter.integerOp(.plus, YRegister.self, XRegister.self, XRegister.self, word, m.pc, m.x, m.sp))
    }

    @inline(__always) static func plusYCX(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        m.advance(Interpreter.integerOp(.plus, YRegister.self, Constant.self, XRegister.self, word, m.pc, m.x, m.sp))
    }

    @inline(__always) static func plusXYX(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        m.advance(Interpreter.integerOp(.plus, XRegister.self, YRegister.self, XRegister.self, word, m.pc, m.x, m.sp))
    }

    @inline(__always) static func plusRRR(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        m.advance(Interpreter.integerOp(.plus, AnyRegister.self, AnyRegister.self, AnyRegister.self, word, m.pc, m.x, m.sp))
    }

    @inline(__always) static func plusRCR(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        m.advance(Interpreter.integerOp(.plus, AnyRegister.self, Constant.self, AnyRegister.self, word, m.pc, m.x, m.sp))
    }

    @inline(__always) static func minusXXX(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        m.advance(Interpreter.integerOp(.minus, XRegister.self, XRegister.self, XRegister.self, word, m.pc, m.x, m.sp))
    }

    @inline(__always) static func minusXCX(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        m.advance(Interpreter.integerOp(.minus, XRegister.self, Constant.self, XRegister.self, word, m.pc, m.x, m.sp))
    }

    @inline(__always) static func minusYXX(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        m.advance(Interpreter.integerOp(.minus, YRegister.self, XRegister.self, XRegister.self, word, m.pc, m.x, m.sp))
    }

    @inline(__always) static func minusYCX(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        m.advance(Interpreter.integerOp(.minus, YRegister.self, Constant.self, XRegister.self, word, m.pc, m.x, m.sp))
    }

    @inline(__always) static func minusXYX(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        m.advance(Interpreter.integerOp(.minus, XRegister.self, YRegister.self, XRegister.self, word, m.pc, m.x, m.sp))
    }

    @inline(__always) static func minusRRR(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        m.advance(Interpreter.integerOp(.minus, AnyRegister.self, AnyRegister.self, AnyRegister.self, word, m.pc, m.x, m.sp))
    }

    @inline(__always) static func minusRCR(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        m.advance(Interpreter.integerOp(.minus, AnyRegister.self, Constant.self, AnyRegister.self, word, m.pc, m.x, m.sp))
    }

    @inline(__always) static func bitAndXCX(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        m.advance(Interpreter.integerOp(.bitAnd, XRegister.self, Constant.self, XRegister.self, word, m.pc, m.x, m.sp))
    }

    @inline(__always) static func bitAndRRR(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        m.advance(Interpreter.integerOp(.bitAnd, AnyRegister.self, AnyRegister.self, AnyRegister.self, word, m.pc, m.x, m.sp))
    }

    @inline(__always) static func bitAndRCR(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        m.advance(Interpreter.integerOp(.bitAnd, AnyRegister.self, Constant.self, AnyRegister.self, word, m.pc, m.x, m.sp))
    }

    // MARK: Generic integer ops (L fail, B, S, S, D)

    @inline(__always) static func plus(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        integerBif(&m, p, word, .plus)
    }

    @inline(__always) static func minus(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        integerBif(&m, p, word, .minus)
    }

    @inline(__always) static func bitAnd(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        integerBif(&m, p, word, .bitAnd)
    }

    @inline(__always) static func bitOr(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        integerBif(&m, p, word, .bitOr)
    }

    @inline(__always) static func times(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        integerBif(&m, p, word, .times)
    }

    @inline(__always) static func bitXor(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        integerBif(&m, p, word, .bitXor)
    }

    @inline(__always) static func shiftLeft(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        integerBif(&m, p, word, .shiftLeft)
    }

    @inline(__always) static func shiftRight(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        integerBif(&m, p, word, .shiftRight)
    }

    @inline(__always) static func integerBif(_ m: inout Machine, _ p: Process, _ word: UInt64, _ op: Op) -> Step {
        let a = m.source(m.pc[3]), b = m.source(m.pc[4])
        if _fastPath(a.raw & b.raw & 0xF == 0xF) {
            let result: Term?
            switch op {
            case .plus: result = Interpreter.smallArithmetic(.plus, a, b)
            case .minus: result = Interpreter.smallArithmetic(.minus, a, b)
            case .bitAnd: result = Term(raw: a.raw & b.raw)
            case .bitOr: result = Term(raw: a.raw | b.raw)
            default: result = Interpreter.smallArithmetic(op, a, b)
            }
            if _fastPath(result != nil) {
                m.store(m.pc[5], result.unsafelyUnwrapped)
                return m.skip(6)
            }
        }
        return bifResult(&m, p, Interpreter.arithmeticBif(p, int(m.pc[2]), a, b, m.bifArguments), count: 2)
    }

    /// Stores the result of a guard or body BIF call (L fail, B, S..., D), or fails.
    @inline(__always) static func bifResult(_ m: inout Machine, _ p: Process, _ result: Term, count: Int) -> Step {
        if _fastPath(!result.isNone) {
            m.store(m.pc[3 &+ count], result)
            return m.skip(4 &+ count)
        }
        if m.pc[1] != 0 {
            m.pc = codeAddress(m.pc[1])
            return .next
        }
        return m.raised(p, Interpreter.raiseFromBif(p, int(m.pc[2]), arguments: m.bifArguments, pc: m.pc, m.cp, m.x))
    }

    // MARK: BIF calls

    @inline(__always) static func bif0(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        let bif = int(m.pc[1])
        let result = BifTable.call(bif, p, m.bifArguments)
        if _slowPath(result.isNone) {
            return m.raised(p, Interpreter.raiseFromBif(p, bif, arguments: m.bifArguments, pc: m.pc, m.cp, m.x))
        }
        m.store(m.pc[2], result)
        return m.skip(3)
    }

    @inline(__always) static func bifN(_ m: inout Machine, _ p: Process, count: Int) -> Step {
        let arguments = m.bifArguments
        var i = 0
        while i < count {
            arguments[i] = m.source(m.pc[3 &+ i])
            i &+= 1
        }
        return bifResult(&m, p, BifTable.call(int(m.pc[2]), p, arguments), count: count)
    }

    @inline(__always) static func bif1(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        bifN(&m, p, count: 1)
    }

    @inline(__always) static func bif2(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        bifN(&m, p, count: 2)
    }

    @inline(__always) static func bif3(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        bifN(&m, p, count: 3)
    }

    // MARK: Specialised floats (false: badarith or a bignum, on the slow path)

    @inline(__always) static func fmoveXF(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        guard Interpreter.floatLoad(XRegister.self, word, m.pc, m.x, m.sp, m.fr) else { return .slow }
        return m.skip(1)
    }

    @inline(__always) static func fmoveYF(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        guard Interpreter.floatLoad(YRegister.self, word, m.pc, m.x, m.sp, m.fr) else { return .slow }
        return m.skip(1)
    }

    @inline(__always) static func fmoveCF(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        guard Interpreter.floatLoad(Constant.self, word, m.pc, m.x, m.sp, m.fr) else { return .slow }
        return m.skip(2)
    }

    @inline(__always) static func fconvXF(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        guard Interpreter.floatConvert(XRegister.self, word, m.pc, m.x, m.sp, m.fr) else { return .slow }
        return m.skip(1)
    }

    @inline(__always) static func fconvYF(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        guard Interpreter.floatConvert(YRegister.self, word, m.pc, m.x, m.sp, m.fr) else { return .slow }
        return m.skip(1)
    }

    @inline(__always) static func fstoreFX(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        Interpreter.floatStore(XRegister.self, p, word, m.x, m.sp, m.fr)
        return m.skip(1)
    }

    @inline(__always) static func fstoreFY(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        Interpreter.floatStore(YRegister.self, p, word, m.x, m.sp, m.fr)
        return m.skip(1)
    }

    @inline(__always) static func faddFFF(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        guard Interpreter.floatArithmetic(.faddFFF, word, m.fr) else { return .slow }
        return m.skip(1)
    }

    @inline(__always) static func fsubFFF(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        guard Interpreter.floatArithmetic(.fsubFFF, word, m.fr) else { return .slow }
        return m.skip(1)
    }

    @inline(__always) static func fmulFFF(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        guard Interpreter.floatArithmetic(.fmulFFF, word, m.fr) else { return .slow }
        return m.skip(1)
    }

    @inline(__always) static func fdivFFF(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        guard Interpreter.floatArithmetic(.fdivFFF, word, m.fr) else { return .slow }
        return m.skip(1)
    }

    @inline(__always) static func fnegateFF(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        m.fr[field(word, 1)] = -m.fr[field(word, 0)]
        return m.skip(1)
    }

    // MARK: Generic floats

    @inline(__always) static func fmove(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        floatFamily(&m, p)
    }

    @inline(__always) static func fstore(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        floatFamily(&m, p)
    }

    @inline(__always) static func fconv(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        floatFamily(&m, p)
    }

    @inline(__always) static func fadd(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        floatFamily(&m, p)
    }

    @inline(__always) static func fsub(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        floatFamily(&m, p)
    }

    @inline(__always) static func fmul(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        floatFamily(&m, p)
    }

    @inline(__always) static func fdiv(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        floatFamily(&m, p)
    }

    @inline(__always) static func fnegate(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        floatFamily(&m, p)
    }

    @inline(__always) static func floatFamily(_ m: inout Machine, _ p: Process) -> Step {
        guard let next = Interpreter.floatInstruction(p, m.pc, m.x, m.fr) else { return m.raiseCurrent(p, at: m.pc) }
        m.pc = next
        return .next
    }
}
