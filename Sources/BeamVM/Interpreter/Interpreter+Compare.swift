// Comparisons and multi-way branches with their immediate fast paths.

extension Interpreter {
    /// `a =:= b`. Immediates are equal only when their words are.
    @inline(__always)
    static func exactlyEqual(_ a: Term, _ b: Term) -> Bool {
        if a.raw == b.raw { return true }
        if a.isImmediate || b.isImmediate { return false }
        return TermOrder.exactlyEqual(a, b)
    }

    /// `a < b` in term order. Small integers compare as their words do, since they share
    /// the tag bits.
    @inline(__always)
    static func less(_ a: Term, _ b: Term) -> Bool {
        if _fastPath(a.raw & b.raw & 0xF == 0xF) { return Int64(bitPattern: a.raw) < Int64(bitPattern: b.raw) }
        return TermOrder.compare(a, b, exact: false) < 0
    }

    /// `select_val`: jumps to the target of the first value exactly equal to `value`.
    @inline(__always)
    static func selectValue(_ value: Term, _ pc: UnsafePointer<UInt64>) -> UnsafePointer<UInt64> {
        let count = int(pc[3])
        var entry = pc + 4
        for _ in 0..<count {
            let candidate = Term(raw: entry[0])
            if candidate.raw == value.raw || (!value.isImmediate && TermOrder.exactlyEqual(candidate, value)) {
                return codeAddress(entry[1])
            }
            entry += 2
        }
        return codeAddress(pc[2])
    }

    /// `select_tuple_arity`: jumps to the target listed for `arity`.
    @inline(__always)
    static func selectArity(_ arity: Int, _ pc: UnsafePointer<UInt64>) -> UnsafePointer<UInt64> {
        let count = int(pc[3])
        var entry = pc + 4
        for _ in 0..<count {
            if int(entry[0]) == arity { return codeAddress(entry[1]) }
            entry += 2
        }
        return codeAddress(pc[2])
    }
}
