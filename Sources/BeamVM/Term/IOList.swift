// I/O lists: nested lists of bytes (0..255) and binaries, whose tails may be binaries.
// `list_to_bitstring` also accepts bitstrings of any length wherever a binary may stand.
//
// Both walks are iterative, keeping the tails still to visit on an explicit stack, so
// deeply nested lists cannot overflow the native stack.

/// Measuring and flattening I/O lists.
enum IOList {
    /// The size in bits of an I/O list, or nil when it is malformed. A top-level bitstring
    /// counts as an I/O list of itself.
    static func bitSize(_ term: Term, bitstrings: Bool) -> Int? {
        var total = 0
        var pending: [Term] = []
        var current = term
        while true {
            if current.isList {
                let head = current.head
                if head.isSmall {
                    guard head.smallValue >= 0 && head.smallValue <= 255 else { return nil }
                    total += 8
                } else if head.isList {
                    pending.append(current.tail)
                    current = head
                    continue
                } else if head.isBitstring {
                    let bits = BitstringView(head).bitSize
                    guard bitstrings || bits & 7 == 0 else { return nil }
                    total += bits
                } else if !head.isNil {
                    return nil
                }
                current = current.tail
                continue
            }
            if current.isBitstring {
                let bits = BitstringView(current).bitSize
                guard bitstrings || bits & 7 == 0 else { return nil }
                total += bits
            } else if !current.isNil {
                return nil
            }
            guard let next = pending.popLast() else { return total }
            current = next
        }
    }

    /// The bytes of an I/O list of whole bytes (or of a binary), or nil when it is malformed.
    static func bytes(_ term: Term) -> [UInt8]? {
        guard let bits = bitSize(term, bitstrings: false) else { return nil }
        return [UInt8](unsafeUninitializedCapacity: max(bits / 8, 1)) { buffer, count in
            write(term, to: buffer.baseAddress!)
            count = bits / 8
        }
    }

    /// Writes the bits of a well-formed I/O list (see `bitSize`) to `base` from bit 0.
    static func write(_ term: Term, to base: UnsafeMutablePointer<UInt8>) {
        var offset = 0
        var pending: [Term] = []
        var current = term
        func put(_ bitstring: Term) {
            let view = BitstringView(bitstring)
            BitCopy.copy(from: view.base, view.bitOffset, to: base, offset, count: view.bitSize)
            offset += view.bitSize
        }
        while true {
            if current.isList {
                let head = current.head
                if head.isSmall {
                    if offset & 7 == 0 {
                        base[offset >> 3] = UInt8(truncatingIfNeeded: head.smallValue)
                    } else {
                        BitSyntax.writeWord(UInt64(head.smallValue), bits: 8, little: false, to: base, at: offset)
                    }
                    offset += 8
                } else if head.isList {
                    pending.append(current.tail)
                    current = head
                    continue
                } else if head.isBitstring {
                    put(head)
                }
                current = current.tail
                continue
            }
            if current.isBitstring { put(current) }
            guard let next = pending.popLast() else { return }
            current = next
        }
    }
}

extension Process {
    /// A bitstring of `bits` bits filled by `body` from bit 0: a binary when `bits` is a
    /// multiple of 8, else a sub binary of one.
    func bitstring(bits: Int, _ body: (UnsafeMutablePointer<UInt8>) -> Void) -> Term {
        let made = newBinary(count: (bits + 7) >> 3)
        body(made.bytes)
        return bits & 7 == 0 ? made.term : subBinary(of: made.term, bitOffset: 0, bitSize: bits)
    }
}
