// Decoding of the external term format (the bytes after the 131 version tag), as used by
// LitT, Attr and CInf chunks and by binary_to_term. Tag numbers are the ones documented in
// ERTS's "External Term Format" chapter.

import CZlib

/// Decodes external-term-format bytes into `ExternalTerm` trees.
public enum ExternalTermDecoder {
    /// Nesting deeper than this is rejected rather than risking the native stack: decoding,
    /// comparing, printing and freeing an `ExternalTerm` all recurse once per level, and a
    /// debug build on a 512 KiB thread stack manages about 2,500 levels. Compiled literals
    /// nest far less deeply.
    static let maxDepth = 1000

    /// Decodes a whole term, starting with the 131 version byte, that must use every byte.
    public static func decode(_ bytes: [UInt8]) throws(BeamLoadError) -> ExternalTerm {
        var reader = ByteReader(bytes)
        let term = try decodeVersioned(&reader)
        guard reader.isAtEnd else { throw reader.error(.badExternalTerm, "trailing bytes after term") }
        return term
    }

    /// Decodes the term at the start of `bytes` (from the 131 version byte) and returns it
    /// with the number of bytes it used; later bytes are ignored.
    public static func decodePrefix(_ bytes: [UInt8]) throws(BeamLoadError) -> (term: ExternalTerm, used: Int) {
        var reader = ByteReader(bytes)
        let term = try decodeVersioned(&reader)
        return (term, reader.offset)
    }

    /// Decodes a term starting with the 131 version byte; leaves the reader after it.
    static func decodeVersioned(_ reader: inout ByteReader) throws(BeamLoadError) -> ExternalTerm {
        let start = reader.offset
        guard try reader.u8() == 131 else { throw reader.error(.badExternalTerm, "missing version byte 131", at: start) }
        if reader.remaining > 0 && reader.bytes[reader.offset] == 80 {
            reader = ByteReader(reader.bytes, from: reader.offset, to: reader.end, chunk: reader.chunk)
            _ = try reader.u8()
            let size = Int(try reader.u32())
            let compressed = try reader.bytes(reader.remaining)
            let inflated = try Zlib.inflate(Array(compressed), expectedSize: size, chunk: reader.chunk, offset: start)
            var inner = ByteReader(inflated, chunk: reader.chunk)
            let term = try decodeTerm(&inner, depth: 0)
            guard inner.isAtEnd else { throw inner.error(.badExternalTerm, "trailing bytes in compressed term") }
            return term
        }
        return try decodeTerm(&reader, depth: 0)
    }

    /// Decodes one term. Containers recurse through small helper functions, so that each
    /// nesting level costs little native stack (the limit must hold on threads with small
    /// stacks, in debug builds too).
    static func decodeTerm(_ r: inout ByteReader, depth: Int) throws(BeamLoadError) -> ExternalTerm {
        guard depth < maxDepth else { throw r.error(.badExternalTerm, "term nested deeper than \(maxDepth) levels") }
        let start = r.offset
        let tag = try r.u8()
        switch tag {
        case 104, 105: return try tuple(tag, &r, depth: depth, start: start)
        case 108: return try list(&r, depth: depth, start: start)
        case 116: return try map(&r, depth: depth, start: start)
        case 112, 113, 88, 103, 89, 102, 120, 90, 114: return try compound(tag, &r, depth: depth, start: start)
        default: return try scalar(tag, &r, start: start)
        }
    }

    @inline(never)
    private static func tuple(_ tag: UInt8, _ r: inout ByteReader, depth: Int, start: Int) throws(BeamLoadError) -> ExternalTerm {
        let arity = tag == 104 ? Int(try r.u8()) : Int(try r.u32())
        guard arity <= r.remaining else { throw r.error(.countTooLarge, "tuple arity \(arity) exceeds data", at: start) }
        var elements: [ExternalTerm] = []
        elements.reserveCapacity(arity)
        for _ in 0..<arity { elements.append(try decodeTerm(&r, depth: depth + 1)) }
        return .tuple(elements)
    }

    @inline(never)
    private static func list(_ r: inout ByteReader, depth: Int, start: Int) throws(BeamLoadError) -> ExternalTerm {
        let length = Int(try r.u32())
        guard length <= r.remaining else { throw r.error(.countTooLarge, "list length \(length) exceeds data", at: start) }
        var elements: [ExternalTerm] = []
        elements.reserveCapacity(length)
        for _ in 0..<length { elements.append(try decodeTerm(&r, depth: depth + 1)) }
        let tail = try decodeTerm(&r, depth: depth + 1)
        if length == 0 { return tail }
        return .list(elements, tail: tail)
    }

