// The Code chunk split into functions without keeping its instructions, so that a loader can
// decode and translate each function when it is first called. Building the index still
// decodes every operand: a malformed operand, an unknown opcode or a bad index is found when
// the module is read, as with a full parse. (A bundle stores the index, see StoredIndex:
// such errors in a bundled module are found when the function is translated.)

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One function of the Code chunk.
public struct FunctionSpan: Sendable {
    /// Where its instructions are in the file: from the labels and line before `func_info`
    /// up to the next function's.
    public var start: Int
    public var end: Int
    /// The function's name (a 1-based atom index) and arity, from `func_info`.
    public var name: Int
    public var arity: Int
    /// The label right after `func_info`, where calls enter.
    public var entryLabel: Int
    /// How many instructions it has, and how many operands (the items of an operand list
    /// count one each), or more: a translation's size is bounded by these. A stored index
    /// (see StoredIndex) counts each byte as an instruction.
    public var instructionCount: Int
    public var operandCount: Int
}

/// The functions of a Code chunk and where each label is defined.
public struct FunctionIndex: Sendable {
    public var functions: [FunctionSpan]
    /// For each label that is a function's entry, that function's index (negative: none).
    public var functionOfLabel: [Int32]

    /// The function whose entry is `label`, if it is one.
    public func function(entering label: Int) -> Int? {
        guard label > 0, label < functionOfLabel.count, functionOfLabel[label] >= 0 else { return nil }
        let index = Int(functionOfLabel[label])
        return functions[index].entryLabel == label ? index : nil
    }
}

