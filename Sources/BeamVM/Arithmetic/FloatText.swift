// Floats as text the way ERTS writes and reads them. Formatting goes through the C
// library's printf where ERTS does (so rounding of every digit is identical), and fixed
// notation with few decimals follows ERTS's own fast path, whose rounding differs from
// printf's. Parsing accepts only Erlang's float syntax: digits, '.' (or ','), digits, and
// an optional exponent.

#if canImport(Glibc)
import Glibc
#endif

/// Float formatting and parsing of the conversion BIFs.
enum FloatText {
    /// ERTS formats into a 256-byte buffer; longer results are errors.
    static let bufferSize = 256

    /// `printf("%.*e", precision, value)`, or nil when it needs 256 bytes or more. A
    /// negative precision means the default (6), as in C.
    static func scientific(_ value: Double, precision: Int32) -> [UInt8]? {
        printf("%.*e", precision, value)
    }

    /// `printf("%.*f", precision, value)` under the same limit.
    static func plain(_ value: Double, precision: Int32) -> [UInt8]? {
        printf("%.*f", precision, value)
    }

    private static func printf(_ format: String, _ precision: Int32, _ value: Double) -> [UInt8]? {
        var buffer = [CChar](repeating: 0, count: bufferSize)
        let length = withVaList([precision, value]) { arguments in
            buffer.withUnsafeMutableBufferPointer { vsnprintf($0.baseAddress, bufferSize, format, arguments) }
        }
        guard length >= 0, length < bufferSize else { return nil }
        return buffer.prefix(Int(length)).map { UInt8(bitPattern: $0) }
    }

    /// Fixed notation with `decimals` digits after the point (`float_to_list(F,
    /// [{decimals, N}])`), trailing zeros dropped when `compact`. Nil for a negative
    /// count or a result of 256 bytes or more.
    static func fixed(_ value: Double, decimals: Int32, compact: Bool) -> [UInt8]? {
        guard decimals >= 0 else { return nil }
        let magnitude = value.magnitude
        // Large magnitudes and precisions go through printf, and then `compact` strips
        // zeros even without a decimal point, as ERTS does.
        if magnitude > 9_007_199_254_740_992.0 || decimals >= 19 {
            guard var text = plain(value, precision: decimals) else { return nil }
            if compact { stripTrailingZeros(&text) }
            return text
        }
        var digits: [UInt8] = []
        var integerPart: UInt64
        if decimals > 0 {
            let scale = powersOfTen[Int(decimals)]
            let whole = magnitude.rounded(.down)
            let fraction = ((magnitude - whole) * scale).rounded(.toNearestOrAwayFromZero)
            integerPart = UInt64(whole)
            var fractionPart = UInt64(fraction)
            if fraction >= scale {
                integerPart += 1
                fractionPart = 0
            }
            for _ in 0..<decimals {
                digits.append(UInt8(ascii: "0") + UInt8(fractionPart % 10))
                fractionPart /= 10
            }
            digits.append(UInt8(ascii: "."))
        } else {
            integerPart = UInt64(magnitude.rounded(.toNearestOrAwayFromZero))
        }
        repeat {
            digits.append(UInt8(ascii: "0") + UInt8(integerPart % 10))
            integerPart /= 10
        } while integerPart > 0
        if value.sign == .minus { digits.append(UInt8(ascii: "-")) }
        var text = Array(digits.reversed())
        if compact && decimals > 0 { stripTrailingZeros(&text) }
        return text
    }

    private static let powersOfTen: [Double] = (0..<19).map { exponent in
        var result = 1.0
        for _ in 0..<exponent { result *= 10 }
        return result
    }

    /// Drops trailing zeros, keeping one right after a decimal point.
    private static func stripTrailingZeros(_ text: inout [UInt8]) {
        var end = text.count
        while end > 0 && text[end - 1] == UInt8(ascii: "0") { end -= 1 }
        if end > 0 && text[end - 1] == UInt8(ascii: ".") { end += 1 }
        text.removeLast(text.count - end)
    }

    /// Parses a float in Erlang's syntax: an optional sign, digits, '.' or ',', digits, and
    /// optionally 'e' or 'E', a sign and digits. Text after a NUL byte is ignored (ERTS
    /// reads a C string). Nil on bad syntax or overflow; underflow gives zero.
    static func parse(_ bytes: [UInt8]) -> Double? {
        var text = Array(bytes.prefix { $0 != 0 })
        var i = 0
        func digits() -> Bool {
            let start = i
            while i < text.count && text[i] >= UInt8(ascii: "0") && text[i] <= UInt8(ascii: "9") { i += 1 }
            return i > start
        }
        if i < text.count && (text[i] == UInt8(ascii: "+") || text[i] == UInt8(ascii: "-")) { i += 1 }
        guard digits(), i < text.count, text[i] == UInt8(ascii: ".") || text[i] == UInt8(ascii: ",") else { return nil }
        text[i] = UInt8(ascii: ".")
        i += 1
        guard digits() else { return nil }
        if i < text.count && (text[i] == UInt8(ascii: "e") || text[i] == UInt8(ascii: "E")) {
            i += 1
            if i < text.count && (text[i] == UInt8(ascii: "+") || text[i] == UInt8(ascii: "-")) { i += 1 }
            guard digits() else { return nil }
        }
        guard i == text.count else { return nil }
        text.append(0)
        let value = text.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { strtod($0.baseAddress!, nil) }
        }
        return value.isFinite ? value : nil
    }
}
