// Conversions between any of the encodings latin1, UTF-8, UTF-16 and UTF-32 (big or
// little endian), as OTP's unicode.erl does them in Erlang: character data is walked part
// by part (binaries longer than 8192 bytes in 8192-byte slices), each binary decoded
// from the input encoding and re-encoded in the output encoding. A sequence cut off at
// the end of one binary is completed from the next. The shapes of `{error, Done, Rest}`
// and `{incomplete, Done, Rest}` follow that code exactly.

/// A character encoding of the unicode module.
enum TextEncoding: Equatable {
    case latin1, utf8
    case utf16(big: Bool)
    case utf32(big: Bool)

    /// `latin1`, `unicode`, `utf8`, `utf16`, `utf32`, or `{utf16 | utf32, big | little}`.
    init?(_ term: Term) {
        if term == Atom.latin1 { self = .latin1; return }
        if term == Atom.unicode || term == Atom.utf8 { self = .utf8; return }
        if term == Atom.utf16 { self = .utf16(big: true); return }
        if term == Atom.utf32 { self = .utf32(big: true); return }
        guard term.isTuple, term.tupleArity == 2, term.tupleElement(1) == Atom.big || term.tupleElement(1) == Atom.little
        else { return nil }
        let big = term.tupleElement(1) == Atom.big
        if term.tupleElement(0) == Atom.utf16 { self = .utf16(big: big); return }
        if term.tupleElement(0) == Atom.utf32 { self = .utf32(big: big); return }
        return nil
    }
}

/// Raised where unicode.erl would crash (a function or case clause); callers turn it
/// into badarg.
struct TranscodeFailure: Error {}

/// unicode.erl's `characters_to_binary_int/3`.
struct Transcoder {
    let p: Process
    let input: TextEncoding
    let output: TextEncoding

    /// The accumulator: converted bytes, and possibly the start of a sequence waiting for
    /// the next binary.
    enum Accumulator {
        case bytes([UInt8])
        case pending(incomplete: [UInt8], missing: Int, bytes: [UInt8])
    }

    enum Outcome {
        case done([UInt8])
        case error([UInt8], Term)
        case incomplete([UInt8], rest: [UInt8], missing: Int)
    }

    /// What decoding one binary gives: characters, then possibly a failure at an offset.
    enum Decoded {
        case all([UInt32])
        case error([UInt32], at: Int)
        case incomplete([UInt32], at: Int, missing: Int)
    }

    var limit: Int { output == .latin1 || input == .latin1 ? 255 : 0x10FFFF }

    func run(_ data: Term) throws(TranscodeFailure) -> Outcome {
        try map(data, .bytes([]))
    }

    // MARK: - ml_map

    /// Walks character data; the list's tail is followed in a loop, sublists recursively.
    func map(_ start: Term, _ initial: Accumulator) throws(TranscodeFailure) -> Outcome {
        var data = start
        var accumulator = initial
        while true {
            if data.isNil {
                switch accumulator {
                case .pending(let incomplete, let missing, let bytes): return .incomplete(bytes, rest: incomplete, missing: missing)
                case .bytes(let bytes): return .done(bytes)
                }
            }
            if data.isList {
                let part = data.head, tail = data.tail
                if case .pending(let incomplete, _, let bytes) = accumulator, part.isInteger {
                    return .error(bytes, p.cons(p.binary(incomplete), data))
                }
                if part.isInteger {
                    guard case .bytes(let bytes) = accumulator else { throw TranscodeFailure() }
                    switch try convertInteger(part, bytes) {
                    case .done(let converted): accumulator = .bytes(converted)
                    case .error(let converted, let rest): return .error(converted, p.cons(rest, tail))
                    case .incomplete: throw TranscodeFailure()
                    }
                    data = tail
                    continue
                }
                if part.isBitstring {
                    guard let partBytes = part.binaryBytes else { throw TranscodeFailure() }
                    if case .pending(let incomplete, let missing, let bytes) = accumulator {
                        if partBytes.count >= missing {
                            let completed = p.binary(incomplete + partBytes[..<missing])
                            let trailing = p.binary(Array(partBytes[missing...]))
                            data = p.cons(completed, p.cons(trailing, tail))
                            accumulator = .bytes(bytes)
                        } else {
                            accumulator = .pending(incomplete: incomplete + partBytes, missing: missing - partBytes.count,
                                                   bytes: bytes)
                            data = tail
                        }
                        continue
                    }
                    if partBytes.count > 8192 {
                        let first = p.binary(Array(partBytes[..<8192])), second = p.binary(Array(partBytes[8192...]))
                        data = p.cons(first, p.cons(second, tail))
                        continue
                    }
                    guard case .bytes(let bytes) = accumulator else { throw TranscodeFailure() }
                    switch try convertBinary(partBytes, bytes) {
                    case .done(let converted): accumulator = .bytes(converted)
                    case .incomplete(let converted, let rest, let missing):
                        accumulator = .pending(incomplete: rest, missing: missing, bytes: converted)
                    case .error(let converted, let rest): return .error(converted, p.cons(rest, tail))
                    }
                    data = tail
                    continue
                }
                if part.isList || part.isNil {
                    switch try map(part, accumulator) {
                    case .done(let converted): accumulator = .bytes(converted)
                    case .error(let converted, let rest): return .error(converted, p.cons(rest, tail))
                    case .incomplete(let converted, let rest, let missing):
                        accumulator = .pending(incomplete: rest, missing: missing, bytes: converted)
                    }
                    data = tail
                    continue
                }
                throw TranscodeFailure()
            }
            guard data.isBitstring, let dataBytes = data.binaryBytes else { throw TranscodeFailure() }
            if case .pending(let incomplete, let missing, let bytes) = accumulator {
                if dataBytes.count >= missing {
                    data = p.list([p.binary(incomplete), data])
                    accumulator = .bytes(bytes)
                    continue
                }
                return .incomplete(bytes, rest: incomplete + dataBytes, missing: missing - dataBytes.count)
            }
            if dataBytes.count > 8192 {
                data = p.list([p.binary(Array(dataBytes[..<8192])), p.binary(Array(dataBytes[8192...]))])
                continue
            }
            guard case .bytes(let bytes) = accumulator else { throw TranscodeFailure() }
            return try convertBinary(dataBytes, bytes)
        }
    }

