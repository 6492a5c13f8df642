// Copying and comparing runs of bits between byte buffers. Bits are numbered as the bit
// syntax sees them: bit 0 is the most significant bit of the first byte.
//
// Nothing here reads a byte that holds none of the bits asked for, so a run that ends at the
// end of a buffer never reads past it.

/// Bit-level copies and comparisons on raw bytes.
enum BitCopy {
    /// A mask of the `count` (0...8) most significant bits of a byte.
    @inline(__always)
    static func highMask(_ count: Int) -> UInt8 { UInt8(truncatingIfNeeded: 0xFF00 >> count) }

    /// `count` (1...8) bits starting at bit `offset`, right-aligned in a byte.
    @inline(__always)
    static func read(_ source: UnsafePointer<UInt8>, _ offset: Int, _ count: Int) -> UInt8 {
        let index = offset >> 3
        let shift = offset & 7
        var window = UInt16(source[index]) << 8
        if shift + count > 8 { window |= UInt16(source[index + 1]) }
        return UInt8(truncatingIfNeeded: (window << shift) >> (16 - count))
    }

    /// The 8 bits starting at bit `offset`.
    @inline(__always)
    static func readByte(_ source: UnsafePointer<UInt8>, _ offset: Int) -> UInt8 {
        let index = offset >> 3
        let shift = offset & 7
        if shift == 0 { return source[index] }
        let window = UInt16(source[index]) << 8 | UInt16(source[index + 1])
        return UInt8(truncatingIfNeeded: window >> (8 - shift))
    }

    /// Copies `count` bits from bit `sourceOffset` of `source` to bit `destinationOffset` of
    /// `destination`. The other bits of partly written destination bytes keep their values.
    /// - Precondition: the runs do not overlap.
    static func copy(from source: UnsafePointer<UInt8>, _ sourceOffset: Int,
                     to destination: UnsafeMutablePointer<UInt8>, _ destinationOffset: Int, count: Int) {
        var remaining = count
        var s = sourceOffset
        var d = destinationOffset
        guard remaining > 0 else { return }
        if d & 7 != 0 {
            let room = 8 - (d & 7)
            let n = min(room, remaining)
            let shift = room - n
            let mask = highMask(n) >> (8 - room)
            let bits = read(source, s, n) << shift
            destination[d >> 3] = (destination[d >> 3] & ~mask) | bits
            s += n
            d += n
            remaining -= n
        }
        let whole = remaining >> 3
        if whole > 0 {
            if s & 7 == 0 {
                (destination + (d >> 3)).update(from: source + (s >> 3), count: whole)
            } else {
                var out = destination + (d >> 3)
                var bit = s
                for _ in 0..<whole {
                    out.pointee = readByte(source, bit)
                    out += 1
                    bit += 8
                }
            }
            s += whole << 3
            d += whole << 3
            remaining &= 7
        }
        if remaining > 0 {
            let mask = highMask(remaining)
            let bits = read(source, s, remaining) << (8 - remaining)
            destination[d >> 3] = (destination[d >> 3] & ~mask) | bits
        }
    }

    /// Whether `count` bits at `aOffset` of `a` equal `count` bits at `bOffset` of `b`.
    static func equal(_ a: UnsafePointer<UInt8>, _ aOffset: Int, _ b: UnsafePointer<UInt8>, _ bOffset: Int,
                      count: Int) -> Bool {
        if aOffset & 7 == 0 && bOffset & 7 == 0 {
            let whole = count >> 3
            if whole > 0 && memcmp(a + (aOffset >> 3), b + (bOffset >> 3), whole) != 0 { return false }
            let rest = count & 7
            if rest == 0 { return true }
            return read(a, aOffset + whole * 8, rest) == read(b, bOffset + whole * 8, rest)
        }
        var done = 0
        while count - done >= 8 {
            if readByte(a, aOffset + done) != readByte(b, bOffset + done) { return false }
            done += 8
        }
        let rest = count - done
        return rest == 0 || read(a, aOffset + done, rest) == read(b, bOffset + done, rest)
    }
}

#if canImport(Glibc)
import Glibc
#endif