extension ByteReader {
    /// Indexes the instructions up to `int_code_end`.
    mutating func functionIndex(_ limits: OperandLimits, atoms: [String]) throws(BeamLoadError) -> FunctionIndex {
        var functions: [FunctionSpan] = []
        // -1: not defined yet; -2: defined, not an entry.
        var functionOfLabel = [Int32](repeating: -1, count: max(limits.labels, 1))
        var lastLabel = 0
        /// Where the current run of label and line instructions began: a function starts
        /// with the run before its func_info.
        var runStart: Int?
        var expectEntry = false
        /// The function being read (module and name atoms, arity), named only in errors.
        var current: (module: Int, name: Int, arity: Int)?
        func context() -> String { Self.describe(current, atoms: atoms) }
        // The current function's counts, stored into its span when the next one starts.
        var instructionCount = 0, operandCount = 0
        func closeFunction(at end: Int) {
            guard !functions.isEmpty else { return }
            functions[functions.count - 1].end = end
            functions[functions.count - 1].instructionCount += instructionCount
            functions[functions.count - 1].operandCount += operandCount
        }
        let file = bytes
        while true {
            if !expectEntry {
                var position = offset
                file.withUnsafeBufferPointer { buffer in
                    InstructionSkipper(bytes: buffer, end: end, limits: limits)
                        .skip(from: &position, instructions: &instructionCount, operands: &operandCount, runStart: &runStart)
                }
                skipChecked(position - offset)
            }
            let start = offset
            let byte = try u8()
            let arity = Opcode.arity(of: byte)
            guard arity >= 0 else {
                throw error(.unknownOpcode, "unknown opcode \(byte) in \(context()) after label \(lastLabel)", at: start)
            }
            instructionCount += 1
            if byte != Opcode.label.rawValue && byte != Opcode.funcInfo.rawValue && byte != Opcode.intCodeEnd.rawValue {
                // An instruction the skipper declined (right after func_info, or with a rare
                // or invalid operand): its operands are decoded in full.
                if expectEntry { throw error(.badOperand, "\(context()) has no entry label after func_info", at: start) }
                if byte != Opcode.line.rawValue { runStart = nil } else if runStart == nil { runStart = start }
                for index in 0..<arity {
                    if case .list(let items) = try operand(limits) {
                        guard index == arity - 1 else {
                            throw error(.badOperand, "list operand is not last in \(Opcode(rawValue: byte)!.name)", at: start)
                        }
                        operandCount += items.count
                    } else {
                        operandCount += 1
                    }
                }
                continue
            }
            let opcode = Opcode(rawValue: byte)!
            if opcode == .label {
                guard case .unsigned(let labelNumber) = try operand(limits) else { throw error(.badOperand, "bad label", at: start) }
                operandCount += 1
                guard labelNumber > 0, labelNumber < limits.labels else {
                    throw error(.badOperand, "bad label \(labelNumber)", at: start)
                }
                guard functionOfLabel[labelNumber] == -1 else {
                    throw error(.badOperand, "label \(labelNumber) defined twice", at: start)
                }
                if expectEntry {
                    functions[functions.count - 1].entryLabel = labelNumber
                    functionOfLabel[labelNumber] = Int32(functions.count - 1)
                    expectEntry = false
                } else {
                    functionOfLabel[labelNumber] = -2
                }
                lastLabel = labelNumber
                if runStart == nil { runStart = start }
                continue
            }
            var leading: (Operand, Operand, Operand) = (.nil, .nil, .nil)
            for index in 0..<arity {
                let operand = try operand(limits)
                if case .list(let items) = operand {
                    guard index == arity - 1 else {
                        throw error(.badOperand, "list operand is not last in \(opcode.name)", at: start)
                    }
                    operandCount += items.count
                } else {
                    operandCount += 1
                }
                switch index {
                case 0: leading.0 = operand
                case 1: leading.1 = operand
                default: leading.2 = operand
                }
            }
            if expectEntry { throw error(.badOperand, "\(context()) has no entry label after func_info", at: start) }
            switch opcode {
            case .funcInfo:
                guard case .atom(let m) = leading.0, case .atom(let f) = leading.1, case .unsigned(let arity) = leading.2 else {
                    throw error(.badOperand, "bad func_info", at: start)
                }
                current = (m, f, arity)
                let functionStart = runStart ?? start
                // The run's instructions were counted for the previous function; they are
                // few, so counting them twice only loosens a bound.
                closeFunction(at: functionStart)
                functions.append(FunctionSpan(start: functionStart, end: functionStart, name: f, arity: arity,
                                              entryLabel: 0, instructionCount: 0, operandCount: 0))
                instructionCount = 1
                operandCount = 3
                expectEntry = true
                runStart = nil
            default: // int_code_end
                closeFunction(at: start)
                guard !expectEntry else { throw error(.badOperand, "\(context()) has no entry label after func_info", at: start) }
                return FunctionIndex(functions: functions, functionOfLabel: functionOfLabel)
            }
        }
    }
}

/// A function's instructions, decoded on demand from the module file.
public struct DeferredCode: Sendable {
    let bytes: [UInt8]
    /// The file's chunks: id and data range.
    let chunks: [(id: String, start: Int, end: Int)]
    let limits: OperandLimits
    let atoms: [String]
    public let index: FunctionIndex
    public let literals: LiteralTable
    /// The MD5 a bundle stored with the module (see StoredIndex).
    let storedChecksum: [UInt8]?

    /// The module's MD5 as ERTS computes it (see `BeamModule.checksum`).
    public func checksum() -> [UInt8] {
        storedChecksum ?? BeamModule.checksum(bytes) { id in chunks.first { $0.id == id }.map { ($0.start, $0.end) } }
    }

    /// Decodes the instructions of function `function` of the index into `buffer`, which
    /// is emptied first.
    public func decode(function: Int, into buffer: InstructionBuffer) throws(BeamLoadError) {
        buffer.removeAll()
        let span = index.functions[function]
        var reader = ByteReader(bytes, from: span.start, to: span.end, chunk: "Code")
        try reader.instructionsToEnd(limits, into: buffer, atoms: atoms)
    }
}

