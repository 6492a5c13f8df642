// Maps, laid out as ERTS lays them out: a flat map up to 32 keys, a hash array mapped trie
// (HAMT) above. Every word after a map header is a valid term, so the collector scans map
// objects like tuples; the header payload is the number of words that follow.
//
//   flat map:     [header(15, 2 + n)] [small n] [keys tuple] [value 1] ... [value n]
//   trie head:    [header(15, 2 + c)] [small info] [small size] [child 1] ... [child c]
//   trie node:    [header(15, 1 + c)] [small info] [child 1] ... [child c]
//
// `info` tells the three apart: bit 16 set for trie objects, bit 17 for the head, bits 0-15
// the bitmap of occupied slots (a flat map's count stays below bit 16). A child is a leaf
// (a cons cell [Key | Value]), a trie node, or, once all 64 hash bits agree (OTP 26+ hashing),
// a collision node: a tuple of leaves in key order. Slots are indexed by four hash bits per
// level (see `MapHash`); children are stored in slot order.
//
// A flat map's keys are sorted in the exact term order, so lookups can binary search and
// iteration and printing follow the order ERTS uses for small maps. ERTS keeps a map flat
// exactly when it has at most 32 keys, whatever built it; so does beamr.

/// Map construction and access.
public enum MapOps {
    /// The largest map kept flat (MAP_SMALL_MAP_LIMIT).
    public static let flatLimit = 32

    static let trieFlag = 1 << 16
    static let headFlag = 1 << 17

    // MARK: Layout

    /// Whether a map is flat. - Precondition: `map.isMap`.
    @inline(__always) static func isFlat(_ map: Term) -> Bool { map.boxedPointer[1].raw & (1 << 20) == 0 }
    /// Whether a trie object is the head (the map itself) rather than an inner node.
    @inline(__always) static func isHead(_ node: Term) -> Bool { node.boxedPointer[1].raw & (1 << 21) != 0 }
    /// The slot bitmap of a trie object.
    @inline(__always) static func bitmap(_ node: Term) -> Int { node.boxedPointer[1].smallValue & 0xFFFF }
    /// The children of a trie object, in slot order.
    @inline(__always) static func children(_ node: Term) -> UnsafeMutablePointer<Term> {
        node.boxedPointer + (isHead(node) ? 3 : 2)
    }
    @inline(__always) static func childCount(_ node: Term) -> Int { bitmap(node).nonzeroBitCount }

    /// The number of pairs in a map. - Precondition: `map.isMap`.
    @inline(__always) public static func size(_ map: Term) -> Int {
        let object = map.boxedPointer
        return object[1].raw & (1 << 20) == 0 ? object[1].smallValue : object[2].smallValue
    }

    /// The keys tuple of a flat map.
    @inline(__always) static func keys(_ map: Term) -> Term { map.boxedPointer[2] }

    /// The value slots of a flat map.
    @inline(__always) static func values(_ map: Term) -> UnsafeMutablePointer<Term> { map.boxedPointer + 3 }

    // MARK: Lookup

    /// Index of `key` in a flat map, or nil.
    @inline(__always)
    public static func index(of key: Term, in map: Term) -> Int? {
        let keys = self.keys(map).boxedPointer + 1
        let n = map.boxedPointer[1].smallValue
        if key.primaryTag == 3 {
            // Immediates are equal exactly when their words are.
            for i in 0..<n where keys[i].raw == key.raw { return i }
            return nil
        }
        var low = 0, high = n - 1
        while low <= high {
            let mid = (low + high) >> 1
            let c = TermOrder.compare(keys[mid], key, exact: true)
            if c == 0 { return mid }
            if c < 0 { low = mid + 1 } else { high = mid - 1 }
        }
        return nil
    }

    /// The value for `key`, or `.none`. - Precondition: `map.isMap`.
    @inline(__always)
    public static func get(_ map: Term, _ key: Term) -> Term {
        if isFlat(map) {
            guard let index = index(of: key, in: map) else { return .none }
            return values(map)[index]
        }
        return trieGet(map, key)
    }

    // MARK: Flat maps

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

    /// A map from sorted, distinct keys and their values: flat up to 32 keys, else a trie.
    static func build(keys: [Term], values: [Term], allocate: (Int) -> UnsafeMutablePointer<Term>) -> Term {
        if keys.count <= flatLimit { return writeFlat(keys: keys, values: values, at: allocate(flatWords(keys.count))) }
        return buildTrie(keys: keys, values: values, allocate: allocate)
    }

    /// A new map on the process heap from unordered pairs (later duplicates win).
    public static func make(_ p: Process, _ pairs: [(key: Term, value: Term)]) -> Term {
        let (keys, values) = normalise(pairs)
        return build(keys: keys, values: values) { p.allocate($0) }
    }

    // MARK: Order

    /// Ordering of two maps: by size, then keys in order, then values.
    static func compare(_ a: Term, _ b: Term, exact: Bool) -> Int {
        let n = size(a), m = size(b)
        if n != m { return n < m ? -1 : 1 }
        if isFlat(a) {
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
        return compareTries(a, b, exact: exact)
    }

    @inline(never)
    static func compareTries(_ a: Term, _ b: Term, exact: Bool) -> Int {
        if trieEqual(a, b, exact: exact) { return 0 }
        let x = sortedEntries(a), y = sortedEntries(b)
        for i in x.indices {
            let c = TermOrder.compare(x[i].key, y[i].key, exact: true)
            if c != 0 { return c }
        }
        for i in x.indices {
            let c = TermOrder.compare(x[i].value, y[i].value, exact: exact)
            if c != 0 { return c }
        }
        return 0
    }

    /// Equality of two tries of the same size: their shapes are the same when their keys
    /// are, so walking them side by side decides it, but only when values also match.
    static func trieEqual(_ a: Term, _ b: Term, exact: Bool) -> Bool {
        if a.raw == b.raw { return true }
        if a.isList || b.isList {
            guard a.isList, b.isList else { return false }
            return TermOrder.exactlyEqual(a.head, b.head) && TermOrder.compare(a.tail, b.tail, exact: exact) == 0
        }
        guard a.isBoxed, b.isBoxed else { return false }
        if a.isTuple || b.isTuple {
            guard a.isTuple, b.isTuple, a.tupleArity == b.tupleArity else { return false }
            for i in 0..<a.tupleArity where !trieEqual(a.tupleElement(i), b.tupleElement(i), exact: exact) { return false }
            return true
        }
        guard bitmap(a) == bitmap(b) else { return false }
        let x = children(a), y = children(b)
        for i in 0..<childCount(a) where !trieEqual(x[i], y[i], exact: exact) { return false }
        return true
    }

    /// The pairs of a map sorted by key.
    static func sortedEntries(_ map: Term) -> [(key: Term, value: Term)] {
        entries(map).sorted { TermOrder.compare($0.key, $1.key, exact: true) < 0 }
    }
}
