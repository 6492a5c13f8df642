// Load-time check of stack frames, so that code which would unbalance the stack is refused
// instead of corrupting memory. ERTS trusts the compiler's validator (beam_validator) for
// this; beamr checks the part that the interpreter relies on without run-time tests.
//
// For every point of every function the verifier knows the frame: none, or a frame of N
// y registers. It follows the code in order and through branches (recording the frame at
// every label a branch, a catch handler or a fall-through reaches) until nothing changes,
// and requires that
//   - allocate happens without a frame, deallocate/call_last/apply_last name the frame's
//     size, trim keeps part of it, and return and tail calls happen without one;
//   - every y register operand lies inside the frame;
//   - every way into a label agrees on the frame;
//   - no path runs past the function's last instruction (each function is translated into
//     a slot of its own, so nothing follows it there).
// One exception is what the compiler legitimately produces: error blocks shared by paths
// with different frames (a `badmatch` or a call to `erlang:error/1` reached from several
// places). A label reached with different frames is "mixed": code there may not change the
// frame or use y registers beyond those every path has, which is enough for such blocks.
// Calls to BIFs that never return (error, exit, throw, raise) ignore the frame size they
// name; the loader keeps the frame for them.

import BeamFile

/// Checks the stack discipline of a module's code.
enum FrameVerifier {
    /// The frame at one point.
    enum Frame: Equatable {
        case none
        /// A frame of this many y registers.
        case size(Int)
        /// Different frames on different paths: the code may not change the frame, and may
        /// only use y registers that every path has (nil when some path has no frame).
        case mixed(smallest: Int?)

        /// The state at a point reached both with `self` and with `other`.
        func merged(_ other: Frame) -> Frame {
            if self == other { return self }
            guard let a = yCount, let b = other.yCount else { return .mixed(smallest: nil) }
            return .mixed(smallest: min(a, b))
        }

        /// The y registers usable here (nil without a frame on some path).
        var yCount: Int? {
            switch self {
            case .none: return nil
            case .size(let n): return n
            case .mixed(let smallest): return smallest
            }
        }
    }

    /// erlang functions that never return, whatever their caller's frame.
    static let noReturn: Set<String> = ["error/1", "error/2", "error/3", "exit/1", "throw/1", "raise/3",
                                        "nif_error/1", "nif_error/2"]

    /// For each import, whether it names an erlang function that never returns.
    static func noReturnImports(_ beam: BeamModule) -> [Bool] {
        beam.imports.map { entry in
            beam.atom(entry.module) == "erlang" && noReturn.contains("\(beam.atom(entry.function))/\(entry.arity)")
        }
    }

    /// Whether an import operand names an erlang function that never returns.
    static func callsNoReturn(_ operand: Operand, _ noReturnImports: [Bool]) -> Bool {
        guard case .unsigned(let index) = operand, index < noReturnImports.count else { return false }
        return noReturnImports[index]
    }

    /// Checks one function's instructions. Calls may target the entries of the module's
    /// functions (`index`); branches must stay inside the function.
    static func verify(_ beam: BeamModule, _ instructions: InstructionBuffer, noReturn: [Bool],
                       index: FunctionIndex) throws(ModuleLoadError) {
        var verifier = Verifier(beam: beam, instructions: instructions, noReturn: noReturn, index: index)
        defer { verifier.labels.deallocate() }
        try verifier.run()
    }

    struct Verifier {
        let beam: BeamModule
        let instructions: InstructionBuffer
        /// The lowest label the function defines: `labels` is indexed from it.
        let firstLabel: Int
        /// For each of the function's labels: the frame on entry reached so far, and whether
        /// the current pass has gone past it. Not arrays: the verifier runs for every
        /// instruction, and a mutating method that calls another retains the arrays it holds.
        /// Allocated by `init`, freed by `verify`.
        let labels: UnsafeMutableBufferPointer<(frame: Frame?, passed: Bool)>
        let noReturn: [Bool]
        /// The module's functions: calls must go to their entries. (Not a closure: one
        /// passed down to every instruction's check was retained for each.)
        let index: FunctionIndex
        /// Whether another pass is needed: a label this pass has already gone past was
        /// reached with a new frame (a backward branch). A label ahead takes its new frame
        /// when the pass gets there.
        var changed = false
        /// The func_info instruction of the function being checked, for messages.
        var function: InstructionView?
        var lastLabel = 0

