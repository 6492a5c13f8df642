import Testing
@testable import BeamVM

/// Algebraic identities over pseudo-random operands of 0 to several hundred limbs, so that
/// schoolbook, Karatsuba (balanced and unbalanced), single-limb and algorithm D paths and
/// the divide-and-conquer text conversion are all exercised.
@Suite struct BignumPropertyTests {
    /// Operand sizes: mostly small, some around the Karatsuba thresholds, a few large.
    static func operand(_ random: inout TestRandom) -> TestBig {
        let sizes = [0, 1, 1, 2, 3, 5, 8, 13, 31, 32, 33, 39, 40, 41, 64, 65, 97, 150, 260]
        let count = random.below(4) == 0 ? sizes[random.below(sizes.count)] : random.below(5)
        let m = random.magnitude(limbs: count)
        return random.below(2) == 0 ? -m : m
    }

    @Test func additionAndSubtraction() {
        var random = TestRandom(seed: 21)
        for _ in 0..<3000 {
            let a = Self.operand(&random), b = Self.operand(&random), c = Self.operand(&random)
            #expect((a + b) - b == a)
            #expect(a + b == b + a)
            #expect(a - b == -(b - a))
            #expect((a + b) + c == a + (b + c))
            #expect(a - a == .zero)
            let difference = a - b
            #expect(TestBig.compare(a, b) == (difference.isZero ? 0 : difference.negative ? -1 : 1))
        }
    }

    @Test func multiplication() {
        var random = TestRandom(seed: 22)
        for _ in 0..<1500 {
            let a = Self.operand(&random), b = Self.operand(&random), c = Self.operand(&random)
            let ab = a * b
            #expect(ab == b * a)
            #expect(a * (b + c) == ab + a * c)
            #expect((a + b) * (a + b) == a * a + (ab << 1) + b * b)
            #expect((a - b) * (a + b) == a * a - b * b)
            if !b.isZero {
                #expect(ab / b == a)
                #expect(ab % b == .zero)
            }
        }
    }

    @Test func associativityOfLargeProducts() {
        var random = TestRandom(seed: 23)
        for _ in 0..<60 {
            let a = random.magnitude(limbs: 20 + random.below(200))
            let b = random.magnitude(limbs: 1 + random.below(300))
            let c = random.magnitude(limbs: 1 + random.below(120))
            #expect((a * b) * c == a * (b * c))
        }
    }

    @Test func divisionWithRemainder() {
        var random = TestRandom(seed: 24)
        for _ in 0..<2000 {
            let a = Self.operand(&random) * Self.operand(&random) + Self.operand(&random)
            var b = Self.operand(&random)
            if b.isZero { b = TestBig(7) }
            let (q, r) = a.quotientAndRemainder(dividingBy: b)
            #expect(q * b + r == a)
            #expect(TestBig.compare(r.magnitude, b.magnitude) < 0)
            #expect(r.isZero || r.negative == a.negative)
        }
    }

    @Test func shiftsAndText() {
        var random = TestRandom(seed: 25)
        for _ in 0..<600 {
            let a = Self.operand(&random)
            let s = random.below(700)
            #expect((a << s) >> s == a)
            #expect((a << s) == a * .pow2(s))
            let radix = [2, 10, 16, 36][random.below(4)]
            #expect(TestBig.parse(a.text(radix: radix), radix: radix) == a)
        }
    }
}
