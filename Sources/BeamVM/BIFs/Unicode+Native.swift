// unicode:characters_to_binary/2 and characters_to_list/2 for latin1 and UTF-8 input, as
// ERTS implements them in C. Character data is walked in order; a UTF-8 sequence may be
// split across binaries ("leftover" bytes wait for the next binary). The first problem
// stops the walk, and what was not converted becomes the `Rest` of `{error, Done, Rest}`:
// the failing list cell or binary tail, wrapped in the list tails still pending. A
// sequence cut short at the very end gives `{incomplete, Done, Rest}`.

/// The outcome of converting character data.
enum CharacterConversion {
    case done([UInt8])
    case error([UInt8], Term)
    case incomplete([UInt8], Term)
}

/// ERTS's UTF-8 builder over character data.
struct UTF8Builder {
    let p: Process
    let latin1: Bool
    var out: [UInt8] = []
    var leftover: [UInt8] = []
    var failed = false

    init(_ p: Process, latin1: Bool) {
        self.p = p
        self.latin1 = latin1
    }

    /// Whether `term` is character data at all (ERTS checks this before converting, so a
    /// malformed term is badarg even after an encoding error): binaries, lists of small
    /// integers, binaries and such lists, with a binary or [] as tail.
    static func isCharacterData(_ term: Term) -> Bool {
        if term.isNil { return true }
        if term.isBitstring { return term.binaryBytes != nil }
        guard term.isList else { return false }
        var pending: [Term] = [term]
        while let item = pending.popLast() {
            var cursor = item
            while cursor.isList {
                let head = cursor.head
                if head.isList {
                    pending.append(cursor.tail)
                    cursor = head
                    continue
                }
                guard head.isSmall || head.isNil || (head.isBitstring && head.binaryBytes != nil) else { return false }
                cursor = cursor.tail
            }
            guard cursor.isNil || (cursor.isBitstring && cursor.binaryBytes != nil) else { return false }
        }
        return true
    }

    /// Converts `subject`; returns what is left when conversion stopped at an error.
    mutating func build(_ subject: Term) -> Term {
        if subject.isNil { return .nil }
        if subject.isBitstring { return buildBinary(subject) }
        guard subject.isList else {
            failed = true
            return subject
        }
        var stack: [Term] = [subject]
        var current: Term = subject
        walk: while let next = stack.popLast() {
            current = next
            if current.isNil { continue }
            if current.isList {
                var cell = current
                while true {
                    let element = cell.head
                    if element.isSmall {
                        guard leftover.isEmpty, appendCharacter(element.smallValue) else {
                            failed = true
                            break walk
                        }
                        current = cell.tail
                    } else if element.isNil {
                        current = cell.tail
                    } else if element.isList {
                        stack.append(cell.tail)
                        cell = element
                        current = element
                        continue
                    } else if element.isBitstring {
                        let rest = buildBinary(element)
                        if failed {
                            current = p.cons(rest, cell.tail)
                            break walk
                        }
                        current = cell.tail
                    } else {
                        failed = true
                        break walk
                    }
                    guard current.isList else { break }
                    cell = current
                }
            }
            if !current.isList && !current.isNil {
                guard current.isBitstring else {
                    failed = true
                    break walk
                }
                current = buildBinary(current)
                if failed { break walk }
            }
        }
        guard failed else { return .nil }
        while let tail = stack.popLast() { current = p.cons(current, tail) }
        return current
    }

    /// Appends one character code; false when it cannot be encoded.
    mutating func appendCharacter(_ c: Int) -> Bool {
        if latin1 && (c < 0 || c > 255) { return false }
        switch c {
        case 0..<0x80:
            out.append(UInt8(c))
        case 0x80..<0x800:
            out += [UInt8(0xC0 | c >> 6), UInt8(0x80 | c & 0x3F)]
        case 0x800..<0x10000:
            if c >= 0xD800 && c <= 0xDFFF { return false }
            out += [UInt8(0xE0 | c >> 12), UInt8(0x80 | (c >> 6) & 0x3F), UInt8(0x80 | c & 0x3F)]
        case 0x10000..<0x110000:
            out += [UInt8(0xF0 | c >> 18), UInt8(0x80 | (c >> 12) & 0x3F), UInt8(0x80 | (c >> 6) & 0x3F),
                    UInt8(0x80 | c & 0x3F)]
        default:
            return false
        }
        return true
    }

    mutating func buildBinary(_ binary: Term) -> Term {
        guard let bytes = binary.binaryBytes else {
            failed = true
            return binary
        }
        if latin1 {
            for byte in bytes { _ = appendCharacter(Int(byte)) }
            return .nil
        }
        if let errorAt = copyUTF8(bytes) {
            failed = true
            return p.binary(Array(bytes[errorAt...]))
        }
        return .nil
    }

    /// The length of a UTF-8 sequence from its first byte (nil for a continuation or
    /// invalid byte).
    static func sequenceLength(_ first: UInt8) -> Int? {
        if first & 0x80 == 0 { return 1 }
        if first & 0xE0 == 0xC0 { return 2 }
        if first & 0xF0 == 0xE0 { return 3 }
        if first & 0xF8 == 0xF0 { return 4 }
        return nil
    }

    /// Whether `bytes[i...]` starts with a complete valid sequence of `length` bytes.
    static func isValidSequence(_ bytes: [UInt8], _ i: Int, _ length: Int) -> Bool {
        guard bytes.count - i >= length else { return false }
        for k in 1..<length where bytes[i + k] & 0xC0 != 0x80 { return false }
        let b0 = bytes[i], b1 = length > 1 ? bytes[i + 1] : 0
        switch length {
        case 2: return b0 >= 0xC2
        case 3: return !(b0 == 0xE0 && b1 < 0xA0) && !(b0 & 0x0F == 0x0D && b1 & 0x20 != 0)
        case 4: return !(b0 == 0xF0 && b1 < 0x90) && b0 & 0x07 <= 4 && !(b0 & 0x07 == 4 && b1 & 0x3F > 0x0F)
        default: return true
        }
    }