        init(beam: BeamModule, instructions: InstructionBuffer, noReturn: [Bool], index: FunctionIndex) {
            self.beam = beam
            self.index = index
            self.instructions = instructions
            self.noReturn = noReturn
            var low = Int.max, high = 0
            for instruction in instructions where instruction.opcode == .label {
                if case .unsigned(let label) = instruction.operands[0] { low = min(low, label); high = max(high, label) }
            }
            firstLabel = low == Int.max ? 0 : low
            let count = low == Int.max ? 0 : high - low + 1
            labels = .allocate(capacity: count)
            labels.initialize(repeating: (nil, false))
        }

        func error(_ message: String) -> ModuleLoadError {
            var name = "(module header)"
            if let a = function?.operands, a.count == 3, case .atom(let m) = a[0], case .atom(let f) = a[1],
               case .unsigned(let arity) = a[2] {
                name = "\(beam.atom(m)):\(beam.atom(f))/\(arity)"
            }
            return ModuleLoadError(module: beam.name, message: "\(message) in \(name) after label \(lastLabel)")
        }

        mutating func run() throws(ModuleLoadError) {
            // A pass only adds labels or widens a label's frame towards "mixed" (which only
            // forbids more), so the passes end, and an error found early stays an error.
            repeat {
                changed = false
                for i in labels.indices { labels[i].passed = false }
                try pass()
            } while changed
        }

        /// The index of one of the function's labels in `labels`; nil for another's.
        func slot(_ label: Int) -> Int? {
            let slot = label - firstLabel
            return slot >= 0 && slot < labels.count ? slot : nil
        }

        /// Records that `label` is reached with `frame`.
        mutating func reach(_ label: Int, _ frame: Frame) throws(ModuleLoadError) {
            guard label != 0 else { return }
            guard let slot = slot(label) else { throw error("a branch to label \(label) leaves the function") }
            let merged = labels[slot].frame.map { $0.merged(frame) } ?? frame
            if merged != labels[slot].frame {
                labels[slot].frame = merged
                if labels[slot].passed { changed = true }
            }
        }

        /// Records a call to `label`: a function entry, here or in another function.
        mutating func call(_ label: Int) throws(ModuleLoadError) {
            guard label != 0 else { return } // the loader refuses {f,0} as a call target
            guard index.function(entering: label) != nil else { throw error("call to label \(label), which is no function's entry") }
            if slot(label) != nil { try reach(label, .none) }
        }

        func describe(_ frame: Frame) -> String {
            switch frame {
            case .none: return "no stack frame"
            case .size(let n): return "a frame of \(n) y registers"
            case .mixed: return "different frames on different paths"
            }
        }

        mutating func pass() throws(ModuleLoadError) {
            /// The frame at the current instruction; nil when it cannot be reached.
            var state: Frame? = nil
            /// Set after func_info: the next label is the function's entry, called without a frame.
            var entryPending = false
            for instruction in instructions {
                let a = instruction.operands
                switch instruction.opcode {
                case .label:
                    guard case .unsigned(let label) = a[0] else { continue }
                    lastLabel = label
                    if entryPending {
                        try reach(label, .none)
                        entryPending = false
                    }
                    if let frame = state { try reach(label, frame) }
                    state = nil
                    if let slot = slot(label) {
                        state = labels[slot].frame
                        labels[slot].passed = true
                    }
                    continue
                case .funcInfo:
                    function = instruction
                    state = nil
                    entryPending = true
                    continue
                case .line, .executableLine, .debugLine, .intCodeEnd:
                    continue
                default:
                    break
                }
                guard let frame = state else { continue }
                if let n = Self.yOutside(frame, a) { throw error("y(\(n)) is used with \(describe(frame))") }
                state = try step(instruction, frame)
                if Self.endsFlow(instruction.opcode)
                    || instruction.opcode == .callExt && FrameVerifier.callsNoReturn(a[1], noReturn) { state = nil }
            }
            // Past the last instruction is the next function's slot, or nothing yet.
            if state != nil { throw error("the code runs past the end of the function") }
        }

