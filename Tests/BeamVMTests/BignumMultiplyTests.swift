import Testing
@testable import BeamVM

/// n!, computed in place by repeated single-limb multiplication.
func testFactorial(_ n: Int) -> TestBig {
    var buffer = [UInt64](repeating: 0, count: n / 4 + 2)
    var count = 1
    buffer[0] = 1
    buffer.withUnsafeMutableBufferPointer { r in
        for k in 2...max(n, 2) where k <= n {
            count = BigMagnitude.multiplyLimb(UnsafeBufferPointer(rebasing: r[0..<count]), UInt64(k), into: r)
        }
    }
    return TestBig(negative: false, limbs: Array(buffer[0..<count]))
}

/// base^exponent by square and multiply.
func testPower(_ base: TestBig, _ exponent: Int) -> TestBig {
    var result = TestBig.one, square = base, e = exponent
    while e > 0 {
        if e & 1 == 1 { result = result * square }
        e >>= 1
        if e > 0 { square = square * square }
    }
    return result
}

/// The magnitude modulo 2^61 - 1, through the single-limb remainder.
func testMod61(_ x: TestBig) -> UInt64 {
    x.withLimbs { BigMagnitude.remainderLimb($0, by: (1 << 61) - 1) }
}

@Suite struct BignumMultiplyTests {
    @Test func smallFactorials() {
        #expect(testFactorial(20).description == "2432902008176640000")
        #expect(testFactorial(21).description == "51090942171709440000")
        #expect(testFactorial(100).description == "93326215443944152681699238856266700490715968264381621468592963895217599993229915608941463976156518286253697920827223758251185210916864000000000000000000000000")
        #expect(testFactorial(300).description == "306057512216440636035370461297268629388588804173576999416776741259476533176716867465515291422477573349939147888701726368864263907759003154226842927906974559841225476930271954604008012215776252176854255965356903506788725264321896264299365204576448830388909753943489625436053225980776521270822437639449120128678675368305712293681943649956460498166450227716500185176546469340112226034729724066333258583506870150169794168850353752137554910289126407157154830282284937952636580145235233156936482233436799254594095276820608062232812387383880817049600000000000000000000000000000000000000000000000000000000000000000000000000")
    }

    @Test func factorial2000() {
        let f = testFactorial(2000)
        let text = f.description
        #expect(text.count == 5736)
        #expect(text.hasPrefix("3316275092450633241175393380576324038281"))
        #expect(text.hasSuffix(String(repeating: "0", count: 499)))
        #expect(!text.dropLast(499).hasSuffix("0"))
        #expect(f.withLimbs { BigMagnitude.bitLength($0) } == 19053)
        #expect(f.withLimbs { BigMagnitude.remainderLimb($0, by: 1_000_000_007) } == 100_292_593)
        #expect(testMod61(f) == 129_753_603_633_882_750)
        #expect(TestBig(text) == f)

        let copy = TestBig(negative: false, limbs: f.limbs)
        let product = f * copy          // distinct buffers: Karatsuba multiplication
        let square = f * f              // the same buffer: Karatsuba squaring
        #expect(product == square)
        #expect(product.withLimbs { BigMagnitude.remainderLimb($0, by: 1_000_000_007) } == 140_253_421)
        #expect(product.description.count == 11472)
        #expect(product / f == f)
        #expect(product % f == .zero)
        #expect(testMod61(testFactorial(1000) * f) == 1_181_940_446_758_201_718)
        #expect(testMod61(f / testFactorial(1000)) == 1_654_204_304_577_320_958)
    }

    @Test func fermatNumbers() {
        let factors: [(Int, String, String)] = [
            (5, "641", "6700417"),
            (6, "274177", "67280421310721"),
            (7, "59649589127497217", "5704689200685129054721"),
            (8, "1238926361552897", "93461639715357977769163558199606896584051237541638188580280321"),
        ]
        for (k, p, q) in factors {
            let fermat = TestBig.pow2(1 << k) + .one
            #expect(TestBig(p) * TestBig(q) == fermat)
            #expect(TestBig(q) * TestBig(p) == fermat)
            #expect(fermat / TestBig(p) == TestBig(q))
            #expect(fermat % TestBig(q) == .zero)
            #expect((fermat - .one) % TestBig(p) == TestBig(p) - .one)
        }
    }