    @inline(never)
    private static func map(_ r: inout ByteReader, depth: Int, start: Int) throws(BeamLoadError) -> ExternalTerm {
        let arity = Int(try r.u32())
        guard arity <= r.remaining / 2 else { throw r.error(.countTooLarge, "map size \(arity) exceeds data", at: start) }
        var pairs: [(key: ExternalTerm, value: ExternalTerm)] = []
        pairs.reserveCapacity(arity)
        for _ in 0..<arity {
            let key = try decodeTerm(&r, depth: depth + 1)
            let value = try decodeTerm(&r, depth: depth + 1)
            pairs.append((key, value))
        }
        return .map(pairs)
    }

    /// Funs, pids, ports and references: terms with a few embedded terms.
    @inline(never)
    private static func compound(_ tag: UInt8, _ r: inout ByteReader, depth: Int, start: Int) throws(BeamLoadError) -> ExternalTerm {
        switch tag {
        case 113: // EXPORT_EXT
            guard case .atom(let module) = try decodeTerm(&r, depth: depth + 1),
                  case .atom(let function) = try decodeTerm(&r, depth: depth + 1),
                  case .integer(let arity) = try decodeTerm(&r, depth: depth + 1), (0...255).contains(arity)
            else { throw r.error(.badExternalTerm, "bad export fun", at: start) }
            return .export(module: module, function: function, arity: Int(arity))
        case 112: // NEW_FUN_EXT
            return try closure(&r, depth: depth, start: start)
        case 88, 103: // NEW_PID_EXT, PID_EXT
            let node = try nodeName(&r, depth: depth, start: start)
            let id = try r.u32(), serial = try r.u32()
            let creation = tag == 88 ? try r.u32() : UInt32(try r.u8())
            return .pid(node: node, id: id, serial: serial, creation: creation)
        case 89, 102, 120: // NEW_PORT_EXT, PORT_EXT, V4_PORT_EXT
            let node = try nodeName(&r, depth: depth, start: start)
            let id = tag == 120 ? try r.u64() : UInt64(try r.u32())
            let creation = tag == 102 ? UInt32(try r.u8()) : try r.u32()
            return .port(node: node, id: id, creation: creation)
        case 90, 114: // NEWER_REFERENCE_EXT, NEW_REFERENCE_EXT
            let count = Int(try r.u16())
            guard count <= 5 else { throw r.error(.badExternalTerm, "reference too long", at: start) }
            let node = try nodeName(&r, depth: depth, start: start)
            let creation = tag == 90 ? try r.u32() : UInt32(try r.u8())
            var ids: [UInt32] = []
            for _ in 0..<count { ids.append(try r.u32()) }
            return .reference(node: node, creation: creation, ids: ids)
        default:
            throw r.error(.badExternalTerm, "unknown external term tag \(tag)", at: start)
        }
    }

    /// Numbers, atoms, strings and binaries: terms without embedded terms.
    @inline(never)
    private static func scalar(_ tag: UInt8, _ r: inout ByteReader, start: Int) throws(BeamLoadError) -> ExternalTerm {
        switch tag {
        case 97: // SMALL_INTEGER_EXT
            return .integer(Int64(try r.u8()))
        case 98: // INTEGER_EXT
            return .integer(Int64(try r.i32()))
        case 70: // NEW_FLOAT_EXT
            let value = Double(bitPattern: try r.u64())
            // Erlang has no NaN or infinities; ERTS refuses them too.
            guard value.isFinite else { throw r.error(.badExternalTerm, "float is not finite", at: start) }
            return .float(value)
        case 99: // FLOAT_EXT: 31 bytes of "%.20e" text
            let text = String(decoding: try r.bytes(31).prefix { $0 != 0 && $0 != 32 }, as: UTF8.self)
            guard let value = Double(text), value.isFinite else {
                throw r.error(.badExternalTerm, "bad float text", at: start)
            }
            return .float(value)
        case 118, 100: // ATOM_UTF8_EXT, ATOM_EXT
            let length = Int(try r.u16())
            return .atom(try atomName(try r.bytes(length), utf8: tag == 118, r, start))
        case 119, 115: // SMALL_ATOM_UTF8_EXT, SMALL_ATOM_EXT
            let length = Int(try r.u8())
            return .atom(try atomName(try r.bytes(length), utf8: tag == 119, r, start))
        case 106: // NIL_EXT
            return .nil
        case 107: // STRING_EXT: a list of bytes
            let length = Int(try r.u16())
            return .list(try r.bytes(length).map { .integer(Int64($0)) }, tail: .nil)
        case 109: // BINARY_EXT
            let length = Int(try r.u32())
            return .binary(Array(try r.bytes(length)), lastByteBits: 8)
        case 77: // BIT_BINARY_EXT
            let length = Int(try r.u32())
            let bits = Int(try r.u8())
            guard (1...8).contains(bits), length > 0 else { throw r.error(.badExternalTerm, "bad bit binary", at: start) }
            var data = Array(try r.bytes(length))
            // Unused low bits must be zero for terms to compare equal.
            data[length - 1] &= UInt8(truncatingIfNeeded: 0xFF << (8 - bits))
            return .binary(data, lastByteBits: bits)
        case 110, 111: // SMALL_BIG_EXT, LARGE_BIG_EXT
            let count = tag == 110 ? Int(try r.u8()) : Int(try r.u32())
            // Any non-zero sign byte means negative, as ERTS reads it.
            let sign = try r.u8()
            let digits = try r.bytes(count)
            return integer(littleEndian: digits, negative: sign != 0)
        default:
            throw r.error(.badExternalTerm, "unknown external term tag \(tag)", at: start)
        }
    }

