// Raising errors, catch and try frames, re-raising and stack traces.

extension Exec {
    @inline(__always) static func badmatch(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        m.raised(p, Interpreter.raiseInstructionError(p, m.pc, m.cp, m.x))
    }

    @inline(__always) static func caseEnd(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        m.raised(p, Interpreter.raiseInstructionError(p, m.pc, m.cp, m.x))
    }

    @inline(__always) static func tryCaseEnd(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        m.raised(p, Interpreter.raiseInstructionError(p, m.pc, m.cp, m.x))
    }

    @inline(__always) static func badrecord(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        m.raised(p, Interpreter.raiseInstructionError(p, m.pc, m.cp, m.x))
    }

    @inline(__always) static func ifEnd(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        m.raised(p, Interpreter.raiseError(p, Atom.ifClause, m.pc, m.cp, m.x))
    }

    @inline(__always) static func `catch`(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        p.catches += 1
        m.store(m.pc[1], Term(raw: m.pc[2]))
        return m.skip(3)
    }

    @inline(__always) static func `try`(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        p.catches += 1
        m.store(m.pc[1], Term(raw: m.pc[2]))
        return m.skip(3)
    }

    @inline(__always) static func catchEnd(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        p.catches -= 1
        m.store(m.pc[1], .nil)
        if m.x[0].isNone { Interpreter.catchResult(p, m.x) }
        return m.skip(2)
    }

    @inline(__always) static func tryEnd(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        p.catches -= 1
        m.store(m.pc[1], .nil)
        return m.skip(2)
    }

    @inline(__always) static func tryCase(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        p.catches -= 1
        m.store(m.pc[1], .nil)
        m.x[0] = m.x[1]
        m.x[1] = m.x[2]
        m.x[2] = m.x[3]
        return m.skip(2)
    }

    @inline(__always) static func raise(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        let trace = m.source(m.pc[1]), reason = m.source(m.pc[2])
        return m.raised(p, Interpreter.reraise(p, trace: trace, reason: reason, m.pc, m.cp, m.x))
    }

    @inline(__always) static func rawRaise(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        m.raised(p, Interpreter.reraise(p, kind: m.x[0], reason: m.x[1], trace: m.x[2], m.pc, m.cp, m.x))
    }

    @inline(__always) static func buildStacktrace(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        m.x[0] = RawTrace.list(p, m.x[0])
        return m.skip(1)
    }
}
