// The storage of set, bag and duplicate_bag tables: a linear hash table shaped like ERTS's
// (erl_db_hash.c), so that traversals visit objects in the same order:
//
//  * a key's bucket is `hash & mask`, or `hash & (mask >> 1)` when that bucket is not
//    active yet; 256 buckets are active at first;
//  * inserting a new key appends it to its bucket's chain; objects of one key (bag,
//    duplicate_bag) stay together, newest first (so an insertion does not walk the
//    group), and lookups return them oldest first;
//  * when the table holds more objects than active buckets, one more bucket becomes
//    active and takes its share of the keys from its buddy (order kept); below half as
//    many objects as buckets, the last active bucket merges back into its buddy;
//  * while a table is fixed (safe_fixtable, or a traversal in progress) deletions only mark
//    objects, so that `next/2` still finds a deleted key, and buckets neither split nor
//    merge; unfixing purges the marked objects.
//
// All methods expect the table's lock to be held (write lock for the mutating ones).

#if canImport(Glibc)
import Glibc
#endif

/// A bucket chain node.
typealias EtsNodePointer = UnsafeMutablePointer<EtsNode>

struct EtsHashStorage {
    static let initialBuckets = 256

    /// Bucket heads; `capacity` slots are allocated, `active` are in use.
    private(set) var buckets: UnsafeMutablePointer<EtsNodePointer?>
    private var capacity: Int
    /// Active buckets (ERTS's `nactive`).
    private(set) var active: Int
    /// The bucket mask (ERTS's `szm`): one less than a power of two, at least `active - 1`.
    private var mask: Int
    /// Live objects.
    private(set) var count = 0
    /// Objects marked deleted while the table is fixed.
    private(set) var marked = 0
    let keypos: Int
    /// Hash keys as OTP 25 does (fixed when the table is created).
    let legacy: Bool

    init(keypos: Int, legacy: Bool = EtsRelease.legacy) {
        self.keypos = keypos
        self.legacy = legacy
        capacity = Self.initialBuckets
        buckets = .allocate(capacity: capacity)
        buckets.initialize(repeating: nil, count: capacity)
        active = Self.initialBuckets
        mask = Self.initialBuckets - 1
    }

    /// Frees every object and the bucket array.
    func destroy() {
        freeChains()
        buckets.deallocate()
    }

    private func freeChains() {
        for i in 0..<active {
            var node = buckets[i]
            while let current = node {
                node = current.pointee.left
                EtsNode.free(current)
            }
        }
    }

    /// Frees every object and returns to the initial size.
    mutating func removeAll() {
        freeChains()
        buckets.deallocate()
        self = EtsHashStorage(keypos: keypos, legacy: legacy)
    }

    /// The bucket hash of a key.
    @inline(__always) func hashValue(_ key: Term) -> UInt64 { EtsHash.value(of: key, legacy: legacy) }

    @inline(__always) func bucket(for hash: UInt64) -> Int {
        var index = Int(truncatingIfNeeded: hash) & mask
        if index >= active { index &= mask >> 1 }
        return index
    }

    @inline(__always) func matches(_ node: EtsNodePointer, _ key: Term, _ hash: UInt64) -> Bool {
        node.pointee.hash == hash && TermOrder.exactlyEqual(node.key(keypos), key)
    }

    // MARK: - Lookup

    /// The first node of `key`'s group (marked or not) and its predecessor in the chain.
    func group(_ key: Term, hash: UInt64) -> (previous: EtsNodePointer?, first: EtsNodePointer?) {
        var previous: EtsNodePointer? = nil
        var node = buckets[bucket(for: hash)]
        while let current = node {
            if matches(current, key, hash) { return (previous, current) }
            previous = current
            node = current.pointee.left
        }
        return (nil, nil)
    }

    /// The live objects with `key`, in insertion order.
    func lookup(_ key: Term, hash: UInt64) -> [EtsNodePointer] {
        chain(key, hash: hash).reversed()
    }