/// The literal table, each literal decoded when it is asked for.
public struct LiteralTable: Sendable {
    /// The uncompressed table.
    public let bytes: [UInt8]
    /// Where each literal's external term (from its version byte) starts and ends in `bytes`.
    public let ranges: [Range<Int>]

    public var count: Int { ranges.count }

    static let empty = LiteralTable(bytes: [], ranges: [])

    /// Whether a literal's bytes may hold an external fun: the export tag (113) followed by
    /// an atom's tag, or a compressed term (tag 80 after the version byte).
    func mayHoldExportFun(_ range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        if range.count > 1 && bytes[range.lowerBound + 1] == 80 { return true }
        // memchr: a library module's literal table can be hundreds of kilobytes.
        guard let base = bytes.baseAddress else { return false }
        var from = range.lowerBound
        let last = range.upperBound - 1 // the export tag is followed by the module atom's tag
        while from < last, let hit = memchr(base + from, 113, last - from) {
            let i = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            switch bytes[i + 1] {
            case 82, 100, 115, 118, 119: return true // atom cache ref, ATOM(_UTF8)_EXT, SMALL_ATOM(_UTF8)_EXT
            default: from = i + 1
            }
        }
        return false
    }

    /// Decodes literal `index` (below `count`).
    public func term(_ index: Int) throws(BeamLoadError) -> ExternalTerm {
        let range = ranges[index]
        return try ByteReader(bytes, from: range.lowerBound, to: range.upperBound, chunk: "LitT").wholeTerm()
    }

    /// The external funs (`fun M:F/A`) among the literals, in order. Only literals that
    /// may hold one are decoded (see `mayHoldExportFun`).
    public func exportFuns() throws(BeamLoadError) -> [(module: String, function: String, arity: Int)] {
        var found: [(module: String, function: String, arity: Int)] = []
        func walk(_ term: ExternalTerm) {
            switch term {
            case .export(let module, let function, let arity): found.append((module, function, arity))
            case .tuple(let elements): elements.forEach(walk)
            case .list(let elements, let tail): elements.forEach(walk); walk(tail)
            case .map(let pairs): pairs.forEach { walk($0.key); walk($0.value) }
            default: break
            }
        }
        let candidates = bytes.withUnsafeBufferPointer { buffer in ranges.indices.filter { mayHoldExportFun(ranges[$0], in: buffer) } }
        for index in candidates { walk(try term(index)) }
        return found
    }
}

extension ByteReader {
    /// The literal table: the uncompressed size (0 when the table is stored uncompressed),
    /// then, possibly zlib-compressed, a count and each literal as a size and a term.
    mutating func deferredLiteralTable() throws(BeamLoadError) -> LiteralTable {
        let start = offset
        let uncompressedSize = Int(try u32())
        var table: ByteReader
        if uncompressedSize == 0 {
            table = ByteReader(bytes, from: offset, to: end, chunk: chunk)
        } else {
            let inflated = try Zlib.inflate(Array(try bytes(remaining)), expectedSize: uncompressedSize,
                                            chunk: chunk, offset: start)
            table = ByteReader(inflated, chunk: chunk)
        }
        let count = try table.count(minimumItemSize: 5, what: "literal")
        var ranges: [Range<Int>] = []
        ranges.reserveCapacity(count)
        for _ in 0..<count {
            let size = Int(try table.u32())
            try table.need(size)
            ranges.append(table.offset..<table.offset + size)
            try table.skip(size)
        }
        return LiteralTable(bytes: table.bytes, ranges: ranges)
    }
}

/// The common instructions of a Code chunk, skipped over raw bytes: what indexing spends
/// nearly all its time on.
///
/// - Invariant: every read is checked against `end`; an instruction is consumed only when
///   all its operands were recognised and valid, so anything else (a special or unknown
///   opcode, a rare or invalid operand) is left, from its first byte, to `ByteReader`.
struct InstructionSkipper {
    let bytes: UnsafeBufferPointer<UInt8>
    let end: Int
    let limits: OperandLimits

