import Testing
@testable import BeamVM

/// A signed arbitrary-precision integer for tests: sign plus normalised little-endian limbs,
/// with operators that call the buffer-based `BigMagnitude` API. Every result is produced
/// into a buffer of exactly the documented capacity, filled with junk beforehand and
/// followed by guard limbs, and is checked for normalisation and untouched guards.
struct TestBig: Equatable, Hashable, CustomStringConvertible, Sendable {
    private(set) var negative: Bool
    private(set) var limbs: [UInt64]

    init(negative: Bool, limbs: [UInt64]) {
        var limbs = limbs
        while limbs.last == 0 { limbs.removeLast() }
        self.limbs = limbs
        self.negative = negative && !limbs.isEmpty
    }

    init(_ value: Int128) {
        let m = value.magnitude
        self.init(negative: value < 0, limbs: [UInt64(truncatingIfNeeded: m), UInt64(truncatingIfNeeded: m >> 64)])
    }

    /// Parses text with an optional sign; the text must be valid.
    init(_ text: String, radix: Int = 10) {
        guard let value = TestBig.parse(text, radix: radix) else {
            fatalError("invalid test literal \(text)")
        }
        self = value
    }

    static func parse(_ text: String, radix: Int = 10) -> TestBig? {
        let bytes = Array(text.utf8)
        let capacity = BigMagnitude.parseCapacity(digitCount: bytes.count, radix: radix)
        var failed = false
        let value = produce(capacity) { r in
            let result = bytes.withUnsafeBufferPointer { BigMagnitude.parseSigned($0, radix: radix, into: r) }
            if result == nil { failed = true }
            return result ?? (false, 0)
        }
        return failed ? nil : value
    }

    static func pow2(_ e: Int) -> TestBig {
        var limbs = [UInt64](repeating: 0, count: e / 64 + 1)
        limbs[e / 64] = 1 << UInt64(e % 64)
        return TestBig(negative: false, limbs: limbs)
    }

    static let zero = TestBig(negative: false, limbs: [])
    static let one = TestBig(1)

    var isZero: Bool { limbs.isEmpty }
    var magnitude: TestBig { TestBig(negative: false, limbs: limbs) }
    var description: String { text(radix: 10) }

    /// The value as an `Int128` if it fits.
    var int128: Int128? {
        if limbs.count > 2 { return nil }
        let m = UInt128(limbs.count > 0 ? limbs[0] : 0) | UInt128(limbs.count > 1 ? limbs[1] : 0) << 64
        if negative { return m <= UInt128(1) << 127 ? Int128(truncatingIfNeeded: 0 &- m) : nil }
        return m < UInt128(1) << 127 ? Int128(m) : nil
    }

    func text(radix: Int) -> String {
        withLimbs { BigMagnitude.toString($0, negative: negative, radix: radix) }
    }

    func withLimbs<R>(_ body: (UnsafeBufferPointer<UInt64>) -> R) -> R {
        limbs.withUnsafeBufferPointer(body)
    }

    static let guardLimb: UInt64 = 0x5A5A_A5A5_5A5A_A5A5

    /// Runs `body` on a junk-filled buffer of exactly `capacity` limbs and checks the result.
    static func produce(_ capacity: Int, _ body: (UnsafeMutableBufferPointer<UInt64>) -> BigMagnitude.Signed) -> TestBig {
        var storage = [UInt64](repeating: 0xDEAD_BEEF_DEAD_BEEF, count: capacity + 2)
        storage[capacity] = guardLimb
        storage[capacity + 1] = guardLimb
        let result = storage.withUnsafeMutableBufferPointer { all in
            body(UnsafeMutableBufferPointer(rebasing: all[0..<capacity]))
        }
        #expect(storage[capacity] == guardLimb && storage[capacity + 1] == guardLimb, "output overrun")
        #expect(result.count >= 0 && result.count <= capacity)
        #expect(result.count == 0 || storage[result.count - 1] != 0, "result not normalised")
        #expect(!(result.negative && result.count == 0), "negative zero")
        return TestBig(negative: result.negative, limbs: Array(storage[0..<result.count]))
    }

