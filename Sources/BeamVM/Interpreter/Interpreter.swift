// The dispatch loop. `run` executes one process until it returns from its first call,
// raises an exception nobody catches, uses up its reductions, or waits.
//
// The machine state (Machine.swift) lives in locals; each op's semantics are in
// Instructions/, run through the generated switch in Dispatch.generated.swift. Slow paths
// are `@inline(never)` functions here and in the Interpreter+*.swift files.

/// How a slice of execution ended.
public enum SliceOutcome {
    /// The process's first call returned this value.
    case returned(Term)
    /// An exception reached the bottom of the stack.
    case raised(kind: Term, reason: Term, trace: Term)
    /// The reduction budget ran out; call `run` again to continue.
    case yielded
    /// The process waits in `receive` (or is already queued again by a sender).
    case waiting
    /// A signal ended the process.
    case terminated(reason: Term)
}

/// The interpreter.
public enum Interpreter {
    /// Reductions per slice, as ERTS's CONTEXT_REDS.
    public static let sliceReductions = 4000

    public static func run(_ p: Process, _ registers: Registers) -> SliceOutcome {
        restoreRegisters(p, registers.x)
        var m = Machine(pc: p.pc.unsafelyUnwrapped, sp: p.stackTop, cp: p.cp, reds: sliceReductions, x: registers.x)
        while true {
            switch Exec.execute(&m, p, m.pc[0]) {
            case .next:
                continue
            case .slow:
                // A specialised op declined its fast path: do the general thing.
                let resume = specialisedSlowPath(p, m.pc, m.cp, registers)
                guard let next = resume.pc else { return uncaught(p) }
                m.pc = next
                m.cp = resume.cp
                m.sp = p.stackTop
            case .stop:
                return p.outcome
            }
        }
    }

    /// Puts back the x registers saved when the process was suspended.
    @inline(never)
    static func restoreRegisters(_ p: Process, _ x: UnsafeMutablePointer<Term>) {
        if p.savedRegisters.isEmpty { return }
        for i in 0..<p.savedRegisters.count { x[i] = p.savedRegisters[i] }
        p.savedRegisters.removeAll(keepingCapacity: true)
    }

    /// Suspends at a call: saves the live registers and where to continue.
    @inline(never)
    static func suspend(_ p: Process, at target: UnsafePointer<UInt64>, arity: Int, cp: UInt64, reds: Int,
                        _ x: UnsafeMutablePointer<Term>) -> SliceOutcome {
        p.reductions &+= sliceReductions - reds
        RuntimeStatistics.reductions.add(sliceReductions - reds, ordering: .relaxed)
        RuntimeStatistics.contextSwitches.add(1, ordering: .relaxed)
        p.pc = target
        p.cp = cp
        p.savedRegisters = Array(UnsafeBufferPointer(start: x, count: arity))
        return .yielded
    }

    /// Where a native function's export stub continues after it returned no value.
    struct TrapResult {
        var pc: UnsafePointer<UInt64>
        var cp: UInt64
        /// nil to continue running at `pc`; `.yielded` to suspend at `pc` with x0 live; or
        /// how the slice ends.
        var outcome: SliceOutcome?
    }

    /// A native function's export stub returned no value: carries out the trap it asked
    /// for, or raises its exception.
    @inline(never)
    static func bifTrapOrRaise(_ p: Process, _ bif: Int, _ cp: UInt64, _ x: UnsafeMutablePointer<Term>) -> TrapResult {
        let none = UnsafePointer<UInt64>(Runtime.exitStub)
        guard let trap = p.trap else {
            if let next = raiseFromBif(p, bif, arguments: x, pc: nil, cp, x) { return TrapResult(pc: next, cp: 0) }
            return TrapResult(pc: none, cp: cp, outcome: uncaught(p))
        }
        p.trap = nil
        switch trap {
        case .yield:
            x[0] = .true
            return TrapResult(pc: codeAddress(cp), cp: 0, outcome: .yielded)
        case .jump(let code, let values):
            for (i, value) in values.enumerated() { x[i] = value }
            return TrapResult(pc: code, cp: cp)
        case .hibernate(let code):
            p.stackTop = p.heapEnd
            p.catches = 0
            let exit = codeWord(Runtime.exitStub)
            p.takeInbox()
            if p.queue.head != nil {
                for (i, value) in p.savedRegisters.enumerated() { x[i] = value }
                p.savedRegisters.removeAll()
                return TrapResult(pc: code, cp: exit)
            } else if let next = wait(p, resumeAt: code, cp: exit) {
                for (i, value) in p.savedRegisters.enumerated() { x[i] = value }
                p.savedRegisters.removeAll()
                return TrapResult(pc: next, cp: exit)
            }
            return TrapResult(pc: code, cp: exit, outcome: .waiting)
        }
    }

