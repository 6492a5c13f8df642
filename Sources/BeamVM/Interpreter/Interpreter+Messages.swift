// Message instructions. Processes other than the first are not scheduled yet, so a receive
// in this version only sees messages a process sent to itself.

extension Interpreter {
    @inline(never)
    static func messageInstruction(_ p: Process, _ pc: UnsafePointer<UInt64>, _ x: UnsafeMutablePointer<Term>,
                                   _ cp: inout UInt64) -> UnsafePointer<UInt64>? {
        _ = p.fail(p.tuple(Term.atom("unsupported_instruction"), Term.atom("receive")))
        return nil
    }
}
