// Handlers of the specialised and fused ops (see Op.swift for their packed layout).
//
// Each handler is generic over the kinds of its operands (`XRegister`, `YRegister`,
// `AnyRegister`, `Constant`) and always inlined, so every op gets its own straight-line
// code with no operand decoding at run time. A handler returns the next pc, or nil when
// the op needs its slow path (`specialisedSlowPath`): an operand that is not a small
// integer, an overflow, a term of the wrong shape. The slow path does the general thing,
// reading the generic operand words that arithmetic ops carry for it.

/// How a packed operand is read.
protocol OperandKind {
    /// Whether the operand is the constant word (so it needs no tag test of its own).
    static var isConstant: Bool { get }
    /// The value of operand `n` of the op at `pc` whose head word is `word`.
    static func term(_ word: UInt64, _ n: Int, _ pc: UnsafePointer<UInt64>, _ x: UnsafeMutablePointer<Term>,
                     _ sp: UnsafeMutablePointer<Term>) -> Term
}

/// An operand that can also be written.
protocol RegisterKind: OperandKind {
    static func address(_ word: UInt64, _ n: Int, _ x: UnsafeMutablePointer<Term>, _ sp: UnsafeMutablePointer<Term>)
        -> UnsafeMutablePointer<Term>
}

extension RegisterKind {
    static var isConstant: Bool { false }

    @inline(__always)
    static func term(_ word: UInt64, _ n: Int, _ pc: UnsafePointer<UInt64>, _ x: UnsafeMutablePointer<Term>,
                     _ sp: UnsafeMutablePointer<Term>) -> Term {
        address(word, n, x, sp).pointee
    }
}

/// An X field: an x register index.
enum XRegister: RegisterKind {
    @inline(__always)
    static func address(_ word: UInt64, _ n: Int, _ x: UnsafeMutablePointer<Term>, _ sp: UnsafeMutablePointer<Term>)
        -> UnsafeMutablePointer<Term> {
        x + field(word, n)
    }
}

/// A Y field: a stack slot (y(n) is slot n + 1).
enum YRegister: RegisterKind {
    @inline(__always)
    static func address(_ word: UInt64, _ n: Int, _ x: UnsafeMutablePointer<Term>, _ sp: UnsafeMutablePointer<Term>)
        -> UnsafeMutablePointer<Term> {
        sp + field(word, n)
    }
}

/// An R field: an x or a y register.
enum AnyRegister: RegisterKind {
    @inline(__always)
    static func address(_ word: UInt64, _ n: Int, _ x: UnsafeMutablePointer<Term>, _ sp: UnsafeMutablePointer<Term>)
        -> UnsafeMutablePointer<Term> {
        register(word, n, x, sp)
    }
}

/// The constant in the word after the head word.
enum Constant: OperandKind {
    static var isConstant: Bool { true }

    @inline(__always)
    static func term(_ word: UInt64, _ n: Int, _ pc: UnsafePointer<UInt64>, _ x: UnsafeMutablePointer<Term>,
                     _ sp: UnsafeMutablePointer<Term>) -> Term {
        Term(raw: pc[1])
    }
}

/// The integer operations with a specialised fast path.
enum IntegerOp {
    case plus, minus, bitAnd
}

extension Interpreter {
    /// Continues at `pc + size` when `condition` holds, else at the label in the last word.
    @inline(__always)
    static func branch(_ condition: Bool, _ pc: UnsafePointer<UInt64>, size: Int) -> UnsafePointer<UInt64> {
        condition ? pc + size : codeAddress(pc[size - 1])
    }

    // MARK: - Moves

    /// Two moves, in order.
    @inline(__always)
    static func moveTwo<A: RegisterKind, B: RegisterKind, C: RegisterKind, D: RegisterKind>(
        _: A.Type, _: B.Type, _: C.Type, _: D.Type, _ word: UInt64, _ x: UnsafeMutablePointer<Term>,
        _ sp: UnsafeMutablePointer<Term>
    ) {
        B.address(word, 1, x, sp).pointee = A.address(word, 0, x, sp).pointee
        D.address(word, 3, x, sp).pointee = C.address(word, 2, x, sp).pointee
    }

    // MARK: - Tests (head | C or 0 | L)

