import Testing

@testable import BeamVM

/// Decimal printing of very large magnitudes (the divide-and-conquer path).
@Suite struct BignumTextSplitTests {
    /// 2^e in decimal has floor(e * log10(2)) + 1 digits and ends in 6, 2, 4 or 8.
    @Test(arguments: [2624, 10_000, 65_536, 131_072, 262_144, 524_544])
    func powersOfTwo(_ exponent: Int) {
        var limbs = [UInt64](repeating: 0, count: exponent / 64 + 1)
        limbs[exponent / 64] = 1 << UInt64(exponent % 64)
        let text = TestBig(negative: false, limbs: limbs).text(radix: 10)
        let log10of2 = 0.30102999566398119521
        #expect(text.utf8.count == Int((Double(exponent) * log10of2).rounded(.down)) + 1)
        #expect(text.utf8.last == Array("6248".utf8)[exponent % 4])
        #expect(text.utf8.first != UInt8(ascii: "0"))
    }

    /// Every limb count across the range where the splitting scratch space ran out (the
    /// quotient side shrinks by only a quarter per level when the chosen power is small).
    @Test func limbCountsAroundPowerBoundaries() {
        for n in stride(from: 40, through: 2600, by: 37) {
            let limbs = [UInt64](repeating: 0xFFFF_FFFF_FFFF_FFFF, count: n)
            let text = TestBig(negative: false, limbs: limbs).text(radix: 10)
            // 2^(64n) - 1 has floor(64n * log10(2)) + 1 digits.
            #expect(text.utf8.count == Int((Double(64 * n) * 0.30102999566398119521).rounded(.down)) + 1, "n = \(n)")
        }
    }
}
