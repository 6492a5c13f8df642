// Off-heap binary data: large binaries live outside process heaps in one malloc'd block,
// shared between processes and freed when the last reference goes.
//
//   offset 0   refcount   Int64 (atomic)
//   offset 8   capacity   Int64, bytes available after the header
//   offset 16  used       Int64 (atomic), in bits: where the longest bitstring built on this
//                         block so far ends
//   offset 24  data       `capacity` bytes
//
// A process refers to a block through a refc-binary object on its heap (see Header.swift).
// `used` lets `<<Acc/binary, ...>>` extend a bitstring in place: whoever holds a bitstring
// that ends exactly at `used` may claim the bits after it with a compare-and-swap. `used`
// counts bits rather than bytes because two bitstrings of different bit lengths can end in
// the same byte: counting bytes would let both claim the bits after the shorter one.

import CBeamShims

#if canImport(Glibc)
import Glibc
#endif

/// A handle to a reference-counted off-heap byte block.
///
/// - Invariant: `raw` came from `allocate` and the block is alive while the refcount is
///   positive. Each refc-binary object on a heap or in a literal area owns one reference.
@frozen
public struct BinaryStorage {
    public let raw: UnsafeMutableRawPointer

    static let headerSize = 24

    @inline(__always) public init(raw: UnsafeMutableRawPointer) { self.raw = raw }

    /// A new block with one reference, `used` set to `size` bytes.
    public static func allocate(capacity: Int, size: Int) -> BinaryStorage {
        allocate(capacity: capacity, usedBits: size * 8)
    }

    /// A new block with one reference, `used` set to `usedBits`.
    public static func allocate(capacity: Int, usedBits: Int) -> BinaryStorage {
        let block = malloc(headerSize + max(capacity, 1))!
        block.storeBytes(of: 1, toByteOffset: 0, as: Int64.self)
        block.storeBytes(of: Int64(capacity), toByteOffset: 8, as: Int64.self)
        block.storeBytes(of: Int64(usedBits), toByteOffset: 16, as: Int64.self)
        return BinaryStorage(raw: block)
    }

    @inline(__always) public var bytes: UnsafeMutablePointer<UInt8> {
        (raw + Self.headerSize).assumingMemoryBound(to: UInt8.self)
    }

    @inline(__always) public var capacity: Int { Int(raw.load(fromByteOffset: 8, as: Int64.self)) }

    @inline(__always) var refcountWord: UnsafeMutablePointer<Int64> { raw.assumingMemoryBound(to: Int64.self) }
    @inline(__always) var usedWord: UnsafeMutablePointer<Int64> { (raw + 16).assumingMemoryBound(to: Int64.self) }

    /// Where the longest bitstring built on this block ends, in bits.
    public var usedBits: Int { Int(beamr_atomic_load(usedWord)) }
    public var refcount: Int { Int(beamr_atomic_load(refcountWord)) }

    @inline(__always) public func retain() { _ = beamr_atomic_add(refcountWord, 1) }

    @inline(__always) public func release() {
        if beamr_atomic_add(refcountWord, -1) == 1 { free(raw) }
    }

    /// Claims bits `end..<end + extra` for an in-place append by the holder of a bitstring
    /// ending at bit `end`. Fails when someone else already appended after `end`, or when
    /// the block has no room.
    ///
    /// With a single reference, the caller's process holds the only refc object for the
    /// block, so no other thread can reach it and no compare-and-swap is needed.
    @inline(__always)
    public func claimAppend(fromBit end: Int, extraBits extra: Int) -> Bool {
        guard (end + extra + 7) >> 3 <= capacity else { return false }
        if beamr_atomic_load(refcountWord) == 1 {
            guard beamr_atomic_load(usedWord) == Int64(end) else { return false }
            beamr_atomic_store(usedWord, Int64(end + extra))
            return true
        }
        return beamr_atomic_cas(usedWord, Int64(end), Int64(end + extra)) != 0
    }
}
