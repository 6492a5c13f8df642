// The instruction families implemented out of line in Interpreter+*.swift: maps, binaries
// and record updates. They may collect garbage, so the stack top is reloaded after them.

extension Exec {
    @inline(__always) static func putMapAssoc(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        family(&m, p, Interpreter.mapInstruction(p, m.pc, m.x))
    }

    @inline(__always) static func putMapExact(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        family(&m, p, Interpreter.mapInstruction(p, m.pc, m.x))
    }

    @inline(__always) static func hasMapFields(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        family(&m, p, Interpreter.mapInstruction(p, m.pc, m.x))
    }

    @inline(__always) static func getMapElements(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        family(&m, p, Interpreter.mapInstruction(p, m.pc, m.x))
    }

    // The commonest matching instructions skip the family's second dispatch.

    @inline(__always) static func bsCreateBin(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        family(&m, p, Interpreter.binaryInstruction(p, m.pc, m.x))
    }

    @inline(__always) static func bsInitWritable(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        family(&m, p, Interpreter.binaryInstruction(p, m.pc, m.x))
    }

    @inline(__always) static func bsStartMatch(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        // Matching goes on in a context it already has: no second dispatch.
        let subject = m.source(m.pc[3])
        if subject.isMatchContext {
            m.store(m.pc[4], subject)
            return m.skip(5)
        }
        return family(&m, p, Interpreter.binaryInstruction(p, m.pc, m.x))
    }

    @inline(__always) static func bsGetPosition(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        guard m.source(m.pc[1]).isMatchContext else { return notAContext(&m, p) }
        return family(&m, p, Interpreter.getPosition(p, m.pc, m.x))
    }

    @inline(__always) static func bsSetPosition(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        guard m.source(m.pc[1]).isMatchContext else { return notAContext(&m, p) }
        return family(&m, p, Interpreter.setPosition(p, m.pc, m.x))
    }

    @inline(__always) static func bsGetTail(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        family(&m, p, Interpreter.binaryInstruction(p, m.pc, m.x))
    }

    @inline(__always) static func bsGetInteger(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        guard m.source(m.pc[2]).isMatchContext else { return notAContext(&m, p) }
        return family(&m, p, Interpreter.getInteger(p, m.pc, m.x))
    }

    @inline(__always) static func bsGetFloat(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        family(&m, p, Interpreter.binaryInstruction(p, m.pc, m.x))
    }

    @inline(__always) static func bsGetBinary(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        family(&m, p, Interpreter.binaryInstruction(p, m.pc, m.x))
    }

    @inline(__always) static func bsSkipBits(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        family(&m, p, Interpreter.binaryInstruction(p, m.pc, m.x))
    }

    @inline(__always) static func bsTestTail(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        guard m.source(m.pc[2]).isMatchContext else { return notAContext(&m, p) }
        return family(&m, p, Interpreter.testTail(p, m.pc, m.x))
    }

    @inline(__always) static func bsTestUnit(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        guard m.source(m.pc[2]).isMatchContext else { return notAContext(&m, p) }
        return family(&m, p, Interpreter.testUnit(p, m.pc, m.x))
    }

    @inline(__always) static func bsMatchString(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        family(&m, p, Interpreter.binaryInstruction(p, m.pc, m.x))
    }

    @inline(__always) static func bsGetUtf8(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        family(&m, p, Interpreter.binaryInstruction(p, m.pc, m.x))
    }

    @inline(__always) static func bsGetUtf16(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        family(&m, p, Interpreter.binaryInstruction(p, m.pc, m.x))
    }

    @inline(__always) static func bsGetUtf32(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        family(&m, p, Interpreter.binaryInstruction(p, m.pc, m.x))
    }

    @inline(__always) static func bsSkipUtf8(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        family(&m, p, Interpreter.binaryInstruction(p, m.pc, m.x))
    }

    @inline(__always) static func bsSkipUtf16(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        family(&m, p, Interpreter.binaryInstruction(p, m.pc, m.x))
    }

    @inline(__always) static func bsSkipUtf32(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        family(&m, p, Interpreter.binaryInstruction(p, m.pc, m.x))
    }

    @inline(__always) static func bsMatch(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        guard m.source(m.pc[2]).isMatchContext else { return notAContext(&m, p) }
        return family(&m, p, Interpreter.match(p, m.pc, m.x))
    }

    @inline(__always) static func updateRecord(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        m.pc = Interpreter.updateRecord(p, m.pc, m.x)
        m.sp = p.stackTop
        return .next
    }

    /// Continues after a family instruction (nil: it raised the exception in the process).
    /// A matching instruction given something other than a match context, which only
    /// damaged code does (see Interpreter.contextOperand): `badarg`.
    @inline(never)
    static func notAContext(_ m: inout Machine, _ p: Process) -> Step {
        _ = p.badarg()
        return family(&m, p, nil)
    }

    @inline(__always) static func family(_ m: inout Machine, _ p: Process, _ next: UnsafePointer<UInt64>?) -> Step {
        m.sp = p.stackTop
        guard let next else { return m.raiseCurrent(p, at: m.pc) }
        m.pc = next
        return .next
    }
}
