// Decoding of the compact term encoding used for instruction operands (and for the line
// table). Layout of the first byte:
//
//   7 6 5 4 3 2 1 0
//   value   0 tag        value < 16 in the high nibble
//   hi  0 1   tag        11-bit value: 3 high bits here, 8 low bits in the next byte
//   len 1 1   tag        len + 2 big-endian bytes follow (len = 7: a nested `u` gives len - 9)
//
// Tags: 0 u, 1 i, 2 a, 3 x, 4 y, 5 f (label), 6 h (char), 7 z (extended; value selects
// 0 float, 1 list, 2 float register, 3 allocation list, 4 literal, 5 typed register).

/// The raw tag of a compact term.
enum CompactTag: UInt8 {
    case u = 0, i, a, x, y, f, h, z
}

/// A compact term before interpretation: its tag and either a small value or a big one.
struct RawCompact {
    var tag: CompactTag
    /// The value when it fits a signed 64-bit word.
    var value: Int64
    /// Big-endian two's complement bytes when the value does not fit 64 bits.
    var big: ArraySlice<UInt8>?
}

/// The largest register number (x, y or float) the VM accepts, as ERTS does.
public let maxRegisters = 1024

extension ByteReader {
    /// Reads one compact term (without interpreting extended tags).
    mutating func rawCompact() throws(BeamLoadError) -> RawCompact {
        let start = offset
        let first = try u8()
        guard let tag = CompactTag(rawValue: first & 7) else {
            throw error(.badCompactTerm, "bad tag", at: start)
        }
        if first & 0x08 == 0 {
            return RawCompact(tag: tag, value: Int64(first >> 4))
        }
        if first & 0x10 == 0 {
            let low = try u8()
            return RawCompact(tag: tag, value: Int64(first >> 5) << 8 | Int64(low))
        }
        var length = Int(first >> 5)
        if length < 7 {
            length += 2
        } else {
            let prefix = try rawCompact()
            guard prefix.tag == .u, prefix.big == nil, prefix.value >= 0, prefix.value < 1 << 24 else {
                throw error(.badCompactTerm, "bad length prefix", at: start)
            }
            length = Int(prefix.value) + 9
        }
        if length <= 8 {
            try need(length)
            var value: UInt64 = 0
            for i in offset..<offset + length { value = value << 8 | UInt64(bytes[i]) }
            skipChecked(length)
            let shift = UInt64(64 - 8 * length)
            // Sign-extend: multi-byte values are two's complement.
            let signed = length == 8 ? Int64(bitPattern: value) : Int64(bitPattern: value << shift) >> Int64(shift)
            if tag != .i && signed < 0 {
                throw error(.badCompactTerm, "negative value for tag \(tag)", at: start)
            }
            return RawCompact(tag: tag, value: signed)
        }
        guard tag == .i else {
            throw error(.badCompactTerm, "value too large for tag \(tag)", at: start)
        }
        return RawCompact(tag: tag, value: 0, big: try bytes(length))
    }

    /// Reads a non-negative `u`-tagged number bounded by `limit`.
    mutating func compactUnsigned(limit: Int = Int(Int32.max), what: String) throws(BeamLoadError) -> Int {
        let start = offset
        let raw = try rawCompact()
        guard raw.tag == .u, raw.big == nil, raw.value >= 0, raw.value <= Int64(limit) else {
            throw error(.badCompactTerm, "expected a number for \(what)", at: start)
        }
        return Int(raw.value)
    }

    /// Reads one operand, resolving extended tags and checking indexes against the
    /// module's tables.
    mutating func operand(_ limits: OperandLimits) throws(BeamLoadError) -> Operand {
        if let operand = shortOperand(limits) { return operand }
        let start = offset
        let raw = try rawCompact()
        func index(_ what: String, below bound: Int) throws(BeamLoadError) -> Int {
            guard raw.big == nil, raw.value >= 0, raw.value < Int64(bound) else {
                throw error(.badIndex, "\(what) \(raw.value) out of range (limit \(bound))", at: start)
            }
            return Int(raw.value)
        }
        switch raw.tag {
        case .u:
            guard raw.big == nil else { throw error(.badCompactTerm, "untagged value too large", at: start) }
            return .unsigned(Int(raw.value))
        case .i:
            if let big = raw.big { return try bigInteger(big, at: start) }
            return .integer(raw.value)
        case .a:
            if raw.value == 0 { return .nil }
            return .atom(try index("atom", below: limits.atoms + 1))
        case .x: return .x(try index("x register", below: maxRegisters))
        case .y: return .y(try index("y register", below: maxRegisters))
        case .f: return .label(try index("label", below: limits.labels))
        case .h:
            guard raw.value <= 0x10FFFF else { throw error(.badCompactTerm, "bad character", at: start) }
            return .char(UInt32(raw.value))
        case .z:
            return try extended(Int(raw.value), at: start, limits)
        }
    }

