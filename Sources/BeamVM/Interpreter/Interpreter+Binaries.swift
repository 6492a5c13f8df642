// Bit-syntax instructions: matching with match contexts (see MatchContext.swift). Binary
// construction is in Interpreter+BinaryConstruction.swift.
//
// Every matching instruction that can fail jumps to its fail label (operand 1); only
// `bs_start_match` without a label raises. Instructions that allocate first make room on
// the heap, which may collect garbage: the context is kept alive through the collection in
// the x register just above the live ones, as ERTS does, and read back from there.

extension Interpreter {
    /// Executes the bit-syntax instruction at `pc`.
    /// - Returns: the next instruction, or nil after recording an exception in `p`.
    @inline(never)
    static func binaryInstruction(_ p: Process, _ pc: UnsafePointer<UInt64>, _ x: UnsafeMutablePointer<Term>) -> UnsafePointer<UInt64>? {
        // The compiler hands matching instructions a match context; damaged code may not,
        // and reading another term as one would follow a bad pointer.
        if let operand = contextOperand(pc[0]), _slowPath(!source(pc[operand], x, p).isMatchContext) {
            _ = p.badarg()
            return nil
        }
        // Raw opcode values, not `Op(rawValue:)`: the conversion is an outlined call.
        switch pc[0] {
        case Op.bsCreateBin.rawValue:
            return createBinary(p, pc, x)
        case Op.bsInitWritable.rawValue:
            x[0] = p.writableBinary(hint: x[0])
            return pc + 1
        case Op.bsStartMatch.rawValue:
            var subject = source(pc[3], x, p)
            if subject.isMatchContext {
                store(pc[4], subject, x, p)
                return pc + 5
            }
            guard subject.isBitstring else {
                if pc[1] != 0 { return codeAddress(pc[1]) }
                _ = p.badarg()
                return nil
            }
            subject = reserve(p, MatchContext.words, live: Int(pc[2]), x, keeping: subject)
            store(pc[4], p.matchContext(for: subject), x, p)
            return pc + 5
        case Op.bsGetPosition.rawValue:
            return getPosition(p, pc, x)
        case Op.bsSetPosition.rawValue:
            return setPosition(p, pc, x)
        case Op.bsGetTail.rawValue:
            let context = reserve(p, Process.partWords, live: Int(pc[3]), x, keeping: source(pc[1], x, p))
            let m = MatchContext(context)
            store(pc[2], p.part(of: m.original, bitOffset: m.position, bitSize: m.remaining), x, p)
            return pc + 4
        case Op.bsGetInteger.rawValue:
            return getInteger(p, pc, x)
        case Op.bsGetFloat.rawValue:
            return getFloat(p, pc, x)
        case Op.bsGetBinary.rawValue:
            return getBinary(p, pc, x)
        case Op.bsSkipBits.rawValue:
            let m = MatchContext(source(pc[2], x, p))
            let size = source(pc[3], x, p)
            if Int(pc[5]) & SegmentFlags.all != 0 {
                guard isMultiple(m.remaining, of: Int(pc[4])) else { return codeAddress(pc[1]) }
                m.position = m.end
                return pc + 6
            }
            guard let bits = fieldBits(size, unit: Int(pc[4])), bits <= m.remaining else { return codeAddress(pc[1]) }
            m.position += bits
            return pc + 6
        case Op.bsTestTail.rawValue:
            return testTail(p, pc, x)
        case Op.bsTestUnit.rawValue:
            return testUnit(p, pc, x)
        case Op.bsMatchString.rawValue:
            let m = MatchContext(source(pc[2], x, p))
            let bits = Int(pc[3])
            let bytes = UnsafePointer<UInt8>(bitPattern: UInt(pc[4])).unsafelyUnwrapped
            guard m.remaining >= bits, BitCopy.equal(m.base, m.position, bytes, 0, count: bits) else { return codeAddress(pc[1]) }
            m.position += bits
            return pc + 5
        case Op.bsGetUtf8.rawValue, Op.bsSkipUtf8.rawValue:
            let m = MatchContext(source(pc[2], x, p))
            guard let (c, bits) = BitSyntax.readUTF8(m.base, at: m.position, available: m.remaining) else { return codeAddress(pc[1]) }
            m.position += bits
            if pc[0] == Op.bsSkipUtf8.rawValue { return pc + 3 }
            store(pc[3], .small(c), x, p)
            return pc + 4
        case Op.bsGetUtf16.rawValue, Op.bsSkipUtf16.rawValue:
            let m = MatchContext(source(pc[2], x, p))
            let little = Int(pc[3]) & SegmentFlags.little != 0
            guard let (c, bits) = BitSyntax.readUTF16(m.base, at: m.position, available: m.remaining, little: little) else {
                return codeAddress(pc[1])
            }
            m.position += bits
            if pc[0] == Op.bsSkipUtf16.rawValue { return pc + 4 }
            store(pc[4], .small(c), x, p)
            return pc + 5
        case Op.bsGetUtf32.rawValue, Op.bsSkipUtf32.rawValue:
            let m = MatchContext(source(pc[2], x, p))
            let little = Int(pc[3]) & SegmentFlags.little != 0
            guard let c = BitSyntax.readUTF32(m.base, at: m.position, available: m.remaining, little: little) else {
                return codeAddress(pc[1])
            }
            m.position += 32
            if pc[0] == Op.bsSkipUtf32.rawValue { return pc + 4 }
            store(pc[4], .small(c), x, p)
            return pc + 5
        case Op.bsMatch.rawValue:
            return match(p, pc, x)
        default:
            return pc
        }
    }