    // MARK: Operators through the signed API

    static func binary(_ a: TestBig, _ b: TestBig, capacity: Int,
                       _ op: (UnsafeBufferPointer<UInt64>, Bool, UnsafeBufferPointer<UInt64>, Bool,
                              UnsafeMutableBufferPointer<UInt64>) -> BigMagnitude.Signed) -> TestBig {
        a.withLimbs { ap in b.withLimbs { bp in produce(capacity) { op(ap, a.negative, bp, b.negative, $0) } } }
    }

    static func + (a: TestBig, b: TestBig) -> TestBig {
        binary(a, b, capacity: max(a.limbs.count, b.limbs.count) + 1) {
            BigMagnitude.addSigned($0, negative: $1, $2, negative: $3, into: $4)
        }
    }

    static func - (a: TestBig, b: TestBig) -> TestBig {
        binary(a, b, capacity: max(a.limbs.count, b.limbs.count) + 1) {
            BigMagnitude.subtractSigned($0, negative: $1, $2, negative: $3, into: $4)
        }
    }

    static prefix func - (a: TestBig) -> TestBig { TestBig(negative: !a.negative, limbs: a.limbs) }

    static func * (a: TestBig, b: TestBig) -> TestBig {
        binary(a, b, capacity: a.limbs.count + b.limbs.count) {
            BigMagnitude.multiplySigned($0, negative: $1, $2, negative: $3, into: $4)
        }
    }

    /// Erlang `div` and `rem`.
    func quotientAndRemainder(dividingBy b: TestBig) -> (quotient: TestBig, remainder: TestBig) {
        let qCapacity = BigMagnitude.quotientCapacity(dividendCount: limbs.count, divisorCount: b.limbs.count)
        let rCapacity = min(limbs.count, b.limbs.count)
        var remainder = TestBig.zero
        let quotient = withLimbs { ap in
            b.withLimbs { bp in
                TestBig.produce(qCapacity) { q in
                    var qResult: BigMagnitude.Signed = (false, 0)
                    remainder = TestBig.produce(rCapacity) { r in
                        let (qs, rs) = BigMagnitude.divideSigned(ap, negative: negative, by: bp, negative: b.negative,
                                                                 quotient: q, remainder: r)
                        qResult = qs
                        return rs
                    }
                    return qResult
                }
            }
        }
        return (quotient, remainder)
    }

    static func / (a: TestBig, b: TestBig) -> TestBig { a.quotientAndRemainder(dividingBy: b).quotient }
    static func % (a: TestBig, b: TestBig) -> TestBig { a.quotientAndRemainder(dividingBy: b).remainder }

    /// Erlang `bsl` (a negative count shifts right, rounding toward minus infinity).
    func shifted(_ shift: Int) -> TestBig {
        let capacity = BigMagnitude.shiftSignedCapacity(count: limbs.count, shift: shift)
        return withLimbs { ap in
            TestBig.produce(capacity) { BigMagnitude.shiftSigned(ap, negative: negative, by: shift, into: $0) }
        }
    }

    static func << (a: TestBig, n: Int) -> TestBig { a.shifted(n) }
    static func >> (a: TestBig, n: Int) -> TestBig { a.shifted(-n) }

    static func & (a: TestBig, b: TestBig) -> TestBig {
        binary(a, b, capacity: BigMagnitude.bitwiseCapacity(a.limbs.count, b.limbs.count)) {
            BigMagnitude.bitAnd($0, negative: $1, $2, negative: $3, into: $4)
        }
    }

    static func | (a: TestBig, b: TestBig) -> TestBig {
        binary(a, b, capacity: BigMagnitude.bitwiseCapacity(a.limbs.count, b.limbs.count)) {
            BigMagnitude.bitOr($0, negative: $1, $2, negative: $3, into: $4)
        }
    }

