import Testing
@testable import BeamVM

@Suite struct BignumBitwiseTests {
    @Test func knownValues() {
        let mask80 = TestBig("FFFFFFFFFFFFFFFFFFFF", radix: 16)
        #expect(TestBig(-1) & mask80 == mask80)
        #expect(TestBig(-1) | mask80 == TestBig(-1))
        #expect(TestBig(-1) ^ mask80 == -mask80 - .one)
        // -(2^64 - 1) band -2 = -2^64: the magnitude grows by a limb.
        #expect(-(TestBig.pow2(64) - .one) & TestBig(-2) == -TestBig.pow2(64))
        #expect(~mask80 == -mask80 - .one)
        #expect(~(-mask80) == mask80 - .one)
        #expect(~TestBig.zero == TestBig(-1))
        #expect(~TestBig(-1) == .zero)
        #expect(~(TestBig.pow2(128) - .one) == -TestBig.pow2(128))
        #expect(~(-TestBig.pow2(128)) == TestBig.pow2(128) - .one)
        // Erlang: -16#10000000000000000 band 16#FFFFFFFFFFFFFFFFF = 16#F0000000000000000
        #expect(-TestBig.pow2(64) & TestBig("FFFFFFFFFFFFFFFFF", radix: 16) == TestBig("F0000000000000000", radix: 16))
        #expect(-TestBig.pow2(64) | TestBig.pow2(64) == -TestBig.pow2(64))
        #expect(-TestBig.pow2(64) ^ TestBig.pow2(64) == -TestBig.pow2(65))
        #expect(TestBig.pow2(200) & TestBig.pow2(100) == .zero)
        #expect((TestBig.pow2(200) & TestBig.pow2(100)).negative == false)
    }

    @Test func knownShifts() {
        #expect(TestBig(-7) >> 1 == TestBig(-4))
        #expect(TestBig(-8) >> 1 == TestBig(-4))
        #expect(TestBig(-1) >> 1000 == TestBig(-1))
        #expect(TestBig(1) >> 1000 == .zero)
        #expect(TestBig(-1) >> Int.max == TestBig(-1))
        #expect(TestBig(-1).shifted(Int.min) == TestBig(-1))
        #expect(TestBig(5).shifted(Int.min) == .zero)
        #expect(TestBig.one << 64 == .pow2(64))
        #expect(TestBig.one << 200 == .pow2(200))
        #expect(TestBig(-3) << 130 == -(TestBig(3) * .pow2(130)))
        #expect(TestBig.pow2(200) >> 200 == .one)
        #expect(TestBig.pow2(200) >> 201 == .zero)
        #expect(-TestBig.pow2(200) >> 201 == TestBig(-1))
        #expect(-TestBig.pow2(200) >> 200 == TestBig(-1))
        #expect((-TestBig.pow2(200) - .one) >> 200 == TestBig(-2))
        // -(2^128 - 1) bsr 64 = -2^64: rounding up carries into a new limb.
        #expect(-(TestBig.pow2(128) - .one) >> 64 == -TestBig.pow2(64))
        #expect(TestBig.pow2(100) << -36 == TestBig.pow2(64))
        #expect(TestBig.zero << 1000 == .zero)
        #expect(TestBig(-123).shifted(0) == TestBig(-123))
    }

    @Test func bitwiseLaws() {
        var random = TestRandom(seed: 6)
        let minusOne = TestBig(-1)
        for _ in 0..<1500 {
            let a = random.big(maxLimbs: 40), b = random.big(maxLimbs: 40), c = random.big(maxLimbs: 10)
            #expect((a & b) | (a ^ b) == a | b)
            #expect(~(a & b) == ~a | ~b)
            #expect(~(a | b) == ~a & ~b)
            #expect(~a == -a - .one)
            #expect(~(~a) == a)
            #expect(a ^ a == .zero)
            #expect((a ^ b) ^ b == a)
            #expect(a & ~a == .zero)
            #expect(a | ~a == minusOne)
            #expect(a & minusOne == a)
            #expect(a | .zero == a)
            #expect(a & b == b & a)
            #expect(a ^ b == (a | b) - (a & b))
            #expect(a + b == (a ^ b) + ((a & b) << 1))
            #expect(a & (b | c) == (a & b) | (a & c))
        }
    }