    /// The per-part function for a character code.
    func convertInteger(_ part: Term, _ bytes: [UInt8]) throws(TranscodeFailure) -> Outcome {
        guard part.isSmall else {
            // A negative bignum passes the limit test, and list_to_binary/1 rejects it.
            if output == .latin1, Integers.compare(part, .small(0)) < 0 { throw TranscodeFailure() }
            return .error(bytes, p.list([part]))
        }
        guard part.smallValue <= limit else { return .error(bytes, p.list([part])) }
        let c = part.smallValue
        if output == .latin1 {
            // list_to_binary/1 of the character, which fails for negative numbers.
            guard c >= 0 else { throw TranscodeFailure() }
            return .done(bytes + [UInt8(c)])
        }
        guard c >= 0, let scalar = Unicode.Scalar(UInt32(c)) else { return .error(bytes, p.list([part])) }
        return .done(bytes + encode([scalar.value]))
    }

    /// The per-part function for a binary: decode, then encode what was decoded.
    func convertBinary(_ part: [UInt8], _ bytes: [UInt8]) throws(TranscodeFailure) -> Outcome {
        switch try decode(part) {
        case .all(let chars): return .done(bytes + encode(chars))
        case .error(let chars, let at): return .error(bytes + encode(chars), p.binary(Array(part[at...])))
        case .incomplete(let chars, let at, let missing):
            return .incomplete(bytes + encode(chars), rest: Array(part[at...]), missing: missing)
        }
    }

    // MARK: - Decoding and encoding

    func encode(_ chars: [UInt32]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(chars.count)
        func unit16(_ u: UInt32, _ big: Bool) {
            out += big ? [UInt8(u >> 8), UInt8(truncatingIfNeeded: u)] : [UInt8(truncatingIfNeeded: u), UInt8(u >> 8)]
        }
        for c in chars {
            switch output {
            case .latin1:
                out.append(UInt8(truncatingIfNeeded: c))
            case .utf8:
                switch c {
                case ..<0x80: out.append(UInt8(c))
                case ..<0x800: out += [UInt8(0xC0 | c >> 6), UInt8(0x80 | c & 0x3F)]
                case ..<0x10000: out += [UInt8(0xE0 | c >> 12), UInt8(0x80 | (c >> 6) & 0x3F), UInt8(0x80 | c & 0x3F)]
                default:
                    out += [UInt8(0xF0 | c >> 18), UInt8(0x80 | (c >> 12) & 0x3F), UInt8(0x80 | (c >> 6) & 0x3F),
                            UInt8(0x80 | c & 0x3F)]
                }
            case .utf16(let big):
                if c < 0x10000 {
                    unit16(c, big)
                } else {
                    unit16(0xD800 + ((c - 0x10000) >> 10), big)
                    unit16(0xDC00 + ((c - 0x10000) & 0x3FF), big)
                }
            case .utf32(let big):
                let b = [UInt8(c >> 24), UInt8(truncatingIfNeeded: c >> 16), UInt8(truncatingIfNeeded: c >> 8),
                         UInt8(truncatingIfNeeded: c)]
                out += big ? b : b.reversed()
            }
        }
        return out
    }

