import Testing
@testable import BeamVM

/// A deterministic pseudo-random sequence (xorshift), so failures reproduce.
struct BitRandom {
    var state: UInt64
    mutating func next() -> UInt64 {
        state ^= state << 13
        state ^= state >> 7
        state ^= state << 17
        return state
    }
    mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
}

/// Bit `i` (0 = most significant bit of byte 0) of a byte array.
func bitAt(_ bytes: [UInt8], _ i: Int) -> UInt8 { (bytes[i >> 3] >> (7 - UInt8(i & 7))) & 1 }

@Suite struct BitCopyTests {
    @Test func copyMatchesBitByBitReference() {
        var random = BitRandom(state: 0x9E37_79B9_7F4A_7C15)
        for _ in 0..<2000 {
            let source = (0..<12).map { _ in UInt8(truncatingIfNeeded: random.next()) }
            var destination = (0..<12).map { _ in UInt8(truncatingIfNeeded: random.next()) }
            let original = destination
            let count = random.below(60)
            let from = random.below(96 - count)
            let to = random.below(96 - count)
            source.withUnsafeBufferPointer { s in
                destination.withUnsafeMutableBufferPointer { d in
                    BitCopy.copy(from: s.baseAddress!, from, to: d.baseAddress!, to, count: count)
                }
            }
            for i in 0..<96 {
                let expected = i >= to && i < to + count ? bitAt(source, from + i - to) : bitAt(original, i)
                #expect(bitAt(destination, i) == expected, "bit \(i) after copying \(count) bits \(from) -> \(to)")
            }
        }
    }

    @Test func equalComparesUnalignedRuns() {
        let a: [UInt8] = [0b1011_0011, 0b1100_1010, 0b0101_0101]
        // The same bits shifted right by 3.
        let b: [UInt8] = [0b0001_0110, 0b0111_1001, 0b0100_1010, 0b1010_0000]
        a.withUnsafeBufferPointer { pa in
            b.withUnsafeBufferPointer { pb in
                #expect(BitCopy.equal(pa.baseAddress!, 0, pb.baseAddress!, 3, count: 24))
                #expect(!BitCopy.equal(pa.baseAddress!, 0, pb.baseAddress!, 2, count: 24))
                #expect(BitCopy.equal(pa.baseAddress!, 5, pb.baseAddress!, 8, count: 13))
            }
        }
    }
}

