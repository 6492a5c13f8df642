// Hash array mapped tries: lookup, persistent insert and remove (path copying, sharing
// every untouched subtree), and bulk building. Layout in Map.swift, hashing in MapHash.swift.
//
// Shapes are canonical, as in ERTS: a key sits at the shallowest level where its hash
// prefix is unique, a node never holds just one leaf (removal folds such a node into the
// leaf), and the same keys give the same trie whatever order they came in.

extension MapOps {
    // MARK: Lookup

    /// The value for `key` in a trie map, or `.none`.
    static func trieGet(_ map: Term, _ key: Term) -> Term {
        var node = map
        var hx = MapHash.bits(key, level: 0)
        var level = 0
        while true {
            let bitmap = self.bitmap(node)
            let bit = 1 << Int(hx & 0xF)
            if bitmap & bit == 0 { return .none }
            let child = children(node)[(bitmap & (bit - 1)).nonzeroBitCount]
            if child.isList {
                let leaf = child.listPointer
                return leaf[0].raw == key.raw || TermOrder.exactlyEqual(leaf[0], key) ? leaf[1] : .none
            }
            if child.isTuple { return collisionGet(child, key) }
            node = child
            level += 1
            hx = MapHash.next(hx, key, level: level)
        }
    }

    static func collisionGet(_ node: Term, _ key: Term) -> Term {
        for i in 0..<node.tupleArity {
            let leaf = node.tupleElement(i).listPointer
            if TermOrder.exactlyEqual(leaf[0], key) { return leaf[1] }
        }
        return .none
    }

    // MARK: Node construction

    /// A trie object with `count` children (to be filled by the caller).
    @inline(__always)
    static func newNode(_ p: Process, bitmap: Int, count: Int, head: Bool, size: Int) -> Term {
        if head {
            let object = p.allocate(3 + count)
            object[0] = Header.make(.map, 2 + count)
            object[1] = .small(trieFlag | headFlag | bitmap)
            object[2] = .small(size)
            return .boxed(object)
        }
        let object = p.allocate(2 + count)
        object[0] = Header.make(.map, 1 + count)
        object[1] = .small(trieFlag | bitmap)
        return .boxed(object)
    }

    /// A copy of `node` with child `position` replaced by `child`.
    static func replacing(_ p: Process, _ node: Term, _ position: Int, with child: Term, sizeDelta: Int) -> Term {
        let head = isHead(node), count = childCount(node)
        let copy = newNode(p, bitmap: bitmap(node), count: count, head: head, size: head ? size(node) + sizeDelta : 0)
        let target = children(copy)
        target.update(from: children(node), count: count)
        target[position] = child
        return copy
    }

    /// A copy of `node` with `child` added in the empty slot `bit`.
    static func adding(_ p: Process, _ node: Term, bit: Int, child: Term) -> Term {
        let head = isHead(node), count = childCount(node), bitmap = self.bitmap(node)
        let position = (bitmap & (bit - 1)).nonzeroBitCount
        let copy = newNode(p, bitmap: bitmap | bit, count: count + 1, head: head, size: head ? size(node) + 1 : 0)
        let source = children(node), target = children(copy)
        target.update(from: source, count: position)
        target[position] = child
        (target + position + 1).update(from: source + position, count: count - position)
        return copy
    }

    /// A copy of `node` without the child in slot `bit`.
    static func dropping(_ p: Process, _ node: Term, bit: Int) -> Term {
        let head = isHead(node), count = childCount(node), bitmap = self.bitmap(node)
        let position = (bitmap & (bit - 1)).nonzeroBitCount
        let copy = newNode(p, bitmap: bitmap & ~bit, count: count - 1, head: head, size: head ? size(node) - 1 : 0)
        let source = children(node), target = children(copy)
        target.update(from: source, count: position)
        (target + position).update(from: source + position + 1, count: count - 1 - position)
        return copy
    }

    @inline(__always) static func leaf(_ p: Process, _ key: Term, _ value: Term) -> Term {
        let cell = p.allocate(2)
        cell[0] = key
        cell[1] = value
        return .list(cell)
    }

