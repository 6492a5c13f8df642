// Term equality and the standard term order:
//
//   number < atom < reference < fun < port < pid < tuple < map < nil < list < bitstring
//
// `==`/`<` compare integers and floats by value (1 == 1.0); `=:=` and map-key ordering are
// exact (1 and 1.0 differ, and in the exact order every integer sorts before every float).

#if canImport(Glibc)
import Glibc
#endif

extension Term {
    /// Rank of a term's type in the standard order.
    @inline(__always) var orderClass: Int {
        switch primaryTag {
        case 1: return 9
        case 3:
            if isSmall { return 0 }
            if isAtom { return 1 }
            if isNil { return 8 }
            if isLocalPid { return 5 }
            if isLocalPort { return 4 }
            return 10
        default:
            switch boxedSubtag {
            case Subtag.tuple.rawValue: return 6
            case Subtag.float.rawValue, Subtag.positiveBig.rawValue, Subtag.negativeBig.rawValue: return 0
            case Subtag.reference.rawValue, Subtag.externalReference.rawValue: return 2
            case Subtag.closure.rawValue, Subtag.export.rawValue: return 3
            case Subtag.externalPort.rawValue: return 4
            case Subtag.externalPid.rawValue: return 5
            case Subtag.map.rawValue: return 7
            default: return 10
            }
        }
    }
}

/// Comparison of terms.
public enum TermOrder {
    /// `=:=`: structural equality, integers and floats never equal.
    @inline(__always)
    public static func exactlyEqual(_ a: Term, _ b: Term) -> Bool {
        if a.raw == b.raw { return true }
        if a.primaryTag == 3 || b.primaryTag == 3 || a.primaryTag != b.primaryTag { return false }
        return compare(a, b, exact: true) == 0
    }

    /// `==`: equality with integers and floats compared by value.
    @inline(__always)
    public static func equal(_ a: Term, _ b: Term) -> Bool {
        if a.raw == b.raw { return true }
        if a.isSmall && b.isSmall { return false }
        if a.isAtom || b.isAtom { return false }
        return compare(a, b, exact: false) == 0
    }

    /// Orders two terms: negative, zero or positive. With `exact` (the map-key order),
    /// integers come before all floats.
    public static func compare(_ a: Term, _ b: Term, exact: Bool) -> Int {
        if a.raw == b.raw { return 0 }
        if a.isSmall && b.isSmall { return a.smallValue < b.smallValue ? -1 : 1 }
        let classA = a.orderClass, classB = b.orderClass
        if classA != classB { return classA < classB ? -1 : 1 }
        switch classA {
        case 0: return compareNumbers(a, b, exact: exact)
        case 1: return compareAtoms(a, b)
        case 6:
            let arityA = a.tupleArity, arityB = b.tupleArity
            if arityA != arityB { return arityA < arityB ? -1 : 1 }
            for i in 0..<arityA {
                let c = compare(a.tupleElement(i), b.tupleElement(i), exact: exact)
                if c != 0 { return c }
            }
            return 0
        case 9: return compareLists(a, b, exact: exact)
        case 10: return compareBitstrings(a, b)
        case 7: return MapOps.compare(a, b, exact: exact)
        case 2: return compareReferences(a, b)
        case 3: return compareFuns(a, b, exact: exact)
        case 4, 5: return compareIdentifiers(a, b)
        default: return 0
        }
    }

    static func compareAtoms(_ a: Term, _ b: Term) -> Int {
        let x = a.atomName, y = b.atomName
        let n = min(x.count, y.count)
        let c = memcmp(x.bytes, y.bytes, n)
        if c != 0 { return c < 0 ? -1 : 1 }
        return x.count == y.count ? 0 : (x.count < y.count ? -1 : 1)
    }

