// Operands of generic instructions, as decoded from the compact term encoding of the
// Code chunk. Atom operands keep their index into the module's atom table; the loader
// of the VM turns them into runtime atoms.

/// One operand of a generic BEAM instruction.
///
/// No case is `indirect`: boxing an operand costs a heap allocation, and typed registers are
/// among the most common operands of modern code. No payload is wider than 12 bytes, so an
/// operand takes 16: the loader holds a function's operands in one block.
public enum Operand: Equatable, Sendable {
    /// An untagged number (`u` tag): arities, sizes, counts, flags.
    case unsigned(Int)
    /// A tagged integer (`i` tag) that fits in 64 bits.
    case integer(Int64)
    /// A tagged integer too large for 64 bits, as sign and little-endian 64-bit limbs.
    case bigInteger(negative: Bool, limbs: [UInt64])
    /// An atom, as a 1-based index into the module's atom table.
    case atom(Int)
    /// The empty list (`a` tag with value 0).
    case `nil`
    case x(Int)
    case y(Int)
    /// A float register (`fr`).
    case fr(Int)
    /// A label (`f` tag); 0 means "no label" (raise instead of branching).
    case label(Int)
    /// A character (`h` tag).
    case char(UInt32)
    /// A float given inline (only pre-R16B compilers emitted these).
    case float(Double)
    /// An index into the literal table.
    case literal(Int)
    /// A register with a type annotation: the register and an index into the Type chunk.
    case typed(Register, type: UInt32)
    /// An extended list, always the last operand (select lists, bs_match commands, ...).
    case list([Operand])
    /// An allocation list: words, floats and funs to reserve on the heap.
    case allocation(words: Int32, floats: Int32, funs: Int32)

    /// The register inside a typed register, or the operand itself.
    public var untyped: Operand {
        if case .typed(let register, _) = self { return register.operand }
        return self
    }
}

/// The register of a typed register operand.
public enum Register: Equatable, Sendable {
    /// Register numbers are below `maxRegisters`.
    case x(UInt16)
    case y(UInt16)

    public var operand: Operand {
        switch self {
        case .x(let n): .x(Int(n))
        case .y(let n): .y(Int(n))
        }
    }
}