    /// Consumes instructions from `position` while they are common ones (not label,
    /// func_info or int_code_end) with recognised operands, counting them, and tracking the
    /// run of `line` instructions that ends the stretch (`runStart`, as indexing does).
    func skip(from position: inout Int, instructions: inout Int, operands: inout Int, runStart: inout Int?) {
        while position < end {
            let start = position
            let opcode = bytes[position]
            let arity = Opcode.arity(of: opcode)
            guard arity >= 0, opcode != Opcode.label.rawValue, opcode != Opcode.funcInfo.rawValue,
                  opcode != Opcode.intCodeEnd.rawValue else { return }
            var at = position + 1, count = 0
            for index in 0..<arity {
                if at < end && bytes[at] == 0x17 {
                    guard index == arity - 1, let items = list(&at) else { return }
                    count += items
                } else {
                    guard scalar(&at) else { return }
                    count += 1
                }
            }
            position = at
            instructions += 1
            operands += count
            if opcode == Opcode.line.rawValue {
                if runStart == nil { runStart = start }
            } else {
                runStart = nil
            }
        }
    }

    /// An extended list of scalars; its item count.
    private func list(_ at: inout Int) -> Int? {
        var position = at + 1
        guard let count = unsigned(&position), count <= end - position else { return nil }
        for _ in 0..<count {
            guard scalar(&position) else { return nil }
        }
        at = position
        return count
    }

    /// A literal, a typed register or a plain operand.
    private func scalar(_ at: inout Int) -> Bool {
        guard at < end else { return false }
        var position = at
        switch bytes[position] {
        case 0x47: // a literal
            position += 1
            guard let index = unsigned(&position), index < limits.literals else { return false }
        case 0x57: // a typed register: an x or y register, then a type index
            position += 1
            guard position < end, case let tag = bytes[position] & 7, tag == CompactTag.x.rawValue || tag == CompactTag.y.rawValue,
                  let register = plain(&position), register.value < maxRegisters,
                  let type = unsigned(&position), type < max(limits.types, 1) else { return false }
        default:
            guard let operand = plain(&position) else { return false }
            switch operand.tag {
            case CompactTag.u.rawValue, CompactTag.i.rawValue: break
            case CompactTag.a.rawValue: guard operand.value <= limits.atoms else { return false }
            case CompactTag.x.rawValue, CompactTag.y.rawValue: guard operand.value < maxRegisters else { return false }
            case CompactTag.f.rawValue: guard operand.value < limits.labels else { return false }
            default: return false
            }
        }
        at = position
        return true
    }

    /// An untagged number in a short form.
    private func unsigned(_ at: inout Int) -> Int? {
        guard at < end, bytes[at] & 7 == CompactTag.u.rawValue else { return nil }
        return plain(&at)?.value
    }

    /// A non-extended operand whose value takes at most 8 bytes: its tag and value (an
    /// integer's may be negative; other tags' may not).
    private func plain(_ at: inout Int) -> (tag: UInt8, value: Int)? {
        guard at < end else { return nil }
        let first = bytes[at]
        let tag = first & 7
        if first & 0x08 == 0 {
            at += 1
            return (tag, Int(first >> 4))
        }
        if first & 0x10 == 0 {
            guard at + 1 < end else { return nil }
            defer { at += 2 }
            return (tag, Int(first >> 5) << 8 | Int(bytes[at + 1]))
        }
        let length = Int(first >> 5) + 2
        guard length <= 8, at + length < end else { return nil }
        if bytes[at + 1] & 0x80 != 0 {
            guard tag == CompactTag.i.rawValue else { return nil }
            at += 1 + length
            return (tag, -1)
        }
        var bits: UInt64 = 0
        for i in at + 1...at + length { bits = bits << 8 | UInt64(bytes[i]) }
        at += 1 + length
        return (tag, Int(bitPattern: UInt(bits)))
    }
}
