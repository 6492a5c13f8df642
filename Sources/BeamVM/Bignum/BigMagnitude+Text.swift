// Conversion to and from ASCII text in radix 2...36.
//
// Power-of-two radixes are converted by moving bits directly (linear time). Other
// radixes work a limb-sized chunk at a time: the number is divided repeatedly by the
// largest power of the radix that fits a limb (using a precomputed reciprocal), and
// parsed by multiplying by that power and adding a chunk of digits. Large numbers are
// printed by splitting them, divide and conquer, by squared powers of that chunk base
// (BigMagnitude+TextSplit.swift). With algorithm D as the divider that is still
// quadratic, but its inner loops are multiply-subtract rather than one two-limb division
// per limb and digit chunk, which makes it two to three times faster on large numbers.

extension BigMagnitude {
    /// The largest power of `radix` below 2^64 and its exponent.
    @inline(__always)
    static func chunkBase(radix: Int) -> (base: UInt64, digits: Int) {
        var base = UInt64(radix), digits = 1
        while true {
            let (next, overflow) = base.multipliedReportingOverflow(by: UInt64(radix))
            if overflow { return (base, digits) }
            base = next
            digits &+= 1
        }
    }

    /// log2(radix) if `radix` is a power of two, else 0.
    @inline(__always)
    static func bitsPerDigit(radix: Int) -> Int {
        radix & (radix &- 1) == 0 ? radix.trailingZeroBitCount : 0
    }

    /// ceil(2^32 / log2(radix)) for radix 2...36: digits per bit, as a 32.32 fixed-point
    /// upper bound.
    private static let digitsPerBit: [UInt64] = [
        4294967296, 2709822658, 2147483648, 1849741733, 1661520156, 1529898220, 1431655766,
        1354911329, 1292913987, 1241523976, 1198050830, 1160664036, 1128071164, 1099331346,
        1073741824, 1050766078, 1029986702, 1011073585, 993761859, 977836273, 963119892,
        949465784, 936750802, 924870867, 913737343, 903274220, 893415895, 884105414,
        875293063, 866935226, 858993460, 851433730, 844225783, 837342624, 830760078,
    ]

    /// ceil(2^32 * log2(radix)) for radix 2...36: bits per digit, as a 32.32 fixed-point
    /// upper bound.
    private static let bitsPerDigitBound: [UInt64] = [
        4294967296, 6807362106, 8589934592, 9972605232, 11102329402, 12057497579, 12884901888,
        13614724212, 14267572528, 14858145665, 15397296698, 15893267571, 16352464875,
        16779967338, 17179869184, 17555519227, 17909691508, 18244709747, 18562539824,
        18864859685, 19153112961, 19428550663, 19692263994, 19945210463, 20188234867,
        20422086318, 20647432171, 20864869499, 21074934634, 21278111132, 21474836480,
        21665507771, 21850486523, 22030102810, 22204658804,
    ]

    /// ceil(x * factor / 2^32) for a 32.32 fixed-point factor.
    @inline(__always)
    private static func scaleUp(_ x: Int, _ factor: UInt64) -> Int {
        let (high, low) = UInt64(x).multipliedFullWidth(by: factor)
        return Int((high << 32) | (low >> 32)) &+ ((low & 0xFFFF_FFFF) != 0 ? 1 : 0)
    }

    /// Bytes needed by `toText` for a magnitude of `bits` significant bits in `radix`,
    /// sign included. Precondition: `2 <= radix <= 36`.
    static func textCapacity(bits: Int, radix: Int) -> Int {
        precondition((2...36).contains(radix), "radix out of range")
        if bits == 0 { return 1 }
        return scaleUp(bits, digitsPerBit[radix &- 2]) &+ 1
    }

    /// Bytes needed by `toText` for an `na`-limb magnitude in `radix`, sign included.
    /// Precondition: `2 <= radix <= 36`.
    static func textCapacity(count na: Int, radix: Int) -> Int {
        textCapacity(bits: na &* 64, radix: radix)
    }

    /// Limbs needed by `parse` for `digitCount` digits in `radix`.
    /// Precondition: `2 <= radix <= 36`.
    static func parseCapacity(digitCount: Int, radix: Int) -> Int {
        precondition((2...36).contains(radix), "radix out of range")
        let bits = scaleUp(digitCount, bitsPerDigitBound[radix &- 2])
        return (bits &+ 63) / 64
    }

    /// The ASCII character for digit `d` (`d < 36`): '0'...'9', then 'A'...'Z'.
    @inline(__always)
    static func digitCharacter(_ d: UInt64) -> UInt8 {
        d < 10 ? UInt8(truncatingIfNeeded: d) &+ 48 : UInt8(truncatingIfNeeded: d) &+ 55
    }

