// Deterministic corruption of .beam files for fuzz tests: every mutant is reproducible from
// the original file, a seed and a strategy, and carries a name saying what was done to it.

/// A small deterministic pseudo-random generator (SplitMix64), so every run sees the same cases.
public struct SplitMix64: Sendable {
    public var state: UInt64
    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in `0..<bound` (0 when bound is 0).
    public mutating func below(_ bound: Int) -> Int { bound <= 0 ? 0 : Int(next() % UInt64(bound)) }

    public mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }

    public mutating func chance(_ percent: Int) -> Bool { below(100) < percent }
}

/// A corrupted copy of a .beam file.
public struct BeamMutant: Sendable, CustomStringConvertible {
    /// What was done, e.g. `flip bits 1234.5 (Code)`.
    public var name: String
    public var bytes: [UInt8]
    public var description: String { name }
}

/// One chunk of an IFF container, by absolute offsets.
public struct ChunkSpan: Sendable {
    public var id: String
    /// Offset of the chunk's 8-byte header (id and size).
    public var header: Int
    /// Offset and size of its data.
    public var data: Int
    public var size: Int
    /// The header, data and padding.
    public var whole: Range<Int> { header..<(data + ((size + 3) & ~3)) }
}

public enum BeamMutator {
    /// The kinds of corruption, applied round-robin so each gets its share.
    public enum Strategy: String, CaseIterable, Sendable {
        case truncate, flipBits, overwriteBytes, chunkSizePastEnd, hugeCount, corruptLiterals, badCompactTerm,
             badOpcode, wrongMagic, duplicateChunk, reorderChunks, dropChunk
    }

    /// The chunks of a well-formed file (nil when it is not one).
    public static func chunks(_ bytes: [UInt8]) -> [ChunkSpan]? {
        guard bytes.count >= 12 else { return nil }
        var result: [ChunkSpan] = []
        var offset = 12
        while offset + 8 <= bytes.count {
            let id = String(decoding: bytes[offset..<offset + 4], as: UTF8.self)
            let size = Int(readU32(bytes, offset + 4))
            guard offset + 8 + size <= bytes.count else { return nil }
            result.append(ChunkSpan(id: id, header: offset, data: offset + 8, size: size))
            offset += 8 + (size + 3) & ~3
        }
        return result
    }

    /// `count` mutants of `bytes`, the same ones for the same seed.
    public static func mutants(of bytes: [UInt8], seed: UInt64, count: Int,
                               strategies: [Strategy] = Strategy.allCases) -> [BeamMutant] {
        guard let spans = chunks(bytes) else { return [] }
        var random = SplitMix64(seed: seed)
        var result: [BeamMutant] = []
        for i in 0..<count {
            let strategy = strategies[i % strategies.count]
            if let mutant = mutate(bytes, spans, strategy, &random) { result.append(mutant) }
        }
        return result
    }