    /// Copies valid UTF-8 to `out`, keeping a sequence cut off at the end as leftover
    /// bytes; returns the offset of the first invalid sequence.
    mutating func copyUTF8(_ source: [UInt8]) -> Int? {
        var i = 0
        if !leftover.isEmpty {
            let need = Self.sequenceLength(leftover[0]) ?? 1
            let fromSource = need - leftover.count
            if source.count < fromSource {
                leftover += source
                return nil
            }
            let candidate = leftover + source[0..<fromSource]
            guard Self.isValidSequence(candidate, 0, need) else { return 0 }
            out += candidate
            leftover = []
            i = fromSource
        }
        while i < source.count {
            guard let length = Self.sequenceLength(source[i]) else { return i }
            if length > 1 && source.count - i < length {
                leftover = Array(source[i...])
                return nil
            }
            guard Self.isValidSequence(source, i, length) else { return i }
            out += source[i..<i + length]
            i += length
        }
        return nil
    }

    /// Whether leftover bytes could still begin a valid sequence.
    static func isIncompletePrefix(_ bytes: [UInt8]) -> Bool {
        let first = bytes[0]
        let second = bytes.count > 1 ? bytes[1] : 0
        if first & 0xE0 == 0xC0 { return true }
        if first & 0xF0 == 0xE0 {
            return bytes.count < 2 || (bytes.count < 3 && second & 0xC0 == 0x80)
        }
        if first & 0xF8 == 0xF0 {
            return bytes.count < 2 || (bytes.count < 3 && second & 0xC0 == 0x80)
                || (bytes.count < 4 && second & 0xC0 == 0x80 && bytes[2] & 0xC0 == 0x80)
        }
        return false
    }

    /// Converts character data (after the caller has checked it is character data).
    static func convert(_ p: Process, _ subject: Term, latin1: Bool) -> CharacterConversion {
        var builder = UTF8Builder(p, latin1: latin1)
        var rest = builder.build(subject)
        if builder.failed {
            if !builder.leftover.isEmpty {
                rest = p.list([p.binary(builder.leftover), rest])
            }
            return .error(builder.out, rest)
        }
        if !builder.leftover.isEmpty {
            let bytes = p.binary(builder.leftover)
            return isIncompletePrefix(builder.leftover) ? .incomplete(builder.out, bytes) : .error(builder.out, bytes)
        }
        return .done(builder.out)
    }
}

extension UnicodeBifs {
    /// characters_to_binary/2 for latin1 and UTF-8 input; nil after recording badarg.
    static func nativeToBinary(_ p: Process, _ data: Term, latin1: Bool) -> Term {
        var subject = data
        if data.isList, data.head.isBitstring, data.tail.isNil { subject = data.head }
        guard UTF8Builder.isCharacterData(subject) else { return p.badarg() }
        if subject.isBitstring, let bytes = subject.binaryBytes {
            let unchanged = latin1 ? bytes.allSatisfy { $0 < 0x80 } : String(validating: bytes, as: UTF8.self) != nil
            if unchanged { return subject }
        }
        switch UTF8Builder.convert(p, subject, latin1: latin1) {
        case .done(let bytes): return p.binary(bytes)
        case .error(let bytes, let rest): return p.tuple(Atom.error, p.binary(bytes), rest)
        case .incomplete(let bytes, let rest): return p.tuple(Atom.incomplete, p.binary(bytes), rest)
        }
    }

    /// characters_to_list/2 for latin1 and UTF-8 input.
    static func nativeToList(_ p: Process, _ data: Term, latin1: Bool) -> Term {
        if !latin1, data.isBitstring, let bytes = data.binaryBytes { return utf8BinaryToList(p, data, bytes) }
        guard UTF8Builder.isCharacterData(data) else { return p.badarg() }
        switch UTF8Builder.convert(p, data, latin1: latin1) {
        case .done(let bytes): return p.scalarList(String(decoding: bytes, as: UTF8.self).unicodeScalars)
        case .error(let bytes, let rest):
            return p.tuple(Atom.error, p.scalarList(String(decoding: bytes, as: UTF8.self).unicodeScalars), rest)
        case .incomplete(let bytes, let rest):
            return p.tuple(Atom.incomplete, p.scalarList(String(decoding: bytes, as: UTF8.self).unicodeScalars), rest)
        }
    }

    /// A UTF-8 binary to a list: a valid start of a sequence cut short by the end of the
    /// binary is incomplete; anything else invalid is an error.
    static func utf8BinaryToList(_ p: Process, _ binary: Term, _ bytes: [UInt8]) -> Term {
        var i = 0
        while i < bytes.count {
            guard let length = UTF8Builder.sequenceLength(bytes[i]) else { break }
            if bytes.count - i < length && UTF8Builder.isIncompletePrefix(Array(bytes[i...])) {
                let done = p.scalarList(String(decoding: bytes[..<i], as: UTF8.self).unicodeScalars)
                return p.tuple(Atom.incomplete, done, p.binary(Array(bytes[i...])))
            }
            guard UTF8Builder.isValidSequence(bytes, i, length) else { break }
            i += length
        }
        let done = p.scalarList(String(decoding: bytes[..<i], as: UTF8.self).unicodeScalars)
        if i == bytes.count { return done }
        return p.tuple(Atom.error, done, p.binary(Array(bytes[i...])))
    }
}
