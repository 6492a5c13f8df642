// Visiting the pairs of a map in ERTS's orders.
//
// A flat map goes in key order. A trie goes depth first in slot order ("ascending"): that
// is how iterators (`maps:next/1`), `maps:fold/3` and printing see it in every release, and
// how OTP 26+ lists it in `maps:keys/1`, `maps:values/1` and `maps:to_list/1`. OTP 25 and
// earlier build those lists in the opposite order ("descending").

extension MapOps {
    /// What a list of a map's pairs holds.
    enum ListKind { case keys, values, pairs }

    /// The pairs of a map in iteration order.
    static func entries(_ map: Term) -> [(key: Term, value: Term)] {
        var out: [(key: Term, value: Term)] = []
        out.reserveCapacity(size(map))
        if isFlat(map) {
            let n = size(map), keys = self.keys(map), values = self.values(map)
            for i in 0..<n { out.append((keys.tupleElement(i), values[i])) }
        } else {
            appendEntries(map, to: &out)
        }
        return out
    }

    private static func appendEntries(_ node: Term, to out: inout [(key: Term, value: Term)]) {
        if node.isList { out.append((node.head, node.tail)); return }
        if node.isTuple {
            for i in 0..<node.tupleArity { appendEntries(node.tupleElement(i), to: &out) }
            return
        }
        let children = self.children(node)
        for i in 0..<childCount(node) { appendEntries(children[i], to: &out) }
    }

    /// Whether `maps:keys/1`, `maps:values/1` and `maps:to_list/1` list a trie backwards.
    @inline(__always) static var listsDescending: Bool { MapHash.legacy }

    /// The list `maps:keys/1`, `maps:values/1` or `maps:to_list/1` return.
    static func list(_ p: Process, _ map: Term, _ kind: ListKind) -> Term {
        var result = Term.nil
        if isFlat(map) {
            let keys = self.keys(map).boxedPointer + 1, values = self.values(map)
            var i = size(map) - 1
            while i >= 0 {
                result = p.cons(element(p, keys[i], values[i], kind), result)
                i -= 1
            }
            return result
        }
        // Prepending reverses: walk in the opposite of the wanted order.
        prepend(p, map, kind, backwards: !listsDescending, to: &result)
        return result
    }

    private static func prepend(_ p: Process, _ node: Term, _ kind: ListKind, backwards: Bool, to list: inout Term) {
        if node.isList {
            let cell = node.listPointer
            list = p.cons(element(p, cell[0], cell[1], kind), list)
            return
        }
        let base: UnsafeMutablePointer<Term>, count: Int
        if node.isTuple {
            base = node.boxedPointer + 1
            count = node.tupleArity
        } else {
            base = children(node)
            count = childCount(node)
        }
        if backwards {
            var i = count - 1
            while i >= 0 { prepend(p, base[i], kind, backwards: true, to: &list); i -= 1 }
        } else {
            for i in 0..<count { prepend(p, base[i], kind, backwards: false, to: &list) }
        }
    }

    @inline(__always)
    private static func element(_ p: Process, _ key: Term, _ value: Term, _ kind: ListKind) -> Term {
        switch kind {
        case .keys: return key
        case .values: return value
        case .pairs:
            let object = p.allocate(3)
            object[0] = Header.tuple(2)
            object[1] = key
            object[2] = value
            return .boxed(object)
        }
    }
}
