// Objects stored in ETS tables. Each object lives in its own malloc'd block, outside every
// process heap, as in ERTS: a fixed header followed by a private deep copy of the tuple.
//
//   word 0  left    hash tables: next node of the bucket chain; trees: left child
//   word 1  right   trees: right child
//   word 2  hash    hash tables: the key's hash value; trees: the subtree height
//   word 3  words   size of the copy in words
//   word 4  offHeap refc binaries inside the copy (see OffHeapList)
//   word 5  object  the copied tuple (a boxed term pointing into the words below)
//   word 6  flags   bit 0: deleted while the table is fixed (still a traversal position)
//   word 7...       the copy
//
// Refc binaries in the copy keep one reference each; freeing the node releases them.

#if canImport(Glibc)
import Glibc
#endif

/// The header of a stored object; the copied term words follow it.
///
/// - Invariant: allocated by `EtsNode.make`, owned by exactly one table storage (or a
///   table's heir data), freed by `EtsNode.free` under that table's write lock.
struct EtsNode {
    var left: UnsafeMutablePointer<EtsNode>?
    var right: UnsafeMutablePointer<EtsNode>?
    var hash: UInt64
    var words: Int
    var offHeap: UnsafeMutablePointer<Term>?
    var object: Term
    var flags: UInt64

    /// Creates a node holding a copy of `term`.
    static func make(_ term: Term, hash: UInt64 = 0) -> UnsafeMutablePointer<EtsNode> {
        let words = TermCopy.words(term)
        let raw = malloc(MemoryLayout<EtsNode>.stride + max(words, 1) * 8)!
        let node = raw.bindMemory(to: EtsNode.self, capacity: 1)
        node.initialize(to: EtsNode(left: nil, right: nil, hash: hash, words: words, offHeap: nil, object: term, flags: 0))
        var top = UnsafeMutableRawPointer(node + 1).assumingMemoryBound(to: Term.self)
        node.pointee.object = TermCopy.copy(term, to: &top, offHeap: &node.pointee.offHeap)
        return node
    }

    /// Frees a node and releases the binaries its copy refers to.
    static func free(_ node: UnsafeMutablePointer<EtsNode>) {
        OffHeapList.releaseAll(node.pointee.offHeap)
        Glibc.free(UnsafeMutableRawPointer(node))
    }
}

extension UnsafeMutablePointer where Pointee == EtsNode {
    /// The stored tuple (valid while the node lives).
    @inline(__always) var object: Term { pointee.object }

    /// Element `keypos` (1-based) of the stored tuple.
    @inline(__always) func key(_ keypos: Int) -> Term { pointee.object.tupleElement(keypos - 1) }

    /// Set while a fixed table keeps a deleted object as a traversal position.
    @inline(__always) var isDeleted: Bool {
        get { pointee.flags & 1 != 0 }
        nonmutating set { pointee.flags = newValue ? pointee.flags | 1 : pointee.flags & ~1 }
    }
}

extension Process {
    /// A copy of a term stored outside the process (a table object), on this process's
    /// heap or in a fragment. The source must stay alive during the call.
    func copyIn(_ term: Term, words: Int) -> Term {
        if term.isImmediate { return term }
        let memory = allocate(words)
        var top = memory
        if memory >= heapStart && memory < heapEnd {
            return TermCopy.copy(term, to: &top, offHeap: &offHeap)
        }
        // `allocate` took the words from the newest fragment, which heads the list.
        return TermCopy.copy(term, to: &top, offHeap: &fragments.unsafelyUnwrapped.pointee.offHeap)
    }

    /// A copy of a stored object on this process's heap.
    @inline(__always) func copyIn(_ node: UnsafeMutablePointer<EtsNode>) -> Term {
        copyIn(node.pointee.object, words: node.pointee.words)
    }

    /// A copy of any term that lives outside this process.
    func copyIn(_ term: Term) -> Term {
        term.isImmediate ? term : copyIn(term, words: TermCopy.words(term))
    }
}
