// erlang: term_to_binary/1,2, binary_to_term/1,2 and external_size/1,2. Encoding is in
// ExternalTermEncoder.swift; decoding uses BeamFile's decoder and builds the result on the
// heap.

import BeamFile

/// External term format BIFs of the `erlang` module.
enum CodecBifs {
    typealias Arguments = UnsafeMutablePointer<Term>

    /// term_to_binary/2 options: `compressed`, `{compressed, 0..9}`, `{minor_version,
    /// 0..2}` and `deterministic`; nil for anything else.
    static func encodingOptions(_ list: Term) -> EncodingOptions? {
        var options = EncodingOptions()
        var cursor = list
        while cursor.isList {
            let option = cursor.head
            cursor = cursor.tail
            if option == Atom.compressed {
                options.compression = 6
            } else if option == Atom.deterministic {
                options.deterministic = true
            } else if option.isTuple, option.tupleArity == 2, option.tupleElement(1).isSmall {
                let value = option.tupleElement(1).smallValue
                if option.tupleElement(0) == Atom.compressed, (0...9).contains(value) {
                    options.compression = Int32(value)
                } else if option.tupleElement(0) == Atom.minorVersion, (0...2).contains(value) {
                    options.minorVersion = value
                } else {
                    return nil
                }
            } else {
                return nil
            }
        }
        return cursor.isNil ? options : nil
    }

    static func termToBinary1(_ p: Process, _ a: Arguments) -> Term {
        p.binary(ExternalTermEncoder.encode(a[0], options: EncodingOptions()))
    }

    static func termToBinary2(_ p: Process, _ a: Arguments) -> Term {
        guard let options = encodingOptions(a[1]) else { return p.badarg() }
        return p.binary(ExternalTermEncoder.encode(a[0], options: options))
    }

    static func externalSize1(_ p: Process, _ a: Arguments) -> Term {
        .small(ExternalTermEncoder.encode(a[0], options: EncodingOptions()).count)
    }

    static func externalSize2(_ p: Process, _ a: Arguments) -> Term {
        guard var options = encodingOptions(a[1]) else { return p.badarg() }
        options.compression = 0
        return .small(ExternalTermEncoder.encode(a[0], options: options).count)
    }

    static func binaryToTerm1(_ p: Process, _ a: Arguments) -> Term {
        decode(p, a[0], safe: false, used: false)
    }

    /// Options: `safe` (no new atoms or funs) and `used` (also return the bytes read).
    /// Bytes after the term are ignored, as in ERTS.
    static func binaryToTerm2(_ p: Process, _ a: Arguments) -> Term {
        var safe = false, used = false
        var cursor = a[1]
        while cursor.isList {
            if cursor.head == Atom.safe { safe = true } else if cursor.head == Atom.used { used = true } else { return p.badarg() }
            cursor = cursor.tail
        }
        guard cursor.isNil else { return p.badarg() }
        return decode(p, a[0], safe: safe, used: used)
    }

    static func decode(_ p: Process, _ binary: Term, safe: Bool, used: Bool) -> Term {
        guard let bytes = binary.binaryBytes else { return p.badarg() }
        let decoded: (term: ExternalTerm, used: Int)
        do {
            decoded = try ExternalTermDecoder.decodePrefix(bytes)
        } catch {
            return p.badarg()
        }
        if safe && !onlyExistingNames(decoded.term) { return p.badarg() }
        guard let term = TermBuilder.build(decoded.term, on: p) else { return p.badarg() }
        return used ? p.tuple(term, .small(decoded.used)) : term
    }

    /// Whether every atom in a decoded term already exists (the `safe` option).
    static func onlyExistingNames(_ term: ExternalTerm) -> Bool {
        func exists(_ name: String) -> Bool { AtomTable.shared.existing(name) != nil }
        switch term {
        case .atom(let name): return exists(name)
        case .tuple(let elements): return elements.allSatisfy(onlyExistingNames)
        case .list(let elements, let tail): return elements.allSatisfy(onlyExistingNames) && onlyExistingNames(tail)
        case .map(let pairs): return pairs.allSatisfy { onlyExistingNames($0.key) && onlyExistingNames($0.value) }
        case .export(let module, let function, let arity):
            guard exists(module), exists(function) else { return false }
            return ExportTable.shared.existing(module: .atom(module), function: .atom(function), arity: arity) != nil
        case .closure(let closure):
            return exists(closure.module) && closure.freeVariables.allSatisfy(onlyExistingNames)
        case .pid(let node, _, _, _), .port(let node, _, _), .reference(let node, _, _): return exists(node)
        default: return true
        }
    }
}