    /// The value of ASCII digit `c` in any radix up to 36 (letters in either case), or 99
    /// if `c` is not a digit or letter.
    @inline(__always)
    static func digitValue(_ c: UInt8) -> UInt64 {
        switch c {
        case 48...57: return UInt64(c &- 48)
        case 65...90: return UInt64(c &- 55)
        case 97...122: return UInt64(c &- 87)
        default: return 99
        }
    }

    /// Writes the text of (`negative`, `a`) in `radix` (digits 0-9 then uppercase A-Z, a
    /// leading '-' when negative and non-zero) to the start of `out` and returns the number
    /// of bytes written. Preconditions: `2 <= radix <= 36`,
    /// `out.count >= textCapacity(bits: bitLength(a), radix: radix)`
    /// (`textCapacity(count: na, radix: radix)` is enough too). Scratch space for radixes that
    /// are not powers of two comes from `withUnsafeTemporaryAllocation`.
    static func toText(_ a: Limbs, negative: Bool, radix: Int, into out: UnsafeMutableBufferPointer<UInt8>) -> Int {
        let na = normalizedCount(a)
        precondition(out.count >= textCapacity(bits: bitLength(a), radix: radix), "toText: output too small")
        let op = out.baseAddress!
        if na == 0 { op[0] = 48; return 1 }
        var start = 0
        if negative { op[0] = 45; start = 1 }
        let shift = bitsPerDigit(radix: radix)
        if shift != 0 {
            return start &+ writePowerOfTwoRadix(a.baseAddress!, na, shift, op + start)
        }
        // Digits are produced from the least significant end, into the tail of `out`.
        let end = out.count
        let first = withUnsafeTemporaryAllocation(of: UInt64.self, capacity: na) { scratch in
            let sp = scratch.baseAddress!
            sp.update(from: a.baseAddress!, count: na)
            return writeDigitsBackward(sp, na, radix, op, end)
        }
        let length = end &- first
        if first != start {
            // Move the digits to the front; the regions may overlap and first > start.
            var i = 0
            while i < length { op[start &+ i] = op[first &+ i]; i &+= 1 }
        }
        return start &+ length
    }

    /// The text of (`negative`, `a`) in `radix` as a `String` (see `toText`).
    static func toString(_ a: Limbs, negative: Bool, radix: Int) -> String {
        let capacity = textCapacity(bits: bitLength(a), radix: radix)
        return String(unsafeUninitializedCapacity: capacity) { buffer in
            toText(a, negative: negative, radix: radix, into: buffer)
        }
    }

    /// Power-of-two radix: digit k is bits [k*shift, (k+1)*shift). Returns the digit count.
    private static func writePowerOfTwoRadix(_ a: UnsafePointer<UInt64>, _ na: Int, _ shift: Int,
                                             _ out: UnsafeMutablePointer<UInt8>) -> Int {
        let bits = na &* 64 &- a[na &- 1].leadingZeroBitCount
        let digits = (bits &+ shift &- 1) / shift
        let mask: UInt64 = (1 << UInt64(shift)) &- 1
        var k = 0
        while k < digits {
            let position = k &* shift
            let limb = position >> 6, offset = position & 63
            var value = a[limb] >> UInt64(offset)
            if offset &+ shift > 64 && limb &+ 1 < na {
                value |= a[limb &+ 1] << UInt64(64 &- offset)
            }
            out[digits &- 1 &- k] = digitCharacter(value & mask)
            k &+= 1
        }
        return digits
    }

    /// Writes the digits of `x` (destroyed; `n >= 1` limbs) backward so that they end at
    /// `out[end - 1]`, returning the index of the first digit.
    static func writeDigitsBackward(_ x: UnsafeMutablePointer<UInt64>, _ n: Int, _ radix: Int,
                                    _ out: UnsafeMutablePointer<UInt8>, _ end: Int) -> Int {
        if n >= textSplitThreshold {
            return writeDigitsSplitting(x, n, radix, out, end)
        }
        return writeDigitsByChunks(x, n, radix, out, end, minimumDigits: 0)
    }

    /// Repeated division by the chunk base. Writes at least `minimumDigits` digits
    /// (padding with zeros); returns the index of the first digit written.
    static func writeDigitsByChunks(_ x: UnsafeMutablePointer<UInt64>, _ n: Int, _ radix: Int,
                                    _ out: UnsafeMutablePointer<UInt8>, _ end: Int,
                                    minimumDigits: Int) -> Int {
        switch radix {
        case 10: return writeChunks(x, n, 10, out, end, minimumDigits)
        default: return writeChunks(x, n, UInt64(radix), out, end, minimumDigits)
        }
    }

