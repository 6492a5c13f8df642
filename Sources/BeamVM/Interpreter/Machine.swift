// The interpreter's registers while a process runs, and what an instruction tells the
// dispatcher to do next.
//
// Every instruction is an `@inline(__always)` function in Instructions/ taking the machine
// `inout` and returning a `Step`. Inlined into the dispatcher, the machine's fields live in
// CPU registers. The stack top `sp` is written through to `p.stackTop` at every change, so
// code outside the interpreter always sees the current stack; after a call that can move
// or unwind the stack (collection, raising, the families in other files) an instruction
// reloads it. The heap top stays in the process.

/// The registers of the running process: OTP's `I`, `E`, `CP`, `FCALLS` and `x`. The
/// process itself is passed beside the machine, as a function argument, so that using it
/// costs no reference counting.
///
/// - Invariant: `sp == p.stackTop` whenever an instruction returns or calls out.
struct Machine {
    /// The current instruction.
    var pc: UnsafePointer<UInt64>
    /// The stack top (E).
    var sp: UnsafeMutablePointer<Term>
    /// The continuation pointer; 0 while it is saved in the current stack frame.
    var cp: UInt64
    /// Reductions left in this slice.
    var reds: Int
    /// The x registers (followed by the BIF argument and float registers, see Registers).
    let x: UnsafeMutablePointer<Term>
    @inline(__always) var fr: UnsafeMutablePointer<Double> { Registers.floatRegisters(x) }
    @inline(__always) var bifArguments: UnsafeMutablePointer<Term> { Registers.bifArguments(x) }
}

/// What the dispatcher does after an instruction.
enum Step {
    /// Run the instruction at `pc`.
    case next
    /// The instruction at `pc` declined its fast path: run the shared slow path
    /// (`Interpreter.specialisedSlowPath`).
    case slow
    /// The slice ends with `p.outcome`.
    case stop
}

extension Machine {
    /// Moves the stack top, keeping the process's copy equal.
    @inline(__always) mutating func setStack(_ top: UnsafeMutablePointer<Term>, _ p: Process) {
        sp = top
        p.stackTop = top
    }

    /// Ends the slice.
    @inline(__always) mutating func stop(_ p: Process, _ outcome: SliceOutcome) -> Step {
        p.outcome = outcome
        return .stop
    }

    /// After raising: continues at the handler (its frame holds the CP, and unwinding moved
    /// the stack), or ends the slice when nothing catches the exception.
    @inline(__always) mutating func raised(_ p: Process, _ handler: UnsafePointer<UInt64>?) -> Step {
        if let handler {
            pc = handler
            cp = 0
            sp = p.stackTop
            return .next
        }
        return stop(p, Interpreter.uncaught(p))
    }

    /// Raises `error:badarg` at `pc`.
    @inline(__always) mutating func badarg(_ p: Process) -> Step {
        raised(p, Interpreter.raiseError(p, Atom.badarg, pc, cp, x))
    }

    /// Raises the exception recorded in the process, at `at`.
    @inline(__always) mutating func raiseCurrent(_ p: Process, at: UnsafePointer<UInt64>?) -> Step {
        raised(p, Interpreter.raiseCurrent(p, pc: at, cp, x))
    }

    /// Counts a call to `target`: continues there, or suspends when the slice is used up
    /// (with `live` argument registers saved).
    @inline(__always) mutating func call(_ p: Process, _ target: UnsafePointer<UInt64>, live: Int) -> Step {
        pc = target
        reds &-= 1
        if _slowPath(reds <= 0) { return stop(p, Interpreter.suspend(p, at: target, arity: live, cp: cp, reds: reds, x)) }
        return .next
    }

    /// Returns to the continuation pointer. A zero CP is bad code: the slow path raises.
    @inline(__always) mutating func returnToCaller() -> Step {
        guard _fastPath(cp != 0) else { return .slow }
        pc = codeAddress(cp)
        cp = 0
        return .next
    }

    /// Makes sure `need` heap words are free (collecting with `live` x registers), or ends
    /// the slice when the process outgrew its maximum heap size.
    @inline(__always) mutating func ensureHeap(_ p: Process, _ need: Int, live: Int) -> Bool {
        if _slowPath(!Interpreter.hasRoom(p, need, sp)) {
            guard Interpreter.makeRoom(p, need, live: live, x) else {
                p.outcome = .terminated(reason: p.terminationReason)
                return false
            }
            sp = p.stackTop
        }
        return true
    }

    /// Reads a generic source operand.
    @inline(__always) func source(_ word: UInt64) -> Term { BeamVM.source(word, x, sp) }

    /// Writes a generic destination operand.
    @inline(__always) func store(_ word: UInt64, _ value: Term) { BeamVM.store(word, value, x, sp) }
}