    /// Which operand of a matching instruction is its match context (nil: none).
    @inline(__always)
    static func contextOperand(_ op: UInt64) -> Int? {
        switch op {
        case Op.bsCreateBin.rawValue, Op.bsInitWritable.rawValue, Op.bsStartMatch.rawValue: return nil
        case Op.bsGetPosition.rawValue, Op.bsSetPosition.rawValue, Op.bsGetTail.rawValue: return 1
        case Op.bsGetInteger.rawValue, Op.bsGetFloat.rawValue, Op.bsGetBinary.rawValue, Op.bsSkipBits.rawValue,
             Op.bsTestTail.rawValue, Op.bsTestUnit.rawValue, Op.bsMatchString.rawValue, Op.bsGetUtf8.rawValue,
             Op.bsSkipUtf8.rawValue, Op.bsGetUtf16.rawValue, Op.bsSkipUtf16.rawValue, Op.bsGetUtf32.rawValue,
             Op.bsSkipUtf32.rawValue, Op.bsMatch.rawValue:
            return 2
        default: return nil
        }
    }

    /// `bs_get_position`: S ctx, D, N live.
    @inline(__always)
    static func getPosition(_ p: Process, _ pc: UnsafePointer<UInt64>, _ x: UnsafeMutablePointer<Term>) -> UnsafePointer<UInt64> {
        store(pc[2], .small(MatchContext(source(pc[1], x, p)).position), x, p)
        return pc + 4
    }

    /// `bs_set_position`: S ctx, S position.
    @inline(__always)
    static func setPosition(_ p: Process, _ pc: UnsafePointer<UInt64>, _ x: UnsafeMutablePointer<Term>) -> UnsafePointer<UInt64>? {
        let m = MatchContext(source(pc[1], x, p)), position = source(pc[2], x, p)
        // Only a position bs_get_position gave is valid; damaged code could pass anything.
        guard position.isSmall, position.smallValue >= m.start, position.smallValue <= m.end else {
            _ = p.badarg()
            return nil
        }
        m.position = position.smallValue
        return pc + 3
    }

    /// `bs_test_tail2`: L, S ctx, N bits.
    @inline(__always)
    static func testTail(_ p: Process, _ pc: UnsafePointer<UInt64>, _ x: UnsafeMutablePointer<Term>) -> UnsafePointer<UInt64> {
        MatchContext(source(pc[2], x, p)).remaining == Int(pc[3]) ? pc + 4 : codeAddress(pc[1])
    }

    /// `bs_test_unit`: L, S ctx, N unit.
    @inline(__always)
    static func testUnit(_ p: Process, _ pc: UnsafePointer<UInt64>, _ x: UnsafeMutablePointer<Term>) -> UnsafePointer<UInt64> {
        isMultiple(MatchContext(source(pc[2], x, p)).remaining, of: Int(pc[3])) ? pc + 4 : codeAddress(pc[1])
    }