    /// `is_eq_exact` (or `is_ne_exact` when `negate`) of operands 0 and 1.
    @inline(__always)
    static func equalTest<A: OperandKind, B: OperandKind>(_: A.Type, _: B.Type, negate: Bool, _ word: UInt64,
                                                        _ pc: UnsafePointer<UInt64>, _ x: UnsafeMutablePointer<Term>,
                                                        _ sp: UnsafeMutablePointer<Term>) -> UnsafePointer<UInt64> {
        let a = A.term(word, 0, pc, x, sp), b = B.term(word, 1, pc, x, sp)
        // A constant operand is an immediate, so word equality decides.
        let equal = B.isConstant ? a.raw == b.raw : exactlyEqual(a, b)
        return branch(equal != negate, pc, size: 3)
    }

    /// `is_lt` (or `is_ge` when `negate`) of operands 0 and 1; a constant is a small integer.
    @inline(__always)
    static func lessTest<A: OperandKind, B: OperandKind>(_: A.Type, _: B.Type, negate: Bool, _ word: UInt64,
                                                       _ pc: UnsafePointer<UInt64>, _ x: UnsafeMutablePointer<Term>,
                                                       _ sp: UnsafeMutablePointer<Term>) -> UnsafePointer<UInt64> {
        let a = A.term(word, 0, pc, x, sp), b = B.term(word, 1, pc, x, sp)
        // A constant operand is a small integer: only the other one needs its tag tested.
        let bothSmall = A.isConstant ? b.isSmall : B.isConstant ? a.isSmall : a.raw & b.raw & 0xF == 0xF
        let isLess = _fastPath(bothSmall) ? Int64(bitPattern: a.raw) < Int64(bitPattern: b.raw)
            : TermOrder.compare(a, b, exact: false) < 0
        return branch(isLess != negate, pc, size: 3)
    }

    /// `is_tuple` + `test_arity` (and `is_tagged_tuple` when `tagged`): one compare of the
    /// header word, and one of the first element.
    @inline(__always)
    static func tupleTest<A: RegisterKind>(_: A.Type, tagged: Bool, _ word: UInt64, _ pc: UnsafePointer<UInt64>,
                                           _ x: UnsafeMutablePointer<Term>, _ sp: UnsafeMutablePointer<Term>)
        -> UnsafePointer<UInt64> {
        let t = A.term(word, 0, pc, x, sp)
        guard t.isBoxed, t.boxedPointer[0].raw == UInt64(field(word, 1)) &<< 6 else { return codeAddress(pc[2]) }
        if tagged && t.boxedPointer[1].raw != pc[1] { return codeAddress(pc[2]) }
        return pc + 3
    }

    // MARK: - Data

    /// `get_list` (or `is_nonempty_list` + `get_list` when `test`). Nil: not a list, and no
    /// fail label.
    @inline(__always)
    static func getList<L: RegisterKind, H: RegisterKind, T: RegisterKind>(
        _: L.Type, _: H.Type, _: T.Type, test: Bool, _ word: UInt64, _ pc: UnsafePointer<UInt64>,
        _ x: UnsafeMutablePointer<Term>, _ sp: UnsafeMutablePointer<Term>
    ) -> UnsafePointer<UInt64>? {
        let list = L.term(word, 0, pc, x, sp)
        guard _fastPath(list.isList) else { return test ? codeAddress(pc[1]) : nil }
        let head = list.head, tail = list.tail
        H.address(word, 1, x, sp).pointee = head
        T.address(word, 2, x, sp).pointee = tail
        return pc + (test ? 2 : 1)
    }

    /// `put_list` of operands 0 and 1 into operand 2, on the heap or, when it is full, in a
    /// fragment.
    @inline(__always)
    static func putList<H: RegisterKind, T: RegisterKind, D: RegisterKind>(
        _: H.Type, _: T.Type, _: D.Type, _ p: Process, _ word: UInt64, _ x: UnsafeMutablePointer<Term>,
        _ sp: UnsafeMutablePointer<Term>
    ) {
        let head = H.address(word, 0, x, sp).pointee, tail = T.address(word, 1, x, sp).pointee
        let cell = heapAllocate(p, 2, sp)
        cell[0] = head
        cell[1] = tail
        D.address(word, 2, x, sp).pointee = .list(cell)
    }

