// Translation of the bit-syntax instructions (construction and matching).
//
// Flag lists and segment types are decoded here, once: segment flags become the numeric
// field flags (`SegmentFlags`, with `native` folded into `little`), segment types become
// `SegmentKind` numbers, and `bs_match` commands become `MatchCommand` numbers with their
// sizes already multiplied by their units.

import BeamFile

/// The kind of a `bs_create_bin` segment, as encoded in internal code.
enum SegmentKind: UInt64 {
    case integer, float, binary, utf8, utf16, utf32, string, append, privateAppend
}

/// A `bs_match` command, as encoded in internal code (operands after each):
///
///   ensureAtLeast  N bits, N unit          ensureExactly  N bits
///   integer        N live, N flags, N bits, D
///   binary         N live, N flags, N bits, D
///   skip           N bits                  getTail        N live, N unit, D
///   equal          N flags, N bits, S value
enum MatchCommand: UInt64 {
    case ensureAtLeast, ensureExactly, integer, binary, skip, getTail, equal
}

extension Emitter {
    mutating func translateBinary(_ instruction: InstructionView) throws(ModuleLoadError) {
        let a = instruction.operands
        switch instruction.opcode {
        case .bsStartMatch3:
            emit(.bsStartMatch); try emitLabel(a[0]); try emitNumberOperand(a[2]); try emitSource(a[1]); try emitDestination(a[3])
        case .bsStartMatch4:
            emit(.bsStartMatch)
            if case .label = a[0] { try emitLabel(a[0]) } else { emit(UInt64(0)) }
            try emitNumberOperand(a[1]); try emitSource(a[2]); try emitDestination(a[3])
        case .bsGetPosition:
            emit(.bsGetPosition); try emitSource(a[0]); try emitDestination(a[1]); try emitNumberOperand(a[2])
        case .bsSetPosition:
            emit(.bsSetPosition); try emitSource(a[0]); try emitSource(a[1])
        case .bsGetTail:
            emit(.bsGetTail); try emitSource(a[0]); try emitDestination(a[1]); try emitNumberOperand(a[2])
        case .bsGetInteger2, .bsGetFloat2, .bsGetBinary2:
            let op: Op = instruction.opcode == .bsGetInteger2 ? .bsGetInteger : instruction.opcode == .bsGetFloat2 ? .bsGetFloat : .bsGetBinary
            emit(op); try emitLabel(a[0]); try emitSource(a[1]); try emitNumberOperand(a[2])
            let unit = try number(a[4])
            if op != .bsGetFloat, case .integer(let size) = a[3], size >= 0, size < 1 << 40, unit <= 256 {
                emitNumber(Int(size) * unit); emitNumber(unit)
                emitNumber(try fieldFlags(a[5]) | SegmentFlags.fixed)
            } else {
                try emitSource(a[3]); emitNumber(unit); emitNumber(try fieldFlags(a[5]) | allFlag(a[3]))
            }
            try emitDestination(a[6])
        case .bsSkipBits2:
            emit(.bsSkipBits); try emitLabel(a[0]); try emitSource(a[1]); try emitSource(a[2])
            try emitNumberOperand(a[3]); emitNumber(try fieldFlags(a[4]) | allFlag(a[2]))
        case .bsTestTail2:
            emit(.bsTestTail); try emitLabel(a[0]); try emitSource(a[1]); try emitNumberOperand(a[2])
        case .bsTestUnit:
            emit(.bsTestUnit); try emitLabel(a[0]); try emitSource(a[1]); try emitNumberOperand(a[2])
        case .bsMatchString:
            let bits = try number(a[2])
            emit(.bsMatchString); try emitLabel(a[0]); try emitSource(a[1]); emitNumber(bits)
            emit(try stringAddress(try number(a[3]), count: (bits + 7) / 8))
        case .bsGetUtf8:
            emit(.bsGetUtf8); try emitLabel(a[0]); try emitSource(a[1]); try emitDestination(a[4])
        case .bsGetUtf16, .bsGetUtf32:
            emit(instruction.opcode == .bsGetUtf16 ? .bsGetUtf16 : .bsGetUtf32)
            try emitLabel(a[0]); try emitSource(a[1]); emitNumber(try fieldFlags(a[3])); try emitDestination(a[4])
        case .bsSkipUtf8:
            emit(.bsSkipUtf8); try emitLabel(a[0]); try emitSource(a[1])
        case .bsSkipUtf16, .bsSkipUtf32:
            emit(instruction.opcode == .bsSkipUtf16 ? .bsSkipUtf16 : .bsSkipUtf32)
            try emitLabel(a[0]); try emitSource(a[1]); emitNumber(try fieldFlags(a[3]))
        case .bsInitWritable:
            emit(.bsInitWritable)
        case .bsMatch:
            guard case .list(let items) = a[2] else { throw error("bad bs_match") }
            emit(.bsMatch); try emitLabel(a[0]); try emitSource(a[1])
            let countPosition = code.count
            emitNumber(0)
            try emitMatchCommands(items)
            code[countPosition] = UInt64(code.count - countPosition - 1)
        case .bsCreateBin:
            try translateCreateBinary(a)
        default:
            throw error("unsupported instruction \(instruction.opcode.name) (opcode \(instruction.opcode.rawValue))")
        }
    }

