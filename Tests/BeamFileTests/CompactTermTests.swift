import BeamTestSupport
import Testing

@testable import BeamFile

/// The compact term encoding of instruction operands, at every size boundary.
@Suite struct CompactTermTests {
    typealias B = BeamBuilder
    static let limits = OperandLimits(atoms: 20, labels: 50, literals: 3, types: 4)

    func operand(_ bytes: [UInt8]) throws -> Operand {
        var reader = ByteReader(bytes, chunk: "Code")
        let result = try reader.operand(Self.limits)
        #expect(reader.isAtEnd, "operand did not use all of \(bytes)")
        return result
    }

    func operandError(_ bytes: [UInt8]) -> BeamLoadError? {
        var reader = ByteReader(bytes, chunk: "Code")
        do {
            _ = try reader.operand(Self.limits)
            return nil
        } catch {
            return error
        }
    }

    // MARK: - Sizes

    static let unsignedBoundaries: [Int] = [
        0, 1, 15, // one byte, value in the high nibble
        16, 0x7FF, // 11 bits: three bits in the first byte, eight in the next
        0x800, 0x7FFF, 0x8000, 0xFFFF, 0x10000, // two or three bytes (a leading 0 keeps the sign bit clear)
        0x7F_FFFF, 0x80_0000, 0x7FFF_FFFF, 0x8000_0000, 0xFFFF_FFFF,
        0x7FFF_FFFF_FFFF, 0x0080_0000_0000_0000, 0x7FFF_FFFF_FFFF_FFFF, // up to 8 bytes
    ]

