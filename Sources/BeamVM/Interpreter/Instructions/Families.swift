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

    @inline(__always) static func bsCreateBin(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        family(&m, p, Interpreter.binaryInstruction(p, m.pc, m.x))
    }

    @inline(__always) static func bsStartMatch(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        family(&m, p, Interpreter.binaryInstruction(p, m.pc, m.x))
    }

    @inline(__always) static func bsGetPosition(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        family(&m, p, Interpreter.binaryInstruction(p, m.pc, m.x))
    }

    @inline(__always) static func bsSetPosition(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        family(&m, p, Interpreter.binaryInstruction(p, m.pc, m.x))
    }

    @inline(__always) static func bsGetTail(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        family(&m, p, Interpreter.binaryInstruction(p, m.pc, m.x))
    }

    @inline(__always) static func bsGetInteger(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        family(&m, p, Interpreter.binaryInstruction(p, m.pc, m.x))
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
        family(&m, p, Interpreter.binaryInstruction(p, m.pc, m.x))
    }

    @inline(__always) static func bsTestUnit(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        family(&m, p, Interpreter.binaryInstruction(p, m.pc, m.x))
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
        family(&m, p, Interpreter.binaryInstruction(p, m.pc, m.x))
    }

    @inline(__always) static func updateRecord(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        m.pc = Interpreter.updateRecord(p, m.pc, m.x)
        m.sp = p.stackTop
        return .next
    }

    /// Continues after a family instruction (nil: it raised the exception in the process).
    @inline(__always) static func family(_ m: inout Machine, _ p: Process, _ next: UnsafePointer<UInt64>?) -> Step {
        m.sp = p.stackTop
        guard let next else { return m.raiseCurrent(p, at: m.pc) }
        m.pc = next
        return .next
    }
}