    /// The live objects with `key` in chain order (newest first).
    func chain(_ key: Term, hash: UInt64) -> [EtsNodePointer] {
        var result: [EtsNodePointer] = []
        var node = group(key, hash: hash).first
        while let current = node, matches(current, key, hash) {
            if !current.isDeleted { result.append(current) }
            node = current.pointee.left
        }
        return result
    }

    /// The first live object with `key`.
    func first(_ key: Term, hash: UInt64) -> EtsNodePointer? {
        var node = group(key, hash: hash).first
        while let current = node, matches(current, key, hash) {
            if !current.isDeleted { return current }
            node = current.pointee.left
        }
        return nil
    }

    // MARK: - Insertion

    /// Inserts a copy of `object` (a tuple with at least `keypos` elements). Returns false
    /// when a bag already holds an identical object.
    @discardableResult
    mutating func insert(_ object: Term, kind: EtsTable.Kind, fixed: Bool) -> Bool {
        let key = object.tupleElement(keypos - 1)
        let hash = hashValue(key)
        let index = bucket(for: hash)
        var previous: EtsNodePointer? = nil
        var node = buckets[index]
        while let current = node, !matches(current, key, hash) {
            previous = current
            node = current.pointee.left
        }
        guard let first = node else {
            link(EtsNode.make(object, hash: hash), after: previous, bucket: index)
            count += 1
            if count > active && !fixed { grow() }
            return true
        }
        if kind == .set {
            let replacement = EtsNode.make(object, hash: hash)
            replacement.pointee.left = first.pointee.left
            if let previous { previous.pointee.left = replacement } else { buckets[index] = replacement }
            if first.isDeleted {
                marked -= 1
                count += 1
            }
            EtsNode.free(first)
            return true
        }
        // Bags: the new object heads the key's group.
        if kind == .bag {
            var member: EtsNodePointer? = first
            while let current = member, matches(current, key, hash) {
                if !current.isDeleted && TermOrder.exactlyEqual(current.object, object) { return false }
                member = current.pointee.left
            }
        }
        link(EtsNode.make(object, hash: hash), after: previous, bucket: index)
        count += 1
        if count > active && !fixed { grow() }
        return true
    }

    private func link(_ node: EtsNodePointer, after previous: EtsNodePointer?, bucket index: Int) {
        if let previous {
            node.pointee.left = previous.pointee.left
            previous.pointee.left = node
        } else {
            node.pointee.left = buckets[index]
            buckets[index] = node
        }
    }

    /// Replaces a live node by a new one holding `object` (same key), in place.
    mutating func replace(_ old: EtsNodePointer, with object: Term) {
        let hash = old.pointee.hash
        let index = bucket(for: hash)
        let replacement = EtsNode.make(object, hash: hash)
        replacement.pointee.left = old.pointee.left
        if buckets[index] == old {
            buckets[index] = replacement
        } else {
            var node = buckets[index]
            while let current = node, current.pointee.left != old { node = current.pointee.left }
            node?.pointee.left = replacement
        }
        EtsNode.free(old)
    }

    // MARK: - Deletion

    /// Deletes the live objects of `key` (only those exactly equal to `object` when given);
    /// returns how many.
    @discardableResult
    mutating func delete(_ key: Term, hash: UInt64, object: Term? = nil, fixed: Bool) -> Int {
        let index = bucket(for: hash)
        var previous: EtsNodePointer? = nil
        var node = buckets[index]
        while let current = node, !matches(current, key, hash) {
            previous = current
            node = current.pointee.left
        }
        var removed = 0
        while let current = node, matches(current, key, hash) {
            let next = current.pointee.left
            if !current.isDeleted && (object == nil || TermOrder.exactlyEqual(current.object, object!)) {
                removed += 1
                if fixed {
                    current.isDeleted = true
                    marked += 1
                    previous = current
                } else {
                    if let previous { previous.pointee.left = next } else { buckets[index] = next }
                    EtsNode.free(current)
                }
            } else {
                previous = current
            }
            node = next
        }
        count -= removed
        if removed > 0 && !fixed { shrinkIfSparse() }
        return removed
    }

