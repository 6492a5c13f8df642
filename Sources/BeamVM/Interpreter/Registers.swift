// Operand access for the interpreter. Operand words are decoded here and nowhere else
// (see Op.swift for the encoding).
//
// Inside `Interpreter.run` the stack top lives in a local (`sp`), kept equal to
// `p.stackTop` at every change, so the loop reads y registers without going through the
// process object; the helpers taking a `Process` are for code outside the loop.

/// Per-thread registers: the x registers, scratch space for BIF arguments and the float
/// registers, in one block in that order, so that the interpreter reaches all of them from
/// the x register pointer alone.
///
/// - Invariant: owned by one scheduler thread; allocated once, never freed.
public final class Registers: @unchecked Sendable { // @unchecked: used by one thread at a time
    /// x registers; 1024 as in ERTS, plus room for the arguments of an apply.
    public static let count = 1024 + 8
    static let bifArgumentCount = 8
    static let floatCount = 1024
    let x: UnsafeMutablePointer<Term>
    let fr: UnsafeMutablePointer<Double>
    let bifArguments: UnsafeMutablePointer<Term>

    public init() {
        let terms = Self.count + Self.bifArgumentCount
        let block = UnsafeMutableRawPointer.allocate(byteCount: (terms + Self.floatCount) * 8, alignment: 8)
        x = block.bindMemory(to: Term.self, capacity: terms)
        x.initialize(repeating: .nil, count: terms)
        fr = (block + terms * 8).bindMemory(to: Double.self, capacity: Self.floatCount)
        fr.initialize(repeating: 0, count: Self.floatCount)
        bifArguments = Self.bifArguments(x)
    }

    /// The BIF argument registers that follow the x registers at `x`.
    @inline(__always) static func bifArguments(_ x: UnsafeMutablePointer<Term>) -> UnsafeMutablePointer<Term> {
        x + count
    }

    /// The float registers that follow the BIF argument registers.
    @inline(__always) static func floatRegisters(_ x: UnsafeMutablePointer<Term>) -> UnsafeMutablePointer<Double> {
        UnsafeMutableRawPointer(x + count + bifArgumentCount).assumingMemoryBound(to: Double.self)
    }
}

/// Reads a source operand: a constant term, or an x or y register.
@inline(__always)
func source(_ word: UInt64, _ x: UnsafeMutablePointer<Term>, _ p: Process) -> Term {
    source(word, x, p.stackTop)
}

/// Writes a destination operand (an x or y register).
@inline(__always)
func store(_ word: UInt64, _ value: Term, _ x: UnsafeMutablePointer<Term>, _ p: Process) {
    store(word, value, x, p.stackTop)
}

/// Reads a source operand, with the stack top at `sp`.
@inline(__always)
func source(_ word: UInt64, _ x: UnsafeMutablePointer<Term>, _ sp: UnsafeMutablePointer<Term>) -> Term {
    if word & 3 != 0 { return Term(raw: word) }
    let index = Int(truncatingIfNeeded: word &>> 4)
    return word & 4 == 0 ? x[index] : sp[index]
}

/// Writes a destination operand, with the stack top at `sp`.
@inline(__always)
func store(_ word: UInt64, _ value: Term, _ x: UnsafeMutablePointer<Term>, _ sp: UnsafeMutablePointer<Term>) {
    let index = Int(truncatingIfNeeded: word &>> 4)
    if word & 4 == 0 { x[index] = value } else { sp[index] = value }
}

// MARK: - Packed fields

/// Packed field `n` (0...3) of a head word, as an index.
@inline(__always)
func field(_ word: UInt64, _ n: Int) -> Int {
    Int(truncatingIfNeeded: (word &>> UInt64(8 &+ 14 &* n)) & 0x3FFF)
}

/// The register an R field names: x or y, chosen without a branch.
@inline(__always)
func register(_ word: UInt64, _ n: Int, _ x: UnsafeMutablePointer<Term>, _ sp: UnsafeMutablePointer<Term>)
    -> UnsafeMutablePointer<Term> {
    let f = field(word, n)
    return (f & 1 == 0 ? x : sp) + (f &>> 1)
}

/// An untagged number operand word as an `Int`.
@inline(__always)
func int(_ word: UInt64) -> Int { Int(truncatingIfNeeded: word) }

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
