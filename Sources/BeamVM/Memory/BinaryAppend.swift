// Appending to a bitstring (`<<Acc/binary, ...>>`) in amortised constant time.
//
// A refc binary's block may have room after the longest bitstring built on it (its `used`
// mark, see BinaryStorage). Whoever holds a bitstring ending exactly at that mark claims the
// room with a compare-and-swap and writes the new segments in place; the result is a new
// sub binary over the same refc object. Everyone else (heap binaries, bitstrings that end
// before the mark, full blocks) copies into a new block with as much room again, so a loop
// that appends to its accumulator copies each byte O(1) times on average.

extension Process {
    /// Heap words `appendTarget` may allocate.
    @inline(__always) static var appendWords: Int { 8 }

    /// Makes room for `extra` bits after the bitstring `source` and returns the bitstring that
    /// will hold both, the data it lives in and the bit offset at which to write the new bits.
    /// - Precondition: `source.isBitstring`, `extra > 0`.
    func appendTarget(_ source: Term, extraBits extra: Int) -> (result: Term, base: UnsafeMutablePointer<UInt8>, offset: Int) {
        let object = source.boxedPointer
        var original = object
        var start = 0
        let size: Int
        switch Header.subtag(object[0]) {
        case Subtag.subBinary.rawValue:
            original = object[3].boxedPointer
            start = Int(object[2].raw)
            size = Int(object[1].raw)
        case Subtag.matchContext.rawValue:
            original = object[1].boxedPointer
            start = Int(object[3].raw)
            size = Int(object[4].raw) - start
        default:
            size = Int(object[1].raw) * 8
        }
        if Header.subtag(original[0]) == Subtag.refcBinary.rawValue {
            let storage = BinaryStorage(raw: UnsafeMutableRawPointer(bitPattern: UInt(original[2].raw))!)
            if storage.claimAppend(fromBit: start + size, extraBits: extra) {
                let result = subBinary(of: .boxed(original), bitOffset: start, bitSize: size + extra)
                return (result, storage.bytes, start + size)
            }
        }
        let bits = size + extra
        let bytes = (bits + 7) >> 3
        let storage = BinaryStorage.allocate(capacity: Swift.max(bytes * 2, 256), usedBits: bits)
        if size > 0 {
            BitCopy.copy(from: BitstringView.bytes(ofUnderlying: original), start, to: storage.bytes, 0, count: size)
        }
        var result = refcBinary(storage, size: bytes)
        if bits & 7 != 0 { result = subBinary(of: result, bitOffset: 0, bitSize: bits) }
        return (result, storage.bytes, size)
    }

    /// `bs_init_writable`: an empty binary on a block with room for `hint` bytes (1024 when
    /// the hint is not a non-negative small integer), for a comprehension to append to.
    func writableBinary(hint: Term) -> Term {
        var capacity = 1024
        if hint.isSmall && hint.smallValue >= 0 { capacity = hint.smallValue }
        return refcBinary(BinaryStorage.allocate(capacity: capacity, usedBits: 0), size: 0)
    }
}
