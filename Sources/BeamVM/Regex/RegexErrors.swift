// Compile error messages and offsets as each OTP generation reports them.
//
// beamr compiles with the system's PCRE2. ERTS up to OTP 27 embedded PCRE 8.x, whose
// messages differ in wording; OTP 28 and later embed a newer PCRE2 (10.45 and up) than
// Debian ships (10.42), which reports several errors one byte further on (after the
// offending character rather than at it) and at the end of a POSIX class item. The tables
// below translate the common cases, checked against erl 25 and erl 29; other errors keep
// the system library's message and offset.

import CPcre2

enum RegexErrors {
    /// `{Message, Offset}` for a compile error, as the emulated release reports it.
    static func describe(code: Int32, offset: Int, pattern: UnsafeBufferPointer<UInt8>) -> (message: [UInt8], offset: Int) {
        if EmulatedRelease.number <= 27 {
            // PCRE2 reports bad UTF-8 in a pattern with the UTF check's own error codes.
            let utf8Error = code <= PCRE2_ERROR_UTF8_ERR1 && code >= PCRE2_ERROR_UTF8_ERR21
            let message = utf8Error ? Array("invalid UTF-8 string".utf8)
                : pcre1Messages[code].map { Array($0.utf8) } ?? libraryMessage(code)
            return (message, pcre1Offset(code: code, offset: offset, pattern: pattern))
        }
        let message = newerMessages[code].map { Array($0.utf8) } ?? libraryMessage(code)
        return (message, newerOffset(code: code, offset: offset, pattern: pattern))
    }

    /// The system library's text for an error code.
    static func libraryMessage(_ code: Int32) -> [UInt8] {
        var buffer = [UInt8](repeating: 0, count: 256)
        let length = pcre2_get_error_message_8(code, &buffer, buffer.count)
        guard length >= 0 else { return Array("Unknown error (\(code))".utf8) }
        return Array(buffer[0..<Int(length)])
    }

    // MARK: - OTP 28 and later (PCRE2 10.45+)

    /// Messages reworded since PCRE2 10.42.
    static let newerMessages: [Int32: String] = [
        116: "pattern passed as NULL with non-zero length",
        125: "length of lookbehind assertion is not limited",
        129: "digit expected after (?+",
        178: "digits missing after \\x or in \\x{} or \\o{} or \\N{U+}",
    ]

    /// Errors reported just after the offending character.
    static let reportedAfter: Set<Int32> = [103, 107, 108, 109, 111, 122, 141, 144, 150, 155, 161, 164, 167]

    static func newerOffset(code: Int32, offset: Int, pattern: UnsafeBufferPointer<UInt8>) -> Int {
        if reportedAfter.contains(code) { return min(offset + 1, pattern.count) }
        switch code {
        case 115:
            // A numbered back reference (\8) is reported after its digit; names are not.
            let isDigit = offset < pattern.count && pattern[offset] >= 0x30 && pattern[offset] <= 0x39
            return isDigit && offset > 0 && pattern[offset - 1] == 0x5C ? offset + 1 : offset
        case 113:
            // [[.x.]] and [[=x=]]: after the item's closing ".]" or "=]".
            guard offset + 1 < pattern.count else { return offset }
            return end(of: pattern[offset + 1], from: offset + 2, in: pattern) ?? offset
        case 112, 130:
            // [:name:] outside a class, and [[:name:]]: after ":]".
            return end(of: 0x3A, from: offset + (code == 112 ? 2 : 0), in: pattern) ?? offset
        default:
            return offset
        }
    }

    /// The offset just past the first `terminator` `]` pair at or after `start`.
    static func end(of terminator: UInt8, from start: Int, in pattern: UnsafeBufferPointer<UInt8>) -> Int? {
        var i = start
        while i + 1 < pattern.count {
            if pattern[i] == terminator && pattern[i + 1] == 0x5D { return i + 2 }
            i += 1
        }
        return nil
    }

    // MARK: - Up to OTP 27 (PCRE 8.x)

