import BeamFile
import Testing
@testable import BeamVM

/// Terms built on a scratch process heap for the codec and hash tests.
struct SampleTerms {
    let p = Process(serial: 1)

    func big(negative: Bool, _ limbs: [UInt64]) -> Term {
        limbs.withUnsafeBufferPointer { Integers.make(p, negative: negative, $0) }
    }

    /// The terms, in the order of the ERTS reference values below.
    var all: [Term] {
        [.small(0), .small(1), .small(-1), .small(1 << 27), .small(-(1 << 27) - 1), .small(0),
         big(negative: true, [0, 1]), p.float(1.5), p.float(-0.0), .atom("abc"), .atom("é"), .nil, p.charList("abc"),
         p.cons(.atom("a"), .atom("b")), p.tuple([]), p.tuple(.atom("a"), .small(1)), p.binary([]),
         p.binary(Array("hello world!!".utf8)), p.slice(of: p.binary([0x20]), bitOffset: 0, bitSize: 3),
         MapOps.make(p, [(.small(1), .small(2)), (.atom("a"), .atom("b"))])]
    }
}

@Suite struct TermCodecTests {
    /// term_to_binary bytes from OTP 25 (minor version 1), term by term.
    static let erts: [[UInt8]] = [
        [131, 97, 0], [131, 97, 1], [131, 98, 255, 255, 255, 255], [131, 98, 8, 0, 0, 0], [131, 98, 247, 255, 255, 255],
        [131, 97, 0], [131, 110, 9, 1, 0, 0, 0, 0, 0, 0, 0, 0, 1], [131, 70, 63, 248, 0, 0, 0, 0, 0, 0],
        [131, 70, 128, 0, 0, 0, 0, 0, 0, 0], [131, 100, 0, 3, 97, 98, 99], [131, 100, 0, 1, 233], [131, 106],
        [131, 107, 0, 3, 97, 98, 99], [131, 108, 0, 0, 0, 1, 100, 0, 1, 97, 100, 0, 1, 98], [131, 104, 0],
        [131, 104, 2, 100, 0, 1, 97, 97, 1], [131, 109, 0, 0, 0, 0],
        [131, 109, 0, 0, 0, 13, 104, 101, 108, 108, 111, 32, 119, 111, 114, 108, 100, 33, 33],
        [131, 77, 0, 0, 0, 1, 3, 32], [131, 116, 0, 0, 0, 2, 97, 1, 97, 2, 100, 0, 1, 97, 100, 0, 1, 98],
    ]

    @Test func encodesLikeERTS() {
        let samples = SampleTerms()
        var options = EncodingOptions()
        options.minorVersion = 1
        withExtendedLifetime(samples) {
            for (term, expected) in zip(samples.all, Self.erts) {
                #expect(ExternalTermEncoder.encode(term, options: options) == expected, "\(TermPrinter.format(term))")
            }
        }
    }

    @Test func minorVersion2WritesUTF8Atoms() {
        var options = EncodingOptions()
        options.minorVersion = 2
        #expect(ExternalTermEncoder.encode(.atom("abc"), options: options) == [131, 119, 3, 97, 98, 99])
        options.minorVersion = 0
        let samples = SampleTerms()
        withExtendedLifetime(samples) {
            #expect(ExternalTermEncoder.encode(samples.p.float(1.5), options: options)
                    == [131, 99] + Array("1.50000000000000000000e+00".utf8) + [0, 0, 0, 0, 0])
        }
    }

    @Test func roundTrips() throws {
        let samples = SampleTerms()
        defer { withExtendedLifetime(samples) {} }
        var terms = samples.all
        terms.append(samples.p.list((0..<70_000).map { _ in Term.small(1) }))
        terms.append(samples.big(negative: false, [UInt64](repeating: 0xFFFF_FFFF_FFFF_FFFF, count: 40)))
        terms.append(samples.p.tuple((0..<300).map { Term.small($0) }))
        for compression: Int32 in [0, 6] {
            var options = EncodingOptions()
            options.compression = compression
            for term in terms {
                let bytes = ExternalTermEncoder.encode(term, options: options)
                let decoded = try ExternalTermDecoder.decode(bytes)
                let built = try #require(TermBuilder.build(decoded, on: samples.p))
                #expect(TermOrder.exactlyEqual(built, term), "\(TermPrinter.format(term))")
            }
        }
    }

    @Test func compressesOnlyWhenSmaller() {
        let p = SampleTerms().p
        defer { withExtendedLifetime(p) {} }
        var options = EncodingOptions()
        options.compression = 6
        options.minorVersion = 1
        #expect(ExternalTermEncoder.encode(.atom("a"), options: options).count == 5)
        let zeros = p.list([Term](repeating: .small(0), count: 20))
        #expect(ExternalTermEncoder.encode(zeros, options: options)
                == [131, 80, 0, 0, 0, 23, 120, 156, 203, 102, 16, 97, 192, 2, 0, 11, 88, 0, 128])
    }

    @Test func decodesReferencesAsPrinted() throws {
        let p = SampleTerms().p
        defer { withExtendedLifetime(p) {} }
        let id: UInt64 = 0x1234_5678_9ABC_DEF0
        let words = ReferenceIds.words(id)
        #expect(ReferenceIds.id(words) == id)
        let bytes: [UInt8] = [131, 90, 0, 3, 100, 0, 13] + Array("nonode@nohost".utf8) + [0, 0, 0, 0]
            + words.flatMap { w in [UInt8(w >> 24), UInt8(truncatingIfNeeded: w >> 16), UInt8(truncatingIfNeeded: w >> 8), UInt8(truncatingIfNeeded: w)] }
        let term = try #require(TermBuilder.build(try ExternalTermDecoder.decode(bytes), on: p))
        #expect(term.isReference && term.boxedPointer[1].raw == id)
    }
}