    /// The subtree at `level` holding two leaves whose keys differ, given their hash bits.
    static func pair(_ p: Process, _ a: Term, _ ha: UInt64, _ b: Term, _ hb: UInt64, level: Int) -> Term {
        if level >= MapHash.maxLevel {
            let object = p.allocate(3)
            object[0] = Header.tuple(2)
            let aFirst = TermOrder.compare(a.head, b.head, exact: true) < 0
            object[1] = aFirst ? a : b
            object[2] = aFirst ? b : a
            return .boxed(object)
        }
        let ia = Int(ha & 0xF), ib = Int(hb & 0xF)
        if ia == ib {
            let inner = pair(p, a, MapHash.next(ha, a.head, level: level + 1), b, MapHash.next(hb, b.head, level: level + 1),
                             level: level + 1)
            let node = newNode(p, bitmap: 1 << ia, count: 1, head: false, size: 0)
            children(node)[0] = inner
            return node
        }
        let node = newNode(p, bitmap: 1 << ia | 1 << ib, count: 2, head: false, size: 0)
        children(node)[0] = ia < ib ? a : b
        children(node)[1] = ia < ib ? b : a
        return node
    }

    // MARK: Insert

    /// `map` with `key` bound to `value`: `map` itself when it already was.
    static func triePut(_ p: Process, _ map: Term, _ key: Term, _ value: Term) -> Term {
        var grew = false
        return insert(p, map, MapHash.bits(key, level: 0), 0, key, value, &grew)
    }

    static func insert(_ p: Process, _ node: Term, _ hx: UInt64, _ level: Int, _ key: Term, _ value: Term,
                       _ grew: inout Bool) -> Term {
        let bitmap = self.bitmap(node)
        let bit = 1 << Int(hx & 0xF)
        if bitmap & bit == 0 {
            grew = true
            return adding(p, node, bit: bit, child: leaf(p, key, value))
        }
        let position = (bitmap & (bit - 1)).nonzeroBitCount
        let child = children(node)[position]
        let replacement: Term
        if child.isList {
            let existing = child.listPointer
            if existing[0].raw == key.raw || TermOrder.exactlyEqual(existing[0], key) {
                if existing[1].raw == value.raw { return node }
                replacement = leaf(p, existing[0], value)
            } else {
                grew = true
                let next = level + 1
                replacement = pair(p, child, MapHash.bits(existing[0], level: next), leaf(p, key, value),
                                   MapHash.next(hx, key, level: next), level: next)
            }
        } else if child.isTuple {
            replacement = collisionPut(p, child, key, value, &grew)
            if replacement.raw == child.raw { return node }
        } else {
            replacement = insert(p, child, MapHash.next(hx, key, level: level + 1), level + 1, key, value, &grew)
            if replacement.raw == child.raw { return node }
        }
        return replacing(p, node, position, with: replacement, sizeDelta: grew ? 1 : 0)
    }

    static func collisionPut(_ p: Process, _ node: Term, _ key: Term, _ value: Term, _ grew: inout Bool) -> Term {
        let n = node.tupleArity
        var at = n
        for i in 0..<n {
            let existing = node.tupleElement(i)
            let c = TermOrder.compare(existing.head, key, exact: true)
            if c == 0 {
                if existing.tail.raw == value.raw { return node }
                let object = p.allocate(1 + n)
                object.update(from: node.boxedPointer, count: 1 + n)
                object[1 + i] = leaf(p, existing.head, value)
                return .boxed(object)
            }
            if c > 0 { at = i; break }
        }
        grew = true
        let object = p.allocate(2 + n)
        object[0] = Header.tuple(n + 1)
        (object + 1).update(from: node.boxedPointer + 1, count: at)
        object[1 + at] = leaf(p, key, value)
        (object + 2 + at).update(from: node.boxedPointer + 1 + at, count: n - at)
        return .boxed(object)
    }

    // MARK: Remove

    /// `map` without `key` (`map` itself when the key is absent). A trie that falls to 32
    /// keys becomes a flat map.
    static func trieRemove(_ p: Process, _ map: Term, _ key: Term) -> Term {
        let result = delete(p, map, MapHash.bits(key, level: 0), 0, key)
        if result.raw == map.raw || size(result) > flatLimit { return result }
        let pairs = sortedEntries(result)
        return writeFlat(keys: pairs.map(\.key), values: pairs.map(\.value), at: p.allocate(flatWords(pairs.count)))
    }

