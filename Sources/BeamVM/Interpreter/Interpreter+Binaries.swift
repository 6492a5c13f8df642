// Bit-syntax instructions: binary construction and matching.

extension Interpreter {
    @inline(never)
    static func binaryInstruction(_ p: Process, _ pc: UnsafePointer<UInt64>, _ x: UnsafeMutablePointer<Term>) -> UnsafePointer<UInt64>? {
        _ = p.fail(p.tuple(Term.atom("unsupported_instruction"), Term.atom("bit_syntax")))
        return nil
    }
}
