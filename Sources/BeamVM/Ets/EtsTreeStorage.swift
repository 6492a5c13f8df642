// The storage of ordered_set tables: an AVL tree of objects ordered by key in the standard
// term order, where keys that compare equal (1 and 1.0) are the same key, as in ERTS.
// A node's `hash` word holds the height of its subtree.
//
// All methods expect the table's lock to be held (write lock for the mutating ones).

struct EtsTreeStorage {
    private(set) var root: EtsNodePointer? = nil
    private(set) var count = 0
    let keypos: Int

    init(keypos: Int) { self.keypos = keypos }

    func destroy() { Self.freeSubtree(root) }

    mutating func removeAll() {
        Self.freeSubtree(root)
        root = nil
        count = 0
    }

    private static func freeSubtree(_ node: EtsNodePointer?) {
        guard let node else { return }
        freeSubtree(node.pointee.left)
        freeSubtree(node.pointee.right)
        EtsNode.free(node)
    }

    @inline(__always) func compare(_ key: Term, _ node: EtsNodePointer) -> Int {
        TermOrder.compare(key, node.key(keypos), exact: false)
    }

    // MARK: - Lookup

    func find(_ key: Term) -> EtsNodePointer? {
        var node = root
        while let current = node {
            let c = compare(key, current)
            if c == 0 { return current }
            node = c < 0 ? current.pointee.left : current.pointee.right
        }
        return nil
    }

    var first: EtsNodePointer? {
        var node = root
        while let left = node?.pointee.left { node = left }
        return node
    }

    var last: EtsNodePointer? {
        var node = root
        while let right = node?.pointee.right { node = right }
        return node
    }

    /// The node with the smallest key greater than `key` (which need not be in the table).
    func after(_ key: Term) -> EtsNodePointer? {
        var node = root, best: EtsNodePointer? = nil
        while let current = node {
            if compare(key, current) < 0 {
                best = current
                node = current.pointee.left
            } else {
                node = current.pointee.right
            }
        }
        return best
    }

    /// The node with the greatest key smaller than `key`.
    func before(_ key: Term) -> EtsNodePointer? {
        var node = root, best: EtsNodePointer? = nil
        while let current = node {
            if compare(key, current) > 0 {
                best = current
                node = current.pointee.right
            } else {
                node = current.pointee.left
            }
        }
        return best
    }

    /// The node at position `index` (0-based) in key order.
    func node(at index: Int) -> EtsNodePointer? {
        guard index >= 0 && index < count else { return nil }
        var seen = 0
        var result: EtsNodePointer? = nil
        forEach(reverse: false) { node in
            if seen == index {
                result = node
                return false
            }
            seen += 1
            return true
        }
        return result
    }

    /// Visits nodes in key order (descending when `reverse`), starting after `start` when
    /// given, until `body` returns false.
    func forEach(reverse: Bool, after start: Term? = nil, _ body: (EtsNodePointer) -> Bool) {
        var stack: [EtsNodePointer] = []
        stack.reserveCapacity(48)
        var node = root
        // Descend to the first node past `start`, remembering the ancestors still to visit.
        while let current = node {
            if let start {
                let c = compare(start, current)
                let past = reverse ? c > 0 : c < 0
                if past {
                    stack.append(current)
                    node = reverse ? current.pointee.right : current.pointee.left
                } else {
                    node = reverse ? current.pointee.left : current.pointee.right
                }
            } else {
                stack.append(current)
                node = reverse ? current.pointee.right : current.pointee.left
            }
        }
        while let current = stack.popLast() {
            if !body(current) { return }
            var next = reverse ? current.pointee.left : current.pointee.right
            while let n = next {
                stack.append(n)
                next = reverse ? n.pointee.right : n.pointee.left
            }
        }
    }

    // MARK: - Insertion and deletion

    /// Inserts a copy of `object`, replacing the object with an equal key.
    mutating func insert(_ object: Term) {
        let node = EtsNode.make(object)
        node.pointee.hash = 1
        var replaced = false
        root = Self.insert(node, into: root, keypos: keypos, replaced: &replaced)
        if !replaced { count += 1 }
    }

