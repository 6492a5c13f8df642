// erlang: binaries and I/O lists (binary_part, split_binary, list_to_binary,
// iolist_to_binary, iolist_size, binary_to_list, bitstring_to_list, list_to_bitstring).
//
// Where OTP 25 and OTP 29 differ (OTP 25 accepted bitstrings in binary_part/3 and
// binary_to_list/3 as long as the slice was whole bytes), these follow OTP 29.

extension ErlangBifs {
    /// `{Start, Length}` of a part of a `size`-byte binary, normalised to a non-negative
    /// length, or nil when it does not lie within the binary.
    static func part(_ start: Term, _ length: Term, size: Int) -> (start: Int, count: Int)? {
        guard start.isSmall, length.isSmall else { return nil }
        let s = start.smallValue, l = length.smallValue
        guard s >= 0, s <= size else { return nil }
        if l >= 0 { return l <= size - s ? (s, l) : nil }
        return s + l >= 0 ? (s + l, -l) : nil
    }

    /// A `{Start, Length}` tuple's part of a binary, or nil.
    static func part(_ tuple: Term, size: Int) -> (start: Int, count: Int)? {
        guard tuple.isTuple, tuple.tupleArity == 2 else { return nil }
        return part(tuple.tupleElement(0), tuple.tupleElement(1), size: size)
    }

    /// The byte size of a binary (a bitstring of whole bytes), or nil for anything else.
    @inline(__always)
    static func binarySize(_ term: Term) -> Int? {
        guard term.isBitstring else { return nil }
        let view = BitstringView(term)
        return view.isBinary ? view.byteCount : nil
    }

    static func binaryPart2(_ p: Process, _ a: Arguments) -> Term {
        guard let size = binarySize(a[0]), let (start, count) = part(a[1], size: size) else { return p.badarg() }
        return p.slice(of: a[0], bitOffset: start * 8, bitSize: count * 8)
    }

    static func binaryPart3(_ p: Process, _ a: Arguments) -> Term {
        guard let size = binarySize(a[0]), let (start, count) = part(a[1], a[2], size: size) else { return p.badarg() }
        return p.slice(of: a[0], bitOffset: start * 8, bitSize: count * 8)
    }

    static func splitBinary(_ p: Process, _ a: Arguments) -> Term {
        guard a[0].isBitstring, a[1].isSmall else { return p.badarg() }
        let view = BitstringView(a[0])
        let position = a[1].smallValue
        guard position >= 0, position <= view.byteCount else { return p.badarg() }
        let head = p.slice(of: a[0], bitOffset: 0, bitSize: position * 8)
        let rest = p.slice(of: a[0], bitOffset: position * 8, bitSize: view.bitSize - position * 8)
        return p.tuple(head, rest)
    }

    static func listToBinary(_ p: Process, _ a: Arguments) -> Term {
        guard a[0].isList || a[0].isNil, let bits = IOList.bitSize(a[0], bitstrings: false) else { return p.badarg() }
        return p.bitstring(bits: bits) { IOList.write(a[0], to: $0) }
    }

    static func iolistToBinary(_ p: Process, _ a: Arguments) -> Term {
        if a[0].isBitstring {
            return BitstringView(a[0]).isBinary ? a[0] : p.badarg()
        }
        return listToBinary(p, a)
    }

    static func iolistSize(_ p: Process, _ a: Arguments) -> Term {
        guard a[0].isList || a[0].isNil || a[0].isBitstring, let bits = IOList.bitSize(a[0], bitstrings: false) else {
            return p.badarg()
        }
        return Integers.make(p, bits >> 3)
    }

    static func listToBitstring(_ p: Process, _ a: Arguments) -> Term {
        guard a[0].isList || a[0].isNil, let bits = IOList.bitSize(a[0], bitstrings: true) else { return p.badarg() }
        return p.bitstring(bits: bits) { IOList.write(a[0], to: $0) }
    }

    static func binaryToList1(_ p: Process, _ a: Arguments) -> Term {
        guard let size = binarySize(a[0]) else { return p.badarg() }
        return byteList(p, BitstringView(a[0]), from: 0, count: size, tail: .nil)
    }

    /// `binary_to_list(Binary, Start, Stop)`: bytes Start..Stop, counted from 1.
    static func binaryToList3(_ p: Process, _ a: Arguments) -> Term {
        guard let size = binarySize(a[0]), a[1].isSmall, a[2].isSmall else { return p.badarg() }
        let start = a[1].smallValue, stop = a[2].smallValue
        guard start >= 1, start <= size, stop >= start, stop <= size else { return p.badarg() }
        return byteList(p, BitstringView(a[0]), from: start - 1, count: stop - start + 1, tail: .nil)
    }

    static func bitstringToList(_ p: Process, _ a: Arguments) -> Term {
        guard a[0].isBitstring else { return p.badarg() }
        let view = BitstringView(a[0])
        var tail = Term.nil
        if !view.isBinary {
            let cell = p.cons(p.slice(of: a[0], bitOffset: view.byteCount * 8, bitSize: view.bitSize & 7), .nil)
            tail = cell
        }
        return byteList(p, view, from: 0, count: view.byteCount, tail: tail)
    }

    /// The list of `count` bytes from byte `start` of a bitstring, ending in `tail`.
    static func byteList(_ p: Process, _ view: BitstringView, from start: Int, count: Int, tail: Term) -> Term {
        guard count > 0 else { return tail }
        let cells = p.allocate(2 * count)
        for i in 0..<count {
            cells[2 * i] = .small(Int(view.byte(start + i)))
            cells[2 * i + 1] = i + 1 < count ? .list(cells + 2 * (i + 1)) : tail
        }
        return .list(cells)
    }
}
