// Load-time specialisation: generic instructions whose operands are registers or
// constants become ops with packed fields (see Op.swift), and short sequences the
// compiler emits all the time become one fused op. Everything not matched here is
// translated one instruction at a time by `translate`, which stays the fallback.
//
// An op family has variants named by the kinds of their operands (`plusXCX`: x register,
// constant, x register). The loader spells the kinds of an instruction's operands, takes
// the variant of that name if there is one, else the variant with R (any register) for
// each register, else falls back to the generic op.
//
// A fused sequence never spans a label (labels are instructions of their own, so a
// sequence of adjacent instructions cannot contain one) or a `line` instruction.

import BeamFile

/// Operand-kind variants of op families: an op named `<family><kinds>`, one letter per
/// operand (X, Y, R for either register, F for a float register, C for a constant), is found
/// by its family and kinds without building names while loading.
enum OperandKinds {
    /// An operand kind, by its letter in op names.
    enum Kind: UInt32 {
        case x = 1, y, r, f, c

        init?(letter: UInt8) {
            switch letter {
            case UInt8(ascii: "X"): self = .x
            case UInt8(ascii: "Y"): self = .y
            case UInt8(ascii: "R"): self = .r
            case UInt8(ascii: "F"): self = .f
            case UInt8(ascii: "C"): self = .c
            default: return nil
            }
        }
    }

    @inline(__always)
    static func add(_ kinds: UInt32, _ kind: Kind) -> UInt32 { kinds << 3 | kind.rawValue }

    /// A variant: its family's name and its kinds, kept to confirm a match of the hashed key.
    struct Entry {
        let family: [UInt8]
        let kinds: UInt32
        let op: Op
    }

    /// The key of a family and kinds: the family's bytes hashed (FNV-1a), the kinds mixed
    /// in. Word keys: the loader looks a variant up for most instructions it translates.
    static func key(_ family: UnsafeBufferPointer<UInt8>, _ kinds: UInt32) -> UInt64 {
        FNV1a.hash(family) ^ UInt64(kinds) &* 0x9E37_79B9_7F4A_7C15
    }

    /// Every op by family and kinds: its name split before the trailing run of kind letters.
    static let ops: WordMap<Entry> = {
        var table = WordMap<Entry>(capacity: Op.named.count)
        for (name, op) in Op.named {
            var bytesOfName = name
            bytesOfName.withUTF8 { bytes in
                var split = bytes.count
                while split > 0, Kind(letter: bytes[split - 1]) != nil { split -= 1 }
                let kinds = bytes[split...].reduce(UInt32(0)) { add($0, Kind(letter: $1)!) }
                let family = UnsafeBufferPointer(rebasing: bytes[..<split])
                let key = key(family, kinds)
                precondition(table[key] == nil, "two op variants share a key: \(name)")
                table.set(key, Entry(family: Array(family), kinds: kinds, op: op))
            }
        }
        return table
    }()

    /// The op of family `family` whose operands have `kinds`, if there is one.
    static func op(_ family: String, _ kinds: UInt32) -> Op? {
        var family = family
        return family.withUTF8 { bytes in
            guard let entry = ops[key(bytes, kinds)], entry.kinds == kinds, entry.family.elementsEqual(bytes) else { return nil }
            return entry.op
        }
    }
}

/// Which constants an op family accepts in its constant word.
enum ConstantRule {
    case none
    /// Atoms, small integers and [] (equality tests compare them as words).
    case immediate
    /// Small integers (arithmetic and ordering fast paths).
    case small
    /// Any constant term.
    case any
}

/// A chosen variant: the op, its packed head word and its constant word (0 if none).
struct Variant {
    var op: Op
    var head: UInt64
    var constant: UInt64
}