    /// `writeDigitsByChunks` for a given radix; inlined so that a constant radix (10) turns
    /// the per-digit division into a multiplication.
    @inline(__always)
    private static func writeChunks(_ x: UnsafeMutablePointer<UInt64>, _ n: Int, _ radix: UInt64,
                                    _ out: UnsafeMutablePointer<UInt8>, _ end: Int, _ minimumDigits: Int) -> Int {
        let (base, digitsPerChunk) = chunkBase(radix: Int(radix))
        let divisor = LimbDivisor(base)
        var n = trimmed(x, n)
        var position = end
        while n > 0 {
            var chunk = divideByLimb(x, x, n, divisor)
            n = trimmed(x, n)
            if n == 0 {
                while chunk != 0 {
                    position &-= 1
                    out[position] = digitCharacter(chunk % radix)
                    chunk /= radix
                }
            } else {
                var k = 0
                while k < digitsPerChunk {
                    position &-= 1
                    out[position] = digitCharacter(chunk % radix)
                    chunk /= radix
                    k &+= 1
                }
            }
        }
        let first = end &- minimumDigits
        while position > first {
            position &-= 1
            out[position] = 48
        }
        return position
    }

    /// Parses ASCII digits (no sign) in `radix`, case-insensitively, into `r`; returns the
    /// normalised count, or nil if `text` is empty or contains a character that is not a
    /// digit of `radix`. Preconditions: `2 <= radix <= 36`,
    /// `r.count >= parseCapacity(digitCount: text.count, radix: radix)`.
    static func parse(_ text: UnsafeBufferPointer<UInt8>, radix: Int, into r: MutableLimbs) -> Int? {
        precondition((2...36).contains(radix), "radix out of range")
        let length = text.count
        if length == 0 { return nil }
        let limit = UInt64(radix)
        for c in text where digitValue(c) >= limit { return nil }
        precondition(r.count >= parseCapacity(digitCount: length, radix: radix), "parse: output too small")
        let tp = text.baseAddress!, rp = r.baseAddress!
        let shift = bitsPerDigit(radix: radix)
        if shift != 0 {
            // Pack bits from the least significant digit up.
            var limb = 0, filled = 0
            var accumulator: UInt64 = 0
            var i = length
            while i > 0 {
                i &-= 1
                let v = digitValue(tp[i])
                accumulator |= v << UInt64(filled)
                filled &+= shift
                if filled >= 64 {
                    rp[limb] = accumulator
                    limb &+= 1
                    filled &-= 64
                    accumulator = filled > 0 ? v >> UInt64(shift &- filled) : 0
                }
            }
            if filled > 0 { rp[limb] = accumulator; limb &+= 1 }
            return trimmed(rp, limb)
        }
        let (base, digitsPerChunk) = chunkBase(radix: radix)
        var count = 0
        var i = 0
        var chunkLength = length % digitsPerChunk
        if chunkLength == 0 { chunkLength = digitsPerChunk }
        while i < length {
            var chunk: UInt64 = 0
            var k = 0
            while k < chunkLength {
                chunk = chunk &* limit &+ digitValue(tp[i &+ k])
                k &+= 1
            }
            i &+= chunkLength
            // The first chunk has chunkLength digits, every later one digitsPerChunk.
            let scale = i == chunkLength ? 1 : base
            if count == 0 {
                if chunk != 0 { rp[0] = chunk; count = 1 }
            } else {
                let high = multiplyByLimb(rp, rp, count, scale, chunk)
                if high != 0 { rp[count] = high; count &+= 1 }
            }
            chunkLength = digitsPerChunk
        }
        return count
    }

    /// Parses an optional leading '+' or '-' followed by digits in `radix` (see `parse`).
    /// Returns nil on an empty digit sequence or a bad character. Capacity:
    /// `r.count >= parseCapacity(digitCount: text.count, radix: radix)`.
    static func parseSigned(_ text: UnsafeBufferPointer<UInt8>, radix: Int, into r: MutableLimbs) -> Signed? {
        var negative = false
        var digits = text
        if let first = text.first, first == 45 || first == 43 {
            negative = first == 45
            digits = UnsafeBufferPointer(rebasing: text.dropFirst())
        }
        guard let count = parse(digits, radix: radix, into: r) else { return nil }
        return (negative && count > 0, count)
    }
}
