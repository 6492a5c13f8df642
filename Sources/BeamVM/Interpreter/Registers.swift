// Operand access for the interpreter. Operand words are decoded here and nowhere else
// (see Op.swift for the encoding).

/// Per-thread registers: the x registers, the float registers and scratch space for BIF
/// arguments.
///
/// - Invariant: owned by one scheduler thread; allocated once, never freed.
public final class Registers: @unchecked Sendable { // @unchecked: used by one thread at a time
    /// x registers; 1024 as in ERTS, plus room for the arguments of an apply.
    public static let count = 1024 + 8
    let x: UnsafeMutablePointer<Term>
    let fr: UnsafeMutablePointer<Double>
    let bifArguments: UnsafeMutablePointer<Term>

    public init() {
        x = .allocate(capacity: Self.count)
        x.initialize(repeating: .nil, count: Self.count)
        fr = .allocate(capacity: 1024)
        fr.initialize(repeating: 0, count: 1024)
        bifArguments = .allocate(capacity: 8)
        bifArguments.initialize(repeating: .nil, count: 8)
    }
}

/// Reads a source operand: a constant term, or an x or y register.
@inline(__always)
func source(_ word: UInt64, _ x: UnsafeMutablePointer<Term>, _ p: Process) -> Term {
    if word & 3 != 0 { return Term(raw: word) }
    if word & 4 == 0 { return x[Int(word &>> 4)] }
    return p.stackTop[Int(word &>> 4)]
}

/// Writes a destination operand (an x or y register).
@inline(__always)
func store(_ word: UInt64, _ value: Term, _ x: UnsafeMutablePointer<Term>, _ p: Process) {
    if word & 4 == 0 {
        x[Int(word &>> 4)] = value
    } else {
        p.stackTop[Int(word &>> 4)] = value
    }
}

/// A code address operand as a pointer.
@inline(__always)
func codeAddress(_ word: UInt64) -> UnsafePointer<UInt64> {
    UnsafePointer(bitPattern: UInt(word)).unsafelyUnwrapped
}

/// The code address of a pointer, as stored in a continuation pointer.
@inline(__always)
func codeWord(_ pointer: UnsafePointer<UInt64>) -> UInt64 {
    UInt64(UInt(bitPattern: pointer))
}