extension Emitter {
    /// Emits one fused op for the instructions starting at `i`, if a pattern matches.
    /// Returns how many instructions it consumed (0: none).
    mutating func fuse(_ code: InstructionBuffer, at i: Int) throws(ModuleLoadError) -> Int {
        let first = code[i]
        let second: InstructionView? = i + 1 < code.count ? code[i + 1] : nil
        let third: InstructionView? = i + 2 < code.count ? code[i + 2] : nil
        let a = first.operands
        switch first.opcode {
        case .callFun, .callFun2:
            // A fun call followed by deallocate and return is a tail call, as in ERTS's loader:
            // the caller's frame goes before the call, so loops through funs run in constant
            // stack and stack traces do not show the caller.
            guard second?.opcode == .deallocate, third?.opcode == .return, let second else { return 0 }
            emit(.callFunLast)
            if first.opcode == .callFun {
                try emitArity(a[0])
                try emitSource(.x(try number(a[0])))
            } else {
                try emitArity(a[1])
                try emitSource(a[2])
            }
            try emitNumberOperand(second.operands[0])
            return 3
        case .move:
            guard let second else { return 0 }
            if a[1].untyped == .x(0), second.opcode == .return {
                if let source = try registerField(a[0]) {
                    emit(packed(.moveReturn, source))
                } else {
                    emit(packed(.moveReturnC)); emit(try sourceWord(a[0]))
                }
                return 2
            }
            if a[1].untyped == .x(0), second.opcode == .deallocate, third?.opcode == .return {
                let words = try number(second.operands[0]) + 1
                guard words < 1 << 14 else { return 0 }
                if let source = try registerField(a[0]) {
                    emit(packed(.moveDeallocateReturn, source, UInt64(words)))
                } else {
                    emit(packed(.moveDeallocateReturnC, 0, UInt64(words))); emit(try sourceWord(a[0]))
                }
                return 3
            }
            if second.opcode == .move,
               let variant = try variant("moveTwo", code.operands(of: i...i + 1), constants: .none, anyRegister: true) {
                emit(variant.head)
                return 2
            }
            // move + call: the line entry of a line between them goes before the fused op.
            var callAt = i + 1
            if second.opcode == .line, let third, [.call, .callOnly, .callLast].contains(third.opcode) { callAt = i + 2 }
            let call = code[callAt]
            if [.call, .callOnly, .callLast].contains(call.opcode), case .x(let target) = a[1].untyped {
                let arity = try number(call.operands[0])
                let words = call.opcode == .callLast ? try number(call.operands[2]) + 1 : 0
                guard arity < 1 << 14, words < 1 << 14 else { return 0 }
                let source = try registerField(a[0])
                let constant = source == nil ? try constant(a[0], .any) : nil
                guard source != nil || constant != nil else { return 0 }
                let op: Op
                switch call.opcode {
                case .call: op = source != nil ? .moveCall : .moveCallC
                case .callOnly: op = source != nil ? .moveCallOnly : .moveCallOnlyC
                default: op = source != nil ? .moveCallLast : .moveCallLastC
                }
                if callAt == i + 2 { try translate(second) }
                emit(packed(op, source ?? 0, UInt64(target), UInt64(arity), UInt64(words)))
                emit(constant ?? 0); try emitTarget(call.operands[1], use: .call)
                return callAt - i + 1
            }
        case .allocate, .allocateZero, .allocateHeap, .allocateHeapZero:
            // allocate sets every y register of the new frame to [] already.
            guard let second, second.opcode == .initYregs, case .list(let registers) = second.operands[0] else { return 0 }
            let frame = try number(a[0])
            guard registers.allSatisfy({ if case .y(let n) = $0.untyped { n < frame } else { false } }) else { return 0 }
            try translate(first)
            return 2
        case .testHeap:
            guard let second else { return 0 }
            if second.opcode == .putList {
                let need = try heapNeed(a[0])
                guard need >= 2, let head = try registerField(second.operands[0]),
                      let tail = try registerField(second.operands[1]),
                      let destination = try registerField(second.operands[2]) else { return 0 }
                emit(packed(.testHeapPutListRRR, head, tail, destination)); emitNumber(need); try emitLive(a[1])
                return 2
            }
            guard second.opcode == .putTuple2, case .list(let elements) = second.operands[1] else { return 0 }
            let need = try heapNeed(a[0])
            if elements.count == 2, need >= 3, let e0 = try registerField(elements[0]),
               let e1 = try registerField(elements[1]), let destination = try registerField(second.operands[0]) {
                emit(packed(.testHeapPutPairRR, e0, e1, destination)); emitNumber(need); try emitLive(a[1])
                return 2
            }
            guard need >= elements.count + 1 else { return 0 }
            emit(.testHeapPutTuple2); emitNumber(need); try emitLive(a[1])
            try emitDestination(second.operands[0]); emitNumber(elements.count)
            for element in elements { try emitSource(element) }
            return 2
        case .deallocate:
            guard second?.opcode == .return else { return 0 }
            let words = try number(a[0]) + 1
            guard words < 1 << 14 else { return 0 }
            emit(packed(.deallocateReturn, UInt64(words)))
            return 2
        case .isTuple:
            guard let second, second.opcode == .testArity, second.operands[0] == a[0],
                  second.operands[1].untyped == a[1].untyped else { return 0 }
            if try fuseTupleMatch(second, code, at: i + 2) { return 4 }
            return try translateTest(.testArity, second.operands) ? 2 : 0
        case .testArity, .isTaggedTuple:
            return try fuseTupleMatch(first, code, at: i + 1) ? 3 : 0
        case .isNonemptyList:
            guard let second, second.opcode == .getList, second.operands[0].untyped == a[1].untyped,
                  let variant = try variant("isListGetList", second.operands, constants: .none, anyRegister: true)
            else { return 0 }
            emit(variant.head); try emitTarget(a[0])
            return 2
        case .getTupleElement:
            guard let second, second.opcode == .getTupleElement, second.operands[0].untyped == a[0].untyped,
                  a[2].untyped != a[0].untyped else { return 0 }
            let index = try number(a[1])
            guard try number(second.operands[1]) == index + 1, index + 1 < 1 << 14,
                  let variant = try variant("getTupleElementTwo", [a[0], a[2], second.operands[2]], constants: .none,
                                            anyRegister: true) else { return 0 }
            emit(variant.head | UInt64(index) << 50)
            return 2
        default:
            break
        }
        return 0
    }