    /// PCRE 8.x's text for the error PCRE2 reports with each code.
    static let pcre1Messages: [Int32: String] = [
        101: "\\ at end of pattern",
        102: "\\c at end of pattern",
        103: "unrecognized character follows \\",
        104: "numbers out of order in {} quantifier",
        105: "number too big in {} quantifier",
        106: "missing terminating ] for character class",
        107: "invalid escape sequence in character class",
        108: "range out of order in character class",
        109: "nothing to repeat",
        110: "internal error: unexpected repeat",
        111: "unrecognized character after (? or (?-",
        112: "POSIX named classes are supported only within a class",
        113: "POSIX collating elements are not supported",
        114: "missing )",
        115: "reference to non-existent subpattern",
        117: "unknown option bit(s) set",
        118: "missing ) after comment",
        119: "parentheses are too deeply nested",
        120: "regular expression is too large",
        121: "failed to get memory",
        122: "unmatched parentheses",
        123: "internal error: code overflow",
        124: "malformed number or name after (?(",
        125: "lookbehind assertion is not fixed length",
        126: "a numbered reference must not be zero",
        127: "conditional group contains more than two branches",
        129: "digit expected after (?+",
        130: "unknown POSIX class name",
        132: "this version of PCRE is compiled without UTF support",
        133: "parentheses are too deeply nested (stack check)",
        134: "character value in \\x{} or \\o{} is too large",
        136: "\\C not allowed in lookbehind assertion",
        137: "PCRE does not support \\L, \\l, \\N{name}, \\U, or \\u",
        138: "number after (?C is > 255",
        139: "closing ) for (?C expected",
        141: "unrecognized character after (?P",
        142: "syntax error in subpattern name (missing terminator)",
        143: "two named subpatterns have the same name",
        144: "group name must start with a non-digit",
        145: "support for \\P, \\p, and \\X has not been compiled",
        146: "malformed \\P or \\p sequence",
        147: "unknown property name after \\P or \\p",
        148: "subpattern name is too long (maximum 32 characters)",
        149: "too many named subpatterns (maximum 10000)",
        150: "invalid range in character class",
        151: "octal value is greater than \\377 in 8-bit non-UTF-8 mode",
        152: "internal error: overran compiling workspace",
        153: "internal error: previously-checked referenced subpattern not found",
        154: "DEFINE group contains more than one branch",
        155: "missing opening brace after \\o",
        156: "inconsistent NEWLINE options",
        157: "\\g is not followed by a braced, angle-bracketed, or quoted name/number or by a plain number",
        158: "(?R or (?[+-]digits must be followed by )",
        160: "(*VERB) not recognized or malformed",
        161: "number is too big",
        162: "subpattern name expected",
        164: "non-octal character in \\o{} (closing brace missing?)",
        165: "different names for subpatterns of the same number are not allowed",
        166: "(*MARK) must have an argument",
        167: "non-hex character in \\x{} (closing brace missing?)",
        168: "\\c must be followed by an ASCII character",
        169: "\\k is not followed by a braced, angle-bracketed, or quoted name",
        171: "\\N is not supported in a class",
        173: "disallowed Unicode code point (>= 0xd800 && <= 0xdfff)",
        174: "setting UTF is disabled by the application",
        176: "name is too long in (*MARK), (*PRUNE), (*SKIP), or (*THEN)",
        177: "character value in \\u.... sequence is too large",
        178: "digits missing in \\x{} or \\o{}",
    ]

    static func pcre1Offset(code: Int32, offset: Int, pattern: UnsafeBufferPointer<UInt8>) -> Int {
        switch code {
        case 143, 147, 151, 165, 169, 171: return max(offset - 1, 0)
        case 128, 129: return min(offset + 1, pattern.count)
        case 174: return 0
        case 125, 127, 136: return closingParenthesis(from: offset, in: pattern) ?? offset
        case 154:
            // PCRE2 points after "(?(" of the DEFINE group.
            return offset >= 3 ? closingParenthesis(from: offset - 3, in: pattern) ?? offset : offset
        default: return offset
        }
    }

    /// The offset of the parenthesis closing the group that opens at `start` (PCRE 8.x
    /// reported errors found in a finished group there), skipping escapes and classes.
    static func closingParenthesis(from start: Int, in pattern: UnsafeBufferPointer<UInt8>) -> Int? {
        var depth = 0
        var i = start
        var inClass = false
        while i < pattern.count {
            let byte = pattern[i]
            if byte == 0x5C {
                i += 2
                continue
            }
            if inClass {
                if byte == 0x5D { inClass = false }
            } else if byte == 0x5B {
                inClass = true
                if i + 1 < pattern.count && pattern[i + 1] == 0x5D { i += 1 }
            } else if byte == 0x28 {
                depth += 1
            } else if byte == 0x29 {
                depth -= 1
                if depth == 0 { return i }
            }
            i += 1
        }
        return nil
    }
}