    // MARK: - Floats

    /// The header word of a float object.
    static let floatHeader = Header.make(.float, 1).raw

    /// `fmove` of a float term into float register field 1. False: not a float.
    @inline(__always)
    static func floatLoad<A: OperandKind>(_: A.Type, _ word: UInt64, _ pc: UnsafePointer<UInt64>,
                                         _ x: UnsafeMutablePointer<Term>, _ sp: UnsafeMutablePointer<Term>,
                                         _ fr: UnsafeMutablePointer<Double>) -> Bool {
        let t = A.term(word, 0, pc, x, sp)
        guard _fastPath(t.isBoxed && t.boxedPointer[0].raw == floatHeader) else { return false }
        fr[field(word, 1)] = Double(bitPattern: t.boxedPointer[1].raw)
        return true
    }

    /// `fconv` of a small integer or a float into float register field 1. False: anything
    /// else (bignums convert on the slow path).
    @inline(__always)
    static func floatConvert<A: OperandKind>(_: A.Type, _ word: UInt64, _ pc: UnsafePointer<UInt64>,
                                            _ x: UnsafeMutablePointer<Term>, _ sp: UnsafeMutablePointer<Term>,
                                            _ fr: UnsafeMutablePointer<Double>) -> Bool {
        let t = A.term(word, 0, pc, x, sp)
        if t.isSmall {
            fr[field(word, 1)] = Double(t.smallValue)
            return true
        }
        guard t.isBoxed && t.boxedPointer[0].raw == floatHeader else { return false }
        fr[field(word, 1)] = Double(bitPattern: t.boxedPointer[1].raw)
        return true
    }

    /// `fmove` of float register field 0 into a new float term in operand 1.
    @inline(__always)
    static func floatStore<D: RegisterKind>(_: D.Type, _ p: Process, _ word: UInt64, _ x: UnsafeMutablePointer<Term>,
                                            _ sp: UnsafeMutablePointer<Term>, _ fr: UnsafeMutablePointer<Double>) {
        let object = heapAllocate(p, 2, sp)
        object[0] = Term(raw: floatHeader)
        object[1] = Term(raw: fr[field(word, 0)].bitPattern)
        D.address(word, 1, x, sp).pointee = .boxed(object)
    }

    /// A float operation on float registers (fields 0 and 1) into field 2. False: the result
    /// is not finite (badarith).
    @inline(__always)
    static func floatArithmetic(_ op: Op, _ word: UInt64, _ fr: UnsafeMutablePointer<Double>) -> Bool {
        let a = fr[field(word, 0)], b = fr[field(word, 1)]
        let result: Double
        switch op {
        case .faddFFF: result = a + b
        case .fsubFFF: result = a - b
        case .fmulFFF: result = a * b
        default: result = a / b
        }
        guard _fastPath(result.isFinite) else { return false }
        fr[field(word, 2)] = result
        return true
    }

    /// `get_tuple_element` into operand 1 (with `two`, elements index and index + 1 into
    /// operands 1 and 2; the loader fuses only when the first destination is not the
    /// tuple's register). Nil: not a tuple, or too short.
    @inline(__always)
    static func getTupleElement<A: RegisterKind, D: RegisterKind>(
        _: A.Type, _: D.Type, two: Bool, _ word: UInt64, _ pc: UnsafePointer<UInt64>, _ x: UnsafeMutablePointer<Term>,
        _ sp: UnsafeMutablePointer<Term>
    ) -> UnsafePointer<UInt64>? {
        let tuple = A.term(word, 0, pc, x, sp)
        let index = field(word, two ? 3 : 2)
        guard _fastPath(tuple.isBoxed) else { return nil }
        let header = tuple.boxedPointer[0].raw
        guard _fastPath(header & 0x3F == 0 && Int(truncatingIfNeeded: header &>> 6) > index &+ (two ? 1 : 0)) else {
            return nil
        }
        let first = tuple.tupleElement(index)
        if two {
            let second = tuple.tupleElement(index &+ 1)
            D.address(word, 1, x, sp).pointee = first
            D.address(word, 2, x, sp).pointee = second
        } else {
            D.address(word, 1, x, sp).pointee = first
        }
        return pc + 1
    }