    static func compareLists(_ a: Term, _ b: Term, exact: Bool) -> Int {
        var x = a, y = b
        while true {
            if x.raw == y.raw { return 0 }
            guard x.isList, y.isList else { return compare(x, y, exact: exact) }
            let c = compare(x.head, y.head, exact: exact)
            if c != 0 { return c }
            x = x.tail
            y = y.tail
        }
    }

    static func compareBitstrings(_ a: Term, _ b: Term) -> Int {
        let x = BitstringView(a), y = BitstringView(b)
        let bytesA = x.bitSize / 8, bytesB = y.bitSize / 8
        let common = min(bytesA, bytesB)
        for i in 0..<common {
            let p = x.byte(i), q = y.byte(i)
            if p != q { return p < q ? -1 : 1 }
        }
        // Compare the remaining bits, then the sizes.
        let bitsCommon = min(x.bitSize, y.bitSize)
        var bit = common * 8
        while bit < bitsCommon {
            let p = x.bit(bit), q = y.bit(bit)
            if p != q { return p < q ? -1 : 1 }
            bit += 1
        }
        return x.bitSize == y.bitSize ? 0 : (x.bitSize < y.bitSize ? -1 : 1)
    }

    static func compareReferences(_ a: Term, _ b: Term) -> Int {
        let x = a.boxedPointer[1].raw, y = b.boxedPointer[1].raw
        return x == y ? 0 : (x < y ? -1 : 1)
    }

    static func compareIdentifiers(_ a: Term, _ b: Term) -> Int {
        let x = a.isImmediate ? a.raw >> 4 : a.boxedPointer[2].raw
        let y = b.isImmediate ? b.raw >> 4 : b.boxedPointer[2].raw
        return x == y ? 0 : (x < y ? -1 : 1)
    }

    static func compareFuns(_ a: Term, _ b: Term, exact: Bool) -> Int {
        let exportA = a.boxedSubtag == Subtag.export.rawValue
        let exportB = b.boxedSubtag == Subtag.export.rawValue
        if exportA != exportB { return exportA ? 1 : -1 }
        if exportA {
            let x = ExportEntry(a.boxedPointer[1]), y = ExportEntry(b.boxedPointer[1])
            var c = compareAtoms(x.module, y.module)
            if c == 0 { c = compareAtoms(x.function, y.function) }
            if c == 0 && x.arity != y.arity { c = x.arity < y.arity ? -1 : 1 }
            return c
        }
        let x = FunEntry(a.boxedPointer[1]), y = FunEntry(b.boxedPointer[1])
        var c = compareAtoms(x.module, y.module)
        if c == 0 && x.index != y.index { c = x.index < y.index ? -1 : 1 }
        if c == 0 && x.uniq != y.uniq { c = x.uniq < y.uniq ? -1 : 1 }
        if c != 0 { return c }
        let freeA = x.freeCount, freeB = y.freeCount
        if freeA != freeB { return freeA < freeB ? -1 : 1 }
        for i in 0..<freeA {
            let d = compare(a.boxedPointer[2 + i], b.boxedPointer[2 + i], exact: exact)
            if d != 0 { return d }
        }
        return 0
    }

    // MARK: - Numbers

    static func compareNumbers(_ a: Term, _ b: Term, exact: Bool) -> Int {
        let floatA = a.isBoxed && a.isFloat, floatB = b.isBoxed && b.isFloat
        if floatA && floatB {
            let x = a.floatValue, y = b.floatValue
            if x == y {
                // From OTP 27 on, 0.0 and -0.0 are different terms (-0.0 first); they
                // are still equal under ==.
                if exact && x.sign != y.sign && EmulatedRelease.number >= 27 { return x.sign == .minus ? -1 : 1 }
                return 0
            }
            return x < y ? -1 : 1
        }
        if !floatA && !floatB { return Integers.compare(a, b) }
        // The exact (map-key) order puts every integer before every float, as ERTS does.
        if exact { return floatA ? 1 : -1 }
        return floatA ? -Integers.compare(b, toFloat: a.floatValue) : Integers.compare(a, toFloat: b.floatValue)
    }
}