    @Test(arguments: unsignedBoundaries)
    func integerBoundaries(_ value: Int) throws {
        #expect(try operand(B.compact(.i, value)) == .integer(Int64(value)))
        #expect(try operand(B.compact(.i, -value)) == .integer(Int64(-value)))
        if value < 1 << 31 { #expect(try operand(B.compact(.u, value)) == .unsigned(value)) }
    }

    @Test func encodedLengthsFollowTheAssembler() {
        #expect(B.compact(.u, 15) == [0xF0])
        #expect(B.compact(.u, 16) == [0x08, 0x10])
        #expect(B.compact(.i, 0x7FF) == [0xE9, 0xFF])
        #expect(B.compact(.i, 0x800) == [0x19, 0x08, 0x00])
        #expect(B.compact(.i, 0x8000) == [0x39, 0x00, 0x80, 0x00])
        #expect(B.compact(.i, -1) == [0x19, 0xFF, 0xFF])
        #expect(B.compact(.i, -0x8000) == [0x19, 0x80, 0x00])
        #expect(B.compact(.i, -0x8001) == [0x39, 0xFF, 0x7F, 0xFF])
        #expect(B.compact(.i, Int.max) == [0xD9, 0x7F, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF])
        #expect(B.compact(.i, Int.min) == [0xD9, 0x80, 0, 0, 0, 0, 0, 0, 0])
    }

    @Test func ninePlusBytesUseTheNestedLength() throws {
        // 2^63: a leading zero byte makes 9 bytes, so the length is a nested `u` of 9 - 9 = 0.
        let twoTo63 = [0xF9, 0x00, 0x00, 0x80] + [UInt8](repeating: 0, count: 7)
        #expect(try operand(twoTo63) == .bigInteger(negative: false, limbs: [0x8000_0000_0000_0000]))
        // 2^64 = 01 00..00 (9 bytes)
        #expect(try operand(B.compactBytes(.i, [1] + [UInt8](repeating: 0, count: 8)))
                == .bigInteger(negative: false, limbs: [0, 1]))
        // -(2^64) = FF 00..00 (9 bytes, two's complement)
        #expect(try operand(B.compactBytes(.i, [0xFF] + [UInt8](repeating: 0, count: 8)))
                == .bigInteger(negative: true, limbs: [0, 1]))
        // -(2^64 + 1)
        #expect(try operand(B.compactBytes(.i, [0xFE] + [UInt8](repeating: 0xFF, count: 8)))
                == .bigInteger(negative: true, limbs: [1, 1]))
        // 2^1000: 126 bytes, the nested length (117) itself takes two bytes.
        var big = [UInt8](repeating: 0, count: 126)
        big[0] = 1
        let encoded = B.compactBytes(.i, big)
        #expect(encoded.prefix(3) == [0xF9, 0x08, 0x75])
        var limbs = [UInt64](repeating: 0, count: 16)
        limbs[15] = 1 << 40
        #expect(try operand(encoded) == .bigInteger(negative: false, limbs: limbs))
    }

    @Test func int64ExtremesStayIntegers() throws {
        #expect(try operand(B.compact(.i, Int.min)) == .integer(Int64.min))
        #expect(try operand(B.compact(.i, Int.max)) == .integer(Int64.max))
        // Nine bytes whose value still fits 64 bits.
        #expect(try operand(B.compactBytes(.i, [0xFF, 0x80, 0, 0, 0, 0, 0, 0, 0])) == .integer(Int64.min))
        #expect(try operand(B.compactBytes(.i, [0x00, 0x00, 0, 0, 0, 0, 0, 0, 5])) == .integer(5))
    }

    @Test func deterministicRoundTrips() throws {
        var random = SplitMix64(seed: 42)
        for _ in 0..<2000 {
            let bits = Int(random.next() % 63)
            let value = Int(random.next() >> UInt64(64 - max(bits, 1)))
            let signed = random.next() & 1 == 0 ? value : -value
            #expect(try operand(B.compact(.i, signed)) == .integer(Int64(signed)))
        }
    }

    // MARK: - Tags

    @Test func everyTag() throws {
        #expect(try operand(B.compact(.u, 7)) == .unsigned(7))
        #expect(try operand(B.compact(.a, 0)) == .nil)
        #expect(try operand(B.compact(.a, 20)) == .atom(20))
        #expect(try operand(B.compact(.x, 0)) == .x(0))
        #expect(try operand(B.compact(.x, 1023)) == .x(1023))
        #expect(try operand(B.compact(.y, 300)) == .y(300))
        #expect(try operand(B.compact(.f, 49)) == .label(49))
        #expect(try operand(B.compact(.h, 0x10FFFF)) == .char(0x10FFFF))
    }

    @Test func everyExtendedTag() throws {
        // 0: a float given inline (pre-R16B compilers)
        #expect(try operand(B.extended(0) + B.u64((2.5).bitPattern)) == .float(2.5))
        // 1: a list
        #expect(try operand(B.extended(1) + B.compact(.u, 3) + B.compact(.x, 1) + B.compact(.a, 2) + B.compact(.f, 7))
                == .list([.x(1), .atom(2), .label(7)]))
        #expect(try operand(B.extended(1) + B.compact(.u, 0)) == .list([]))
        // 2: a float register
        #expect(try operand(B.extended(2) + B.compact(.u, 5)) == .fr(5))
        // 3: an allocation list: words, floats, funs
        let alloc = B.extended(3) + B.compact(.u, 3) + B.compact(.u, 0) + B.compact(.u, 10)
            + B.compact(.u, 1) + B.compact(.u, 2) + B.compact(.u, 2) + B.compact(.u, 1)
        #expect(try operand(alloc) == .allocation(words: 10, floats: 2, funs: 1))
        // 4: a literal
        #expect(try operand(B.extended(4) + B.compact(.u, 2)) == .literal(2))
        // 5: a typed register
        #expect(try operand(B.extended(5) + B.compact(.x, 3) + B.compact(.u, 1)) == .typed(.x(3), type: 1))
        #expect(try operand(B.extended(5) + B.compact(.y, 0) + B.compact(.u, 3)) == .typed(.y(0), type: 3))
    }

    // MARK: - Bad operands

    @Test func badOperandsAreErrors() {
        let cases: [(String, [UInt8], BeamLoadError.Kind)] = [
            ("empty", [], .truncated),
            ("11-bit form cut short", [0x08], .truncated),
            ("multi-byte form cut short", [0x39, 0x00], .truncated),
            ("atom out of range", B.compact(.a, 21), .badIndex),
            ("label out of range", B.compact(.f, 50), .badIndex),
            ("x register too high", B.compact(.x, 1024), .badIndex),
            ("y register too high", B.compact(.y, 5000), .badIndex),
            ("negative register", B.compact(.x, -1), .badCompactTerm),
            ("negative untagged value", B.compact(.u, -5), .badCompactTerm),
            ("character beyond Unicode", B.compact(.h, 0x110000), .badCompactTerm),
            ("big value for a register", B.compactBytes(.x, [1] + [UInt8](repeating: 0, count: 8)), .badCompactTerm),
            ("unknown extended tag", B.extended(6), .badCompactTerm),
            ("extended tag far out", B.extended(300), .badCompactTerm),
            ("literal out of range", B.extended(4) + B.compact(.u, 3), .badIndex),
            ("float register too high", B.extended(2) + B.compact(.u, 1024), .badCompactTerm),
            ("typed non-register", B.extended(5) + B.compact(.a, 1) + B.compact(.u, 0), .badCompactTerm),
            ("type out of range", B.extended(5) + B.compact(.x, 1) + B.compact(.u, 4), .badIndex),
            ("nested list", B.extended(1) + B.compact(.u, 1) + B.extended(1) + B.compact(.u, 0), .badCompactTerm),
            ("list longer than the data", B.extended(1) + B.compact(.u, 100) + B.compact(.x, 1), .badCompactTerm),
            ("list count huge", B.extended(1) + B.compactBytes(.u, [0x7F, 0xFF, 0xFF, 0xFF]), .badCompactTerm),
            ("allocation list too long", B.extended(3) + B.compact(.u, 4), .badCompactTerm),
            ("allocation kind unknown", B.extended(3) + B.compact(.u, 1) + B.compact(.u, 3) + B.compact(.u, 1), .badCompactTerm),
            ("float cut short", B.extended(0) + [0x40, 0x04], .truncated),
            ("nested length prefix not a number", [0xF9, 0x13] + [UInt8](repeating: 0, count: 12), .badCompactTerm),
            ("nested length past the end", [0xF9, 0x08, 0xFF], .truncated),
        ]
        for (name, bytes, kind) in cases {
            let error = operandError(bytes)
            #expect(error?.kind == kind, "\(name): \(bytes) gave \(String(describing: error))")
            if let error {
                #expect(error.chunk == "Code", "\(name)")
                #expect(!error.description.contains("\n"), "\(name)")
            }
        }
    }

    @Test func rawValuesWithoutInterpretation() throws {
        var reader = ByteReader(B.compact(.a, 700) + B.compact(.i, -3), chunk: "Line")
        let atom = try reader.rawCompact()
        #expect(atom.tag == .a && atom.value == 700)
        let integer = try reader.rawCompact()
        #expect(integer.tag == .i && integer.value == -3)
        var unsigned = ByteReader(B.compact(.u, 300) + B.compact(.u, 300), chunk: "AtU8")
        #expect(try unsigned.compactUnsigned(limit: 300, what: "length") == 300)
        #expect(throws: BeamLoadError.self) { try unsigned.compactUnsigned(limit: 299, what: "length") }
    }

    // MARK: - Skipping while indexing

    /// Indexing skips common instructions over their raw bytes: on `badmatch Operand`
    /// followed by int_code_end, the skipper consumes the instruction exactly when decoding
    /// accepts the operand, and stops at int_code_end.
    @Test func skippingAgreesWithDecoding() throws {
        var encodings: [[UInt8]] = []
        for tag in [B.Tag.u, .i, .a, .x, .y, .f] {
            for value in Self.unsignedBoundaries + [19, 20, 49, 50, 1023, 1024] {
                encodings.append(B.compact(tag, value))
                encodings.append(B.compact(tag, -value - 1))
            }
        }
        for register in [B.compact(.x, 3), B.compact(.y, 1023), B.compact(.y, 1024), B.compact(.x, 0x8000), B.compact(.a, 1)] {
            for type in [0, 3, 4] { encodings.append(B.extended(5) + register + B.compact(.u, type)) } // typed registers
        }
        encodings.append([0x47] + B.compact(.u, 2)) // literal 2
        encodings.append([0x47] + B.compact(.u, 3)) // literal 3: out of range
        encodings.append(B.extended(1) + B.compact(.u, 3) + B.compact(.i, 0x8000) + B.compact(.f, 49) + B.compact(.x, 3))
        encodings.append(B.extended(1) + B.compact(.u, 2) + [0x47] + B.compact(.u, 1) + B.extended(5) + B.compact(.y, 2) + B.compact(.u, 1))
        encodings.append(B.extended(1) + B.compact(.u, 2) + B.compact(.i, 0x8000) + B.compact(.f, 50))
        var accepted = 0
        for bytes in encodings {
            let code = [72] + bytes + [3]
            var position = 0, instructions = 0, operands = 0
            var runStart: Int?
            code.withUnsafeBufferPointer {
                InstructionSkipper(bytes: $0, end: code.count, limits: Self.limits)
                    .skip(from: &position, instructions: &instructions, operands: &operands, runStart: &runStart)
            }
            let valid = operandError(bytes) == nil
            if valid { accepted += 1 }
            #expect(position == (valid ? code.count - 1 : 0), "the skipper misread \(bytes)")
            #expect(instructions == (valid ? 1 : 0), "the skipper misread \(bytes)")
        }
        #expect(accepted > 100)
    }
}