    /// Makes room for `need` words on the heap, collecting garbage. Returns false when the
    /// process outgrew its maximum heap size and must stop.
    @inline(never)
    static func makeRoom(_ p: Process, _ need: Int, live: Int, _ x: UnsafeMutablePointer<Term>) -> Bool {
        p.ensureFree(need, live: live, registers: x)
    }

    /// Whether `need` words fit between the heap top and `sp`, with no fragments waiting
    /// to be merged (see `Process.ensureFree`, which decides when they force a collection).
    @inline(__always)
    static func hasRoom(_ p: Process, _ need: Int, _ sp: UnsafeMutablePointer<Term>) -> Bool {
        p.heapTop.advanced(by: need) <= sp && p.fragmentWords == 0
    }

    /// Allocates `words` words on the heap (the stack top is `sp`), or in a fragment when
    /// they do not fit. Never collects garbage.
    @inline(__always)
    static func heapAllocate(_ p: Process, _ words: Int, _ sp: UnsafeMutablePointer<Term>) -> UnsafeMutablePointer<Term> {
        let top = p.heapTop
        let end = top.advanced(by: words)
        if _fastPath(end <= sp) {
            p.heapTop = end
            return top
        }
        return p.allocateFragment(words)
    }

    /// Writes a tuple of `arity` elements read from the source operands at `elements`.
    @inline(__always)
    static func buildTuple(_ object: UnsafeMutablePointer<Term>, _ arity: Int, _ elements: UnsafePointer<UInt64>,
                           _ x: UnsafeMutablePointer<Term>, _ sp: UnsafeMutablePointer<Term>) {
        object[0] = Header.tuple(arity)
        var i = 0
        while i < arity {
            object[i &+ 1] = source(elements[i], x, sp)
            i &+= 1
        }
    }

    /// Pushes a frame of `words` words (the saved CP and the y registers, set to []) below
    /// `sp` and returns the new stack top.
    @inline(__always)
    static func pushFrame(_ sp: UnsafeMutablePointer<Term>, _ words: Int, cp: UInt64) -> UnsafeMutablePointer<Term> {
        let top = sp.advanced(by: 0 &- words)
        top[0] = Term(raw: cp)
        var i = 1
        while i < words {
            top[i] = .nil
            i &+= 1
        }
        return top
    }

    /// Continues at `pc + size` when `condition` holds, else at the fail label (operand 1).
    @inline(__always)
    static func test(_ condition: Bool, _ pc: UnsafePointer<UInt64>, _ size: Int) -> UnsafePointer<UInt64> {
        condition ? pc + size : codeAddress(pc[1])
    }
}

extension Process {
    /// Whether a term lives outside this process's heap and fragments (a module literal).
    func isLiteral(_ term: Term) -> Bool {
        let address = term.pointerAddress
        if address >= UInt(bitPattern: heapStart) && address < UInt(bitPattern: heapEnd) { return false }
        if let oldStart, address >= UInt(bitPattern: oldStart) && address < UInt(bitPattern: oldTop.unsafelyUnwrapped) {
            return false
        }
        var fragment = fragments
        while let current = fragment {
            if Fragment.contains(current, address) { return false }
            fragment = current.pointee.next
        }
        return true
    }
}
