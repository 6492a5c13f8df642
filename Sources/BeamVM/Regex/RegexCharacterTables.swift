// Character tables for PCRE2: which of the code points 0-255 are letters, digits, space,
// upper or lower case, and their case partners. PCRE2 consults them for characters below
// 256 when Unicode properties are not in use (no `ucp`): \w, \d, \s, POSIX classes and
// caseless matching.
//
// Up to OTP 27, ERTS built PCRE 8.x with tables for ISO Latin-1, so that `\w` matched
// "é" and caseless "É" matched "é" even without `ucp`; OTP 28 and later use PCRE2's
// ASCII tables, which are also the system library's defaults. Emulating the older
// releases, beamr compiles with the Latin-1 tables built here.
//
// PCRE2's table layout (pcre2_maketables): 256 bytes lower-case map, 256 bytes case-flip
// map, ten 32-byte class bitmaps (space, xdigit, digit, upper, lower, word, graph, print,
// punct, cntrl), then 256 bytes of type bits (space 0x01, letter 0x02, lower-case letter
// 0x04, digit 0x08, word character 0x10).

enum RegexCharacterTables {
    static let size = 1088

    // nonisolated(unsafe): built once at first use, never written afterwards, and owned
    // for the life of the process (compiled patterns point at it).
    nonisolated(unsafe) static let latin1: UnsafePointer<UInt8> = {
        let bytes = makeLatin1()
        let table = UnsafeMutablePointer<UInt8>.allocate(capacity: size)
        table.initialize(from: bytes, count: size)
        return UnsafePointer(table)
    }()

    /// Latin-1 upper-case letters: A-Z, À-Ö, Ø-Þ.
    static func isUpper(_ c: Int) -> Bool { (65...90).contains(c) || (192...214).contains(c) || (216...222).contains(c) }

    /// Latin-1 lower-case letters: a-z, µ, ß-ö, ø-ÿ.
    static func isLower(_ c: Int) -> Bool {
        (97...122).contains(c) || c == 181 || (223...246).contains(c) || (248...255).contains(c)
    }

    /// Letters, including the caseless ª and º.
    static func isLetter(_ c: Int) -> Bool { isUpper(c) || isLower(c) || c == 170 || c == 186 }
    static func isDigit(_ c: Int) -> Bool { (48...57).contains(c) }
    static func isSpace(_ c: Int) -> Bool { (9...13).contains(c) || c == 32 }
    static func isXDigit(_ c: Int) -> Bool { isDigit(c) || (65...70).contains(c) || (97...102).contains(c) }
    static func isWord(_ c: Int) -> Bool { isLetter(c) || isDigit(c) || c == 95 }
    static func isControl(_ c: Int) -> Bool { c < 32 || (127...159).contains(c) }
    static func isPrint(_ c: Int) -> Bool { (32...126).contains(c) || c >= 160 }
    static func isGraph(_ c: Int) -> Bool { isPrint(c) && c != 32 }
    static func isPunct(_ c: Int) -> Bool { isGraph(c) && !isLetter(c) && !isDigit(c) }

    /// The 1088-byte table for Latin-1.
    static func makeLatin1() -> [UInt8] {
        var table = [UInt8](repeating: 0, count: size)
        for c in 0..<256 {
            let lower = isUpper(c) && c != 215 ? c + 32 : c
            let flipped = isUpper(c) ? c + 32 : (isLower(c) && c != 181 && c != 223 && c != 255 ? c - 32 : c)
            table[c] = UInt8(lower)
            table[256 + c] = UInt8(flipped)
        }
        let classes: [(Int) -> Bool] = [isSpace, isXDigit, isDigit, isUpper, isLower, isWord, isGraph, isPrint,
                                        isPunct, isControl]
        for (index, member) in classes.enumerated() {
            for c in 0..<256 where member(c) {
                table[512 + index * 32 + c / 8] |= UInt8(1 << (c % 8))
            }
        }
        for c in 0..<256 {
            var bits: UInt8 = 0
            if isSpace(c) { bits |= 0x01 }
            if isLetter(c) { bits |= 0x02 }
            if isLower(c) { bits |= 0x04 }
            if isDigit(c) { bits |= 0x08 }
            if isWord(c) { bits |= 0x10 }
            table[832 + c] = bits
        }
        return table
    }
}