    @Test func karatsubaSizedProductsMatchErlang() {
        let a = testPower(TestBig(3), 3000), b = testPower(TestBig(7), 2000) + .one
        #expect(a.withLimbs { BigMagnitude.bitLength($0) } == 4755)
        #expect(b.withLimbs { BigMagnitude.bitLength($0) } == 5615)
        let c = a * b
        #expect(testMod61(c) == 374_996_194_091_359_962)
        #expect(c.description.count == 3122)
        #expect(c.description.hasPrefix("362947816062504495839642885342"))
        let d = b - TestBig(12345)
        #expect(testMod61(c / d) == 2_077_330_226_731_849_822)
        #expect(testMod61(c % d) == 1_361_543_539_195_623_519)
        let a7 = testPower(a, 7)
        #expect(testMod61(a7) == 2_231_475_904_216_183_654)
        #expect(a7.withLimbs { BigMagnitude.bitLength($0) } == 33285)
        let f1000 = testFactorial(1000)
        #expect(testMod61(f1000) == 1_923_665_450_338_186_562)
        #expect(testMod61(f1000 * f1000) == 1_836_412_164_892_820_315)
        let x = testPower(TestBig(10), 1000) + TestBig(7), y = testPower(TestBig(10), 500) - TestBig(3)
        #expect(testMod61(x * x) == 1_843_246_062_251_266_897)
        #expect(testMod61(x / y) == 609_852_752_981_840_281)
        #expect(x % y == TestBig(16))
        #expect(testMod61(testPower(TestBig(10), 1000) / testPower(TestBig(3), 1000)) == 2_261_563_316_818_484_581)
    }

    /// The public multiply (Karatsuba above the threshold) against the schoolbook kernel.
    @Test func karatsubaAgreesWithSchoolbook() {
        var random = TestRandom(seed: 2)
        let sizes = [1, 2, 3, 39, 40, 41, 63, 64, 65, 79, 80, 81, 100, 127, 128, 129, 200, 257, 400, 650]
        for _ in 0..<150 {
            let n = sizes[random.below(sizes.count)], m = sizes[random.below(sizes.count)]
            let a = random.magnitude(limbs: n), b = random.magnitude(limbs: m)
            var expected = [UInt64](repeating: 0, count: n + m)
            expected.withUnsafeMutableBufferPointer { r in
                a.withLimbs { ap in
                    b.withLimbs { bp in
                        if n >= m {
                            BigMagnitude.schoolbookMultiply(r.baseAddress!, ap.baseAddress!, n, bp.baseAddress!, m)
                        } else {
                            BigMagnitude.schoolbookMultiply(r.baseAddress!, bp.baseAddress!, m, ap.baseAddress!, n)
                        }
                    }
                }
            }
            #expect(a * b == TestBig(negative: false, limbs: expected), "\(n) x \(m)")
            #expect(b * a == a * b)
        }
    }

    @Test func squaringAgreesWithMultiplication() {
        var random = TestRandom(seed: 3)
        for n in [1, 2, 3, 5, 17, 63, 64, 65, 90, 127, 128, 129, 255, 300, 513] {
            let a = random.magnitude(limbs: n)
            let copy = TestBig(negative: false, limbs: a.limbs)
            let viaSquare = a.withLimbs { ap in
                TestBig.produce(2 * n) { (false, BigMagnitude.square(ap, into: $0)) }
            }
            #expect(viaSquare == a * copy, "n = \(n)")
            #expect(a * a == viaSquare)
            #expect((-a) * (-a) == viaSquare)
            #expect(((-a) * a).negative)
        }
        // All-ones operands maximise every carry.
        for n in [1, 2, 64, 65, 130] {
            let ones = TestBig(negative: false, limbs: [UInt64](repeating: .max, count: n))
            let expected = TestBig.pow2(128 * n) - TestBig.pow2(64 * n + 1) + .one   // (2^64n - 1)^2
            #expect(ones * ones == expected)
            #expect(ones * TestBig(negative: false, limbs: ones.limbs) == expected)
        }
    }

    @Test func signsAndZero() {
        let big = TestBig.pow2(200) + TestBig(12345)
        #expect(big * .zero == .zero)
        #expect((-big * .zero).negative == false)
        #expect((-big) * big == -(big * big))
        #expect((-big) * (-big) == big * big)
        #expect(big * TestBig(-1) == -big)
        #expect(TestBig.pow2(64) * .pow2(64) == .pow2(128))
        #expect(TestBig.pow2(63) * TestBig(2) == .pow2(64))
    }
}