    static func ^ (a: TestBig, b: TestBig) -> TestBig {
        binary(a, b, capacity: BigMagnitude.bitwiseCapacity(a.limbs.count, b.limbs.count)) {
            BigMagnitude.bitXor($0, negative: $1, $2, negative: $3, into: $4)
        }
    }

    static prefix func ~ (a: TestBig) -> TestBig {
        a.withLimbs { ap in produce(a.limbs.count + 1) { BigMagnitude.bitNot(ap, negative: a.negative, into: $0) } }
    }

    static func compare(_ a: TestBig, _ b: TestBig) -> Int {
        a.withLimbs { ap in b.withLimbs { bp in BigMagnitude.compareSigned(ap, negative: a.negative, bp, negative: b.negative) } }
    }
}

/// A small deterministic generator (SplitMix64) for reproducible random operands.
struct TestRandom {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }

    /// A limb biased toward edge patterns.
    mutating func limb() -> UInt64 {
        switch below(10) {
        case 0: return 0
        case 1: return .max
        case 2: return 1 << 63
        case 3: return next() >> UInt64(below(64))
        default: return next()
        }
    }

    /// A magnitude of exactly `count` limbs (top limb non-zero) or zero for count 0.
    mutating func magnitude(limbs count: Int) -> TestBig {
        var limbs = (0..<count).map { _ in limb() }
        if count > 0 && limbs[count - 1] == 0 { limbs[count - 1] = next() | 1 }
        return TestBig(negative: false, limbs: limbs)
    }

    /// A signed value of up to `maxLimbs` limbs, small sizes favoured.
    mutating func big(maxLimbs: Int, signed: Bool = true) -> TestBig {
        let count = below(3) == 0 ? below(maxLimbs + 1) : below(min(maxLimbs, 6) + 1)
        let m = magnitude(limbs: count)
        return signed && below(2) == 0 ? -m : m
    }
}

@Suite struct BignumBasicTests {
    @Test func boundaries() {
        #expect(TestBig("576460752303423488") == .pow2(59))
        #expect(TestBig("1152921504606846976") == .pow2(60))
        #expect(TestBig("9223372036854775808") == .pow2(63))
        #expect(TestBig("18446744073709551616") == .pow2(64))
        #expect(TestBig("170141183460469231731687303715884105728") == .pow2(127))
        #expect(TestBig("340282366920938463463374607431768211456") == .pow2(128))
        #expect(TestBig("1606938044258990275541962092341162602522202993782792835301376") == .pow2(200))
        #expect(TestBig.pow2(64) - .one == TestBig(negative: false, limbs: [.max]))
        #expect(TestBig.pow2(128) - .one == TestBig(negative: false, limbs: [.max, .max]))
        #expect(TestBig(negative: false, limbs: [.max, .max]) + .one == .pow2(128))
        #expect(-TestBig.pow2(64) + .one == TestBig(negative: true, limbs: [.max]))
        #expect(TestBig.pow2(60) - .pow2(60) == .zero)
        #expect((TestBig.pow2(60) - .pow2(60)).negative == false)
        #expect(TestBig.pow2(63).description == "9223372036854775808")
        #expect((-TestBig.pow2(59)).description == "-576460752303423488")
    }

    @Test func comparison() {
        let values: [TestBig] = [-.pow2(128), -.pow2(64), TestBig(-5), .zero, .one, .pow2(63), .pow2(64), .pow2(128)]
        for (i, x) in values.enumerated() {
            for (j, y) in values.enumerated() {
                #expect(TestBig.compare(x, y) == (i < j ? -1 : i == j ? 0 : 1))
            }
        }
        // Leading zero limbs and a negative zero are tolerated on input.
        [UInt64(5), 0, 0].withUnsafeBufferPointer { a in
            [UInt64(5)].withUnsafeBufferPointer { b in
                #expect(BigMagnitude.compare(a, b) == 0)
                #expect(BigMagnitude.normalizedCount(a) == 1)
            }
        }
        [UInt64]().withUnsafeBufferPointer { z in
            #expect(BigMagnitude.compareSigned(z, negative: true, z, negative: false) == 0)
        }
    }