    // MARK: - Arithmetic (head | S2 | L | B | S1 | D)

    /// An integer op on operands 0 and 1 into operand 2. Nil: not small integers, or the
    /// result is not.
    @inline(__always)
    static func integerOp<A: RegisterKind, B: OperandKind, D: RegisterKind>(
        _ op: IntegerOp, _: A.Type, _: B.Type, _: D.Type, _ word: UInt64, _ pc: UnsafePointer<UInt64>,
        _ x: UnsafeMutablePointer<Term>, _ sp: UnsafeMutablePointer<Term>
    ) -> UnsafePointer<UInt64>? {
        let a = A.term(word, 0, pc, x, sp), b = B.term(word, 1, pc, x, sp)
        guard _fastPath((B.isConstant ? a.raw : a.raw & b.raw) & 0xF == 0xF) else { return nil }
        let result: UInt64
        switch op {
        case .plus:
            let (sum, overflow) = Int64(bitPattern: a.raw).addingReportingOverflow(Int64(bitPattern: b.raw & ~0xF))
            guard _fastPath(!overflow) else { return nil }
            result = UInt64(bitPattern: sum)
        case .minus:
            let (difference, overflow) = Int64(bitPattern: a.raw).subtractingReportingOverflow(Int64(bitPattern: b.raw & ~0xF))
            guard _fastPath(!overflow) else { return nil }
            result = UInt64(bitPattern: difference)
        case .bitAnd:
            result = a.raw & b.raw
        }
        D.address(word, 2, x, sp).pointee = Term(raw: result)
        return pc + 6
    }

    // MARK: - Slow paths

    /// Where to continue after a slow path: nil for an uncaught exception; `cp` is the
    /// continuation pointer to use (0 after a handler was found).
    struct Resume {
        var pc: UnsafePointer<UInt64>?
        var cp: UInt64
    }

    /// The slow path of a specialised op whose handler returned nil.
    @inline(never)
    static func specialisedSlowPath(_ p: Process, _ pc: UnsafePointer<UInt64>, _ cp: UInt64, _ registers: Registers) -> Resume {
        let op = Op.decode(pc[0]), x = registers.x
        if op.rawValue >= Op.plusXXX.rawValue && op.rawValue <= Op.bitAndRCR.rawValue {
            let a = source(pc[4], x, p), b = source(pc[1], x, p)
            let bif = int(pc[3])
            let result = arithmeticBif(p, bif, a, b, registers.bifArguments)
            if !result.isNone {
                store(pc[5], result, x, p)
                return Resume(pc: pc + 6, cp: cp)
            }
            if pc[2] != 0 { return Resume(pc: codeAddress(pc[2]), cp: cp) }
            return raised(raiseFromBif(p, bif, arguments: registers.bifArguments, pc: pc, cp, x), cp)
        }
        switch op {
        case .fconvXF, .fconvYF:
            let t = op == .fconvXF ? XRegister.term(pc[0], 0, pc, x, p.stackTop) : YRegister.term(pc[0], 0, pc, x, p.stackTop)
            if let value = Numbers.toDouble(t) {
                registers.fr[field(pc[0], 1)] = value
                return Resume(pc: pc + 1, cp: cp)
            }
            _ = p.fail(Atom.badarith)
            return raised(raiseCurrent(p, pc: pc, cp, x), cp)
        case .fmoveXF, .fmoveYF, .fmoveCF, .faddFFF, .fsubFFF, .fmulFFF, .fdivFFF:
            _ = p.fail(Atom.badarith)
            return raised(raiseCurrent(p, pc: pc, cp, x), cp)
        default:
            // get_list and get_tuple_element on a term of the wrong shape; a return with no
            // continuation pointer.
            return raised(raiseError(p, Atom.badarg, pc, cp, x), cp)
        }
    }

    /// The resume point after raising: the handler (with the CP cleared), or nil.
    @inline(__always)
    static func raised(_ handler: UnsafePointer<UInt64>?, _ cp: UInt64) -> Resume {
        handler.map { Resume(pc: $0, cp: 0) } ?? Resume(pc: nil, cp: cp)
    }
}
