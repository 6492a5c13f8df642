// `bs_create_bin`: building a bitstring from segments, in the two passes ERTS makes. The
// first pass adds up the size and rejects bad sizes (and bad `/binary` and `/utf32`
// values); then the binary is allocated (or, for an `append` segment, the accumulator is
// extended: see BinaryAppend.swift); the second pass writes each segment and rejects bad
// values. A failure branches to the fail label when there is one, and otherwise raises
// `badarg` (or `system_limit` for sizes too large) with an `error_info` map on the
// function's own frame: `#{cause => {Segment, Type, Error, Value}, function =>
// format_bs_fail, module => erl_erts_errors}`.
//
// Instruction words: [1] fail label, [2] extra heap words, [3] live, [4] the total bits plus
// one when every segment size is a constant (0 otherwise), [5] destination, [6] segment count.
// Segment encoding (six words each, after the instruction's seven):
//   [0] SegmentKind  [1] segment number  [2] unit  [3] SegmentFlags  [4] S value  [5] S size
// A string segment has the address of its bytes as value; a string or constant-size segment
// (`SegmentFlags.fixed`) has its size in bits, untagged, as size.

extension Interpreter {
    /// A failed segment: what ERTS reports in the `cause` of the error.
    struct SegmentFailure {
        var reason: Term
        var segment: UInt64
        var kind: UInt64
        var error: Term
        var value: Term
    }

    static let formatBsFail = Term.atom("format_bs_fail")
    static let ertsErrors = Term.atom("erl_erts_errors")
    static let cause = Term.atom("cause")
    static let function = Term.atom("function")
    static let sizeAtom = Term.atom("size")
    static let unitAtom = Term.atom("unit")
    static let shortAtom = Term.atom("short")
    static let invalidAtom = Term.atom("invalid")
    static let noFloatAtom = Term.atom("no_float")

