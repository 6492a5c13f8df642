// New maps from old: binding, updating and removing keys. Flat maps share their keys tuple
// when only values change; tries share every subtree off the changed path.

extension MapOps {
    /// `map` with `key` bound to `value` (`map` itself when it already was).
    @inline(__always)
    static func put(_ p: Process, _ map: Term, _ key: Term, _ value: Term) -> Term {
        isFlat(map) ? flatPut(p, map, key, value) : triePut(p, map, key, value)
    }

    /// `map` with the existing `key` bound to `value`, or `.none` when the key is absent.
    @inline(__always)
    static func update(_ p: Process, _ map: Term, _ key: Term, _ value: Term) -> Term {
        if isFlat(map) {
            guard let index = index(of: key, in: map) else { return .none }
            return flatReplacing(p, map, index, value)
        }
        if trieGet(map, key).isNone { return .none }
        return triePut(p, map, key, value)
    }

    /// `map` without `key` (`map` itself when the key is absent).
    static func remove(_ p: Process, _ map: Term, _ key: Term) -> Term {
        guard isFlat(map) else { return trieRemove(p, map, key) }
        guard let index = index(of: key, in: map) else { return map }
        let n = size(map)
        let keys = self.keys(map).boxedPointer + 1, values = self.values(map)
        let memory = p.allocate(flatWords(n - 1))
        let tuple = memory + 3 + (n - 1)
        tuple[0] = Header.tuple(n - 1)
        (tuple + 1).update(from: keys, count: index)
        (tuple + 1 + index).update(from: keys + index + 1, count: n - 1 - index)
        memory[0] = Header.make(.map, 2 + n - 1)
        memory[1] = .small(n - 1)
        memory[2] = .boxed(tuple)
        (memory + 3).update(from: values, count: index)
        (memory + 3 + index).update(from: values + index + 1, count: n - 1 - index)
        return .boxed(memory)
    }

    @inline(__always)
    static func flatReplacing(_ p: Process, _ map: Term, _ index: Int, _ value: Term) -> Term {
        let values = self.values(map)
        if values[index].raw == value.raw { return map }
        let n = size(map)
        let object = p.allocate(3 + n)
        object.update(from: map.boxedPointer, count: 3 + n)
        object[3 + index] = value
        return .boxed(object)
    }

    static func flatPut(_ p: Process, _ map: Term, _ key: Term, _ value: Term) -> Term {
        if let index = index(of: key, in: map) { return flatReplacing(p, map, index, value) }
        let n = size(map)
        let keys = self.keys(map).boxedPointer + 1, values = self.values(map)
        if n == flatLimit { return flatGrown(p, map, key, value) }
        var low = 0, high = n
        while low < high {
            let mid = (low + high) >> 1
            if TermOrder.compare(keys[mid], key, exact: true) < 0 { low = mid + 1 } else { high = mid }
        }
        let memory = p.allocate(flatWords(n + 1))
        let tuple = memory + 3 + (n + 1)
        tuple[0] = Header.tuple(n + 1)
        (tuple + 1).update(from: keys, count: low)
        tuple[1 + low] = key
        (tuple + 2 + low).update(from: keys + low, count: n - low)
        memory[0] = Header.make(.map, 3 + n)
        memory[1] = .small(n + 1)
        memory[2] = .boxed(tuple)
        (memory + 3).update(from: values, count: low)
        memory[3 + low] = value
        (memory + 4 + low).update(from: values + low, count: n - low)
        return .boxed(memory)
    }

    /// A full flat map plus one new key: the trie of 33 keys.
    @inline(never)
    static func flatGrown(_ p: Process, _ map: Term, _ key: Term, _ value: Term) -> Term {
        var pairs = entries(map)
        pairs.append((key, value))
        return buildTrie(keys: pairs.map(\.key), values: pairs.map(\.value)) { p.allocate($0) }
    }

    /// `maps:merge/2`: the pairs of both, `b`'s value winning for keys in both.
    static func merge(_ p: Process, _ a: Term, _ b: Term) -> Term {
        if size(a) == 0 { return b }
        if size(b) == 0 { return a }
        if isFlat(a) && isFlat(b) && size(a) + size(b) <= flatLimit {
            var pairs = entries(a)
            pairs.append(contentsOf: entries(b))
            return make(p, pairs)
        }
        if size(a) > size(b) {
            var result = a
            for pair in entries(b) { result = put(p, result, pair.key, pair.value) }
            return result
        }
        var result = b
        for pair in entries(a) where get(b, pair.key).isNone { result = put(p, result, pair.key, pair.value) }
        return result
    }
}