    /// Makes `need` words free on the heap, keeping `term` (which may sit in a register that
    /// is not live) alive through a collection; returns its current value.
    @inline(__always)
    static func reserve(_ p: Process, _ need: Int, live: Int, _ x: UnsafeMutablePointer<Term>, keeping term: Term) -> Term {
        if _fastPath(p.stackTop - p.heapTop >= need && p.fragmentWords == 0) { return term }
        x[live] = term
        p.ensureFree(need, live: live + 1, registers: x)
        return x[live]
    }

    /// Whether `n` is a multiple of a unit (1...256); units are usually powers of two, which
    /// need no division.
    @inline(__always)
    static func isMultiple(_ n: Int, of unit: Int) -> Bool {
        unit & (unit - 1) == 0 ? n & (unit - 1) == 0 : n % unit == 0
    }

    /// A segment size in bits: a non-negative small integer times the unit, or nil.
    @inline(__always)
    static func fieldBits(_ size: Term, unit: Int) -> Int? {
        guard size.isSmall else { return nil }
        let value = size.smallValue
        guard value >= 0 else { return nil }
        let (bits, overflow) = value.multipliedReportingOverflow(by: unit)
        return overflow ? nil : bits
    }

    /// Heap words for an integer of `bits` bits (0 when it is always a small integer).
    @inline(__always)
    static func integerWords(_ bits: Int) -> Int { bits < 60 ? 0 : 1 + (bits + 63) / 64 }

    /// `bs_get_integer2`: L, S ctx, N live, S size, N unit, N flags, D.
    @inline(never)
    static func getInteger(_ p: Process, _ pc: UnsafePointer<UInt64>, _ x: UnsafeMutablePointer<Term>) -> UnsafePointer<UInt64> {
        let flags = Int(pc[6])
        let bits: Int
        if flags & SegmentFlags.fixed != 0 {
            bits = Int(pc[4])
        } else {
            guard let sized = fieldBits(source(pc[4], x, p), unit: Int(pc[5])) else { return codeAddress(pc[1]) }
            bits = sized
        }
        var context = source(pc[2], x, p)
        let m = MatchContext(context)
        guard m.remaining >= bits else { return codeAddress(pc[1]) }
        if _fastPath(bits < 60 && flags & SegmentFlags.signed == 0) {
            // Always a small integer.
            let word = BitSyntax.readWord(m.base, at: m.position, bits: bits, little: flags & SegmentFlags.little != 0)
            m.position += bits
            store(pc[7], .small(Int(word)), x, p)
            return pc + 8
        }
        let words = integerWords(bits)
        if words > 0 { context = reserve(p, words, live: Int(pc[3]), x, keeping: context) }
        let n = MatchContext(context)
        let value = BitSyntax.readInteger(p, n.base, at: n.position, bits: bits, flags: flags)
        n.position += bits
        store(pc[7], value, x, p)
        return pc + 8
    }

    /// `bs_get_float2`: L, S ctx, N live, S size, N unit, N flags, D.
    static func getFloat(_ p: Process, _ pc: UnsafePointer<UInt64>, _ x: UnsafeMutablePointer<Term>) -> UnsafePointer<UInt64>? {
        let size = source(pc[4], x, p)
        guard size.isSmall, size.smallValue >= 0, size.smallValue <= 64 else { return codeAddress(pc[1]) }
        let bits = size.smallValue * Int(pc[5])
        var context = source(pc[2], x, p)
        if bits != 0 {
            guard bits == 16 || bits == 32 || bits == 64, MatchContext(context).remaining >= bits else { return codeAddress(pc[1]) }
        }
        context = reserve(p, 2, live: Int(pc[3]), x, keeping: context)
        let m = MatchContext(context)
        var value = 0.0
        if bits != 0 {
            let little = Int(pc[6]) & SegmentFlags.little != 0
            guard let decoded = BitSyntax.floatValue(BitSyntax.readWord(m.base, at: m.position, bits: bits, little: little), bits: bits) else {
                return codeAddress(pc[1])
            }
            value = decoded
            m.position += bits
        }
        store(pc[7], p.float(value), x, p)
        return pc + 8
    }