@Suite struct BitSyntaxIntegerTests {
    /// Writes then reads back integers of every size up to 130 bits at every bit offset
    /// modulo 8, in both byte orders, and checks the big-endian bits against the value.
    @Test func roundTripsSmallValues() {
        let p = Process(serial: 1)
        let values = [0, 1, -1, 5, -5, 127, -128, 255, 0x1234_5678_9ABC, -0x1234_5678_9ABC, Term.smallMax, Term.smallMin]
        for value in values {
            for bits in [1, 3, 8, 12, 16, 31, 32, 33, 59, 60, 63, 64, 65, 100, 130] {
                for offset in 0..<8 {
                    for little in [false, true] {
                        var buffer = [UInt8](repeating: 0xA5, count: 32)
                        buffer.withUnsafeMutableBufferPointer { b in
                            BitSyntax.writeInteger(.small(value), bits: bits, little: little, to: b.baseAddress!, at: offset)
                        }
                        for i in 0..<offset { #expect(bitAt(buffer, i) == bitAt([0xA5], i), "prefix bit \(i) kept") }
                        let flags = (little ? SegmentFlags.little : 0)
                        let unsigned = buffer.withUnsafeBufferPointer { b in
                            BitSyntax.readInteger(p, b.baseAddress!, at: offset, bits: bits, flags: flags)
                        }
                        let signed = buffer.withUnsafeBufferPointer { b in
                            BitSyntax.readInteger(p, b.baseAddress!, at: offset, bits: bits, flags: flags | SegmentFlags.signed)
                        }
                        let truncated = bits >= 64 ? value : (value << (64 - bits)) >> (64 - bits)
                        if bits <= 64 || value >= 0 {
                            #expect(TermOrder.exactlyEqual(signed, Integers.make(p, truncated)), "\(value):\(bits) signed")
                        } else {
                            #expect(TermOrder.exactlyEqual(signed, Integers.make(p, value)), "\(value):\(bits) signed wide")
                        }
                        if value >= 0 && bits >= 64 {
                            #expect(TermOrder.exactlyEqual(unsigned, Integers.make(p, value)), "\(value):\(bits) unsigned")
                        }
                        if !little {
                            for i in 0..<min(bits, 64) {
                                let expected = UInt8(truncatingIfNeeded: (value >> (bits - 1 - i >= 64 ? 63 : bits - 1 - i)) & 1)
                                #expect(bitAt(buffer, offset + i) == expected, "\(value):\(bits) bit \(i)")
                            }
                        }
                    }
                }
            }
        }
    }

    /// Little-endian fields that are not whole bytes keep the value's top bits in the
    /// last, partial byte (as ERTS does): `<<16#ABC:12/little>>` is `<<16#BC, 16#A:4>>`.
    @Test func littleEndianPartialByte() {
        var buffer = [UInt8](repeating: 0, count: 2)
        buffer.withUnsafeMutableBufferPointer { b in
            BitSyntax.writeInteger(.small(0xABC), bits: 12, little: true, to: b.baseAddress!, at: 0)
        }
        #expect(buffer == [0xBC, 0xA0])
    }

    @Test func bignumsRoundTrip() {
        let p = Process(serial: 1)
        let big = Integers.shift(p, .small(0x1234_5678_9ABC_DEF1), by: 70)
        let negative = Integers.negate(p, big)
        for value in [big, negative] {
            for offset in [0, 3] {
                for little in [false, true] {
                    var buffer = [UInt8](repeating: 0, count: 24)
                    buffer.withUnsafeMutableBufferPointer { b in
                        BitSyntax.writeInteger(value, bits: 140, little: little, to: b.baseAddress!, at: offset)
                    }
                    let back = buffer.withUnsafeBufferPointer { b in
                        BitSyntax.readInteger(p, b.baseAddress!, at: offset, bits: 140,
                                              flags: SegmentFlags.signed | (little ? SegmentFlags.little : 0))
                    }
                    #expect(TermOrder.exactlyEqual(back, value))
                }
            }
        }
    }
}

@Suite struct BitSyntaxFloatAndUnicodeTests {
    @Test func floatPatterns() {
        let p = Process(serial: 1)
        #expect(BitSyntax.floatPattern(p.float(1.5), bits: 64) == 1.5.bitPattern)
        #expect(BitSyntax.floatPattern(p.float(1.5), bits: 32) == UInt64(Float(1.5).bitPattern))
        #expect(BitSyntax.floatPattern(p.float(1.5), bits: 16) == 0x3E00)
        #expect(BitSyntax.floatPattern(p.float(1.0e300), bits: 16) == 0x7C00, "overflow writes infinity, as ERTS")
        #expect(BitSyntax.floatValue(0x7C00, bits: 16) == nil, "infinity does not match")
        #expect(BitSyntax.floatValue(0x3C00, bits: 16) == 1.0)
    }

    @Test func utf8Decoding() {
        let valid: [[UInt8]] = [[0x41], [0xC3, 0xA9], [0xE2, 0x82, 0xAC], [0xF0, 0x9F, 0x98, 0x80]]
        let invalid: [[UInt8]] = [[0x80], [0xC0, 0x80], [0xE0, 0x80, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xC3]]
        for bytes in valid {
            let decoded = bytes.withUnsafeBufferPointer { BitSyntax.readUTF8($0.baseAddress!, at: 0, available: bytes.count * 8) }
            #expect(decoded?.1 == bytes.count * 8)
        }
        for bytes in invalid {
            let decoded = bytes.withUnsafeBufferPointer { BitSyntax.readUTF8($0.baseAddress!, at: 0, available: bytes.count * 8) }
            #expect(decoded == nil, "\(bytes) is not valid UTF-8")
        }
    }
}