    /// A tuple test (`test_arity` or `is_tagged_tuple`) followed at `j` by two
    /// get_tuple_element of consecutive elements from the same x register into x
    /// registers: one op. Returns false (emitting nothing) when the pattern does not fit.
    mutating func fuseTupleMatch(_ test: InstructionView, _ code: InstructionBuffer, at j: Int) throws(ModuleLoadError) -> Bool {
        guard j + 1 < code.count, code[j].opcode == .getTupleElement, code[j + 1].opcode == .getTupleElement else { return false }
        let a = test.operands, first = code[j].operands, second = code[j + 1].operands
        guard let tuple = xIndex(a[1]), first[0].untyped == a[1].untyped, second[0].untyped == a[1].untyped,
              first[2].untyped != a[1].untyped, let d1 = xIndex(first[2]), let d2 = xIndex(second[2]) else { return false }
        let arity = try number(a[2]), index = try number(first[1])
        guard try number(second[1]) == index + 1, index + 1 < arity, arity < 1 << 14 else { return false }
        var tag: UInt64 = 0
        if test.opcode == .isTaggedTuple {
            guard let word = try constant(a[3], .immediate) else { return false }
            tag = word
        }
        emit(packed(test.opcode == .isTaggedTuple ? .isTaggedTupleGetTwoX : .isTupleArityGetTwoX, tuple, UInt64(arity), d1, d2))
        emit(tag); try emitTarget(a[0]); emitNumber(index)
        return true
    }

    /// The x register index of an operand; nil for anything else.
    func xIndex(_ operand: Operand) -> UInt64? {
        if case .x(let n) = operand.untyped { return UInt64(n) }
        return nil
    }

    // MARK: - Single instructions

    /// `move`: a packed op for every register/constant combination.
    mutating func translateMove(_ a: OperandView) throws(ModuleLoadError) {
        guard let variant = try variant("move", a, constants: .any, anyRegister: false) else {
            throw error("bad move operands \(a)")
        }
        emit(variant.head)
        if variant.op == .moveCX || variant.op == .moveCY { emit(variant.constant) }
    }

