// Encoding terms in the external term format, byte for byte as ERTS's term_to_binary:
//
//   0..255                      SMALL_INTEGER_EXT 97     other 32-bit ints   INTEGER_EXT 98
//   larger integers             SMALL_BIG_EXT 110 (< 256 digit bytes), else LARGE_BIG_EXT 111
//   floats                      NEW_FLOAT_EXT 70 (FLOAT_EXT 99, "%.20e" text, at minor version 0)
//   atoms, minor version 2      SMALL_ATOM_UTF8_EXT 119 (< 256 bytes), else ATOM_UTF8_EXT 118
//   atoms, minor version 0, 1   ATOM_EXT 100 when every character is Latin-1, else as above
//   tuples                      SMALL_TUPLE_EXT 104 (arity < 256), else LARGE_TUPLE_EXT 105
//   lists                       NIL_EXT 106; STRING_EXT 107 for proper lists of bytes shorter
//                               than 65536; else LIST_EXT 108 (count, elements, tail)
//   binaries, bitstrings        BINARY_EXT 109, BIT_BINARY_EXT 77
//   maps                        MAP_EXT 116: flat maps in key order, large maps in reverse
//                               iteration order (sorted keys if deterministic)
//   funs                        EXPORT_EXT 113; NEW_FUN_EXT 112
//   pids, ports, references     NEW_PID_EXT 88, NEW_PORT_EXT 89 (V4_PORT_EXT 120 from OTP 26),
//                               NEWER_REFERENCE_EXT 90, all on node 'nonode@nohost', creation 0
//
// OTP 26 made minor version 2 (UTF-8 atoms) the default; before, it was 1.

import CZlib

/// Options of term_to_binary/2.
struct EncodingOptions {
    var minorVersion = EmulatedRelease.number >= 26 ? 2 : 1
    /// zlib level; 0 means uncompressed.
    var compression: Int32 = 0
    var deterministic = false
}

/// Writes external-format bytes for heap terms.
struct ExternalTermEncoder {
    private(set) var bytes: [UInt8] = []
    let options: EncodingOptions

    init(options: EncodingOptions) { self.options = options }

    /// The complete encoding of a term: the version byte, then the term, compressed when
    /// asked for and when that makes it smaller.
    static func encode(_ term: Term, options: EncodingOptions) -> [UInt8] {
        var encoder = ExternalTermEncoder(options: options)
        encoder.encode(term)
        let body = encoder.bytes
        if options.compression > 0, let packed = compress(body, level: options.compression) {
            var out: [UInt8] = [131, 80]
            appendU32(UInt32(body.count), to: &out)
            return out + packed
        }
        return [131] + body
    }

    /// zlib-compresses `body` into at most `body.count - 5` bytes, as ERTS does; nil when
    /// compression would not save anything.
    static func compress(_ body: [UInt8], level: Int32) -> [UInt8]? {
        var capacity = uLongf(body.count < 5 ? 0 : body.count - 5)
        var out = [UInt8](repeating: 0, count: max(Int(capacity), 1))
        let status = out.withUnsafeMutableBufferPointer { buffer in
            body.withUnsafeBufferPointer { input in
                compress2(buffer.baseAddress, &capacity, input.baseAddress, uLong(input.count), level)
            }
        }
        guard status == Z_OK else { return nil }
        return Array(out.prefix(Int(capacity)))
    }

    static func appendU32(_ value: UInt32, to out: inout [UInt8]) {
        out += [UInt8(value >> 24), UInt8(truncatingIfNeeded: value >> 16), UInt8(truncatingIfNeeded: value >> 8),
                UInt8(truncatingIfNeeded: value)]
    }

    private mutating func u8(_ value: UInt8) { bytes.append(value) }
    private mutating func u16(_ value: Int) { bytes += [UInt8(truncatingIfNeeded: value >> 8), UInt8(truncatingIfNeeded: value)] }
    private mutating func u32(_ value: UInt32) { Self.appendU32(value, to: &bytes) }

    /// Encodes a term; compound terms are walked with an explicit stack so deep nesting
    /// cannot exhaust the native stack.
    mutating func encode(_ root: Term) {
        var pending: [Term] = [root]
        while let term = pending.popLast() {
            encodeOne(term, &pending)
        }
    }

