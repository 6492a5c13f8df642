// Binaries and bitstrings. Three boxed layouts hold bytes:
//
//   heap binary  [header(9, 1 + data words)] [byte size] [data ...]       up to 64 bytes
//   refc binary  [header(8, 3)] [byte size] [BinaryStorage] [next]         bytes off-heap, shared
//   sub binary   [header(10, 3)] [bit size] [bit offset] [original]        a slice of one of the above
//
// A bitstring whose size is not a whole number of bytes is a sub binary (or a match
// context). A match context (MatchContext.swift) is a bitstring too: the bits between its
// position and its end. The compiler (OTP 28 and later) hands a context on as the rest of a
// match, and ERTS, whose match contexts are sub binaries, treats it as that bitstring.

/// Binaries up to this many bytes live on the heap; larger ones are reference counted.
public let heapBinaryLimit = 64

/// A read-only view of any bitstring term.
///
/// - Invariant: valid until the next garbage collection of the heap holding the term
///   (heap binaries move); refc data stays put while the term is alive.
@frozen
public struct BitstringView {
    /// The first byte of the underlying binary (not of the slice).
    public let base: UnsafeMutablePointer<UInt8>
    /// Offset of the slice from `base`, in bits.
    public let bitOffset: Int
    /// Length of the slice in bits.
    public let bitSize: Int

    /// - Precondition: `term.isBitstring`.
    @inline(__always)
    public init(_ term: Term) {
        let object = term.boxedPointer
        let subtag = Header.subtag(object[0])
        if subtag == Subtag.subBinary.rawValue {
            let original = object[3].boxedPointer
            base = BitstringView.bytes(ofUnderlying: original)
            bitOffset = Int(object[2].raw)
            bitSize = Int(object[1].raw)
        } else if subtag == Subtag.matchContext.rawValue {
            base = BitstringView.bytes(ofUnderlying: object[1].boxedPointer)
            bitOffset = Int(object[3].raw)
            bitSize = Int(object[4].raw) - bitOffset
        } else {
            base = BitstringView.bytes(ofUnderlying: object)
            bitOffset = 0
            bitSize = Int(object[1].raw) * 8
        }
    }

    /// The data of a heap or refc binary object.
    @inline(__always)
    static func bytes(ofUnderlying object: UnsafeMutablePointer<Term>) -> UnsafeMutablePointer<UInt8> {
        if Header.subtag(object[0]) == Subtag.heapBinary.rawValue {
            return UnsafeMutableRawPointer(object + 2).assumingMemoryBound(to: UInt8.self)
        }
        return BinaryStorage(raw: UnsafeMutableRawPointer(bitPattern: UInt(object[2].raw))!).bytes
    }

    @inline(__always) public var isByteAligned: Bool { bitOffset & 7 == 0 }
    @inline(__always) public var isBinary: Bool { bitSize & 7 == 0 }
    @inline(__always) public var byteCount: Int { bitSize >> 3 }

    /// Byte `index` of the slice (bits `8*index ..< 8*index+8`).
    @inline(__always)
    public func byte(_ index: Int) -> UInt8 {
        let bit = bitOffset + index * 8
        let shift = bit & 7
        if shift == 0 { return base[bit >> 3] }
        let high = UInt16(base[bit >> 3]) << 8 | UInt16(base[(bit >> 3) + 1])
        return UInt8(truncatingIfNeeded: high >> (8 - shift))
    }

    /// Bit `index` of the slice, 0 or 1.
    @inline(__always)
    public func bit(_ index: Int) -> UInt8 {
        let bit = bitOffset + index
        return (base[bit >> 3] >> (7 - UInt8(bit & 7))) & 1
    }

    /// Pointer to the first byte when the slice is byte aligned.
    @inline(__always) public var alignedBytes: UnsafeMutablePointer<UInt8> { base + (bitOffset >> 3) }

    /// The whole bytes of the slice (the trailing partial byte is not included).
    public func copyBytes() -> [UInt8] {
        if isByteAligned { return Array(UnsafeBufferPointer(start: alignedBytes, count: byteCount)) }
        return (0..<byteCount).map(byte)
    }

    /// The bits after the last whole byte, left-aligned in a byte, and how many there are.
    public var trailingBits: (value: UInt8, count: Int) {
        let count = bitSize & 7
        guard count > 0 else { return (0, 0) }
        var value: UInt8 = 0
        for i in 0..<count { value |= bit(byteCount * 8 + i) << (7 - UInt8(i)) }
        return (value, count)
    }
}