    /// What replaces `node` once `key` is gone: `node` itself if the key is absent, `.none`
    /// when nothing is left, or a lone leaf that the parent keeps in place of the node.
    static func delete(_ p: Process, _ node: Term, _ hx: UInt64, _ level: Int, _ key: Term) -> Term {
        let bitmap = self.bitmap(node)
        let bit = 1 << Int(hx & 0xF)
        if bitmap & bit == 0 { return node }
        let head = isHead(node)
        let count = bitmap.nonzeroBitCount
        let position = (bitmap & (bit - 1)).nonzeroBitCount
        let child = children(node)[position]
        var replacement: Term
        if child.isList {
            guard TermOrder.exactlyEqual(child.head, key) else { return node }
            replacement = .none
        } else if child.isTuple {
            replacement = collisionDelete(p, child, key)
            if replacement.raw == child.raw { return node }
        } else {
            replacement = delete(p, child, MapHash.next(hx, key, level: level + 1), level + 1, key)
            if replacement.raw == child.raw { return node }
        }
        if replacement.isNone {
            if !head {
                if count == 1 { return .none }
                if count == 2 {
                    let other = children(node)[1 - position]
                    if other.isList { return other }
                }
            }
            return dropping(p, node, bit: bit)
        }
        if !head && count == 1 && replacement.isList { return replacement }
        return replacing(p, node, position, with: replacement, sizeDelta: -1)
    }

    static func collisionDelete(_ p: Process, _ node: Term, _ key: Term) -> Term {
        let n = node.tupleArity
        for i in 0..<n where TermOrder.exactlyEqual(node.tupleElement(i).head, key) {
            if n == 2 { return node.tupleElement(1 - i) }
            let object = p.allocate(n)
            object[0] = Header.tuple(n - 1)
            (object + 1).update(from: node.boxedPointer + 1, count: i)
            (object + 1 + i).update(from: node.boxedPointer + 2 + i, count: n - 1 - i)
            return .boxed(object)
        }
        return node
    }

    // MARK: Bulk building

    /// A trie map from distinct keys (more than 32) and their values.
    static func buildTrie(keys: [Term], values: [Term], allocate: (Int) -> UnsafeMutablePointer<Term>) -> Term {
        var hashes = keys.map { MapHash.bits($0, level: 0) }
        var leaves: [Term] = []
        leaves.reserveCapacity(keys.count)
        let cells = allocate(2 * keys.count)
        for i in keys.indices {
            cells[2 * i] = keys[i]
            cells[2 * i + 1] = values[i]
            leaves.append(.list(cells + 2 * i))
        }
        return buildLevel(Array(keys.indices), level: 0, head: true, leaves: leaves, hashes: &hashes, allocate: allocate)
    }

    /// The node at `level` holding `items` (indexes into `leaves`), which share their hash
    /// bits below this level.
    static func buildLevel(_ items: [Int], level: Int, head: Bool, leaves: [Term], hashes: inout [UInt64],
                           allocate: (Int) -> UnsafeMutablePointer<Term>) -> Term {
        var buckets = [[Int]](repeating: [], count: 16)
        for item in items { buckets[Int(hashes[item] & 0xF)].append(item) }
        var bitmap = 0
        var built: [Term] = []
        for slot in 0..<16 where !buckets[slot].isEmpty {
            bitmap |= 1 << slot
            let group = buckets[slot]
            if group.count == 1 {
                built.append(leaves[group[0]])
            } else if level + 1 >= MapHash.maxLevel {
                let sorted = group.sorted { TermOrder.compare(leaves[$0].head, leaves[$1].head, exact: true) < 0 }
                let object = allocate(1 + sorted.count)
                object[0] = Header.tuple(sorted.count)
                for (i, item) in sorted.enumerated() { object[1 + i] = leaves[item] }
                built.append(.boxed(object))
            } else {
                for item in group { hashes[item] = MapHash.next(hashes[item], leaves[item].head, level: level + 1) }
                built.append(buildLevel(group, level: level + 1, head: false, leaves: leaves, hashes: &hashes,
                                        allocate: allocate))
            }
        }
        let object = allocate((head ? 3 : 2) + built.count)
        object[0] = Header.make(.map, (head ? 2 : 1) + built.count)
        object[1] = .small(trieFlag | (head ? headFlag : 0) | bitmap)
        if head { object[2] = .small(items.count) }
        for (i, child) in built.enumerated() { object[(head ? 3 : 2) + i] = child }
        return .boxed(object)
    }
}
