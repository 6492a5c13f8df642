// Maps. A flat map keeps its keys in one sorted tuple and its values inline, as in ERTS:
//
//   [header(15, 2 + n)] [small n] [keys tuple] [value 1] ... [value n]
//
// Keys are sorted in the exact term order (`TermOrder.compare(_:_:exact: true)`), so lookups
// can binary search and iteration and printing follow the order ERTS uses for small maps.

/// Map construction and access.
public enum MapOps {
    /// The number of pairs in a map. - Precondition: `map.isMap`.
    @inline(__always) public static func size(_ map: Term) -> Int { map.boxedPointer[1].smallValue }

    /// The keys tuple of a flat map.
    @inline(__always) static func keys(_ map: Term) -> Term { map.boxedPointer[2] }

    /// The value slots of a flat map.
    @inline(__always) static func values(_ map: Term) -> UnsafeMutablePointer<Term> { map.boxedPointer + 3 }

    /// Index of `key` in a flat map, or nil.
    public static func index(of key: Term, in map: Term) -> Int? {
        let keys = self.keys(map)
        var low = 0, high = size(map) - 1
        while low <= high {
            let mid = (low + high) >> 1
            let c = TermOrder.compare(keys.tupleElement(mid), key, exact: true)
            if c == 0 { return mid }
            if c < 0 { low = mid + 1 } else { high = mid - 1 }
        }
        return nil
    }

    /// The value for `key`, or `.none`.
    public static func get(_ map: Term, _ key: Term) -> Term {
        guard let index = index(of: key, in: map) else { return .none }
        return values(map)[index]
    }

    /// Words for a flat map of `count` pairs, including its keys tuple.
    @inline(__always) static func flatWords(_ count: Int) -> Int { 3 + count + 1 + count }

    /// Builds a flat map from pairs whose keys are sorted and distinct, in memory from `at`.
    static func writeFlat(keys: [Term], values: [Term], at memory: UnsafeMutablePointer<Term>) -> Term {
        let n = keys.count
        let tuple = memory + 3 + n
        tuple[0] = Header.tuple(n)
        for i in 0..<n { tuple[1 + i] = keys[i] }
        memory[0] = Header.make(.map, 2 + n)
        memory[1] = .small(n)
        memory[2] = .boxed(tuple)
        for i in 0..<n { memory[3 + i] = values[i] }
        return .boxed(memory)
    }

    /// Sorts pairs by key and drops earlier duplicates (the last value for a key wins).
    static func normalise(_ pairs: [(key: Term, value: Term)]) -> (keys: [Term], values: [Term]) {
        let sorted = pairs.enumerated().sorted { a, b in
            let c = TermOrder.compare(a.element.key, b.element.key, exact: true)
            return c != 0 ? c < 0 : a.offset < b.offset
        }
        var keys: [Term] = [], values: [Term] = []
        keys.reserveCapacity(sorted.count)
        values.reserveCapacity(sorted.count)
        for (_, pair) in sorted {
            if let last = keys.last, TermOrder.exactlyEqual(last, pair.key) {
                values[values.count - 1] = pair.value
            } else {
                keys.append(pair.key)
                values.append(pair.value)
            }
        }
        return (keys, values)
    }

    /// A new map on the process heap from unordered pairs (later duplicates win).
    public static func make(_ p: Process, _ pairs: [(key: Term, value: Term)]) -> Term {
        let (keys, values) = normalise(pairs)
        return writeFlat(keys: keys, values: values, at: p.allocate(flatWords(keys.count)))
    }

    /// Ordering of two maps: by size, then keys in order, then values.
    static func compare(_ a: Term, _ b: Term, exact: Bool) -> Int {
        let n = size(a), m = size(b)
        if n != m { return n < m ? -1 : 1 }
        let keysA = keys(a), keysB = keys(b)
        for i in 0..<n {
            let c = TermOrder.compare(keysA.tupleElement(i), keysB.tupleElement(i), exact: true)
            if c != 0 { return c }
        }
        for i in 0..<n {
            let c = TermOrder.compare(values(a)[i], values(b)[i], exact: exact)
            if c != 0 { return c }
        }
        return 0
    }
}
