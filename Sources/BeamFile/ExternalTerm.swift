// A decoded external-term-format value: the literals of a module, its attributes and
// compile info, and what `binary_to_term` reads. It is a plain tree; the VM copies it onto
// a heap when it needs a runtime term.

/// An Erlang term decoded from the external term format.
///
/// Only the cases that hold a term directly are `indirect`, so that integers, atoms and
/// binaries cost no extra allocation.
public enum ExternalTerm: Equatable, Sendable {
    case integer(Int64)
    /// An integer outside the 64-bit range: sign and little-endian 64-bit limbs.
    case bigInteger(negative: Bool, limbs: [UInt64])
    case float(Double)
    /// An atom, by its UTF-8 name.
    case atom(String)
    case tuple([ExternalTerm])
    case `nil`
    /// A list: its elements and its tail (`.nil` for a proper list).
    indirect case list([ExternalTerm], tail: ExternalTerm)
    /// A bitstring: its bytes and the number of bits used in the last byte (8 when whole).
    case binary([UInt8], lastByteBits: Int)
    /// A map, in the order the pairs were encoded.
    case map([(key: ExternalTerm, value: ExternalTerm)])
    /// `fun Module:Function/Arity`.
    case export(module: String, function: String, arity: Int)
    /// A closure (NEW_FUN_EXT).
    indirect case closure(ExternalClosure)
    case pid(node: String, id: UInt32, serial: UInt32, creation: UInt32)
    case port(node: String, id: UInt64, creation: UInt32)
    case reference(node: String, creation: UInt32, ids: [UInt32])

    public static func == (lhs: ExternalTerm, rhs: ExternalTerm) -> Bool {
        switch (lhs, rhs) {
        case let (.integer(a), .integer(b)): return a == b
        case let (.bigInteger(n1, l1), .bigInteger(n2, l2)): return n1 == n2 && l1 == l2
        case let (.float(a), .float(b)): return a.bitPattern == b.bitPattern
        case let (.atom(a), .atom(b)): return a == b
        case let (.tuple(a), .tuple(b)): return a == b
        case (.nil, .nil): return true
        case let (.list(a, t1), .list(b, t2)): return a == b && t1 == t2
        case let (.binary(a, n1), .binary(b, n2)): return a == b && n1 == n2
        case let (.map(a), .map(b)):
            return a.count == b.count && zip(a, b).allSatisfy { $0.key == $1.key && $0.value == $1.value }
        case let (.export(m1, f1, a1), .export(m2, f2, a2)): return m1 == m2 && f1 == f2 && a1 == a2
        case let (.closure(a), .closure(b)): return a == b
        case let (.pid(n1, i1, s1, c1), .pid(n2, i2, s2, c2)): return n1 == n2 && i1 == i2 && s1 == s2 && c1 == c2
        case let (.port(n1, i1, c1), .port(n2, i2, c2)): return n1 == n2 && i1 == i2 && c1 == c2
        case let (.reference(n1, c1, i1), .reference(n2, c2, i2)): return n1 == n2 && c1 == c2 && i1 == i2
        default: return false
        }
    }
}

/// The fields of a NEW_FUN_EXT closure.
public struct ExternalClosure: Equatable, Sendable {
    public var arity: Int
    public var uniq: [UInt8]
    public var index: Int
    public var module: String
    public var oldIndex: ExternalTerm
    public var oldUniq: ExternalTerm
    public var pid: ExternalTerm
    public var freeVariables: [ExternalTerm]
}