    private static func atomName(_ bytes: ArraySlice<UInt8>, utf8: Bool, _ r: ByteReader, _ start: Int) throws(BeamLoadError) -> String {
        if utf8 {
            guard let name = String(validating: bytes, as: UTF8.self) else {
                throw r.error(.badExternalTerm, "atom is not valid UTF-8", at: start)
            }
            guard name.unicodeScalars.count <= 255 else { throw r.error(.badExternalTerm, "atom too long", at: start) }
            return name
        }
        return String(bytes.map { Character(Unicode.Scalar($0)) })
    }

    private static func nodeName(_ r: inout ByteReader, depth: Int, start: Int) throws(BeamLoadError) -> String {
        guard case .atom(let node) = try decodeTerm(&r, depth: depth + 1) else {
            throw r.error(.badExternalTerm, "node name is not an atom", at: start)
        }
        return node
    }

    private static func closure(_ r: inout ByteReader, depth: Int, start: Int) throws(BeamLoadError) -> ExternalTerm {
        let size = Int(try r.u32())
        guard size >= 4 else { throw r.error(.badExternalTerm, "bad fun size", at: start) }
        let arity = Int(try r.u8())
        let uniq = Array(try r.bytes(16))
        let index = Int(try r.u32())
        let numFree = Int(try r.u32())
        guard case .atom(let module) = try decodeTerm(&r, depth: depth + 1) else {
            throw r.error(.badExternalTerm, "fun module is not an atom", at: start)
        }
        let oldIndex = try decodeTerm(&r, depth: depth + 1)
        let oldUniq = try decodeTerm(&r, depth: depth + 1)
        let pid = try decodeTerm(&r, depth: depth + 1)
        guard numFree <= r.remaining else { throw r.error(.countTooLarge, "fun free variables exceed data", at: start) }
        var free: [ExternalTerm] = []
        for _ in 0..<numFree { free.append(try decodeTerm(&r, depth: depth + 1)) }
        return .closure(ExternalClosure(arity: arity, uniq: uniq, index: index, module: module,
                                        oldIndex: oldIndex, oldUniq: oldUniq, pid: pid, freeVariables: free))
    }

    /// Builds an integer term from little-endian magnitude bytes.
    static func integer(littleEndian digits: ArraySlice<UInt8>, negative: Bool) -> ExternalTerm {
        var limbs = [UInt64](repeating: 0, count: (digits.count + 7) / 8)
        for (i, byte) in digits.enumerated() { limbs[i / 8] |= UInt64(byte) << UInt64(8 * (i % 8)) }
        while let last = limbs.last, last == 0 { limbs.removeLast() }
        if limbs.isEmpty { return .integer(0) }
        if limbs.count == 1 {
            if limbs[0] <= UInt64(Int64.max) { return .integer(negative ? -Int64(limbs[0]) : Int64(limbs[0])) }
            if negative && limbs[0] == UInt64(Int64.max) + 1 { return .integer(.min) }
        }
        return .bigInteger(negative: negative, limbs: limbs)
    }
}