    /// Tests on registers against registers or constants. Returns false when the generic
    /// op must be used.
    mutating func translateTest(_ op: Op, _ a: OperandView) throws(ModuleLoadError) -> Bool {
        let found: Variant?
        switch op {
        case .isEqExact, .isNeExact:
            // Equality is symmetric: put a register first, and x before y.
            var operands = [a[1], a[2]]
            if try registerField(operands[0]) == nil || (operands[0].untyped.isY && operands[1].untyped.isX) {
                operands.swapAt(0, 1)
            }
            found = try variant(op == .isEqExact ? "isEqExact" : "isNeExact", operands, constants: .immediate,
                                anyRegister: true)
        case .isLt, .isGe:
            found = try variant(op == .isLt ? "isLt" : "isGe", a[1...2], constants: .small, anyRegister: true)
        case .isNil, .isNonemptyList, .isTuple:
            let name = op == .isNil ? "isNil" : op == .isTuple ? "isTuple" : "isNonemptyList"
            guard let variant = try variant(name, a[1...1], constants: .none, anyRegister: true) else { return false }
            emit(variant.head); try emitTarget(a[0])
            return true
        case .testArity, .isTaggedTuple:
            let arity = try number(a[2])
            guard arity < 1 << 14 else { return false }
            var tag: UInt64 = 0
            if op == .isTaggedTuple {
                guard let word = try constant(a[3], .immediate) else { return false }
                tag = word
            }
            guard let variant = try variant(op == .isTaggedTuple ? "isTaggedTuple" : "isTupleArity", a[1...1],
                                            constants: .none, anyRegister: true) else { return false }
            emit(variant.head | UInt64(arity) << 22); emit(tag); try emitTarget(a[0])
            return true
        default:
            return false
        }
        guard let found else { return false }
        emit(found.head); emit(found.constant); try emitTarget(a[0])
        return true
    }

    /// `get_tuple_element`, `get_list` and `put_list` on registers. Returns false when the
    /// generic op must be used.
    mutating func translateData(_ opcode: Opcode, _ a: OperandView) throws(ModuleLoadError) -> Bool {
        let found: Variant?
        switch opcode {
        case .getTupleElement:
            let index = try number(a[1])
            guard index < 1 << 14 else { return false }
            found = try variant("getTupleElement", [a[0], a[2]], constants: .none, anyRegister: true)
                .map { Variant(op: $0.op, head: $0.head | UInt64(index) << 36, constant: 0) }
        case .getList:
            found = try variant("getList", a, constants: .none, anyRegister: true)
        case .putList:
            found = try variant("putList", a, constants: .none, anyRegister: true)
        default:
            return false
        }
        guard let found else { return false }
        emit(found.head)
        return true
    }

    /// `gc_bif` `+`, `-` and `band` on registers and small constants. Returns false when
    /// the generic op must be used.
    mutating func translateIntegerOp(_ op: Op, _ a: OperandView, bif: Int) throws(ModuleLoadError) -> Bool {
        let name: String
        switch op {
        case .plus: name = "plus"
        case .minus: name = "minus"
        case .bitAnd: name = "bitAnd"
        default: return false
        }
        guard try registerField(a[3]) != nil,
              let variant = try variant(name, a[3...5], constants: .small, anyRegister: true) else { return false }
        emit(variant.head)
        emit(try sourceWord(a[4])); try emitLabel(a[0]); emitNumber(bif)
        emit(try sourceWord(a[3])); try emitDestination(a[5])
        return true
    }

    /// Float instructions: packed ops with float register numbers in F fields; the generic
    /// ops when no variant fits.
    mutating func translateFloat(_ opcode: Opcode, _ a: OperandView) throws(ModuleLoadError) {
        let found: Variant?
        switch opcode {
        case .fmove:
            if case .fr = a[0] {
                found = try variant("fstore", a, constants: .none, anyRegister: false)
            } else {
                found = try variant("fmove", a, constants: .any, anyRegister: false)
            }
        case .fconv: found = try variant("fconv", a, constants: .none, anyRegister: false)
        case .fnegate: found = try variant("fnegate", a[1...2], constants: .none, anyRegister: false)
        case .fadd: found = try variant("fadd", a[1...3], constants: .none, anyRegister: false)
        case .fsub: found = try variant("fsub", a[1...3], constants: .none, anyRegister: false)
        case .fmul: found = try variant("fmul", a[1...3], constants: .none, anyRegister: false)
        default: found = try variant("fdiv", a[1...3], constants: .none, anyRegister: false)
        }
        if let found {
            emit(found.head)
            if found.op == .fmoveCF { emit(found.constant) }
            return
        }
        switch opcode {
        case .fmove:
            if case .fr(let source) = a[0] {
                emit(.fstore); emitNumber(source); try emitDestination(a[1])
            } else {
                emit(.fmove); try emitSource(a[0]); emitNumber(try fr(a[1]))
            }
        case .fconv: emit(.fconv); try emitSource(a[0]); emitNumber(try fr(a[1]))
        case .fnegate: emit(.fnegate); emitNumber(try fr(a[1])); emitNumber(try fr(a[2]))
        default: throw error("bad float operands \(a)")
        }
    }

