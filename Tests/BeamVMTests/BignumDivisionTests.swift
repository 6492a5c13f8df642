import Testing
@testable import BeamVM

@Suite struct BignumDivisionTests {
    @Test func knownQuotients() {
        let (q1, r1) = TestBig.pow2(200).quotientAndRemainder(dividingBy: TestBig(7))
        #expect(q1.description == "229562577751284325077423156048737514646028999111827547900196")
        #expect(r1 == TestBig(4))
        let tenTo50 = TestBig("100000000000000000000000000000000000000000000000000")
        let (q2, r2) = tenTo50.quotientAndRemainder(dividingBy: .pow2(64) + .one)
        #expect(q2.description == "5421010862427522169743390416644")
        #expect(r2.description == "2521303795946086652")
        let (q3, r3) = testFactorial(100).quotientAndRemainder(dividingBy: testPower(TestBig(3), 50))
        #expect(q3.description == "129999271545532025742644042405792817041623255844711759385320209651621624873381083710401438921674722431720809358222222222222222222222222")
        #expect(r3.description == "159532886153745019726722")
        #expect(testFactorial(2000) / testFactorial(1999) == TestBig(2000))
        #expect(testFactorial(2000) % testFactorial(1999) == .zero)
    }

    /// Erlang: `div` truncates toward zero and `rem` has the sign of the dividend.
    @Test func erlangSigns() {
        let x = TestBig.pow2(100) + TestBig(6)
        let q = TestBig("181092942889747057356671886483")
        for (a, b, quotient, remainder) in [(x, TestBig(7), q, TestBig(1)), (x, TestBig(-7), -q, TestBig(1)),
                                            (-x, TestBig(7), -q, TestBig(-1)), (-x, TestBig(-7), q, TestBig(-1))] {
            #expect(a / b == quotient)
            #expect(a % b == remainder)
        }
        let y = TestBig("1361129467683753853853498429727072845823")   // 2^130 - 1
        let z = TestBig("1180591620717411303427")                     // 2^70 + 3
        let q2 = TestBig("1152921504606846975"), r2 = TestBig("1177132856203590762498")
        for (a, b, quotient, remainder) in [(y, z, q2, r2), (y, -z, -q2, r2), (-y, z, -q2, -r2), (-y, -z, q2, -r2)] {
            #expect(a / b == quotient)
            #expect(a % b == remainder)
        }
        // Exact division and small dividends never give a negative zero.
        #expect((-TestBig.pow2(100)) % TestBig.pow2(64) == .zero)
        #expect(((-TestBig.pow2(100)) % TestBig.pow2(64)).negative == false)
        #expect((TestBig(-5) / TestBig.pow2(80)).negative == false)
        #expect(TestBig(-5) % TestBig.pow2(80) == TestBig(-5))
    }

    /// Operands for which algorithm D's first quotient estimate is one too large even after
    /// the two-limb test, so the divisor must be added back (checked against Erlang).
    @Test func addBackCases() {
        let cases: [(String, String, String, String)] = [
            ("7FFFFFFFFFFFFFFF00000000000000008000000000000001FFFFFFFFFFFFFFFF00000000000000008000000000000000", "FFFFFFFFFFFFFFFE00000000000000017FFFFFFFFFFFFFFF7FFFFFFFFFFFFFFF", "7FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF", "C0000000000000004000000000000000FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF"),
            ("80000000000000007FFFFFFFFFFFFFFF7FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF", "80000000000000007FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFE", "FFFFFFFFFFFFFFFF", "80000000000000000000000000000001FFFFFFFFFFFFFFFD"),
            ("FFFFFFFFFFFFFFFE00000000000000018000000000000000000000000000000180000000000000018000000000000000", "FFFFFFFFFFFFFFFE0000000000000001FFFFFFFFFFFFFFFF8000000000000001", "FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF", "7FFFFFFFFFFFFFFE800000000000000280000000000000010000000000000001"),
            ("FFFFFFFFFFFFFFFE80000000000000010000000000000000FFFFFFFFFFFFFFFF8000000000000001", "7FFFFFFFFFFFFFFF80000000000000007FFFFFFFFFFFFFFF", "1FFFFFFFFFFFFFFFEFFFFFFFFFFFFFFFF", "2FFFFFFFFFFFFFFFF0000000000000000"),
            ("7FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFE80000000000000000000000000000001FFFFFFFFFFFFFFFEFFFFFFFFFFFFFFFF", "80000000000000010000000000000000FFFFFFFFFFFFFFFE0000000000000001", "FFFFFFFFFFFFFFFDFFFFFFFFFFFFFFFF", "4FFFFFFFFFFFFFFFDFFFFFFFFFFFFFFFF0000000000000000"),
            ("7FFFFFFFFFFFFFFF000000000000000180000000000000010000000000000001FFFFFFFFFFFFFFFF", "80000000000000000000000000000001FFFFFFFFFFFFFFFF", "FFFFFFFFFFFFFFFDFFFFFFFFFFFFFFFF", "60000000000000001FFFFFFFFFFFFFFFE"),
        ]
        for (a, b, q, r) in cases {
            let (quotient, remainder) = TestBig(a, radix: 16).quotientAndRemainder(dividingBy: TestBig(b, radix: 16))
            #expect(quotient == TestBig(q, radix: 16))
            #expect(remainder == TestBig(r, radix: 16))
        }
    }