    @Test func shiftLaws() {
        var random = TestRandom(seed: 7)
        for _ in 0..<1500 {
            let a = random.big(maxLimbs: 30)
            let s = random.below(4) == 0 ? 64 * random.below(5) : random.below(400)
            #expect((a << s) >> s == a)
            #expect(a << s == a * .pow2(s))
            #expect(a.shifted(-s) == a >> s)
            // Two's complement: a = (a bsr s) bsl s + (a band (2^s - 1)), for either sign.
            #expect(((a >> s) << s) + (a & (TestBig.pow2(s) - .one)) == a)
            // bsr rounds toward minus infinity: a bsr s = floor(a / 2^s).
            let (q, r) = a.quotientAndRemainder(dividingBy: .pow2(s))
            #expect(a >> s == (r.negative ? q - .one : q))
            #expect((a << s) & (TestBig.pow2(s) - .one) == .zero)
        }
    }

    @Test func magnitudeShiftsInPlace() {
        var random = TestRandom(seed: 8)
        for _ in 0..<200 {
            let a = random.magnitude(limbs: 1 + random.below(10))
            let bits = random.below(3) == 0 ? 64 * random.below(3) : random.below(300)
            var buffer = a.limbs + [UInt64](repeating: 0, count: bits / 64 + 1)
            let left = buffer.withUnsafeMutableBufferPointer { r in
                BigMagnitude.shiftLeft(UnsafeBufferPointer(rebasing: r[0..<a.limbs.count]), by: bits, into: r)
            }
            #expect(TestBig(negative: false, limbs: Array(buffer[0..<left])) == a << bits)
            let right = buffer.withUnsafeMutableBufferPointer { r in
                BigMagnitude.shiftRight(UnsafeBufferPointer(rebasing: r[0..<left]), by: bits, into: r)
            }
            #expect(TestBig(negative: false, limbs: Array(buffer[0..<right])) == a)
            #expect(a.withLimbs { BigMagnitude.hasBitsBelow($0, bits) } == !((a >> bits) << bits == a))
        }
    }

    @Test func bitwiseInPlace() {
        var random = TestRandom(seed: 9)
        for _ in 0..<300 {
            let a = random.big(maxLimbs: 8), b = random.big(maxLimbs: 8)
            let n = max(a.limbs.count, b.limbs.count) + 1
            for op in [BigMagnitude.BitOperation.and, .or, .xor] {
                let expected: TestBig = op == .and ? a & b : op == .or ? a | b : a ^ b
                var buffer = a.limbs + [UInt64](repeating: 0, count: n - a.limbs.count)
                let result = buffer.withUnsafeMutableBufferPointer { r in
                    b.withLimbs { bp in
                        BigMagnitude.bitwise(op, UnsafeBufferPointer(rebasing: r[0..<a.limbs.count]), a.negative, bp, b.negative, r)
                    }
                }
                #expect(TestBig(negative: result.negative, limbs: Array(buffer[0..<result.count])) == expected)
            }
            var buffer = a.limbs + [0]
            let not = buffer.withUnsafeMutableBufferPointer { r in
                BigMagnitude.bitNot(UnsafeBufferPointer(rebasing: r[0..<a.limbs.count]), negative: a.negative, into: r)
            }
            #expect(TestBig(negative: not.negative, limbs: Array(buffer[0..<not.count])) == ~a)
        }
    }

    @Test func signedAdditionInPlace() {
        var random = TestRandom(seed: 10)
        for _ in 0..<300 {
            let a = random.big(maxLimbs: 8), b = random.big(maxLimbs: 8)
            var buffer = b.limbs + [UInt64](repeating: 0, count: max(a.limbs.count, b.limbs.count) + 1 - b.limbs.count)
            let sum = buffer.withUnsafeMutableBufferPointer { r in
                a.withLimbs { ap in
                    BigMagnitude.addSigned(ap, negative: a.negative, UnsafeBufferPointer(rebasing: r[0..<b.limbs.count]),
                                           negative: b.negative, into: r)
                }
            }
            #expect(TestBig(negative: sum.negative, limbs: Array(buffer[0..<sum.count])) == a + b)
        }
    }
}