    // MARK: - Variants

    /// The variant of family `name` for `operands`, if one exists: first the one named by
    /// the operands' exact kinds, then (when `anyRegister`) the one with R for every
    /// register. At most one constant, accepted by `constants`.
    mutating func variant(_ name: String, _ operands: some Collection<Operand>, constants: ConstantRule,
                          anyRegister: Bool) throws(ModuleLoadError) -> Variant? {
        var exact: UInt32 = 0, general: UInt32 = 0
        var constantWord: UInt64? = nil
        for operand in operands {
            switch operand.untyped {
            case .x:
                exact = OperandKinds.add(exact, .x); general = OperandKinds.add(general, .r)
            case .y:
                exact = OperandKinds.add(exact, .y); general = OperandKinds.add(general, .r)
            case .fr:
                exact = OperandKinds.add(exact, .f); general = OperandKinds.add(general, .f)
            default:
                guard constantWord == nil, let word = try constant(operand, constants) else { return nil }
                constantWord = word
                exact = OperandKinds.add(exact, .c); general = OperandKinds.add(general, .c)
            }
        }
        if let op = OperandKinds.op(name, exact) {
            return Variant(op: op, head: try head(op, operands, general: false), constant: constantWord ?? 0)
        }
        guard anyRegister, let op = OperandKinds.op(name, general) else { return nil }
        return Variant(op: op, head: try head(op, operands, general: true), constant: constantWord ?? 0)
    }

    /// A head word with operand i in field i: X and Y fields, or R fields when `general`.
    mutating func head(_ op: Op, _ operands: some Collection<Operand>, general: Bool) throws(ModuleLoadError) -> UInt64 {
        var word = op.rawValue
        for (i, operand) in operands.enumerated() {
            let value: UInt64
            switch operand.untyped {
            case .x(let n): value = general ? UInt64(n) << 1 : UInt64(n)
            case .y(let n): value = general ? try ySlot(n) << 1 | 1 : try ySlot(n)
            case .fr(let n): value = UInt64(n)
            default: value = 0
            }
            word |= value << UInt64(8 + 14 * i)
        }
        return word
    }

    /// The word of a constant operand if `rule` accepts it; nil for registers and for
    /// constants the rule rejects.
    mutating func constant(_ operand: Operand, _ rule: ConstantRule) throws(ModuleLoadError) -> UInt64? {
        switch operand.untyped {
        case .x, .y, .fr, .label, .list, .allocation, .typed: return nil
        default: break
        }
        switch rule {
        case .none:
            return nil
        case .any:
            return try sourceWord(operand)
        case .immediate, .small:
            let word: UInt64
            switch operand.untyped {
            case .atom, .nil, .char: word = try sourceWord(operand)
            case .integer(let value) where Term.fitsSmall(Int(value)): word = Term.small(Int(value)).raw
            case .unsigned(let value) where Term.fitsSmall(value): word = Term.small(value).raw
            default: return nil
            }
            return rule == .small && word & 0xF != 0xF ? nil : word
        }
    }

    // MARK: - Operand helpers

    /// A head word with packed fields.
    func packed(_ op: Op, _ f0: UInt64 = 0, _ f1: UInt64 = 0, _ f2: UInt64 = 0, _ f3: UInt64 = 0) -> UInt64 {
        op.rawValue | f0 << 8 | f1 << 22 | f2 << 36 | f3 << 50
    }

    /// The stack slot of y(n), checked against the frame.
    mutating func ySlot(_ n: Int) throws(ModuleLoadError) -> UInt64 {
        guard n < frameLimit else { throw error("y(\(n)) is outside the stack frame") }
        return UInt64(n + 1)
    }

    /// The R field of a register operand; nil for anything else.
    mutating func registerField(_ operand: Operand) throws(ModuleLoadError) -> UInt64? {
        switch operand.untyped {
        case .x(let n): return UInt64(n) << 1
        case .y(let n): return try ySlot(n) << 1 | 1
        default: return nil
        }
    }
}

extension Operand {
    var isX: Bool { if case .x = self { true } else { false } }
    var isY: Bool { if case .y = self { true } else { false } }
}