    /// Decodes a binary in the input encoding. For latin1 output, characters above 255
    /// stop decoding like invalid ones. Up to OTP 25, unicode.erl's UTF-32 check for
    /// latin1 output crashes on a sequence cut off after other characters; so does this.
    func decode(_ bytes: [UInt8]) throws(TranscodeFailure) -> Decoded {
        var chars: [UInt32] = []
        var i = 0
        let stopAbove: UInt32 = output == .latin1 ? 255 : 0x10FFFF
        while i < bytes.count {
            if let (c, length) = decodeOne(bytes, i) {
                if c > stopAbove { return .error(chars, at: i) }
                chars.append(c)
                i += length
                continue
            }
            guard let missing = missingBytes(Array(bytes[i...])) else { return .error(chars, at: i) }
            if output == .latin1, case .utf32 = input, !chars.isEmpty, EmulatedRelease.number < 26 { throw TranscodeFailure() }
            return .incomplete(chars, at: i, missing: missing)
        }
        return .all(chars)
    }

    /// One character of the input encoding at `i`: its value and length.
    func decodeOne(_ bytes: [UInt8], _ i: Int) -> (UInt32, Int)? {
        let n = bytes.count - i
        switch input {
        case .latin1:
            return (UInt32(bytes[i]), 1)
        case .utf8:
            guard let length = UTF8Builder.sequenceLength(bytes[i]), UTF8Builder.isValidSequence(bytes, i, length) else { return nil }
            let value = String(decoding: bytes[i..<i + length], as: UTF8.self).unicodeScalars.first!.value
            return (value, length)
        case .utf16(let big):
            guard n >= 2 else { return nil }
            func unit(_ k: Int) -> UInt32 {
                big ? UInt32(bytes[k]) << 8 | UInt32(bytes[k + 1]) : UInt32(bytes[k + 1]) << 8 | UInt32(bytes[k])
            }
            let first = unit(i)
            if first < 0xD800 || first > 0xDFFF { return (first, 2) }
            guard first <= 0xDBFF, n >= 4 else { return nil }
            let second = unit(i + 2)
            guard second >= 0xDC00 && second <= 0xDFFF else { return nil }
            return (0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00), 4)
        case .utf32(let big):
            guard n >= 4 else { return nil }
            let b = Array(bytes[i..<i + 4])
            let value = big ? UInt32(b[0]) << 24 | UInt32(b[1]) << 16 | UInt32(b[2]) << 8 | UInt32(b[3])
                : UInt32(b[3]) << 24 | UInt32(b[2]) << 16 | UInt32(b[1]) << 8 | UInt32(b[0])
            guard value <= 0x10FFFF, !(0xD800...0xDFFF).contains(value) else { return nil }
            return (value, 4)
        }
    }

    /// unicode.erl's `cbv/2`: how many bytes would complete `rest`, or nil when it cannot
    /// be the start of a character.
    func missingBytes(_ rest: [UInt8]) -> Int? {
        let n = rest.count
        func isContinuation(_ b: UInt8) -> Bool { b & 0xC0 == 0x80 }
        switch input {
        case .latin1:
            return nil
        case .utf8:
            let b0 = rest[0]
            if b0 & 0xE0 == 0xC0 { return n == 1 ? 1 : nil }
            if b0 & 0xF0 == 0xE0 {
                if n == 1 { return 2 }
                if n == 2 && isContinuation(rest[1]) { return 1 }
                return nil
            }
            if b0 & 0xF8 == 0xF0 {
                if n == 1 { return 3 }
                if n == 2 && isContinuation(rest[1]) { return 2 }
                if n == 3 && isContinuation(rest[1]) && isContinuation(rest[2]) { return 1 }
                return nil
            }
            return nil
        case .utf16(true):
            if n == 1 { return rest[0] <= 215 || rest[0] >= 224 ? 1 : (rest[0] >> 2 == 54 ? 3 : nil) }
            if n == 2 && rest[0] >> 2 == 54 { return 2 }
            if n == 3 && rest[0] >> 2 == 54 && rest[2] >> 2 == 55 { return 1 }
            return nil
        case .utf16(false):
            if n == 1 { return 1 }
            if n == 2 && rest[1] >> 2 == 54 { return 2 }
            if n == 3 && rest[1] >> 2 == 54 { return 1 }
            return nil
        case .utf32(true):
            if n == 1 && rest[0] == 0 { return 3 }
            if n == 2 && rest[0] == 0 && rest[1] <= 16 { return 2 }
            if n == 3 && rest[0] == 0 && rest[1] <= 16 && (rest[1] > 0 || rest[2] <= 215 || rest[2] >= 224) { return 1 }
            return nil
        case .utf32(false):
            if n == 1 { return 3 }
            if n == 2 { return 2 }
            if n == 3 {
                if rest[1] == 255 && rest[2] == 0 && (rest[0] == 254 || rest[0] == 255) { return nil }
                if rest[2] <= 16 && (rest[2] > 0 || rest[1] <= 215 || rest[1] >= 224) { return 1 }
            }
            return nil
        }
    }
}
