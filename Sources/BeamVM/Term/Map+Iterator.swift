// `erts_internal:map_next/3`, the engine behind `maps:next/1` and OTP's iterator-based map
// functions. A path names the next leaf to return: four bits per trie level, the lowest
// first, each the position of a child within its node (counted in walking order).
//
// With `iterator` the result is {K1, V1, {K2, V2, ... Rest}}, Rest being `none` or
// [Path | Map]. With a list accumulator it is [Path, Map | Pairs] or just Pairs, where
// Pairs is the batch prepended to the accumulator; OTP 26+ walks a trie backwards there so
// the accumulated list comes out in iteration order, OTP 25 forwards. A flat map comes back
// whole. The first call on a trie returns at most 32 pairs, like ERTS.

extension MapOps {
    /// Pairs one call returns after the first (ERTS ties it to the reductions left).
    static let iteratorBatch = 256

    /// Deepest trie level a path can name.
    static let maxPathLevels = 16

    /// The result of `erts_internal:map_next(path, map, accumulator)`, or `.none` for badarg.
    static func next(_ p: Process, path: Term, map: Term, accumulator: Term) -> Term {
        let listMode: Bool
        if accumulator == Atom.iterator {
            listMode = false
        } else if accumulator.isNil || accumulator.isList {
            listMode = true
        } else {
            return .none
        }
        var output = IteratorOutput(p, listMode: listMode, accumulator: accumulator)
        if isFlat(map) {
            guard path.isSmall, path.smallValue >= 0, path.smallValue <= size(map) else { return .none }
            let keys = self.keys(map).boxedPointer + 1, values = self.values(map)
            if listMode {
                var i = size(map) - 1
                while i >= 0 { output.emit(keys[i], values[i]); i -= 1 }
            } else {
                for i in 0..<size(map) { output.emit(keys[i], values[i]) }
            }
            return output.finish(more: nil, map: map)
        }
        var bits: UInt64
        if path.isSmall, path.smallValue >= 0 {
            bits = UInt64(path.smallValue)
        } else if path.isBignum, path.boxedSubtag == Subtag.positiveBig.rawValue, Header.payload(path.header) == 1 {
            bits = path.boxedPointer[1].raw
        } else {
            return .none
        }
        let limit = min(bits == 0 ? flatLimit : iteratorBatch, size(map))
        let backwards = listMode && !MapHash.legacy
        return withUnsafeTemporaryAllocation(of: TrieCursor.Level.self, capacity: 64) { buffer in
            var cursor = TrieCursor(levels: buffer.baseAddress!, backwards: backwards)
            guard cursor.seek(map, path: bits) else { return Term.none }
            var emitted = 0
            while true {
                let leaf = cursor.current.listPointer
                output.emit(leaf[0], leaf[1])
                emitted += 1
                let more = cursor.advance()
                if !more { return output.finish(more: nil, map: map) }
                if emitted == limit { return output.finish(more: cursor.path(p), map: map) }
            }
        }
    }
}

/// A position in a trie: the chain of nodes from the head to a leaf.
struct TrieCursor {
    struct Level {
        var base: UnsafeMutablePointer<Term>
        var count: Int
        var index: Int
    }

    let levels: UnsafeMutablePointer<Level>
    let backwards: Bool
    var depth = 0

    init(levels: UnsafeMutablePointer<Level>, backwards: Bool) {
        self.levels = levels
        self.backwards = backwards
    }

    /// The child at the current position of the deepest level.
    var current: Term {
        let level = levels[depth - 1]
        return level.base[backwards ? level.count - 1 - level.index : level.index]
    }

    mutating func enter(_ node: Term, at index: Int) {
        precondition(depth < 64, "map trie too deep to iterate")
        if node.isTuple {
            levels[depth] = Level(base: node.boxedPointer + 1, count: node.tupleArity, index: index)
        } else {
            levels[depth] = Level(base: MapOps.children(node), count: MapOps.childCount(node), index: index)
        }
        depth += 1
    }

    /// Goes to the leaf a path names (its missing deeper parts being 0); false if the path
    /// names no position.
    mutating func seek(_ map: Term, path: UInt64) -> Bool {
        var rest = path
        var node = map
        while true {
            let index = Int(rest & 0xF)
            rest >>= 4
            enter(node, at: 0)
            guard index < levels[depth - 1].count else { return false }
            levels[depth - 1].index = index
            let child = current
            if child.isList { return true }
            node = child
        }
    }

    /// Moves to the next leaf; false when there is none.
    mutating func advance() -> Bool {
        levels[depth - 1].index += 1
        while levels[depth - 1].index == levels[depth - 1].count {
            depth -= 1
            if depth == 0 { return false }
            levels[depth - 1].index += 1
        }
        while true {
            let child = current
            if child.isList { return true }
            enter(child, at: 0)
        }
    }

    /// The path of the current position.
    func path(_ p: Process) -> Term {
        precondition(depth <= MapOps.maxPathLevels, "map trie too deep for an iterator path")
        var bits: UInt64 = 0
        for d in 0..<depth { bits |= UInt64(levels[d].index) << UInt64(4 * d) }
        return Integers.make(p, unsigned: bits)
    }
}

/// Builds what one `map_next` call returns.
struct IteratorOutput {
    let p: Process
    let listMode: Bool
    var result: Term
    var patch: UnsafeMutablePointer<Term>?

    init(_ p: Process, listMode: Bool, accumulator: Term) {
        self.p = p
        self.listMode = listMode
        result = listMode ? accumulator : Atom.none
    }

    mutating func emit(_ key: Term, _ value: Term) {
        if listMode {
            let object = p.allocate(5)
            object[0] = Header.tuple(2)
            object[1] = key
            object[2] = value
            object[3] = .boxed(object)
            object[4] = result
            result = .list(object + 3)
        } else {
            let object = p.allocate(4)
            object[0] = Header.tuple(3)
            object[1] = key
            object[2] = value
            object[3] = Atom.none
            if let patch { patch.pointee = .boxed(object) } else { result = .boxed(object) }
            patch = object + 3
        }
    }

    func finish(more path: Term?, map: Term) -> Term {
        guard let path else { return result }
        if listMode { return p.cons(path, p.cons(map, result)) }
        let rest = p.cons(path, map)
        if let patch { patch.pointee = rest }
        return result
    }
}