        /// A y register among the operands that lies outside the frame, if any: every one must
        /// lie inside. (Static: these run for every instruction, and calling a method of the
        /// verifier from a mutating one would copy it.)
        static func yOutside(_ frame: Frame, _ operands: some Collection<Operand>) -> Int? {
            for operand in operands {
                switch operand.untyped {
                case .y(let n):
                    guard let size = frame.yCount, n < size else { return n }
                case .list(let items):
                    if let n = yOutside(frame, items) { return n }
                default:
                    break
                }
            }
            return nil
        }

        /// Applies one instruction's effect on the frame and records the labels it branches to.
        mutating func step(_ instruction: InstructionView, _ frame: Frame) throws(ModuleLoadError) -> Frame {
            let a = instruction.operands
            func number(_ operand: Operand) throws(ModuleLoadError) -> Int {
                guard case .unsigned(let n) = operand else { throw error("expected a number, got \(operand)") }
                return n
            }
            // `what` names the instruction in the error message only: built when it fails.
            func require(_ expected: Frame, _ what: @autoclosure () -> String) throws(ModuleLoadError) {
                guard frame == expected else { throw error("\(what()) with \(describe(frame))") }
            }
            switch instruction.opcode {
            case .allocate, .allocateZero, .allocateHeap, .allocateHeapZero:
                let size = try number(a[0])
                try require(.none, "\(instruction.opcode.name) \(size)")
                return .size(size)
            case .deallocate:
                let size = try number(a[0])
                try require(.size(size), "deallocate \(size)")
                return .none
            case .trim:
                let (drop, keep) = (try number(a[0]), try number(a[1]))
                try require(.size(drop + keep), "trim \(drop) keeping \(keep)")
                return .size(keep)
            case .callExtLast where FrameVerifier.callsNoReturn(a[1], noReturn):
                return frame
            case .callExtOnly where FrameVerifier.callsNoReturn(a[1], noReturn):
                return frame
            case .callLast, .callExtLast:
                let size = try number(a[2])
                try require(.size(size), "\(instruction.opcode.name) dropping \(size)")
                if instruction.opcode == .callLast, case .label(let target) = a[1] { try call(target) }
                return .none
            case .applyLast:
                let size = try number(a[1])
                try require(.size(size), "apply_last dropping \(size)")
                return .none
            case .return, .callExtOnly:
                try require(.none, instruction.opcode.name)
                return .none
            case .call, .callOnly:
                // A call's label is a function entry, which runs without a frame.
                if case .label(let target) = a[1] { try call(target) }
                if instruction.opcode == .callOnly { try require(.none, "call_only") }
                return frame
            case .makeFun2, .makeFun3, .callFun2:
                return frame
            default:
                for operand in a { try branch(operand, frame) }
                return frame
            }
        }

        /// Records the frame for a branch target (including those inside select lists).
        mutating func branch(_ operand: Operand, _ frame: Frame) throws(ModuleLoadError) {
            switch operand {
            case .label(let label):
                try reach(label, frame)
            case .list(let items):
                for item in items { try branch(item, frame) }
            default:
                break
            }
        }

        /// Instructions after which execution never falls through to the next one.
        @inline(__always)
        static func endsFlow(_ opcode: Opcode) -> Bool {
            switch opcode {
            case .return, .jump, .callOnly, .callLast, .callExtOnly, .callExtLast, .applyLast,
                 .selectVal, .selectTupleArity, .badmatch, .caseEnd, .ifEnd, .tryCaseEnd, .badrecord,
                 .raise, .rawRaise, .wait, .loopRecEnd:
                return true
            default:
                return false
            }
        }
    }
}
