import Testing
@testable import BeamVM

/// The block behind a refc binary, or behind the refc binary a sub binary slices.
func storage(of term: Term) -> BinaryStorage {
    let original = term.underlyingBinary.original.boxedPointer
    precondition(Header.subtag(original[0]) == Subtag.refcBinary.rawValue)
    return BinaryStorage(raw: UnsafeMutableRawPointer(bitPattern: UInt(original[2].raw))!)
}

/// Appends bytes to a bitstring the way `<<Acc/binary, Bytes/binary>>` does.
func append(_ p: Process, _ accumulator: Term, _ bytes: [UInt8]) -> Term {
    let (result, base, offset) = p.appendTarget(accumulator, extraBits: bytes.count * 8)
    bytes.withUnsafeBufferPointer { BitCopy.copy(from: $0.baseAddress!, 0, to: base, offset, count: bytes.count * 8) }
    return result
}

@Suite struct BinaryAppendTests {
    @Test func appendsInPlaceWhileThereIsRoom() {
        let p = Process(serial: 1)
        var acc = append(p, p.binary([]), [1, 2, 3])
        let block = storage(of: acc)
        #expect(block.capacity >= 256)
        for i in 0..<100 { acc = append(p, acc, [UInt8(i)]) }
        #expect(storage(of: acc).raw == block.raw, "every append reused the first block")
        #expect(BitstringView(acc).copyBytes() == [1, 2, 3] + (0..<100).map { UInt8($0) })
        #expect(block.usedBits == 103 * 8)
    }

    @Test func growsByDoublingWhenFull() {
        let p = Process(serial: 1)
        var acc = p.binary([])
        var blocks = 0
        var last: UnsafeMutableRawPointer?
        for i in 0..<10_000 {
            acc = append(p, acc, [UInt8(truncatingIfNeeded: i), 7, 7, 7])
            if storage(of: acc).raw != last {
                blocks += 1
                last = storage(of: acc).raw
            }
        }
        #expect(BitstringView(acc).byteCount == 40_000)
        #expect(blocks <= 9, "40,000 bytes from 256 by doubling take few blocks, not \(blocks)")
    }

    @Test func aSecondAppendToTheSameBaseCopies() {
        let p = Process(serial: 1)
        let base = append(p, p.binary([]), [9, 9])
        let first = append(p, base, [1])
        let second = append(p, base, [2])
        #expect(storage(of: first).raw == storage(of: base).raw)
        #expect(storage(of: second).raw != storage(of: base).raw, "the base no longer ends at the block's mark")
        #expect(BitstringView(first).copyBytes() == [9, 9, 1])
        #expect(BitstringView(second).copyBytes() == [9, 9, 2])
        #expect(BitstringView(base).copyBytes() == [9, 9])
    }

    @Test func bitstringsEndingInTheSameByteDoNotShareTheRoom() {
        let p = Process(serial: 1)
        let (seven, base7, offset7) = p.appendTarget(p.binary([]), extraBits: 7)
        BitSyntax.writeWord(0b1010101, bits: 7, little: false, to: base7, at: offset7)
        let (eight, base8, offset8) = p.appendTarget(seven, extraBits: 1)
        BitSyntax.writeWord(1, bits: 1, little: false, to: base8, at: offset8)
        // `seven` ends before the mark now, so a second append to it must copy.
        let (other, baseOther, offsetOther) = p.appendTarget(seven, extraBits: 2)
        BitSyntax.writeWord(0, bits: 2, little: false, to: baseOther, at: offsetOther)
        #expect(storage(of: other).raw != storage(of: eight).raw)
        #expect(BitstringView(eight).byte(0) == 0b1010_1011)
        #expect(BitstringView(other).bitSize == 9)
        #expect(BitstringView(other).byte(0) == 0b1010_1010)
    }

    @Test func sharedBlocksClaimWithCompareAndSwap() {
        let block = BinaryStorage.allocate(capacity: 16, usedBits: 8)
        block.retain()
        #expect(block.claimAppend(fromBit: 8, extraBits: 8))
        #expect(!block.claimAppend(fromBit: 8, extraBits: 8), "only one holder of the old end wins")
        #expect(!block.claimAppend(fromBit: 16, extraBits: 200), "no room")
        #expect(block.usedBits == 16)
        block.release()
        block.release()
    }

    @Test func literalSizedBlocksNeverGrowInPlace() {
        let p = Process(serial: 1)
        let full = p.binary([UInt8](repeating: 1, count: 100))
        let grown = append(p, full, [2])
        #expect(storage(of: grown).raw != storage(of: full).raw)
        #expect(BitstringView(grown).byteCount == 101)
    }
}

@Suite struct MatchContextTests {
    @Test func aContextIsTheBitstringFromItsPosition() {
        let p = Process(serial: 1)
        let bytes = (0..<100).map { UInt8($0) }
        let binary = p.binary(bytes)
        let context = p.matchContext(for: p.slice(of: binary, bitOffset: 80, bitSize: 400))
        #expect(context.isBitstring)
        MatchContext(context).position += 16
        let view = BitstringView(context)
        #expect(view.bitSize == 384)
        #expect(view.byte(0) == 12)
        #expect(ErlangBifs.binarySize(context) == 48)
    }

    @Test func smallPartsAreCopied() {
        let p = Process(serial: 1)
        let binary = p.binary((0..<200).map { UInt8($0) })
        let small = p.slice(of: binary, bitOffset: 8, bitSize: 64 * 8)
        let large = p.slice(of: binary, bitOffset: 8, bitSize: 65 * 8)
        #expect(small.boxedSubtag == Subtag.heapBinary.rawValue)
        #expect(large.boxedSubtag == Subtag.subBinary.rawValue)
        #expect(BitstringView(small).byte(63) == 64)
    }
}

@Suite struct IOListTests {
    @Test func sizesAndFlattening() {
        let p = Process(serial: 1)
        let nested = p.list([.small(1), p.list([p.binary([2, 3]), .nil]), p.list([], tail: .nil)], tail: p.binary([4]))
        #expect(IOList.bitSize(nested, bitstrings: false) == 32)
        #expect(IOList.bitSize(p.list([.small(256)]), bitstrings: false) == nil)
        #expect(IOList.bitSize(p.list([.small(1)], tail: .small(2)), bitstrings: false) == nil)
        let odd = p.slice(of: p.binary([0xFF]), bitOffset: 0, bitSize: 3)
        #expect(IOList.bitSize(p.list([odd]), bitstrings: false) == nil)
        #expect(IOList.bitSize(p.list([odd, odd]), bitstrings: true) == 6)
        var out = [UInt8](repeating: 0, count: 4)
        out.withUnsafeMutableBufferPointer { IOList.write(nested, to: $0.baseAddress!) }
        #expect(out == [1, 2, 3, 4])
    }
}
