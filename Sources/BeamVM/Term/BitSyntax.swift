// The value encodings of the bit syntax: integers of any size in either byte order, IEEE
// floats of 16, 32 and 64 bits, and UTF-8/16/32 code points, read from and written to bit
// offsets of byte buffers.
//
// Little-endian integers whose size is not a whole number of bytes follow ERTS: the value's
// low bytes come first and the last, partial byte carries the value's top bits.

/// Segment flags, encoded as the compiler encodes field flags, plus two that the loader
/// adds: the size operand is `all`, or the size is a constant whose bits (size times unit)
/// replace the size operand.
enum SegmentFlags {
    static let little = 2
    static let signed = 4
    static let native = 16
    static let all = 64
    static let fixed = 128
}

/// Reading and writing segment values.
enum BitSyntax {
    // MARK: - Integers: writing

    /// Writes the low `bits` bits of an unsigned word. - Precondition: `bits <= 64`.
    @inline(__always)
    static func writeWord(_ value: UInt64, bits: Int, little: Bool, to base: UnsafeMutablePointer<UInt8>, at offset: Int) {
        if offset & 7 == 0 && bits & 7 == 0 {
            var out = base + (offset >> 3)
            if little {
                var v = value
                for _ in 0..<(bits >> 3) {
                    out.pointee = UInt8(truncatingIfNeeded: v)
                    out += 1
                    v >>= 8
                }
            } else {
                var shift = bits - 8
                while shift >= 0 {
                    out.pointee = UInt8(truncatingIfNeeded: value >> UInt64(shift))
                    out += 1
                    shift -= 8
                }
            }
            return
        }
        writeUnalignedWord(value, bits: bits, little: little, to: base, at: offset)
    }

    @inline(never)
    static func writeUnalignedWord(_ value: UInt64, bits: Int, little: Bool, to base: UnsafeMutablePointer<UInt8>, at offset: Int) {
        if bits == 0 { return }
        var word: UInt64
        if !little {
            word = (value << UInt64(64 - bits)).bigEndian
        } else {
            let rest = bits & 7
            word = value.littleEndian
            if rest != 0 {
                // The partial last byte holds the value's top bits, left-aligned.
                let last = bits >> 3
                let top = UInt64(UInt8(truncatingIfNeeded: value >> UInt64(last * 8)) << UInt8(8 - rest))
                let clear = ~(UInt64(0xFF) << UInt64(last * 8))
                word = ((value & clear) | top << UInt64(last * 8)).littleEndian
            }
        }
        withUnsafeBytes(of: &word) { raw in
            BitCopy.copy(from: raw.baseAddress!.assumingMemoryBound(to: UInt8.self), 0, to: base, offset, count: bits)
        }
    }

