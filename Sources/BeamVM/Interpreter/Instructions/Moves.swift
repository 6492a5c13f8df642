// Moves between registers, with constants, and register initialisation.

extension Exec {
    @inline(__always) static func moveXX(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        m.x[field(word, 1)] = m.x[field(word, 0)]
        return m.skip(1)
    }

    @inline(__always) static func moveXY(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        m.sp[field(word, 1)] = m.x[field(word, 0)]
        return m.skip(1)
    }

    @inline(__always) static func moveYX(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        m.x[field(word, 1)] = m.sp[field(word, 0)]
        return m.skip(1)
    }

    @inline(__always) static func moveYY(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        m.sp[field(word, 1)] = m.sp[field(word, 0)]
        return m.skip(1)
    }

    @inline(__always) static func moveCX(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        m.x[field(word, 1)] = Term(raw: m.pc[1])
        return m.skip(2)
    }

    @inline(__always) static func moveCY(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        m.sp[field(word, 1)] = Term(raw: m.pc[1])
        return m.skip(2)
    }

    @inline(__always) static func moveTwoXYXY(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        Interpreter.moveTwo(XRegister.self, YRegister.self, XRegister.self, YRegister.self, word, m.x, m.sp)
        return m.skip(1)
    }

    @inline(__always) static func moveTwoYXYX(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        Interpreter.moveTwo(YRegister.self, XRegister.self, YRegister.self, XRegister.self, word, m.x, m.sp)
        return m.skip(1)
    }

    @inline(__always) static func moveTwoXXXX(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        Interpreter.moveTwo(XRegister.self, XRegister.self, XRegister.self, XRegister.self, word, m.x, m.sp)
        return m.skip(1)
    }

    @inline(__always) static func moveTwoXYXX(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        Interpreter.moveTwo(XRegister.self, YRegister.self, XRegister.self, XRegister.self, word, m.x, m.sp)
        return m.skip(1)
    }

    @inline(__always) static func moveTwoXXYX(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        Interpreter.moveTwo(XRegister.self, XRegister.self, YRegister.self, XRegister.self, word, m.x, m.sp)
        return m.skip(1)
    }

    @inline(__always) static func moveTwoYXXX(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        Interpreter.moveTwo(YRegister.self, XRegister.self, XRegister.self, XRegister.self, word, m.x, m.sp)
        return m.skip(1)
    }

    @inline(__always) static func moveTwoXXXY(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        Interpreter.moveTwo(XRegister.self, XRegister.self, XRegister.self, YRegister.self, word, m.x, m.sp)
        return m.skip(1)
    }

    @inline(__always) static func moveTwoYXYY(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        Interpreter.moveTwo(YRegister.self, XRegister.self, YRegister.self, YRegister.self, word, m.x, m.sp)
        return m.skip(1)
    }

    @inline(__always) static func moveTwoRRRR(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        Interpreter.moveTwo(AnyRegister.self, AnyRegister.self, AnyRegister.self, AnyRegister.self, word, m.x, m.sp)
        return m.skip(1)
    }

    @inline(__always) static func move(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        m.store(m.pc[2], m.source(m.pc[1]))
        return m.skip(3)
    }

    @inline(__always) static func swap(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        let a = m.source(m.pc[1]), b = m.source(m.pc[2])
        m.store(m.pc[1], b)
        m.store(m.pc[2], a)
        return m.skip(3)
    }

    @inline(__always) static func initY(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        m.store(m.pc[1], .nil)
        return m.skip(2)
    }

    @inline(__always) static func initYregs(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        let count = int(m.pc[1])
        var i = 0
        while i < count {
            m.store(m.pc[2 &+ i], .nil)
            i &+= 1
        }
        return m.skip(2 &+ count)
    }

    @inline(__always) static func nop(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        m.skip(1)
    }
}
