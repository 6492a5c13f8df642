// Floating-point instructions on the float registers. Results that are not finite raise
// badarith, as in ERTS.

extension Interpreter {
    @inline(__always)
    static func floatInstruction(_ p: Process, _ pc: UnsafePointer<UInt64>, _ x: UnsafeMutablePointer<Term>,
                                 _ fr: UnsafeMutablePointer<Double>) -> UnsafePointer<UInt64>? {
        switch Op.decode(pc[0]) {
        case .fmove:
            let value = source(pc[1], x, p)
            guard value.isFloat else { _ = p.fail(Atom.badarith); return nil }
            fr[Int(pc[2])] = value.floatValue
            return pc + 3
        case .fstore:
            store(pc[2], p.float(fr[Int(pc[1])]), x, p)
            return pc + 3
        case .fconv:
            let value = source(pc[1], x, p)
            guard let converted = Numbers.toDouble(value) else { _ = p.fail(Atom.badarith); return nil }
            fr[Int(pc[2])] = converted
            return pc + 3
        case .fnegate:
            fr[Int(pc[2])] = -fr[Int(pc[1])]
            return pc + 3
        default:
            let a = fr[Int(pc[1])], b = fr[Int(pc[2])]
            let result: Double
            switch Op.decode(pc[0]) {
            case .fadd: result = a + b
            case .fsub: result = a - b
            case .fmul: result = a * b
            default: result = a / b
            }
            guard result.isFinite else { _ = p.fail(Atom.badarith); return nil }
            fr[Int(pc[3])] = result
            return pc + 4
        }
    }
}