    /// Writes one term's header and pushes its parts (last first) on `pending`.
    private mutating func encodeOne(_ term: Term, _ pending: inout [Term]) {
        switch term.primaryTag {
        case 1:
            encodeList(term, &pending)
        case 3:
            if term.isSmall {
                encodeInteger(term)
            } else if term.isAtom {
                encodeAtom(term)
            } else if term.isNil {
                u8(106)
            } else if term.isLocalPid {
                u8(88)
                encodeAtom(Atom.nonode)
                u32(UInt32(truncatingIfNeeded: term.pidSerial))
                u32(UInt32(truncatingIfNeeded: term.pidSerial >> 32))
                u32(0)
            } else if term.isLocalPort {
                encodeAtom(Atom.nonode, prefix: EmulatedRelease.number >= 26 ? 120 : 89)
                if EmulatedRelease.number >= 26 {
                    u32(UInt32(truncatingIfNeeded: term.portSerial >> 32))
                }
                u32(UInt32(truncatingIfNeeded: term.portSerial))
                u32(0)
            }
        default:
            encodeBoxed(term, &pending)
        }
    }

    private mutating func encodeAtom(_ atom: Term, prefix: UInt8) {
        u8(prefix)
        encodeAtom(atom)
    }

    mutating func encodeAtom(_ atom: Term) {
        let name = atom.atomName.buffer
        if options.minorVersion < 2 {
            var latin1: [UInt8] = []
            var isLatin1 = true
            for scalar in atom.atomName.string.unicodeScalars {
                guard scalar.value < 256 else { isLatin1 = false; break }
                latin1.append(UInt8(scalar.value))
            }
            if isLatin1 {
                u8(100)
                u16(latin1.count)
                bytes += latin1
                return
            }
        }
        if name.count < 256 {
            u8(119)
            u8(UInt8(name.count))
        } else {
            u8(118)
            u16(name.count)
        }
        bytes += name
    }

    private mutating func encodeInteger(_ term: Term) {
        if term.isSmall {
            let value = term.smallValue
            if value >= 0 && value <= 255 {
                u8(97)
                u8(UInt8(value))
                return
            }
            if value >= Int(Int32.min) && value <= Int(Int32.max) {
                u8(98)
                u32(UInt32(bitPattern: Int32(value)))
                return
            }
        }
        Integers.withMagnitude(term) { negative, limbs in
            var digits: [UInt8] = []
            for limb in limbs {
                for shift in stride(from: 0, to: 64, by: 8) { digits.append(UInt8(truncatingIfNeeded: limb >> UInt64(shift))) }
            }
            while digits.last == 0 { digits.removeLast() }
            if digits.count < 256 {
                u8(110)
                u8(UInt8(digits.count))
            } else {
                u8(111)
                u32(UInt32(digits.count))
            }
            u8(negative ? 1 : 0)
            bytes += digits
        }
    }

    private mutating func encodeList(_ list: Term, _ pending: inout [Term]) {
        var count = 0
        var allBytes = true
        var cursor = list
        while cursor.isList {
            let head = cursor.head
            if !(head.isSmall && head.smallValue >= 0 && head.smallValue <= 255) { allBytes = false }
            count += 1
            cursor = cursor.tail
        }
        if allBytes && cursor.isNil && count < 65536 {
            u8(107)
            u16(count)
            cursor = list
            while cursor.isList {
                u8(UInt8(cursor.head.smallValue))
                cursor = cursor.tail
            }
            return
        }
        u8(108)
        u32(UInt32(truncatingIfNeeded: count))
        var elements: [Term] = []
        elements.reserveCapacity(count)
        cursor = list
        while cursor.isList {
            elements.append(cursor.head)
            cursor = cursor.tail
        }
        pending.append(cursor)
        pending.append(contentsOf: elements.reversed())
    }