    /// `bs_get_binary2`: L, S ctx, N live, S size (or `all`), N unit, N flags, D.
    static func getBinary(_ p: Process, _ pc: UnsafePointer<UInt64>, _ x: UnsafeMutablePointer<Term>) -> UnsafePointer<UInt64>? {
        var context = source(pc[2], x, p)
        let unit = Int(pc[5])
        let bits: Int
        if Int(pc[6]) & SegmentFlags.fixed != 0 {
            bits = Int(pc[4])
            guard bits <= MatchContext(context).remaining else { return codeAddress(pc[1]) }
        } else if Int(pc[6]) & SegmentFlags.all != 0 {
            let remaining = MatchContext(context).remaining
            guard isMultiple(remaining, of: unit) else { return codeAddress(pc[1]) }
            bits = remaining
        } else {
            guard let sized = fieldBits(source(pc[4], x, p), unit: unit), sized <= MatchContext(context).remaining else {
                return codeAddress(pc[1])
            }
            bits = sized
        }
        context = reserve(p, Process.partWords, live: Int(pc[3]), x, keeping: context)
        let m = MatchContext(context)
        let value = p.part(of: m.original, bitOffset: m.position, bitSize: bits)
        m.position += bits
        store(pc[7], value, x, p)
        return pc + 8
    }

    /// `bs_match`: L, S ctx, N words, then `MatchCommand`s (see Loader+Binary.swift).
    @inline(never)
    static func match(_ p: Process, _ pc: UnsafePointer<UInt64>, _ x: UnsafeMutablePointer<Term>) -> UnsafePointer<UInt64> {
        var context = source(pc[2], x, p)
        var command = pc + 4
        let end = command + Int(pc[3])
        let fail = codeAddress(pc[1])
        while command < end {
            let m = MatchContext(context)
            switch command[0] {
            case MatchCommand.ensureAtLeast.rawValue:
                let bits = Int(command[1]), unit = Int(command[2])
                let remaining = m.remaining
                guard remaining >= bits, isMultiple(remaining - bits, of: unit) else { return fail }
                command += 3
            case MatchCommand.ensureExactly.rawValue:
                guard m.remaining == Int(command[1]) else { return fail }
                command += 2
            case MatchCommand.integer.rawValue:
                let bits = Int(command[3])
                guard m.remaining >= bits else { return fail }
                let words = integerWords(bits)
                if words > 0 { context = reserve(p, words, live: Int(command[1]), x, keeping: context) }
                let n = MatchContext(context)
                let value = BitSyntax.readInteger(p, n.base, at: n.position, bits: bits, flags: Int(command[2]))
                n.position += bits
                store(command[4], value, x, p)
                command += 5
            case MatchCommand.binary.rawValue:
                let bits = Int(command[3])
                guard m.remaining >= bits else { return fail }
                context = reserve(p, Process.partWords, live: Int(command[1]), x, keeping: context)
                let n = MatchContext(context)
                let value = p.part(of: n.original, bitOffset: n.position, bitSize: bits)
                n.position += bits
                store(command[4], value, x, p)
                command += 5
            case MatchCommand.skip.rawValue:
                let bits = Int(command[1])
                guard m.remaining >= bits else { return fail }
                m.position += bits
                command += 2
            case MatchCommand.getTail.rawValue:
                context = reserve(p, Process.partWords, live: Int(command[1]), x, keeping: context)
                let n = MatchContext(context)
                // The position stays: the compiler may go on using the context as the tail.
                let value = p.part(of: n.original, bitOffset: n.position, bitSize: n.remaining)
                store(command[3], value, x, p)
                command += 4
            case MatchCommand.equal.rawValue:
                let bits = Int(command[2])
                guard m.remaining >= bits else { return fail }
                let expected = source(command[3], x, p)
                let actual = BitSyntax.readInteger(p, m.base, at: m.position, bits: bits, flags: Int(command[1]))
                guard actual.raw == expected.raw || TermOrder.exactlyEqual(actual, expected) else { return fail }
                m.position += bits
                command += 4
            default:
                return fail
            }
        }
        return end
    }
}