    /// `bs_create_bin Fail Alloc Live Unit Dst {list, Segments}`, each segment six operands:
    /// type, segment number, unit, flags, value, size. Emitted as
    /// L, N alloc, N live, N known bits, D, N count, then per segment
    /// N kind, N segment number, N unit, N flags, S value, S size. A string segment has the
    /// address of its bytes as value and its bits as size; a constant size becomes its bits
    /// (with `SegmentFlags.fixed`); a size of `all` sets `SegmentFlags.all`.
    mutating func translateCreateBinary(_ a: OperandView) throws(ModuleLoadError) {
        guard case .list(let items) = a[5], items.count % 6 == 0 else { throw error("bad bs_create_bin") }
        emit(.bsCreateBin); try emitLabel(a[0]); emitNumber(try heapNeed(a[1])); try emitNumberOperand(a[2])
        // The result's unit (a[3]) is of no use at run time; this word holds the size when
        // every segment has a constant one (see below).
        let knownBitsPosition = code.count
        emitNumber(0)
        try emitDestination(a[4]); emitNumber(items.count / 6)
        var knownBits: Int? = 0
        for start in stride(from: 0, to: items.count, by: 6) {
            let segment = Array(items[start..<start + 6])
            guard case .atom(let typeIndex) = segment[0] else { throw error("bad bs_create_bin segment type") }
            let kind: SegmentKind
            switch beam.atom(typeIndex) {
            case "integer": kind = .integer
            case "float": kind = .float
            case "binary": kind = .binary
            case "utf8": kind = .utf8
            case "utf16": kind = .utf16
            case "utf32": kind = .utf32
            case "string": kind = .string
            case "append": kind = .append
            case "private_append": kind = .privateAppend
            case let other: throw error("unknown bs_create_bin segment type \(other)")
            }
            let unit = try number(segment[2])
            var flags = try fieldFlags(segment[3]) | allFlag(segment[5])
            var fixedBits: Int?
            if kind == .string {
                guard case .integer(let size) = segment[5], size >= 0 else { throw error("bad string segment") }
                fixedBits = Int(size) * unit
            } else if kind == .integer || kind == .float || kind == .binary, case .integer(let size) = segment[5],
                      size >= 0, size < 1 << 40, unit <= 256 {
                fixedBits = Int(size) * unit
            }
            if fixedBits != nil { flags |= SegmentFlags.fixed }
            if kind == .append || kind == .privateAppend {
                if start != 0 { knownBits = nil }
            } else if let bits = fixedBits, let known = knownBits {
                knownBits = known + bits
            } else {
                knownBits = nil
            }
            emit(kind.rawValue)
            emitNumber(try number(segment[1]))
            emitNumber(unit)
            emitNumber(flags)
            if kind == .string {
                emit(try stringAddress(try number(segment[4]), count: fixedBits! / 8))
            } else {
                try emitSource(segment[4])
            }
            if let fixedBits { emitNumber(fixedBits) } else { try emitSource(segment[5]) }
        }
        // Known bits plus one (0: computed at run time), so the first pass can be skipped.
        if let knownBits, knownBits < 1 << 40 { code[knownBitsPosition] = UInt64(knownBits + 1) }
    }

    mutating func emitMatchCommands(_ items: [Operand]) throws(ModuleLoadError) {
        var i = 0
        func operand(_ k: Int) throws(ModuleLoadError) -> Operand {
            guard i + k < items.count else { throw error("truncated bs_match command") }
            return items[i + k]
        }
        while i < items.count {
            guard case .atom(let index) = items[i] else { throw error("bad bs_match command") }
            switch beam.atom(index) {
            case "ensure_at_least":
                emit(MatchCommand.ensureAtLeast.rawValue); emitNumber(try number(try operand(1))); emitNumber(try number(try operand(2)))
                i += 3
            case "ensure_exactly":
                emit(MatchCommand.ensureExactly.rawValue); emitNumber(try number(try operand(1)))
                i += 2
            case "integer", "binary":
                emit(beam.atom(index) == "integer" ? MatchCommand.integer.rawValue : MatchCommand.binary.rawValue)
                emitNumber(try number(try operand(1)))
                emitNumber(try fieldFlags(try operand(2)))
                emitNumber(try number(try operand(3)) * (try number(try operand(4))))
                try emitDestination(try operand(5))
                i += 6
            case "skip":
                emit(MatchCommand.skip.rawValue); emitNumber(try number(try operand(1)))
                i += 2
            case "get_tail":
                emit(MatchCommand.getTail.rawValue); emitNumber(try number(try operand(1))); emitNumber(try number(try operand(2)))
                try emitDestination(try operand(3))
                i += 4
            case "=:=":
                emit(MatchCommand.equal.rawValue); emitNumber(try fieldFlags(try operand(1))); emitNumber(try number(try operand(2)))
                try emitSource(try operand(3))
                i += 4
            case let other:
                throw error("unknown bs_match command \(other)")
            }
        }
    }

    /// `SegmentFlags.all` when a size operand is the atom `all`.
    mutating func allFlag(_ operand: Operand) -> Int {
        if case .atom(let index) = operand, beam.atom(index) == "all" { return SegmentFlags.all }
        return 0
    }

    /// Segment flags from a field-flags number or a literal list of flag atoms, with
    /// `native` folded into `little` (this machine is little-endian).
    mutating func fieldFlags(_ operand: Operand) throws(ModuleLoadError) -> Int {
        var flags = 0
        switch operand {
        case .nil:
            return 0
        case .literal(let index):
            guard let elements = try literal(index).listElements else { throw error("bad segment flags") }
            for element in elements {
                if element == Atom.little || element == Atom.native { flags |= SegmentFlags.little }
                if element == Atom.signed { flags |= SegmentFlags.signed }
            }
        default:
            flags = try number(operand)
        }
        if flags & SegmentFlags.native != 0 { flags |= SegmentFlags.little }
        return flags & (SegmentFlags.little | SegmentFlags.signed)
    }
}