@Suite struct TermHashTests {
    /// erlang:phash2/1 and erlang:phash(T, 1 bsl 32) from OTP 25 for SampleTerms.all.
    static let phash2: [Int] = [88_723_725, 2_614_250, 44_071_773, 12_354_923, 76_739_502, 88_723_725, 13_457_787,
                                10_380_315, 20_875_736, 26499, 233, 113_427_502, 117_343_302, 74_710_280, 87_486_268,
                                72_425_156, 13_708_901, 2_064_796, 73_037_028, 93_276_054]
    static let phash: [UInt64] = [1, 2_788_898_428, 1_680_185_270, 2_147_483_673, 3_827_674_398, 1, 1_680_185_270,
                                  1_073_217_537, 1, 26500, 234, 2, 3_654_580_166, 4_159_696_708, 1, 3_187_717_805, 1,
                                  3_968_928_950, 1_345_689_961, 1_703_893_946]

    @Test func phash2MatchesERTS() {
        let samples = SampleTerms()
        withExtendedLifetime(samples) {
            for (term, expected) in zip(samples.all, Self.phash2) {
                #expect(Int(TermHash.hash2(term) & ((1 << 27) - 1)) == expected, "\(TermPrinter.format(term))")
            }
        }
    }

    @Test func phashMatchesERTS() {
        let samples = SampleTerms()
        withExtendedLifetime(samples) {
            for (term, expected) in zip(samples.all, Self.phash) {
                #expect(UInt64(TermHash.legacyHash(term)) + 1 == expected, "\(TermPrinter.format(term))")
            }
        }
    }

    @Test func smallsAndBignumsOfOneValueHashAlike() {
        let samples = SampleTerms()
        defer { withExtendedLifetime(samples) {} }
        let value = (1 << 59) - 1
        #expect(TermHash.hash2(.small(value)) == TermHash.hash2(samples.big(negative: false, [UInt64(value)])))
    }

    @Test func mapHashIgnoresPairOrder() {
        let p = SampleTerms().p
        defer { withExtendedLifetime(p) {} }
        let a = MapOps.make(p, [(.atom("x"), .small(1)), (.small(2), .atom("y"))])
        let b = MapOps.make(p, [(.small(2), .atom("y")), (.atom("x"), .small(1))])
        #expect(TermHash.hash2(a) == TermHash.hash2(b))
    }
}

@Suite struct FloatTextTests {
    func text(_ bytes: [UInt8]?) -> String? { bytes.map { String(decoding: $0, as: UTF8.self) } }

    @Test func fixedNotationRoundsLikeERTS() {
        #expect(text(FloatText.fixed(0.5, decimals: 0, compact: false)) == "1")
        #expect(text(FloatText.fixed(2.5, decimals: 0, compact: false)) == "3")
        #expect(text(FloatText.fixed(1.005, decimals: 2, compact: false)) == "1.00")
        #expect(text(FloatText.fixed(-0.0, decimals: 2, compact: false)) == "-0.00")
        #expect(text(FloatText.fixed(0.999, decimals: 2, compact: false)) == "1.00")
        #expect(text(FloatText.fixed(123.19, decimals: 3, compact: true)) == "123.19")
        #expect(text(FloatText.fixed(1.0, decimals: 3, compact: true)) == "1.0")
        #expect(text(FloatText.fixed(1.0e20, decimals: 0, compact: true)) == "1")
        #expect(FloatText.fixed(1.5, decimals: 254, compact: false) == nil)
        #expect(FloatText.fixed(1.5, decimals: -1, compact: false) == nil)
    }

    @Test func scientificNotationIsPrintf() {
        #expect(text(FloatText.scientific(1.5, precision: 20)) == "1.50000000000000000000e+00")
        #expect(text(FloatText.scientific(1.5, precision: -1)) == "1.500000e+00")
        #expect(text(FloatText.scientific(1.0e300, precision: 0)) == "1e+300")
    }

    @Test func parsesErlangFloatSyntaxOnly() {
        let accepted: [(String, Double)] = [("1.5", 1.5), ("-1.5e3", -1500), ("+0.5", 0.5), ("1,5", 1.5), ("1.0e-400", 0)]
        for (input, value) in accepted { #expect(FloatText.parse(Array(input.utf8)) == value, "\(input)") }
        for input in ["1", "1.", ".5", "1.5e", "1e5", " 1.5", "1.5 ", "1.0e400", ""] {
            #expect(FloatText.parse(Array(input.utf8)) == nil, "\(input)")
        }
        #expect(FloatText.parse(Array("1.5".utf8) + [0, 120]) == 1.5)
    }

    @Test func shortFloatsFollowERTSNotationRule() {
        let cases: [(Double, String)] = [(0.1, "0.1"), (100.0, "100.0"), (1000.0, "1.0e3"), (1.0e15, "1.0e15"),
                                         (123456789.0, "123456789.0"), (9007199254740992.0, "9.007199254740992e15"),
                                         (0.0001, "0.0001"), (1.0e-5, "1.0e-5"), (-0.0, "-0.0"), (5.0e-324, "5.0e-324")]
        for (value, expected) in cases { #expect(ErlangSyntax.shortFloat(value) == expected) }
    }
}
