// binary: parts, bytes and copies (part, at, first, last, copy, bin_to_list, list_to_bin,
// referenced_byte_size, longest_common_prefix/suffix).
//
// Functions that OTP implements in Erlang (binary.erl) rather than as BIFs raise their
// errors the way binary.erl does: see `Process.binaryModuleError`.

/// BIFs of the `binary` module, with the calling convention of `ErlangBifs`.
enum BinaryBifs {
    typealias Arguments = UnsafeMutablePointer<Term>

    static func part2(_ p: Process, _ a: Arguments) -> Term { ErlangBifs.binaryPart2(p, a) }
    static func part3(_ p: Process, _ a: Arguments) -> Term { ErlangBifs.binaryPart3(p, a) }

    static func at(_ p: Process, _ a: Arguments) -> Term {
        guard let size = ErlangBifs.binarySize(a[0]), a[1].isSmall, a[1].smallValue >= 0, a[1].smallValue < size else {
            return p.badarg()
        }
        return .small(Int(BitstringView(a[0]).byte(a[1].smallValue)))
    }

    static func first(_ p: Process, _ a: Arguments) -> Term {
        guard let size = ErlangBifs.binarySize(a[0]), size > 0 else { return p.badarg() }
        return .small(Int(BitstringView(a[0]).byte(0)))
    }

    static func last(_ p: Process, _ a: Arguments) -> Term {
        guard let size = ErlangBifs.binarySize(a[0]), size > 0 else { return p.badarg() }
        return .small(Int(BitstringView(a[0]).byte(size - 1)))
    }

    static func copy1(_ p: Process, _ a: Arguments) -> Term {
        guard let size = ErlangBifs.binarySize(a[0]) else { return p.badarg() }
        let view = BitstringView(a[0])
        return p.bitstring(bits: size * 8) { BitCopy.copy(from: view.base, view.bitOffset, to: $0, 0, count: size * 8) }
    }

    static func copy2(_ p: Process, _ a: Arguments) -> Term {
        guard let size = ErlangBifs.binarySize(a[0]), a[1].isSmall, a[1].smallValue >= 0 else { return p.badarg() }
        let times = a[1].smallValue
        let (total, overflow) = size.multipliedReportingOverflow(by: times)
        guard !overflow, total < 1 << 56 else { return p.fail(Atom.systemLimit) }
        let view = BitstringView(a[0])
        return p.bitstring(bits: total * 8) { out in
            for i in 0..<times { BitCopy.copy(from: view.base, view.bitOffset, to: out, i * size * 8, count: size * 8) }
        }
    }

    static func listToBin(_ p: Process, _ a: Arguments) -> Term { ErlangBifs.listToBinary(p, a) }

    static func referencedByteSize(_ p: Process, _ a: Arguments) -> Term {
        guard a[0].isBitstring else { return p.badarg() }
        let original = a[0].underlyingBinary.original.boxedPointer
        if Header.subtag(original[0]) == Subtag.refcBinary.rawValue {
            let storage = BinaryStorage(raw: UnsafeMutableRawPointer(bitPattern: UInt(original[2].raw))!)
            return .small(max(Int(original[1].raw), storage.usedBits >> 3))
        }
        return .small(Int(original[1].raw))
    }

    static func longestCommonPrefix(_ p: Process, _ a: Arguments) -> Term { commonAffix(p, a[0], suffix: false) }
    static func longestCommonSuffix(_ p: Process, _ a: Arguments) -> Term { commonAffix(p, a[0], suffix: true) }

    static func commonAffix(_ p: Process, _ list: Term, suffix: Bool) -> Term {
        guard let elements = list.listElements, let firstTerm = elements.first else { return p.badarg() }
        var views: [BitstringView] = []
        for element in elements {
            guard ErlangBifs.binarySize(element) != nil else { return p.badarg() }
            views.append(BitstringView(element))
        }
        let reference = BitstringView(firstTerm)
        var length = reference.byteCount
        for view in views.dropFirst() {
            var common = 0
            let limit = min(length, view.byteCount)
            while common < limit {
                let a = suffix ? reference.byte(reference.byteCount - 1 - common) : reference.byte(common)
                let b = suffix ? view.byte(view.byteCount - 1 - common) : view.byte(common)
                if a != b { break }
                common += 1
            }
            length = common
        }
        return .small(length)
    }

    // MARK: - bin_to_list (Erlang code in OTP)

    static func binToList1(_ p: Process, _ a: Arguments) -> Term {
        guard let size = ErlangBifs.binarySize(a[0]) else { return p.binaryModuleError(.errorWithInfo) }
        return ErlangBifs.byteList(p, BitstringView(a[0]), from: 0, count: size, tail: .nil)
    }

    static func binToList2(_ p: Process, _ a: Arguments) -> Term {
        guard a[1].isTuple, a[1].tupleArity == 2 else { return p.binaryModuleError(.badargWithInfo) }
        return binToList(p, a[0], a[1].tupleElement(0), a[1].tupleElement(1))
    }

    static func binToList3(_ p: Process, _ a: Arguments) -> Term { binToList(p, a[0], a[1], a[2]) }

    static func binToList(_ p: Process, _ subject: Term, _ start: Term, _ length: Term) -> Term {
        guard let size = ErlangBifs.binarySize(subject), start.isInteger, length.isInteger else {
            return p.binaryModuleError(.badargWithInfo)
        }
        guard let (from, count) = ErlangBifs.part(start, length, size: size) else {
            return p.binaryModuleError(.errorWithInfo)
        }
        return ErlangBifs.byteList(p, BitstringView(subject), from: from, count: count, tail: .nil)
    }
}