    /// Replaces a node's object by `object` (same key), keeping its place.
    mutating func replace(_ old: EtsNodePointer, with object: Term) {
        insert(object)
    }

    private static func insert(_ node: EtsNodePointer, into tree: EtsNodePointer?, keypos: Int,
                               replaced: inout Bool) -> EtsNodePointer {
        guard let tree else { return node }
        let c = TermOrder.compare(node.key(keypos), tree.key(keypos), exact: false)
        if c == 0 {
            node.pointee.left = tree.pointee.left
            node.pointee.right = tree.pointee.right
            node.pointee.hash = tree.pointee.hash
            EtsNode.free(tree)
            replaced = true
            return node
        }
        if c < 0 {
            tree.pointee.left = insert(node, into: tree.pointee.left, keypos: keypos, replaced: &replaced)
        } else {
            tree.pointee.right = insert(node, into: tree.pointee.right, keypos: keypos, replaced: &replaced)
        }
        return balance(tree)
    }

    /// Unlinks and frees the node with `key`; returns whether there was one.
    @discardableResult
    mutating func delete(_ key: Term) -> Bool {
        var removed: EtsNodePointer? = nil
        root = Self.remove(key, from: root, keypos: keypos, removed: &removed)
        guard let removed else { return false }
        EtsNode.free(removed)
        count -= 1
        return true
    }

    private static func remove(_ key: Term, from tree: EtsNodePointer?, keypos: Int,
                               removed: inout EtsNodePointer?) -> EtsNodePointer? {
        guard let tree else { return nil }
        let c = TermOrder.compare(key, tree.key(keypos), exact: false)
        if c < 0 {
            tree.pointee.left = remove(key, from: tree.pointee.left, keypos: keypos, removed: &removed)
        } else if c > 0 {
            tree.pointee.right = remove(key, from: tree.pointee.right, keypos: keypos, removed: &removed)
        } else {
            removed = tree
            guard let left = tree.pointee.left else { return tree.pointee.right }
            guard let right = tree.pointee.right else { return left }
            // Replace by the smallest node of the right subtree.
            var minimum: EtsNodePointer? = nil
            let rest = removeMinimum(right, minimum: &minimum)
            let successor = minimum!
            successor.pointee.left = left
            successor.pointee.right = rest
            return balance(successor)
        }
        return balance(tree)
    }

    private static func removeMinimum(_ tree: EtsNodePointer, minimum: inout EtsNodePointer?) -> EtsNodePointer? {
        guard let left = tree.pointee.left else {
            minimum = tree
            return tree.pointee.right
        }
        tree.pointee.left = removeMinimum(left, minimum: &minimum)
        return balance(tree)
    }

    // MARK: - Balancing

    @inline(__always) private static func height(_ node: EtsNodePointer?) -> Int {
        node.map { Int($0.pointee.hash) } ?? 0
    }

    @inline(__always) private static func update(_ node: EtsNodePointer) {
        node.pointee.hash = UInt64(max(height(node.pointee.left), height(node.pointee.right)) + 1)
    }

    private static func rotateRight(_ node: EtsNodePointer) -> EtsNodePointer {
        let pivot = node.pointee.left!
        node.pointee.left = pivot.pointee.right
        pivot.pointee.right = node
        update(node)
        update(pivot)
        return pivot
    }

    private static func rotateLeft(_ node: EtsNodePointer) -> EtsNodePointer {
        let pivot = node.pointee.right!
        node.pointee.right = pivot.pointee.left
        pivot.pointee.left = node
        update(node)
        update(pivot)
        return pivot
    }

    private static func balance(_ node: EtsNodePointer) -> EtsNodePointer {
        update(node)
        let factor = height(node.pointee.left) - height(node.pointee.right)
        if factor > 1 {
            if height(node.pointee.left!.pointee.left) < height(node.pointee.left!.pointee.right) {
                node.pointee.left = rotateLeft(node.pointee.left!)
            }
            return rotateRight(node)
        }
        if factor < -1 {
            if height(node.pointee.right!.pointee.right) < height(node.pointee.right!.pointee.left) {
                node.pointee.right = rotateRight(node.pointee.right!)
            }
            return rotateLeft(node)
        }
        return node
    }
}