    static func mutate(_ original: [UInt8], _ spans: [ChunkSpan], _ strategy: Strategy,
                       _ random: inout SplitMix64) -> BeamMutant? {
        var bytes = original
        func chunk(_ id: String) -> ChunkSpan? { spans.first { $0.id == id } }
        func chunkName(at offset: Int) -> String { spans.first { $0.whole.contains(offset) }?.id ?? "header" }
        func anyChunk() -> ChunkSpan { random.pick(spans) }
        /// An offset inside a chunk's data, favouring the essential chunks.
        func dataOffset() -> Int? {
            let span = random.chance(60) ? (chunk(random.pick(["Code", "LitT", "AtU8", "ImpT", "ExpT", "FunT", "Line", "Type"])) ?? anyChunk()) : anyChunk()
            guard span.size > 0 else { return nil }
            return span.data + random.below(span.size)
        }

        switch strategy {
        case .truncate:
            // Near chunk boundaries half of the time, anywhere otherwise.
            let length: Int
            if random.chance(50) {
                let span = anyChunk()
                length = max(0, min(bytes.count - 1, random.pick([span.header, span.data, span.data + span.size]) + random.below(9) - 4))
            } else {
                length = random.below(bytes.count)
            }
            return BeamMutant(name: "truncate to \(length) (\(chunkName(at: length)))", bytes: Array(bytes.prefix(length)))

        case .flipBits:
            var flips: [String] = []
            for _ in 0..<(1 + random.below(4)) {
                guard let offset = dataOffset() else { continue }
                let bit = random.below(8)
                bytes[offset] ^= 1 << bit
                flips.append("\(offset).\(bit) (\(chunkName(at: offset)))")
            }
            return BeamMutant(name: "flip bits " + flips.joined(separator: ", "), bytes: bytes)

        case .overwriteBytes:
            guard let offset = dataOffset() else { return nil }
            let run = 1 + random.below(8)
            for i in offset..<min(offset + run, bytes.count) { bytes[i] = UInt8(truncatingIfNeeded: random.next()) }
            return BeamMutant(name: "overwrite \(run) bytes at \(offset) (\(chunkName(at: offset)))", bytes: bytes)

        case .chunkSizePastEnd:
            let span = anyChunk()
            let size = random.pick([bytes.count - span.data + 1 + random.below(64), 0x7FFF_FFFF, 0xFFFF_FFFF,
                                    span.size + 4 + random.below(64)])
            writeU32(&bytes, span.header + 4, UInt32(truncatingIfNeeded: size))
            return BeamMutant(name: "\(span.id) size \(size)", bytes: bytes)

        case .hugeCount:
            var fields: [(String, Int)] = []
            for id in ["AtU8", "Atom", "ImpT", "ExpT", "LocT", "FunT"] { if let c = chunk(id) { fields.append((id, c.data)) } }
            if let c = chunk("Code") { for k in 0..<5 { fields.append(("Code", c.data + 4 * k)) } }
            if let c = chunk("LitT") {
                fields.append(("LitT", c.data))
                if c.size >= 8 && readU32(bytes, c.data) == 0 { fields.append(("LitT", c.data + 4)) }
            }
            if let c = chunk("Line") { for k in 0..<5 { fields.append(("Line", c.data + 4 * k)) } }
            if let c = chunk("Type") { fields.append(("Type", c.data)); fields.append(("Type", c.data + 4)) }
            guard !fields.isEmpty else { return nil }
            let (id, offset) = random.pick(fields)
            let value = random.pick([0x7FFF_FFFF, 0xFFFF_FFFF, 0x8000_0000, 0x00FF_FFFF, 0xFFFF_FFFE,
                                     Int(readU32(bytes, offset)) + 1 + random.below(1000), Int(random.next() & 0xFFFF_FFFF)])
            writeU32(&bytes, offset, UInt32(truncatingIfNeeded: value))
            return BeamMutant(name: "\(id) count at \(offset) = \(value)", bytes: bytes)

        case .corruptLiterals:
            guard let c = chunk("LitT"), c.size > 8 else { return nil }
            let compressed = readU32(bytes, c.data) != 0
            if compressed && random.chance(30) {
                let size = random.pick([0, 1, Int(readU32(bytes, c.data)) - 1, Int(readU32(bytes, c.data)) + 1, 0x7FFF_FFFF])
                writeU32(&bytes, c.data, UInt32(truncatingIfNeeded: size))
                return BeamMutant(name: "LitT uncompressed size \(size)", bytes: bytes)
            }
            let offset = c.data + 4 + random.below(c.size - 4)
            bytes[offset] = random.chance(50) ? bytes[offset] ^ UInt8(1 << random.below(8)) : UInt8(truncatingIfNeeded: random.next())
            return BeamMutant(name: "LitT \(compressed ? "zlib" : "data") byte \(offset)", bytes: bytes)

        case .badCompactTerm:
            guard let c = chunk("Code"), c.size > 24 else { return nil }
            let offset = c.data + 20 + random.below(c.size - 20)
            let tag = UInt8(random.below(8))
            let pattern: [UInt8] = random.pick([
                [0xF8 | tag, 0xFF, 0xFF], // nested length with a big prefix
                [0xF8 | tag, 0x08, 0xFF], // nested length of 264 bytes
                [0x67], [0x77], [0xF7], [0x97], // extended tags 6, 7, 15, 9
                [0x17, 0xF8, 0x7F, 0xFF, 0xFF], // a list with a huge count
                [0x37, 0x0F, 0x05], // an allocation list with a bad kind
                [0x57, 0x23, 0xFF], // a typed register with a huge type index
                [0x47, 0x08, 0xFF], // literal 255
                [0xFF], [0x08 | tag], [0x18 | tag], // cut-short multi-byte forms
                [0x1B, 0xFF, 0xFF], // x register -1
            ])
            for (i, b) in pattern.enumerated() where offset + i < c.data + c.size { bytes[offset + i] = b }
            return BeamMutant(name: "Code compact term \(pattern) at \(offset)", bytes: bytes)

        case .badOpcode:
            guard let c = chunk("Code"), c.size > 24 else { return nil }
            let offset = c.data + 20 + random.below(c.size - 20)
            let opcode = UInt8(random.pick([0, 186, 200, 255, 1 + random.below(185)]))
            bytes[offset] = opcode
            return BeamMutant(name: "Code byte \(offset) = opcode \(opcode)", bytes: bytes)

        case .wrongMagic:
            let offset = random.pick([0, 1, 2, 3, 8, 9, 10, 11])
            bytes[offset] ^= UInt8(1 << random.below(8))
            return BeamMutant(name: "magic byte \(offset)", bytes: bytes)

        case .duplicateChunk, .reorderChunks, .dropChunk:
            var order = Array(spans.indices)
            var name: String
            switch strategy {
            case .duplicateChunk:
                let i = random.below(spans.count)
                order.insert(i, at: random.below(order.count + 1))
                name = "duplicate \(spans[i].id)"
            case .reorderChunks:
                for i in stride(from: order.count - 1, to: 0, by: -1) { order.swapAt(i, random.below(i + 1)) }
                name = "reorder " + order.map { spans[$0].id }.joined(separator: ",")
            default:
                let i = random.below(spans.count)
                order.remove(at: i)
                name = "drop \(spans[i].id)"
            }
            var body: [UInt8] = Array("BEAM".utf8)
            for i in order { body += original[spans[i].whole.clamped(to: 0..<original.count)] }
            var result = Array("FOR1".utf8) + [0, 0, 0, 0] + body
            writeU32(&result, 4, UInt32(body.count))
            return BeamMutant(name: name, bytes: result)
        }
    }

    /// A stable 64-bit hash (FNV-1a) of a name, to seed per-fixture generators.
    public static func seed(_ name: String) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in name.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3 }
        return hash
    }

    static func readU32(_ bytes: [UInt8], _ offset: Int) -> UInt32 {
        guard offset + 4 <= bytes.count else { return 0 }
        return UInt32(bytes[offset]) << 24 | UInt32(bytes[offset + 1]) << 16 | UInt32(bytes[offset + 2]) << 8 | UInt32(bytes[offset + 3])
    }

    static func writeU32(_ bytes: inout [UInt8], _ offset: Int, _ value: UInt32) {
        guard offset + 4 <= bytes.count else { return }
        for i in 0..<4 { bytes[offset + i] = UInt8(truncatingIfNeeded: value >> (24 - 8 * UInt32(i))) }
    }
}
