// The semantics of every internal op (see Op.swift), one function per op, named after it.
// Each takes the machine `inout` and the op's head word, and returns what the dispatcher
// does next (see Machine.swift). They are always inlined into a dispatcher, so they must
// keep slow work in `@inline(never)` helpers.
//
// Families live in the files beside this one: moves, calls and returns, the heap and
// stack, data access, tests, arithmetic and floats, exceptions, messages, and the families
// implemented in Interpreter+*.swift.

/// Instruction semantics, by op name.
enum Exec {}

extension Machine {
    /// Continues at `next`, or takes the slow path when a handler returned nil.
    @inline(__always) mutating func advance(_ next: UnsafePointer<UInt64>?) -> Step {
        guard let next else { return .slow }
        pc = next
        return .next
    }

    /// Continues `size` words further.
    @inline(__always) mutating func skip(_ size: Int) -> Step {
        pc += size
        return .next
    }
}