    /// The operand at the reading position if it takes one or two bytes, is not extended
    /// and is valid; nil, having read nothing, otherwise (`operand` then reads it, and
    /// reports what is wrong). Most operands are short.
    @inline(__always)
    private mutating func shortOperand(_ limits: OperandLimits) -> Operand? {
        guard offset < end else { return nil }
        let first = bytes[offset]
        let value: Int, size: Int
        if first & 0x08 == 0 {
            value = Int(first >> 4)
            size = 1
        } else if first & 0x10 == 0, offset + 1 < end {
            value = Int(first >> 5) << 8 | Int(bytes[offset + 1])
            size = 2
        } else {
            return nil
        }
        let operand: Operand
        switch first & 7 {
        case CompactTag.u.rawValue: operand = .unsigned(value)
        case CompactTag.i.rawValue: operand = .integer(Int64(value))
        case CompactTag.a.rawValue:
            guard value <= limits.atoms else { return nil }
            operand = value == 0 ? .nil : .atom(value)
        case CompactTag.x.rawValue:
            guard value < maxRegisters else { return nil }
            operand = .x(value)
        case CompactTag.y.rawValue:
            guard value < maxRegisters else { return nil }
            operand = .y(value)
        case CompactTag.f.rawValue:
            guard value < limits.labels else { return nil }
            operand = .label(value)
        default:
            return nil
        }
        skipChecked(size)
        return operand
    }

    private mutating func extended(_ kind: Int, at start: Int, _ limits: OperandLimits) throws(BeamLoadError) -> Operand {
        switch kind {
        case 0:
            return .float(Double(bitPattern: try u64()))
        case 1:
            let count = try compactUnsigned(limit: remaining, what: "list length")
            var items: [Operand] = []
            items.reserveCapacity(count)
            for _ in 0..<count {
                let item = try operand(limits)
                if case .list = item { throw error(.badCompactTerm, "nested list", at: start) }
                items.append(item)
            }
            return .list(items)
        case 2:
            return .fr(try compactUnsigned(limit: maxRegisters - 1, what: "float register"))
        case 3:
            let count = try compactUnsigned(limit: 3, what: "allocation list length")
            var words = 0, floats = 0, funs = 0
            for _ in 0..<count {
                let kind = try compactUnsigned(limit: 2, what: "allocation kind")
                let amount = try compactUnsigned(limit: 1 << 28, what: "allocation amount")
                switch kind {
                case 0: words += amount
                case 1: floats += amount
                default: funs += amount
                }
            }
            // Each amount is below 2^28 and each kind is listed at most three times.
            return .allocation(words: Int32(words), floats: Int32(floats), funs: Int32(funs))
        case 4:
            let index = try compactUnsigned(what: "literal index")
            guard index < limits.literals else {
                throw error(.badIndex, "literal \(index) out of range (\(limits.literals) literals)", at: start)
            }
            return .literal(index)
        case 5:
            let register: Register
            switch try operand(limits) {
            case .x(let n): register = .x(UInt16(n))
            case .y(let n): register = .y(UInt16(n))
            default: throw error(.badCompactTerm, "typed operand is not a register", at: start)
            }
            let type = try compactUnsigned(what: "type index")
            guard type < max(limits.types, 1) else {
                throw error(.badIndex, "type \(type) out of range (\(limits.types) types)", at: start)
            }
            return .typed(register, type: UInt32(type))
        default:
            throw error(.badCompactTerm, "unknown extended tag \(kind)", at: start)
        }
    }

    private func bigInteger(_ bytes: ArraySlice<UInt8>, at start: Int) throws(BeamLoadError) -> Operand {
        guard bytes.count <= 1 << 20 else { throw error(.badCompactTerm, "integer too large", at: start) }
        let negative = bytes.first! & 0x80 != 0
        // Little-endian magnitude bytes.
        var magnitude = [UInt8](bytes.reversed())
        if negative {
            var carry: UInt16 = 1
            for i in magnitude.indices {
                let sum = UInt16(~magnitude[i]) + carry
                magnitude[i] = UInt8(truncatingIfNeeded: sum)
                carry = sum >> 8
            }
        }
        var limbs = [UInt64](repeating: 0, count: (magnitude.count + 7) / 8)
        for (i, byte) in magnitude.enumerated() { limbs[i / 8] |= UInt64(byte) << UInt64(8 * (i % 8)) }
        while let last = limbs.last, last == 0 { limbs.removeLast() }
        if limbs.count == 1, limbs[0] <= UInt64(Int64.max) {
            return .integer(negative ? -Int64(limbs[0]) : Int64(limbs[0]))
        }
        if limbs.count == 1, negative, limbs[0] == UInt64(Int64.max) + 1 {
            return .integer(Int64.min)
        }
        return .bigInteger(negative: negative, limbs: limbs)
    }
}

/// Table sizes that bound operand indexes.
struct OperandLimits {
    var atoms: Int
    var labels: Int
    var literals: Int
    var types: Int
}
