// unicode: characters_to_binary/1,2,3, characters_to_list/1,2 and bin_is_7bit/1. In OTP
// the /2 functions are C BIFs for latin1 and UTF-8 input (Unicode+Native.swift) and
// hand other encodings to Erlang code (Unicode+Transcode.swift); /1 and /3 are Erlang
// wrappers whose failures carry unicode.erl's location, which these reproduce.

/// BIFs of the `unicode` module.
enum UnicodeBifs {
    typealias Arguments = UnsafeMutablePointer<Term>

    static let function1 = Term.atom("characters_to_binary")
    static let listFunction = Term.atom("characters_to_list")

    /// Records badarg as raised by unicode.erl's `error_with_info/2`: the frame of
    /// `function(arguments)` at the line of that helper in the emulated release.
    static func wrapperFailure(_ p: Process, _ function: Term, _ arguments: [Term]) -> Term {
        _ = p.badarg()
        let info = p.list([p.tuple(Atom.file, p.charList("unicode.erl")),
                           p.tuple(Atom.line, .small(EmulatedRelease.number >= 26 ? 1376 : 895)),
                           p.tuple(Atom.errorInfo, StackTrace.errorInfo(p, module: Atom.unicode))])
        p.replaceBifFrame(module: Atom.unicode, function: function, arguments: arguments, info: info)
        return .none
    }

    /// A transcoder result as a term.
    static func result(_ p: Process, _ outcome: Transcoder.Outcome) -> Term {
        switch outcome {
        case .done(let bytes): return p.binary(bytes)
        case .error(let bytes, let rest): return p.tuple(Atom.error, p.binary(bytes), rest)
        case .incomplete(let bytes, let rest, _): return p.tuple(Atom.incomplete, p.binary(bytes), p.binary(rest))
        }
    }

    /// characters_to_binary/2; THE_NON_VALUE after recording badarg.
    static func toBinary(_ p: Process, _ data: Term, _ encoding: Term) -> Term {
        if encoding == Atom.latin1 { return nativeToBinary(p, data, latin1: true) }
        if encoding == Atom.unicode || encoding == Atom.utf8 { return nativeToBinary(p, data, latin1: false) }
        guard let input = TextEncoding(encoding) else { return p.badarg() }
        do {
            return result(p, try Transcoder(p: p, input: input, output: .utf8).run(data))
        } catch {
            return p.badarg()
        }
    }

    static func charactersToBinary1(_ p: Process, _ a: Arguments) -> Term {
        let result = toBinary(p, a[0], Atom.unicode)
        return result.isNone ? wrapperFailure(p, function1, [a[0]]) : result
    }

    static func charactersToBinary2(_ p: Process, _ a: Arguments) -> Term { toBinary(p, a[0], a[1]) }

    static func charactersToBinary3(_ p: Process, _ a: Arguments) -> Term {
        let data = a[0], inTerm = a[1], outTerm = a[2]
        let failure = { wrapperFailure(p, function1, [data, inTerm, outTerm]) }
        if inTerm == Atom.latin1 && outTerm == Atom.latin1 && data.binaryBytes != nil { return data }
        let sevenBitPair = (inTerm == Atom.latin1 && (outTerm == Atom.utf8 || outTerm == Atom.unicode))
            || ((inTerm == Atom.utf8 || inTerm == Atom.unicode) && outTerm == Atom.latin1)
        if sevenBitPair, let bytes = data.binaryBytes, bytes.allSatisfy({ $0 < 0x80 }) { return data }
        guard let input = TextEncoding(inTerm), let output = TextEncoding(outTerm) else { return failure() }
        if output == .utf8 && (input == .latin1 || input == .utf8) {
            let result = toBinary(p, data, inTerm)
            return result.isNone ? failure() : result
        }
        do {
            return result(p, try Transcoder(p: p, input: input, output: output).run(data))
        } catch {
            return failure()
        }
    }

    /// characters_to_list/2; THE_NON_VALUE after recording badarg.
    static func toList(_ p: Process, _ data: Term, _ encoding: Term) -> Term {
        if encoding == Atom.latin1 { return nativeToList(p, data, latin1: true) }
        if encoding == Atom.unicode || encoding == Atom.utf8 { return nativeToList(p, data, latin1: false) }
        let encoded = toBinary(p, data, encoding)
        if encoded.isNone { return encoded }
        func decoded(_ binary: Term) -> Term { nativeToList(p, binary, latin1: false) }
        if encoded.isBitstring { return decoded(encoded) }
        return p.tuple(encoded.tupleElement(0), decoded(encoded.tupleElement(1)), encoded.tupleElement(2))
    }

    static func charactersToList1(_ p: Process, _ a: Arguments) -> Term {
        let result = toList(p, a[0], Atom.unicode)
        return result.isNone ? wrapperFailure(p, listFunction, [a[0]]) : result
    }

    static func charactersToList2(_ p: Process, _ a: Arguments) -> Term { toList(p, a[0], a[1]) }

    static func binIs7Bit(_ p: Process, _ a: Arguments) -> Term {
        guard let bytes = a[0].binaryBytes else { return .false }
        return .bool(bytes.allSatisfy { $0 < 0x80 })
    }
}