    @Test func int64Conversion() {
        for v: Int64 in [0, 1, -1, .max, .min, .min + 1, 1 << 59, -(1 << 60)] {
            let big = TestBig(Int128(v))
            #expect(big.withLimbs { BigMagnitude.int64Value($0, negative: big.negative) } == v)
            var out = [UInt64](repeating: 0, count: 1)
            let s = out.withUnsafeMutableBufferPointer { BigMagnitude.fromInt64(v, into: $0) }
            #expect(TestBig(negative: s.negative, limbs: Array(out[0..<s.count])) == big)
        }
        for big in [TestBig.pow2(63), -TestBig.pow2(63) - .one, .pow2(64)] {
            #expect(big.withLimbs { BigMagnitude.int64Value($0, negative: big.negative) } == nil)
        }
    }

    @Test func bitLengthAndPopcount() {
        let cases: [(TestBig, Int, Int)] = [
            (.zero, 0, 0), (.one, 1, 1), (.pow2(63), 64, 1), (.pow2(64), 65, 1),
            (.pow2(128) - .one, 128, 128), (TestBig("255"), 8, 8), (TestBig(negative: false, limbs: [7, 0, 3]), 130, 5),
        ]
        for (value, bits, ones) in cases {
            #expect(value.withLimbs { BigMagnitude.bitLength($0) } == bits)
            #expect(value.withLimbs { BigMagnitude.popcount($0) } == ones)
        }
    }

    @Test func singleLimbOperationsInPlace() {
        var buffer: [UInt64] = [.max, .max, 0]
        let n = buffer.withUnsafeMutableBufferPointer { r in
            BigMagnitude.addLimb(UnsafeBufferPointer(rebasing: r[0..<2]), 1, into: r)
        }
        #expect(n == 3 && buffer == [0, 0, 1])
        let m = buffer.withUnsafeMutableBufferPointer { r in
            BigMagnitude.subtractLimb(UnsafeBufferPointer(r), 1, into: r)
        }
        #expect(m == 2 && Array(buffer[0..<2]) == [.max, .max])
        let k = buffer.withUnsafeMutableBufferPointer { r in
            BigMagnitude.multiplyAddLimb(UnsafeBufferPointer(rebasing: r[0..<2]), 10, adding: 9, into: r)
        }
        // (2^128 - 1) * 10 + 9 = 10 * 2^128 - 1
        #expect(k == 3 && buffer == [.max, .max, 9])
    }

    @Test func smallValuesAgainstInt128() {
        var random = TestRandom(seed: 1)
        for _ in 0..<2000 {
            // Operands below 2^62 in magnitude so that every result fits an Int128.
            let x = Int128(Int64(bitPattern: random.next()) >> Int64(random.below(63) + 1))
            let y = Int128(Int64(bitPattern: random.next()) >> Int64(random.below(63) + 1))
            let a = TestBig(x), b = TestBig(y)
            #expect((a + b).int128 == x + y)
            #expect((a - b).int128 == x - y)
            #expect((a * b).int128 == x * y)
            #expect(TestBig.compare(a, b) == (x < y ? -1 : x == y ? 0 : 1))
            if y != 0 {
                let (q, r) = a.quotientAndRemainder(dividingBy: b)
                #expect(q.int128 == x / y)      // Swift truncates like Erlang div
                #expect(r.int128 == x % y)      // and the remainder takes the dividend's sign
            }
            #expect((a & b).int128 == x & y)
            #expect((a | b).int128 == x | y)
            #expect((a ^ b).int128 == x ^ y)
            #expect((~a).int128 == ~x)
            let s = random.below(64)            // |x| < 2^62, so x << s fits an Int128
            #expect((a << s).int128 == x << s)
            #expect((a >> s).int128 == x >> s)   // arithmetic shift rounds toward -infinity
            #expect(a.description == String(x))
        }
    }
}
