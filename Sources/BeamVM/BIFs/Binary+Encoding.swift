// binary: unsigned integers and hexadecimal text (encode_unsigned, decode_unsigned,
// encode_hex, decode_hex) and join; the error convention of functions OTP writes in Erlang.

extension BinaryBifs {
    static let badopt = Term.atom("badopt")
    static let stdlibErrors = Term.atom("erl_stdlib_errors")
    static let causeAtom = Term.atom("cause")
    static let lowercase = Term.atom("lowercase")
    static let uppercase = Term.atom("uppercase")

    static func encodeUnsigned1(_ p: Process, _ a: Arguments) -> Term { encodeUnsigned(p, a[0], little: false) }

    static func encodeUnsigned2(_ p: Process, _ a: Arguments) -> Term {
        guard a[1] == Atom.big || a[1] == Atom.little else { return p.badarg() }
        return encodeUnsigned(p, a[0], little: a[1] == Atom.little)
    }

    static func encodeUnsigned(_ p: Process, _ value: Term, little: Bool) -> Term {
        guard value.isInteger else { return p.badarg() }
        return Integers.withMagnitude(value) { negative, limbs in
            guard !negative else { return p.badarg() }
            let bits = BigMagnitude.bitLength(limbs)
            let count = max((bits + 7) / 8, 1)
            return p.bitstring(bits: count * 8) { out in
                for i in 0..<count {
                    let limb = i >> 3
                    let byte = limb < limbs.count ? UInt8(truncatingIfNeeded: limbs[limb] >> UInt64((i & 7) * 8)) : 0
                    out[little ? i : count - 1 - i] = byte
                }
            }
        }
    }

    static func decodeUnsigned1(_ p: Process, _ a: Arguments) -> Term { decodeUnsigned(p, a[0], little: false) }

    static func decodeUnsigned2(_ p: Process, _ a: Arguments) -> Term {
        guard a[1] == Atom.big || a[1] == Atom.little else { return p.badarg() }
        return decodeUnsigned(p, a[0], little: a[1] == Atom.little)
    }

    static func decodeUnsigned(_ p: Process, _ binary: Term, little: Bool) -> Term {
        guard let size = ErlangBifs.binarySize(binary) else { return p.badarg() }
        let view = BitstringView(binary)
        return BitSyntax.readInteger(p, view.base, at: view.bitOffset, bits: size * 8, flags: little ? SegmentFlags.little : 0)
    }

    // MARK: - Hexadecimal (Erlang code in OTP)

    static func encodeHex1(_ p: Process, _ a: Arguments) -> Term { encodeHex(p, a[0], upper: true) }

    static func encodeHex2(_ p: Process, _ a: Arguments) -> Term {
        guard a[1] == uppercase || a[1] == lowercase else { return p.binaryModuleError(.errorWithInfo) }
        return encodeHex(p, a[0], upper: a[1] == uppercase)
    }

    static func encodeHex(_ p: Process, _ binary: Term, upper: Bool) -> Term {
        guard let size = ErlangBifs.binarySize(binary) else { return p.binaryModuleError(.errorWithInfo) }
        let view = BitstringView(binary)
        let digits: StaticString = upper ? "0123456789ABCDEF" : "0123456789abcdef"
        return p.bitstring(bits: size * 16) { out in
            let table = digits.utf8Start
            for i in 0..<size {
                let byte = view.byte(i)
                out[2 * i] = table[Int(byte >> 4)]
                out[2 * i + 1] = table[Int(byte & 15)]
            }
        }
    }

    static func decodeHex(_ p: Process, _ a: Arguments) -> Term {
        guard let size = ErlangBifs.binarySize(a[0]), size & 1 == 0 else { return p.binaryModuleError(.badargWithInfo) }
        let view = BitstringView(a[0])
        var bytes = [UInt8](repeating: 0, count: size / 2)
        for i in 0..<size / 2 {
            guard let high = hexValue(view.byte(2 * i)), let low = hexValue(view.byte(2 * i + 1)) else {
                return p.binaryModuleError(.badargWithInfo)
            }
            bytes[i] = high << 4 | low
        }
        return p.binary(bytes)
    }

    static func hexValue(_ c: UInt8) -> UInt8? {
        switch c {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return c - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return c - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return c - UInt8(ascii: "A") + 10
        default: return nil
        }
    }

    // MARK: - join (Erlang code in OTP 28 and later)

    static func join(_ p: Process, _ a: Arguments) -> Term {
        guard let elements = a[0].listElements, let separator = ErlangBifs.binarySize(a[1]) else {
            return p.binaryModuleError(.badargWithInfo)
        }
        var bits = 0
        for element in elements {
            guard let size = ErlangBifs.binarySize(element) else { return p.binaryModuleError(.badargWithInfo) }
            bits += size * 8
        }
        if elements.count > 1 { bits += (elements.count - 1) * separator * 8 }
        return p.bitstring(bits: bits) { out in
            var offset = 0
            for (i, element) in elements.enumerated() {
                if i > 0 {
                    let view = BitstringView(a[1])
                    BitCopy.copy(from: view.base, view.bitOffset, to: out, offset, count: view.bitSize)
                    offset += view.bitSize
                }
                let view = BitstringView(element)
                BitCopy.copy(from: view.base, view.bitOffset, to: out, offset, count: view.bitSize)
                offset += view.bitSize
            }
        }
    }
}

/// How a function that OTP implements in Erlang (in binary.erl) fails: through one of the
/// module's helpers, whose line (in OTP 29's binary.erl) ends up in the stack frame.
enum BinaryModuleFailure {
    /// `badarg_with_cause(Args, Cause)`.
    case badargWithCause(Term)
    /// `badarg_with_info(Args)`.
    case badargWithInfo
    /// `error_with_info(Reason, Args)` (the reason is always `badarg` here).
    case errorWithInfo

    var line: Int {
        switch self {
        case .badargWithCause: return 1141
        case .badargWithInfo: return 1144
        case .errorWithInfo: return 1147
        }
    }
}

extension Process {
    /// Records `badarg` as binary.erl raises it: the frame of the failing function carries
    /// binary.erl's location and an `error_info` map (with a `cause` when there is one).
    func binaryModuleError(_ failure: BinaryModuleFailure) -> Term {
        _ = fail(Atom.badarg)
        exceptionBifLocation = list([tuple(Atom.file, charList("binary.erl")), tuple(Atom.line, .small(failure.line))])
        if case .badargWithCause(let cause) = failure {
            exceptionErrorInfo = MapOps.make(self, [(BinaryBifs.causeAtom, cause), (Atom.module, BinaryBifs.stdlibErrors)])
        }
        return .none
    }
}
