// Divide-and-conquer printing of large magnitudes in a radix that is not a power of two.
//
// With b the chunk base (the largest power of the radix below 2^64, worth k digits) and
// P_i = b^(2^i), a number x is split as x = q * P_i + r with P_i about the square root of
// x; r is printed as exactly k * 2^i digits (zero-padded) and q in front of it, both
// recursively. Small pieces fall back to repeated division by b.

extension BigMagnitude {
    /// Magnitudes with at least this many limbs are printed by divide and conquer.
    static let textSplitThreshold = 40

    private static let maximumPowerLevels = 64

    /// Writes the digits of `x` (`n >= 1` limbs, destroyed) so that they end at
    /// `out[end - 1]`; returns the index of the first digit.
    static func writeDigitsSplitting(_ x: UnsafeMutablePointer<UInt64>, _ n: Int, _ radix: Int,
                                     _ out: UnsafeMutablePointer<UInt8>, _ end: Int) -> Int {
        let (base, _) = chunkBase(radix: radix)
        let powersCapacity = n &+ 2 &* maximumPowerLevels
        // Each level of `convert` holds n + 1 words and recurses on at most 3/4 of them (the
        // power chosen has more than a quarter of the limbs), so the deepest path needs about
        // 4n words plus a few per level.
        let stackCapacity = 4 &* (n &+ 2) &+ 8 &* maximumPowerLevels
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: 2 &* maximumPowerLevels) { table in
            withUnsafeTemporaryAllocation(of: UInt64.self, capacity: powersCapacity &+ stackCapacity) { scratch in
                let offsets = table.baseAddress!, counts = offsets + maximumPowerLevels
                let powers = scratch.baseAddress!
                // P_0 = b, P_(i+1) = P_i^2, while P_i stays within about half of x.
                powers[0] = base
                offsets[0] = 0
                counts[0] = 1
                var levels = 1, used = 1
                let half = (n &+ 1) / 2
                while levels < maximumPowerLevels && 2 &* counts[levels &- 1] &- 1 <= half {
                    let m = counts[levels &- 1]
                    precondition(used &+ 2 &* m <= powersCapacity, "text split: power table overflow")
                    let count = square(Limbs(start: powers + offsets[levels &- 1], count: m),
                                       into: MutableLimbs(start: powers + used, count: 2 &* m))
                    offsets[levels] = used
                    counts[levels] = count
                    used &+= count
                    levels &+= 1
                }
                let splitter = TextSplitter(radix: radix, powers: powers, offsets: offsets, counts: counts,
                                            levels: levels, stackEnd: powers + (powersCapacity &+ stackCapacity))
                return splitter.convert(x, n, out, end, minimumDigits: 0, stack: powers + powersCapacity)
            }
        }
    }

    /// The power table and parameters of one divide-and-conquer conversion.
    private struct TextSplitter {
        let radix: Int
        let powers: UnsafeMutablePointer<UInt64>
        let offsets: UnsafeMutablePointer<Int>
        let counts: UnsafeMutablePointer<Int>
        let levels: Int
        let stackEnd: UnsafeMutablePointer<UInt64>

        /// Writes `x` (n limbs, destroyed) ending at `out[end - 1]`, zero-padded to at least
        /// `minimumDigits` digits; `stack` is free scratch. Returns the first digit's index.
        func convert(_ x: UnsafeMutablePointer<UInt64>, _ n: Int, _ out: UnsafeMutablePointer<UInt8>,
                     _ end: Int, minimumDigits: Int, stack: UnsafeMutablePointer<UInt64>) -> Int {
            let n = trimmed(x, n)
            if n < textSplitThreshold {
                return writeDigitsByChunks(x, n, radix, out, end, minimumDigits: minimumDigits)
            }
            var level = levels &- 1
            while level > 0 && counts[level] > (n &+ 1) / 2 { level &-= 1 }
            let m = counts[level]
            let q = stack, qCapacity = n &- m &+ 1
            let r = q + qCapacity
            let deeper = r + m
            precondition(deeper <= stackEnd, "text split: stack overflow")
            let (qCount, rCount) = divide(Limbs(start: x, count: n),
                                          by: Limbs(start: powers + offsets[level], count: m),
                                          quotient: MutableLimbs(start: q, count: qCapacity),
                                          remainder: MutableLimbs(start: r, count: m))
            let (_, digitsPerChunk) = chunkBase(radix: radix)
            let lowDigits = digitsPerChunk << level
            _ = convert(r, rCount, out, end, minimumDigits: lowDigits, stack: deeper)
            return convert(q, qCount, out, end &- lowDigits,
                           minimumDigits: max(0, minimumDigits &- lowDigits), stack: deeper)
        }
    }
}