    private mutating func encodeBoxed(_ term: Term, _ pending: inout [Term]) {
        let object = term.boxedPointer
        switch Subtag(rawValue: Header.subtag(object[0])) {
        case .tuple:
            let arity = term.tupleArity
            if arity < 256 {
                u8(104)
                u8(UInt8(arity))
            } else {
                u8(105)
                u32(UInt32(arity))
            }
            for i in stride(from: arity - 1, through: 0, by: -1) { pending.append(term.tupleElement(i)) }
        case .positiveBig, .negativeBig:
            encodeInteger(term)
        case .float:
            let value = term.floatValue
            if options.minorVersion == 0 {
                u8(99)
                var text = FloatText.scientific(value, precision: 20) ?? []
                text += [UInt8](repeating: 0, count: max(0, 31 - text.count))
                bytes += text.prefix(31)
            } else {
                u8(70)
                let bits = value.bitPattern
                u32(UInt32(bits >> 32))
                u32(UInt32(truncatingIfNeeded: bits))
            }
        case .heapBinary, .refcBinary, .subBinary:
            let view = BitstringView(term)
            let data = view.copyBytes()
            let tail = view.trailingBits
            if tail.count == 0 {
                u8(109)
                u32(UInt32(data.count))
                bytes += data
            } else {
                u8(77)
                u32(UInt32(data.count + 1))
                u8(UInt8(tail.count))
                bytes += data
                u8(tail.value)
            }
        case .map:
            // ERTS writes a flat map in key order and walks a trie's slots from the last.
            var entries = MapOps.entries(term)
            if !MapOps.isFlat(term) { entries.reverse() }
            if options.deterministic {
                entries.sort { TermOrder.compare($0.key, $1.key, exact: true) < 0 }
            }
            u8(116)
            u32(UInt32(entries.count))
            for entry in entries.reversed() {
                pending.append(entry.value)
                pending.append(entry.key)
            }
        case .export:
            let entry = ExportEntry(object[1])
            u8(113)
            encodeAtom(entry.module)
            encodeAtom(entry.function)
            encodeInteger(.small(entry.arity))
        case .closure:
            encodeClosure(term, &pending)
        case .reference:
            let id = object[1].raw
            u8(90)
            u16(3)
            encodeAtom(Atom.nonode)
            u32(0)
            for word in ReferenceIds.words(id) { u32(word) }
        default:
            break
        }
    }

    /// NEW_FUN_EXT: size, arity, the module's MD5, index, free count, module, old index,
    /// old uniq, creator pid and the free variables. The size covers everything from the
    /// size field on, so the free variables are encoded right away to measure them.
    private mutating func encodeClosure(_ term: Term, _ pending: inout [Term]) {
        let object = term.boxedPointer
        let entry = FunEntry(object[1])
        let free = entry.freeCount
        let module = CodeRegistry.shared.module(named: entry.module)
        u8(112)
        let sizeAt = bytes.count
        u32(0)
        u8(UInt8(truncatingIfNeeded: entry.arity))
        bytes += module?.checksum ?? [UInt8](repeating: 0, count: 16)
        u32(UInt32(truncatingIfNeeded: entry.index))
        u32(UInt32(truncatingIfNeeded: free))
        encodeAtom(entry.module)
        encodeInteger(.small(entry.index))
        encodeInteger(.small(Int(Int32(bitPattern: UInt32(truncatingIfNeeded: entry.uniq)))))
        var nested: [Term] = [Closures.creator(term)]
        for i in 0..<free { nested.append(object[2 + i]) }
        for part in nested { encode(part) }
        let size = UInt32(bytes.count - sizeAt)
        bytes.replaceSubrange(sizeAt..<sizeAt + 4, with: [UInt8(size >> 24), UInt8(truncatingIfNeeded: size >> 16),
                                                          UInt8(truncatingIfNeeded: size >> 8), UInt8(truncatingIfNeeded: size)])
    }
}

/// The three 32-bit numbers ERTS shows for a reference (`#Ref<0.C.B.A>` has numbers
/// [A, B, C]); beamr's 64-bit reference ids are B and C, with A zero.
enum ReferenceIds {
    static func words(_ id: UInt64) -> [UInt32] { [0, UInt32(truncatingIfNeeded: id), UInt32(truncatingIfNeeded: id >> 32)] }

    static func id(_ words: [UInt32]) -> UInt64 {
        guard words.count >= 3 else { return UInt64(words.first ?? 0) }
        return UInt64(words[1]) | UInt64(words[2]) << 32
    }
}

/// Facts about closures that depend on the emulated release.
enum Closures {
    /// The pid a closure reports (`fun_info(F, pid)`) and carries in the external format:
    /// its creator up to OTP 25, `<0.0.0>` from OTP 26 on.
    static func creator(_ closure: Term) -> Term {
        guard EmulatedRelease.number < 26 else { return .pid(0) }
        let object = closure.boxedPointer
        return object[2 + FunEntry(object[1]).freeCount]
    }
}
