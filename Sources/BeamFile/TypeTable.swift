// The Type chunk (OTP 25+): the types the compiler proved for typed register operands.
//
// Version 1 (OTP 25): entries of 18 bytes: a 16-bit type union, then 64-bit min and max.
// Versions 2 and 4 (OTP 26, OTP 29): a 16-bit word with the union in bits 0-12 and flags
// for a lower bound (13), an upper bound (14) and a unit (15), followed by the values the
// flags announce (8, 8 and 1 bytes). Version 3 (OTP 27, 28) is version 2 with the union in
// bits 0-11 and the flags one bit lower. Union bit order per version differs; the table
// below normalises it.

/// The kinds of value a type may include, independent of the chunk version.
public struct TypeUnion: OptionSet, Sendable, Hashable {
    public let rawValue: UInt16
    public init(rawValue: UInt16) { self.rawValue = rawValue }

    public static let atom = TypeUnion(rawValue: 1 << 0)
    public static let bitstring = TypeUnion(rawValue: 1 << 1)
    public static let matchState = TypeUnion(rawValue: 1 << 2)
    public static let cons = TypeUnion(rawValue: 1 << 3)
    public static let float = TypeUnion(rawValue: 1 << 4)
    public static let fun = TypeUnion(rawValue: 1 << 5)
    public static let integer = TypeUnion(rawValue: 1 << 6)
    public static let map = TypeUnion(rawValue: 1 << 7)
    public static let `nil` = TypeUnion(rawValue: 1 << 8)
    public static let pid = TypeUnion(rawValue: 1 << 9)
    public static let port = TypeUnion(rawValue: 1 << 10)
    public static let reference = TypeUnion(rawValue: 1 << 11)
    public static let tuple = TypeUnion(rawValue: 1 << 12)
    public static let record = TypeUnion(rawValue: 1 << 13)
}

/// One entry of the Type chunk.
public struct BeamType: Equatable, Sendable {
    public var union: TypeUnion
    public var min: Int64?
    public var max: Int64?
    public var unit: Int?
}

/// The decoded Type chunk.
public struct TypeTable: Equatable, Sendable {
    public var version: Int
    /// The entries; empty when the chunk's version is unknown (types are only hints).
    public var entries: [BeamType]
}

extension ByteReader {
    mutating func typeTable() throws(BeamLoadError) -> TypeTable {
        let version = Int(try i32())
        guard (1...4).contains(version) else { return TypeTable(version: version, entries: []) }
        let count = try count(minimumItemSize: 2, what: "type")
        var entries: [BeamType] = []
        entries.reserveCapacity(count)
        for _ in 0..<count {
            let word = try u16()
            if version == 1 {
                let min = Int64(bitPattern: try u64()), max = Int64(bitPattern: try u64())
                let bounded = min <= max
                entries.append(BeamType(union: Self.normalise(word & 0x1FFF, version: 1),
                                        min: bounded ? min : nil, max: bounded ? max : nil, unit: nil))
                continue
            }
            let flagShift: UInt16 = version == 3 ? 12 : 13
            let union = Self.normalise(word & ((1 << flagShift) - 1), version: version)
            var type = BeamType(union: union, min: nil, max: nil, unit: nil)
            if word & (1 << flagShift) != 0 { type.min = Int64(bitPattern: try u64()) }
            if word & (1 << (flagShift + 1)) != 0 { type.max = Int64(bitPattern: try u64()) }
            if word & (1 << (flagShift + 2)) != 0 { type.unit = Int(try u8()) + 1 }
            entries.append(type)
        }
        return TypeTable(version: version, entries: entries)
    }

    /// Maps a version's union bits onto `TypeUnion`.
    static func normalise(_ bits: UInt16, version: Int) -> TypeUnion {
        // Versions 1 and 2 include the match-state bit at position 2; later versions drop it
        // and shift the rest down; version 4 adds records at bit 12.
        let order: [TypeUnion]
        switch version {
        case 1, 2:
            order = [.atom, .bitstring, .matchState, .cons, .float, .fun, .integer, .map, .nil, .pid, .port, .reference, .tuple]
        case 3:
            order = [.atom, .bitstring, .cons, .float, .fun, .integer, .map, .nil, .pid, .port, .reference, .tuple]
        default:
            order = [.atom, .bitstring, .cons, .float, .fun, .integer, .map, .nil, .pid, .port, .reference, .tuple, .record]
        }
        var union: TypeUnion = []
        for (bit, kind) in order.enumerated() where bits & (1 << bit) != 0 { union.insert(kind) }
        return union
    }
}