extension Process {
    /// Words a binary of `count` bytes needs on the heap (including a refc object).
    @inline(__always) static func binaryWords(_ count: Int) -> Int {
        count <= heapBinaryLimit ? 2 + (count + 7) / 8 : 4
    }

    /// Creates an uninitialised binary of `count` bytes and returns it with its data.
    public func newBinary(count: Int) -> (term: Term, bytes: UnsafeMutablePointer<UInt8>) {
        if count <= heapBinaryLimit {
            let object = allocate(2 + (count + 7) / 8)
            object[0] = Header.make(.heapBinary, 1 + (count + 7) / 8)
            object[1] = Term(raw: UInt64(count))
            if count & 7 != 0 { object[1 + (count + 7) / 8] = Term(raw: 0) }
            return (.boxed(object), UnsafeMutableRawPointer(object + 2).assumingMemoryBound(to: UInt8.self))
        }
        let storage = BinaryStorage.allocate(capacity: count, size: count)
        return (refcBinary(storage, size: count), storage.bytes)
    }

    /// A refc-binary object for `size` bytes of `storage`; takes over one reference.
    public func refcBinary(_ storage: BinaryStorage, size: Int) -> Term {
        let object = allocate(4)
        object[0] = Header.make(.refcBinary, 3)
        object[1] = Term(raw: UInt64(size))
        object[2] = Term(raw: UInt64(UInt(bitPattern: storage.raw)))
        linkOffHeap(object)
        return .boxed(object)
    }

    /// A binary holding a copy of `bytes`.
    public func binary(_ bytes: UnsafeRawBufferPointer) -> Term {
        let (term, data) = newBinary(count: bytes.count)
        if bytes.count > 0 { data.update(from: bytes.baseAddress!.assumingMemoryBound(to: UInt8.self), count: bytes.count) }
        return term
    }

    public func binary(_ bytes: [UInt8]) -> Term {
        bytes.withUnsafeBytes { binary($0) }
    }

    /// A sub binary of `bitSize` bits starting `bitOffset` bits into `original`'s data.
    /// - Precondition: `original` is a heap or refc binary.
    public func subBinary(of original: Term, bitOffset: Int, bitSize: Int) -> Term {
        let object = allocate(4)
        object[0] = Header.make(.subBinary, 3)
        object[1] = Term(raw: UInt64(bitSize))
        object[2] = Term(raw: UInt64(bitOffset))
        object[3] = original
        return .boxed(object)
    }

    /// A slice of any bitstring: a sub binary sharing its storage, or a copy on the heap
    /// (see `part`).
    public func slice(of term: Term, bitOffset: Int, bitSize: Int) -> Term {
        let (original, start) = term.underlyingBinary
        return part(of: original, bitOffset: start + bitOffset, bitSize: bitSize)
    }

    /// Heap words `part` may allocate.
    @inline(__always) static var partWords: Int { 2 + heapBinaryLimit / 8 }

    /// Bits of a heap or refc binary as a term of their own. Whole bytes up to the heap
    /// binary limit are copied into a heap binary, as ERTS (OTP 27 and later) does, so a
    /// small piece never keeps a large binary alive; anything else is a sub binary.
    @inline(__always)
    func part(of original: Term, bitOffset: Int, bitSize: Int) -> Term {
        if bitSize & 7 == 0 && bitSize <= heapBinaryLimit * 8 {
            let count = bitSize >> 3
            let made = newBinary(count: count)
            let source = BitstringView.bytes(ofUnderlying: original.boxedPointer)
            if bitOffset & 7 == 0 {
                if count > 0 { made.bytes.update(from: source + (bitOffset >> 3), count: count) }
            } else {
                BitCopy.copy(from: source, bitOffset, to: made.bytes, 0, count: bitSize)
            }
            return made.term
        }
        return subBinary(of: original, bitOffset: bitOffset, bitSize: bitSize)
    }
}

extension Term {
    /// The heap or refc binary holding a bitstring's bits, and the bit offset of the
    /// bitstring in it. - Precondition: `isBitstring`.
    @inline(__always)
    var underlyingBinary: (original: Term, bitOffset: Int) {
        let object = boxedPointer
        switch Header.subtag(object[0]) {
        case Subtag.subBinary.rawValue: return (object[3], Int(object[2].raw))
        case Subtag.matchContext.rawValue: return (object[1], Int(object[3].raw))
        default: return (self, 0)
        }
    }
}