    /// Writes the low `bits` bits of an integer term (two's complement for negative values).
    /// - Precondition: `value.isInteger`.
    static func writeInteger(_ value: Term, bits: Int, little: Bool, to base: UnsafeMutablePointer<UInt8>, at offset: Int) {
        if value.isSmall && bits <= 64 {
            writeWord(UInt64(bitPattern: Int64(value.smallValue)), bits: bits, little: little, to: base, at: offset)
            return
        }
        guard bits > 0 else { return }
        let count = (bits + 7) >> 3
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: count) { buffer in
            let bytes = buffer.baseAddress!
            twosComplementBytes(value, into: bytes, count: count)
            writeLittleEndianBytes(bytes, count: count, bits: bits, little: little, to: base, at: offset)
        }
    }

    /// Fills `count` bytes with the low bytes of an integer in two's complement, least
    /// significant first, sign-extending as needed.
    static func twosComplementBytes(_ value: Term, into bytes: UnsafeMutablePointer<UInt8>, count: Int) {
        if value.isSmall {
            let v = Int64(value.smallValue)
            for i in 0..<count { bytes[i] = i < 8 ? UInt8(truncatingIfNeeded: v >> Int64(i * 8)) : (v < 0 ? 0xFF : 0) }
            return
        }
        Integers.withMagnitude(value) { negative, limbs in
            for i in 0..<count {
                let limb = i >> 3
                bytes[i] = limb < limbs.count ? UInt8(truncatingIfNeeded: limbs[limb] >> UInt64((i & 7) * 8)) : 0
            }
            if negative { negateBytes(bytes, count: count) }
        }
    }

    /// Two's complement negation of a little-endian byte string, in place.
    static func negateBytes(_ bytes: UnsafeMutablePointer<UInt8>, count: Int) {
        var carry = true
        for i in 0..<count {
            let inverted = ~bytes[i]
            bytes[i] = carry ? inverted &+ 1 : inverted
            if carry && inverted != 0xFF { carry = false }
        }
    }

    @inline(__always)
    static func reverseBytes(_ bytes: UnsafeMutablePointer<UInt8>, count: Int) {
        var i = 0, j = count - 1
        while i < j {
            let t = bytes[i]
            bytes[i] = bytes[j]
            bytes[j] = t
            i += 1
            j -= 1
        }
    }

    /// Writes the low `bits` bits of a little-endian byte string (which it may reorder).
    static func writeLittleEndianBytes(_ bytes: UnsafeMutablePointer<UInt8>, count: Int, bits: Int, little: Bool,
                                       to base: UnsafeMutablePointer<UInt8>, at offset: Int) {
        let rest = bits & 7
        if little {
            if rest != 0 { bytes[count - 1] <<= UInt8(8 - rest) }
            BitCopy.copy(from: bytes, 0, to: base, offset, count: bits)
        } else {
            reverseBytes(bytes, count: count)
            BitCopy.copy(from: bytes, count * 8 - bits, to: base, offset, count: bits)
        }
    }

    // MARK: - Integers: reading

    /// Reads `bits` (at most 64) bits as an unsigned word.
    @inline(__always)
    static func readWord(_ base: UnsafePointer<UInt8>, at offset: Int, bits: Int, little: Bool) -> UInt64 {
        if offset & 7 == 0 && bits & 7 == 0 {
            var p = base + (offset >> 3)
            var value: UInt64 = 0
            if little {
                for i in 0..<(bits >> 3) {
                    value |= UInt64(p.pointee) << UInt64(i * 8)
                    p += 1
                }
            } else {
                for _ in 0..<(bits >> 3) {
                    value = value << 8 | UInt64(p.pointee)
                    p += 1
                }
            }
            return value
        }
        return readUnalignedWord(base, at: offset, bits: bits, little: little)
    }

    @inline(never)
    static func readUnalignedWord(_ base: UnsafePointer<UInt8>, at offset: Int, bits: Int, little: Bool) -> UInt64 {
        if bits == 0 { return 0 }
        var value: UInt64 = 0
        if !little {
            var bit = offset
            var left = bits
            while left >= 8 {
                value = value << 8 | UInt64(BitCopy.readByte(base, bit))
                bit += 8
                left -= 8
            }
            if left > 0 { value = value << UInt64(left) | UInt64(BitCopy.read(base, bit, left)) }
            return value
        }
        let whole = bits >> 3
        var bit = offset
        for i in 0..<whole {
            value |= UInt64(BitCopy.readByte(base, bit)) << UInt64(i * 8)
            bit += 8
        }
        let rest = bits & 7
        if rest > 0 { value |= UInt64(BitCopy.read(base, bit, rest)) << UInt64(whole * 8) }
        return value
    }

    /// Reads `bits` bits as an integer term (a bignum when it does not fit a small integer).
    static func readInteger(_ p: Process, _ base: UnsafePointer<UInt8>, at offset: Int, bits: Int, flags: Int) -> Term {
        let little = flags & SegmentFlags.little != 0
        let signed = flags & SegmentFlags.signed != 0
        if bits <= 64 {
            var word = readWord(base, at: offset, bits: bits, little: little)
            if signed {
                if bits < 64 && bits > 0 && word >> UInt64(bits - 1) & 1 == 1 { word |= ~0 << UInt64(bits) }
                let value = Int64(bitPattern: word)
                if Term.fitsSmall(Int(value)) { return .small(Int(value)) }
                return Integers.make(p, Int(value))
            }
            if word <= UInt64(Term.smallMax) { return .small(Int(word)) }
            return Integers.make(p, unsigned: word)
        }
        let count = (bits + 7) >> 3
        let limbCount = (count + 7) >> 3
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: limbCount * 8) { buffer in
            let bytes = buffer.baseAddress!
            bytes.initialize(repeating: 0, count: limbCount * 8)
            let rest = bits & 7
            if little {
                BitCopy.copy(from: base, offset, to: bytes, 0, count: bits)
                if rest != 0 { bytes[count - 1] >>= UInt8(8 - rest) }
            } else {
                BitCopy.copy(from: base, offset, to: bytes, count * 8 - bits, count: bits)
                reverseBytes(bytes, count: count)
            }
            var negative = false
            if signed {
                let top = rest == 0 ? 7 : rest - 1
                if bytes[count - 1] >> UInt8(top) & 1 == 1 {
                    negative = true
                    if rest != 0 { bytes[count - 1] |= UInt8(truncatingIfNeeded: 0xFF << rest) }
                    negateBytes(bytes, count: count)
                }
            }
            return withUnsafeTemporaryAllocation(of: UInt64.self, capacity: limbCount) { limbs in
                let raw = UnsafeRawPointer(bytes)
                for i in 0..<limbCount { limbs[i] = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i * 8, as: UInt64.self)) }
                var used = limbCount
                while used > 0 && limbs[used - 1] == 0 { used -= 1 }
                return Integers.make(p, negative: negative, UnsafeBufferPointer(start: limbs.baseAddress, count: used))
            }
        }
    }

    // MARK: - Floats

    /// The bit pattern of a number as an IEEE float of `bits` (16, 32 or 64) bits, or nil when
    /// a bignum is too large for a double.
    static func floatPattern(_ value: Term, bits: Int) -> UInt64? {
        if value.isFloat {
            let d = value.floatValue
            switch bits {
            case 64: return d.bitPattern
            case 32: return UInt64(Float(d).bitPattern)
            default: return UInt64(Float16(d).bitPattern)
            }
        }
        if value.isSmall {
            let n = value.smallValue
            switch bits {
            case 64: return Double(n).bitPattern
            case 32: return UInt64(Float(n).bitPattern)
            default: return UInt64(Float16(Double(n)).bitPattern)
            }
        }
        guard let d = Integers.toDouble(value) else { return nil }
        switch bits {
        case 64: return d.bitPattern
        case 32: return UInt64(Float(d).bitPattern)
        default: return UInt64(Float16(d).bitPattern)
        }
    }

    /// The value of an IEEE float bit pattern, or nil when it is not finite (such floats
    /// do not match). - Precondition: `bits` is 16, 32 or 64.
    static func floatValue(_ pattern: UInt64, bits: Int) -> Double? {
        let value: Double
        switch bits {
        case 64: value = Double(bitPattern: pattern)
        case 32: value = Double(Float(bitPattern: UInt32(truncatingIfNeeded: pattern)))
        default: value = Double(Float16(bitPattern: UInt16(truncatingIfNeeded: pattern)))
        }
        return value.isFinite ? value : nil
    }

    // MARK: - Unicode

    /// Whether a term is a code point the UTF encodings accept.
    @inline(__always)
    static func isCodePoint(_ value: Term) -> Bool {
        guard value.isSmall else { return false }
        let c = value.smallValue
        return c >= 0 && c <= 0x10FFFF && !(c >= 0xD800 && c <= 0xDFFF)
    }

    /// Bytes of the UTF-8 encoding of a code point.
    @inline(__always)
    static func utf8Length(_ c: Int) -> Int { c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4 }

    /// Writes a code point as UTF-8 and returns the number of bits written.
    static func writeUTF8(_ c: Int, to base: UnsafeMutablePointer<UInt8>, at offset: Int) -> Int {
        var word: UInt64
        let length = utf8Length(c)
        switch length {
        case 1: word = UInt64(c)
        case 2: word = UInt64(0xC0 | c >> 6) << 8 | UInt64(0x80 | c & 0x3F)
        case 3: word = UInt64(0xE0 | c >> 12) << 16 | UInt64(0x80 | c >> 6 & 0x3F) << 8 | UInt64(0x80 | c & 0x3F)
        default:
            word = UInt64(0xF0 | c >> 18) << 24 | UInt64(0x80 | c >> 12 & 0x3F) << 16
                | UInt64(0x80 | c >> 6 & 0x3F) << 8 | UInt64(0x80 | c & 0x3F)
        }
        writeWord(word, bits: length * 8, little: false, to: base, at: offset)
        return length * 8
    }

    /// Bits of the UTF-16 encoding of a code point.
    @inline(__always)
    static func utf16Bits(_ c: Int) -> Int { c < 0x10000 ? 16 : 32 }

    /// Writes a code point as UTF-16 and returns the number of bits written.
    static func writeUTF16(_ c: Int, little: Bool, to base: UnsafeMutablePointer<UInt8>, at offset: Int) -> Int {
        if c < 0x10000 {
            writeWord(UInt64(c), bits: 16, little: little, to: base, at: offset)
            return 16
        }
        let v = c - 0x10000
        writeWord(UInt64(0xD800 | v >> 10), bits: 16, little: little, to: base, at: offset)
        writeWord(UInt64(0xDC00 | v & 0x3FF), bits: 16, little: little, to: base, at: offset + 16)
        return 32
    }

    /// Decodes a UTF-8 code point at `offset`, with `available` bits left; returns the code
    /// point and the bits it took, or nil for an invalid or truncated sequence.
    static func readUTF8(_ base: UnsafePointer<UInt8>, at offset: Int, available: Int) -> (Int, Int)? {
        guard available >= 8 else { return nil }
        let first = Int(BitCopy.readByte(base, offset))
        if first < 0x80 { return (first, 8) }
        let length: Int
        switch first {
        case 0xC2...0xDF: length = 2
        case 0xE0...0xEF: length = 3
        case 0xF0...0xF4: length = 4
        default: return nil
        }
        guard available >= length * 8 else { return nil }
        var c = first & (0x7F >> length)
        for i in 1..<length {
            let next = Int(BitCopy.readByte(base, offset + 8 * i))
            guard next & 0xC0 == 0x80 else { return nil }
            c = c << 6 | next & 0x3F
        }
        switch length {
        case 3: guard c >= 0x800 && !(c >= 0xD800 && c <= 0xDFFF) else { return nil }
        case 4: guard c >= 0x10000 && c <= 0x10FFFF else { return nil }
        default: break
        }
        return (c, length * 8)
    }

    /// Decodes a UTF-16 code point; returns it and the bits it took, or nil.
    static func readUTF16(_ base: UnsafePointer<UInt8>, at offset: Int, available: Int, little: Bool) -> (Int, Int)? {
        guard available >= 16 else { return nil }
        let w1 = Int(readWord(base, at: offset, bits: 16, little: little))
        if w1 < 0xD800 || w1 > 0xDFFF { return (w1, 16) }
        guard w1 <= 0xDBFF, available >= 32 else { return nil }
        let w2 = Int(readWord(base, at: offset + 16, bits: 16, little: little))
        guard w2 >= 0xDC00 && w2 <= 0xDFFF else { return nil }
        return (((w1 & 0x3FF) << 10 | w2 & 0x3FF) + 0x10000, 32)
    }

    /// Decodes a UTF-32 code point, or nil.
    static func readUTF32(_ base: UnsafePointer<UInt8>, at offset: Int, available: Int, little: Bool) -> Int? {
        guard available >= 32 else { return nil }
        let c = Int(readWord(base, at: offset, bits: 32, little: little))
        return c <= 0x10FFFF && !(c >= 0xD800 && c <= 0xDFFF) ? c : nil
    }
}
