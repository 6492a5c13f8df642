// erlang: floats to and from text. Without options a float is written as C's "%.20e";
// `{decimals, N}` selects fixed notation, `{scientific, N}` exponent notation with N
// digits, `short` the shortest text that reads back exactly, and `compact` drops trailing
// zeros of fixed notation. Later options override earlier ones.

import BeamFile

extension ConversionBifs {
    static func floatToList1(_ p: Process, _ a: Arguments) -> Term {
        guard let text = floatText(a[0], options: .nil) else { return p.badarg() }
        return p.byteList(text)
    }

    static func floatToList2(_ p: Process, _ a: Arguments) -> Term {
        guard let text = floatText(a[0], options: a[1]) else { return p.badarg() }
        return p.byteList(text)
    }

    static func floatToBinary1(_ p: Process, _ a: Arguments) -> Term {
        guard let text = floatText(a[0], options: .nil) else { return p.badarg() }
        return p.binary(text)
    }

    static func floatToBinary2(_ p: Process, _ a: Arguments) -> Term {
        guard let text = floatText(a[0], options: a[1]) else { return p.badarg() }
        return p.binary(text)
    }

    enum FloatFormat {
        case legacy, short, fixed, scientific
    }

    /// The text `float_to_list/2` produces, or nil for a bad argument.
    static func floatText(_ float: Term, options: Term) -> [UInt8]? {
        guard float.isFloat else { return nil }
        var format = FloatFormat.legacy
        var digits: Int32 = 20
        var compact = false
        var cursor = options
        while cursor.isList {
            let option = cursor.head
            cursor = cursor.tail
            if option == Atom.compact {
                compact = true
            } else if option == Atom.short {
                format = .short
            } else if option.isTuple, option.tupleArity == 2, option.tupleElement(1).isSmall {
                // ERTS keeps the count in a C int.
                digits = Int32(truncatingIfNeeded: option.tupleElement(1).smallValue)
                if option.tupleElement(0) == Atom.decimals {
                    format = .fixed
                } else if option.tupleElement(0) == Atom.scientific {
                    format = .scientific
                } else {
                    return nil
                }
            } else {
                return nil
            }
        }
        guard cursor.isNil else { return nil }
        let value = float.floatValue
        switch format {
        case .short: return Array(ErlangSyntax.shortFloat(value).utf8)
        case .fixed: return FloatText.fixed(value, decimals: digits, compact: compact)
        case .scientific, .legacy: return FloatText.scientific(value, precision: digits)
        }
    }

    static func listToFloat(_ p: Process, _ a: Arguments) -> Term {
        guard let text = a[0].byteListElements, let value = FloatText.parse(text) else { return p.badarg() }
        return p.float(value)
    }

    static func binaryToFloat(_ p: Process, _ a: Arguments) -> Term {
        guard let text = a[0].binaryBytes, !text.isEmpty, let value = FloatText.parse(text) else { return p.badarg() }
        return p.float(value)
    }
}