    @Test func singleLimbDivisionInPlace() {
        var random = TestRandom(seed: 4)
        let divisors: [UInt64] = [1, 2, 3, 7, 10, 1_000_000_007, 10_000_000_000_000_000_000, 1 << 63, (1 << 63) + 1, .max]
        for _ in 0..<200 {
            let a = random.magnitude(limbs: random.below(12))
            let d = random.below(3) == 0 ? random.next() | 1 : divisors[random.below(divisors.count)]
            var buffer = a.limbs
            let (count, remainder) = buffer.withUnsafeMutableBufferPointer { q in
                BigMagnitude.divideLimb(UnsafeBufferPointer(q), by: d, quotient: q)
            }
            #expect(remainder < d)
            #expect(a.withLimbs { BigMagnitude.remainderLimb($0, by: d) } == remainder)
            let quotient = TestBig(negative: false, limbs: Array(buffer[0..<count]))
            // The general entry point agrees for one-limb divisors.
            #expect(a / TestBig(negative: false, limbs: [d]) == quotient)
            #expect(a % TestBig(negative: false, limbs: [d]) == TestBig(negative: false, limbs: [remainder]))
            // q * d + r == a, computed in place.
            buffer.append(0)
            let back = buffer.withUnsafeMutableBufferPointer { r in
                BigMagnitude.multiplyAddLimb(UnsafeBufferPointer(rebasing: r[0..<count]), d, adding: remainder, into: r)
            }
            #expect(TestBig(negative: false, limbs: Array(buffer[0..<back])) == a)
        }
    }

    @Test func remainderOnlyAndQuotientOnly() {
        let a = testFactorial(300), b = testPower(TestBig(3), 200) + TestBig(1)
        let (q, r) = a.quotientAndRemainder(dividingBy: b)
        a.withLimbs { ap in
            b.withLimbs { bp in
                var rOnly = [UInt64](repeating: 0, count: bp.count)
                let counts = rOnly.withUnsafeMutableBufferPointer {
                    BigMagnitude.divide(ap, by: bp, quotient: nil, remainder: $0)
                }
                #expect(counts.quotientCount == 0)
                #expect(TestBig(negative: false, limbs: Array(rOnly[0..<counts.remainderCount])) == r)
                var qOnly = [UInt64](repeating: 0, count: ap.count - bp.count + 1)
                let qCounts = qOnly.withUnsafeMutableBufferPointer {
                    BigMagnitude.divide(ap, by: bp, quotient: $0, remainder: nil)
                }
                #expect(qCounts.remainderCount == 0)
                #expect(TestBig(negative: false, limbs: Array(qOnly[0..<qCounts.quotientCount])) == q)
            }
        }
    }

    @Test func divisionIdentities() {
        var random = TestRandom(seed: 5)
        for round in 0..<1500 {
            let large = round % 10 == 0
            let a = random.big(maxLimbs: large ? 120 : 24)
            var b = random.big(maxLimbs: large ? 70 : 14)
            if b.isZero { b = TestBig(-3) }
            let (q, r) = a.quotientAndRemainder(dividingBy: b)
            #expect(q * b + r == a)
            #expect(TestBig.compare(r.magnitude, b.magnitude) < 0)
            #expect(r.isZero || r.negative == a.negative)
            #expect(q.isZero || q.negative == (a.negative != b.negative))
            #expect((a * b) / b == a)
            #expect((a * b) % b == .zero)
        }
    }

    @Test func divisorLargerThanDividend() {
        let a = TestBig("123456789012345678901234567890"), b = TestBig.pow2(200)
        #expect(a / b == .zero)
        #expect(a % b == a)
        #expect((-a) % b == -a)
        #expect(TestBig.zero / b == .zero)
        #expect(TestBig.zero % TestBig(-7) == .zero)
    }
}
