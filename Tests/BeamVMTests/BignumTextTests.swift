import Testing
@testable import BeamVM

@Suite struct BignumTextTests {
    /// Values printed by Erlang's `integer_to_list/2`.
    @Test func knownTexts() {
        let f100 = testFactorial(100)
        #expect(f100.text(radix: 36) == "62NH2MC145RIXAI667GY96XA5X2TUUABWKYLST8IETAG5JF45R9JDIAGIVPC8U2HFSBRVROSJBCV7K000000000000000000000000")
        #expect((-f100).text(radix: 7) == "-6023132330012324052111501551505426456030430023366402656313252662026206201443245011241005013366635035454501632626432132551464540232142431653041120646002410400104430566243240000000000000000")
        #expect(f100.text(radix: 16) == "1B30964EC395DC24069528D54BBDA40D16E966EF9A70EB21B5B2943A321CDF10391745570CCA9420C6ECB3B72ED2EE8B02EA2735C61A000000000000000000000000")
        #expect((TestBig.pow2(200) - .one).text(radix: 36) == "BNKLG118COMHA6GQURY14067GUR54N8WON6GUF3")
        let tenTo30 = TestBig("1000000000000000000000000000000")
        #expect(tenTo30.text(radix: 2) == "1100100111110010110010011100110100000100011001110100111011011110101001000000000000000000000000000000")
        #expect(tenTo30.text(radix: 8) == "1447626234640431647336510000000000")
        #expect(tenTo30.text(radix: 32) == "P7PCJJ84CT7DT9000000")
        #expect(TestBig.pow2(64).text(radix: 16) == "10000000000000000")
        #expect((TestBig.pow2(64) - .one).text(radix: 16) == "FFFFFFFFFFFFFFFF")
        #expect(TestBig(255).text(radix: 16) == "FF")
        #expect(TestBig(-255).text(radix: 2) == "-11111111")
        #expect(TestBig.zero.text(radix: 10) == "0")
        #expect(TestBig.zero.text(radix: 36) == "0")
        #expect(TestBig(35).text(radix: 36) == "Z")
        #expect(TestBig(36).text(radix: 36) == "10")
        // Exact chunk-base powers: 10^19 and 10^38 need their zero chunks written out.
        #expect(TestBig("10000000000000000000").description == "10000000000000000000")
        #expect(TestBig("100000000000000000000000000000000000000").description == "100000000000000000000000000000000000000")
    }

    @Test func parsing() {
        #expect(TestBig.parse("ff", radix: 16) == TestBig(255))
        #expect(TestBig.parse("fF", radix: 16) == TestBig(255))
        #expect(TestBig.parse("-Zz", radix: 36) == TestBig(-(35 * 36 + 35)))
        #expect(TestBig.parse("+42") == TestBig(42))
        #expect(TestBig.parse("-0") == .zero)
        #expect(TestBig.parse("-0")?.negative == false)
        #expect(TestBig.parse("0000000000000000000000000000000000000000000012") == TestBig(12))
        #expect(TestBig.parse("000000000000000000000000000000000000000000000000000000000000000000000000000000000001", radix: 2) == .one)
        #expect(TestBig.parse("") == nil)
        #expect(TestBig.parse("-") == nil)
        #expect(TestBig.parse("+") == nil)
        #expect(TestBig.parse("12a") == nil)
        #expect(TestBig.parse("102", radix: 2) == nil)
        #expect(TestBig.parse("1 2") == nil)
        #expect(TestBig.parse("--1") == nil)
        #expect(TestBig.parse("G", radix: 16) == nil)
        #expect(TestBig.parse("z", radix: 35) == nil)
        #expect(TestBig.parse("Y", radix: 35) == TestBig(34))
        #expect(TestBig.parse("1_000") == nil)
        #expect(TestBig.parse("١") == nil)   // a non-ASCII digit
        #expect(TestBig.parse("18446744073709551616") == .pow2(64))
        #expect(TestBig.parse("-340282366920938463463374607431768211456") == -TestBig.pow2(128))
    }

    @Test func capacitiesAreSufficientAndTight() {
        for radix in 2...36 {
            for bits in [1, 2, 63, 64, 65, 127, 128, 1000, 4096, 19053] {
                let allOnes = TestBig.pow2(bits) - .one
                let text = (-allOnes).text(radix: radix)
                let capacity = BigMagnitude.textCapacity(bits: bits, radix: radix)
                #expect(text.utf8.count <= capacity)
                #expect(capacity <= text.utf8.count + 2, "radix \(radix), \(bits) bits")
                let digits = text.utf8.count - 1
                let limbs = BigMagnitude.parseCapacity(digitCount: digits, radix: radix)
                #expect(limbs >= allOnes.limbs.count)
                #expect(limbs <= allOnes.limbs.count + 1)
            }
        }
    }

    @Test func roundTripsInManyRadixes() {
        var random = TestRandom(seed: 11)
        for round in 0..<400 {
            let a = random.big(maxLimbs: round % 20 == 0 ? 300 : 50)
            for radix in [2, 3, 7, 8, 10, 16, 32, 36] {
                let text = a.text(radix: radix)
                #expect(TestBig.parse(text, radix: radix) == a)
                #expect(TestBig.parse(text.lowercased(), radix: radix) == a)
            }
        }
    }

    /// Decimal text of large values (divide and conquer) against the chunked method.
    @Test func splitConversionAgreesWithChunks() {
        var random = TestRandom(seed: 12)
        for n in [39, 40, 41, 64, 100, 150, 257, 600, 1300] {
            for radix in [10, 3, 36] {
                let a = random.magnitude(limbs: n)
                let viaChunks: String = a.withLimbs { ap in
                    var scratch = Array(ap)
                    var out = [UInt8](repeating: 0, count: BigMagnitude.textCapacity(count: n, radix: radix))
                    let first = scratch.withUnsafeMutableBufferPointer { sp in
                        out.withUnsafeMutableBufferPointer { op in
                            BigMagnitude.writeDigitsByChunks(sp.baseAddress!, n, radix, op.baseAddress!, op.count, minimumDigits: 0)
                        }
                    }
                    return String(decoding: out[first...], as: UTF8.self)
                }
                #expect(a.text(radix: radix) == viaChunks, "\(n) limbs, radix \(radix)")
            }
        }
        // Many zero digits in the middle exercise the zero padding of the low halves.
        let sparse = testPower(TestBig(10), 3000) + TestBig(7)
        #expect(sparse.description == "1" + String(repeating: "0", count: 2999) + "7")
        let f = testFactorial(2000)
        #expect(f.description.hasSuffix("7339008" + String(repeating: "0", count: 499)))
    }

    @Test func textIntoCallerBuffer() {
        let a = -TestBig.pow2(100)
        var out = [UInt8](repeating: 0, count: BigMagnitude.textCapacity(count: a.limbs.count, radix: 10))
        let n = out.withUnsafeMutableBufferPointer { o in
            a.withLimbs { BigMagnitude.toText($0, negative: true, radix: 10, into: o) }
        }
        #expect(String(decoding: out[0..<n], as: UTF8.self) == "-1267650600228229401496703205376")
    }
}