    /// Deletes one live node (found during a traversal). The chain predecessor is found
    /// again, so the caller's cursor must already point past the node.
    mutating func delete(node: EtsNodePointer, fixed: Bool) {
        count -= 1
        if fixed {
            node.isDeleted = true
            marked += 1
            return
        }
        let index = bucket(for: node.pointee.hash)
        if buckets[index] == node {
            buckets[index] = node.pointee.left
        } else {
            var cursor = buckets[index]
            while let current = cursor, current.pointee.left != node { cursor = current.pointee.left }
            cursor?.pointee.left = node.pointee.left
        }
        EtsNode.free(node)
    }

    /// After the last fixation is released: frees the marked objects, then resizes.
    mutating func purge() {
        guard marked > 0 else { return resize() }
        for i in 0..<active {
            var previous: EtsNodePointer? = nil
            var node = buckets[i]
            while let current = node {
                let next = current.pointee.left
                if current.isDeleted {
                    if let previous { previous.pointee.left = next } else { buckets[i] = next }
                    EtsNode.free(current)
                } else {
                    previous = current
                }
                node = next
            }
        }
        marked = 0
        resize()
    }

    /// Brings the number of active buckets in line with the number of objects.
    mutating func resize() {
        while count > active { grow() }
        shrinkIfSparse()
    }

    // MARK: - Traversal

    /// The first live node at or after bucket `start` (and its bucket).
    func firstLive(from start: Int) -> (node: EtsNodePointer, bucket: Int)? {
        var index = start
        while index < active {
            var node = buckets[index]
            while let current = node {
                if !current.isDeleted { return (current, index) }
                node = current.pointee.left
            }
            index += 1
        }
        return nil
    }

    /// The first live node after the group of `key`, or nil when there is none. `found`
    /// is false when the key is not in the table at all (not even marked).
    func liveAfter(_ key: Term) -> (node: EtsNodePointer?, found: Bool) {
        let hash = hashValue(key)
        let index = bucket(for: hash)
        var node = group(key, hash: hash).first
        guard node != nil else { return (nil, false) }
        while let current = node, matches(current, key, hash) { node = current.pointee.left }
        while let current = node {
            if !current.isDeleted { return (current, true) }
            node = current.pointee.left
        }
        return (firstLive(from: index + 1)?.node, true)
    }

    // MARK: - Resizing

    private mutating func grow() {
        if active == capacity {
            let bigger = UnsafeMutablePointer<EtsNodePointer?>.allocate(capacity: capacity * 2)
            bigger.moveInitialize(from: buckets, count: capacity)
            (bigger + capacity).initialize(repeating: nil, count: capacity)
            buckets.deallocate()
            buckets = bigger
            capacity *= 2
        }
        if active == mask + 1 { mask = (mask << 1) | 1 }
        let to = active, from = active & (mask >> 1)
        active += 1
        // Split `from`: the nodes whose hash now selects `to` move there, in order.
        var stayTail: EtsNodePointer? = nil, moveTail: EtsNodePointer? = nil
        var node = buckets[from]
        buckets[from] = nil
        buckets[to] = nil
        while let current = node {
            node = current.pointee.left
            current.pointee.left = nil
            if Int(truncatingIfNeeded: current.pointee.hash) & mask == to {
                if let tail = moveTail { tail.pointee.left = current } else { buckets[to] = current }
                moveTail = current
            } else {
                if let tail = stayTail { tail.pointee.left = current } else { buckets[from] = current }
                stayTail = current
            }
        }
    }

    private mutating func shrinkIfSparse() {
        while active > Self.initialBuckets && count < active / 2 { shrink() }
    }

    private mutating func shrink() {
        let from = active - 1
        let to = from & (mask >> 1)
        active -= 1
        if active == (mask >> 1) + 1 { mask >>= 1 }
        guard let moving = buckets[from] else { return }
        buckets[from] = nil
        if var tail = buckets[to] {
            while let next = tail.pointee.left { tail = next }
            tail.pointee.left = moving
        } else {
            buckets[to] = moving
        }
    }
}