    @inline(never)
    static func createBinary(_ p: Process, _ pc: UnsafePointer<UInt64>, _ x: UnsafeMutablePointer<Term>) -> UnsafePointer<UInt64>? {
        let count = Int(pc[6])
        let segments = pc + 7
        let next = segments + 6 * count
        let live = Int(pc[3])

        // Pass 1: the size in bits, unless every segment's size is a constant.
        var total = Int(pc[4]) &- 1
        if pc[4] == 0 { total = 0 }
        for i in 0..<(pc[4] == 0 ? count : 0) {
            let s = segments + 6 * i
            let kind = s[0], flags = Int(s[3])
            var bits = 0
            if flags & SegmentFlags.fixed != 0 {
                bits = Int(s[5])
            } else if kind == SegmentKind.append.rawValue || kind == SegmentKind.privateAppend.rawValue {
                continue
            } else if flags & SegmentFlags.all != 0 {
                let value = source(s[4], x, p)
                guard value.isBitstring else {
                    return segmentFailed(p, pc, SegmentFailure(reason: Atom.badarg, segment: s[1], kind: kind, error: Atom.type, value: value))
                }
                bits = BitstringView(value).bitSize
            } else if kind <= SegmentKind.binary.rawValue {
                let size = source(s[5], x, p)
                let (sized, reason) = segmentBits(size, unit: Int(s[2]))
                guard reason.isNone else {
                    return segmentFailed(p, pc, SegmentFailure(reason: reason, segment: s[1], kind: kind, error: sizeAtom, value: size))
                }
                bits = sized
            } else {
                let value = source(s[4], x, p)
                switch kind {
                case SegmentKind.utf8.rawValue:
                    bits = value.isSmall && value.smallValue >= 0 ? BitSyntax.utf8Length(value.smallValue) * 8 : 32
                case SegmentKind.utf16.rawValue:
                    bits = value.isSmall && value.smallValue >= 0 && value.smallValue < 0x10000 ? 16 : 32
                default:
                    guard BitSyntax.isCodePoint(value) else {
                        return segmentFailed(p, pc, SegmentFailure(reason: Atom.badarg, segment: s[1], kind: kind, error: Atom.type, value: value))
                    }
                    bits = 32
                }
            }
            let (sum, overflow) = total.addingReportingOverflow(bits)
            guard !overflow, sum < 1 << 61 else {
                let size = flags & SegmentFlags.fixed != 0 ? Term.small(bits) : source(s[5], x, p)
                return segmentFailed(p, pc, SegmentFailure(reason: Atom.systemLimit, segment: s[1], kind: kind, error: sizeAtom, value: size))
            }
            total = sum
        }

        // The binary to write into.
        let result: Term
        let base: UnsafeMutablePointer<UInt8>
        var offset: Int
        var first = 0
        let extra = Int(pc[2])
        if count > 0 && (segments[0] == SegmentKind.append.rawValue || segments[0] == SegmentKind.privateAppend.rawValue) {
            first = 1
            var accumulator = source(segments[4], x, p)
            guard accumulator.isBitstring else {
                return segmentFailed(p, pc, SegmentFailure(reason: Atom.badarg, segment: segments[1], kind: segments[0],
                                                           error: Atom.type, value: accumulator))
            }
            let unit = Int(segments[2])
            guard unit <= 1 || isMultiple(BitstringView(accumulator).bitSize, of: unit) else {
                return segmentFailed(p, pc, SegmentFailure(reason: Atom.badarg, segment: segments[1], kind: segments[0],
                                                           error: unitAtom, value: accumulator))
            }
            accumulator = reserve(p, extra + Process.appendWords, live: live, x, keeping: accumulator)
            if total == 0 {
                result = accumulator
                base = BitstringView(accumulator).base
                offset = 0
            } else {
                (result, base, offset) = p.appendTarget(accumulator, extraBits: total)
            }
        } else {
            let bytes = (total + 7) >> 3
            _ = reserve(p, extra + Process.binaryWords(bytes) + (total & 7 == 0 ? 0 : 4), live: live, x, keeping: .nil)
            let made = p.newBinary(count: bytes)
            result = total & 7 == 0 ? made.term : p.subBinary(of: made.term, bitOffset: 0, bitSize: total)
            base = made.bytes
            offset = 0
        }

        // Pass 2: the segments.
        for i in first..<count {
            let s = segments + 6 * i
            let kind = s[0], flags = Int(s[3])
            let fixed = flags & SegmentFlags.fixed != 0
            if kind == SegmentKind.string.rawValue {
                let bits = Int(s[5])
                BitCopy.copy(from: UnsafePointer<UInt8>(bitPattern: UInt(s[4])).unsafelyUnwrapped, 0, to: base, offset, count: bits)
                offset += bits
                continue
            }
            let value = source(s[4], x, p)
            let little = flags & SegmentFlags.little != 0
            var failure: Term = .none
            switch kind {
            case SegmentKind.integer.rawValue:
                let bits = fixed ? Int(s[5]) : segmentBits(source(s[5], x, p), unit: Int(s[2])).bits
                if _fastPath(value.isSmall && bits <= 64) {
                    BitSyntax.writeWord(UInt64(bitPattern: Int64(value.smallValue)), bits: bits, little: little, to: base, at: offset)
                } else {
                    guard value.isInteger else { failure = Atom.type; break }
                    BitSyntax.writeInteger(value, bits: bits, little: little, to: base, at: offset)
                }
                offset += bits
            case SegmentKind.float.rawValue:
                let bits = fixed ? Int(s[5]) : segmentBits(source(s[5], x, p), unit: Int(s[2])).bits
                guard bits == 16 || bits == 32 || bits == 64 else {
                    return segmentFailed(p, pc, SegmentFailure(reason: Atom.badarg, segment: s[1], kind: kind, error: invalidAtom,
                                                               value: .small(bits)))
                }
                guard value.isNumber else { failure = Atom.type; break }
                guard let pattern = BitSyntax.floatPattern(value, bits: bits) else { failure = noFloatAtom; break }
                BitSyntax.writeWord(pattern, bits: bits, little: little, to: base, at: offset)
                offset += bits
            case SegmentKind.binary.rawValue:
                guard value.isBitstring else { failure = Atom.type; break }
                let view = BitstringView(value)
                let bits: Int
                if flags & SegmentFlags.all != 0 {
                    let unit = Int(s[2])
                    guard isMultiple(view.bitSize, of: unit) else { failure = unitAtom; break }
                    bits = view.bitSize
                } else {
                    bits = fixed ? Int(s[5]) : segmentBits(source(s[5], x, p), unit: Int(s[2])).bits
                    guard bits <= view.bitSize else { failure = shortAtom; break }
                }
                BitCopy.copy(from: view.base, view.bitOffset, to: base, offset, count: bits)
                offset += bits
            case SegmentKind.utf8.rawValue:
                guard BitSyntax.isCodePoint(value) else { failure = Atom.type; break }
                offset += BitSyntax.writeUTF8(value.smallValue, to: base, at: offset)
            case SegmentKind.utf16.rawValue:
                guard BitSyntax.isCodePoint(value) else { failure = Atom.type; break }
                offset += BitSyntax.writeUTF16(value.smallValue, little: little, to: base, at: offset)
            case SegmentKind.utf32.rawValue:
                BitSyntax.writeWord(UInt64(value.smallValue), bits: 32, little: little, to: base, at: offset)
                offset += 32
            default:
                break
            }
            if !failure.isNone {
                return segmentFailed(p, pc, SegmentFailure(reason: Atom.badarg, segment: s[1], kind: kind, error: failure, value: value))
            }
        }
        store(pc[5], result, x, p)
        return next
    }

    /// The bits of a sized segment, and THE_NON_VALUE; or 0 and the reason the size is bad
    /// (`badarg` for a negative or non-integer size, `system_limit` for a huge one).
    @inline(__always)
    static func segmentBits(_ size: Term, unit: Int) -> (bits: Int, failure: Term) {
        if size.isSmall {
            let value = size.smallValue
            guard value >= 0 else { return (0, Atom.badarg) }
            let (bits, overflow) = value.multipliedReportingOverflow(by: unit)
            return overflow ? (0, Atom.systemLimit) : (bits, .none)
        }
        if size.isBignum && size.boxedSubtag == Subtag.positiveBig.rawValue { return (0, Atom.systemLimit) }
        return (0, Atom.badarg)
    }

    /// Branches to the fail label, or records the exception for the failed segment.
    @inline(never)
    static func segmentFailed(_ p: Process, _ pc: UnsafePointer<UInt64>, _ failure: SegmentFailure) -> UnsafePointer<UInt64>? {
        if pc[1] != 0 { return codeAddress(pc[1]) }
        let type: Term
        switch SegmentKind(rawValue: failure.kind).unsafelyUnwrapped {
        case .integer: type = Atom.integer
        case .float: type = Atom.float
        case .binary, .append, .privateAppend: type = Atom.binary
        case .string: type = Atom.string
        case .utf8: type = Atom.utf8
        case .utf16: type = Atom.utf16
        case .utf32: type = Atom.utf32
        }
        _ = p.fail(failure.reason)
        let cause = p.tuple(.small(Int(failure.segment)), type, failure.error, failure.value)
        p.exceptionErrorInfo = MapOps.make(p, [(Self.cause, cause), (Self.function, formatBsFail), (Atom.module, ertsErrors)])
        return nil
    }
}
