// Heap fragments: blocks of term words outside a process's main heap. BIFs that cannot fit
// their result into the heap allocate one, and senders copy each message into one. The next
// garbage collection copies what is live out of them and frees them.

#if canImport(Glibc)
import Glibc
#endif

/// The header of a heap fragment; `capacity` term words follow it.
///
/// - Invariant: allocated by `Fragment.allocate`, owned by exactly one list (a process's
///   fragments, or a message in flight), freed by `Fragment.free`.
public struct FragmentHeader {
    public var next: UnsafeMutablePointer<FragmentHeader>?
    public var capacity: Int
    public var used: Int
    /// First refc-binary object in this fragment (see `OffHeapList`).
    public var offHeap: UnsafeMutablePointer<Term>?
}

public enum Fragment {
    public static func allocate(capacity: Int) -> UnsafeMutablePointer<FragmentHeader> {
        let bytes = MemoryLayout<FragmentHeader>.stride + max(capacity, 1) * 8
        let raw = malloc(bytes)!
        let header = raw.bindMemory(to: FragmentHeader.self, capacity: 1)
        header.initialize(to: FragmentHeader(next: nil, capacity: capacity, used: 0, offHeap: nil))
        return header
    }

    @inline(__always) public static func words(_ fragment: UnsafeMutablePointer<FragmentHeader>) -> UnsafeMutablePointer<Term> {
        UnsafeMutableRawPointer(fragment + 1).assumingMemoryBound(to: Term.self)
    }

    /// Frees a fragment, releasing the off-heap binaries still linked from it.
    public static func free(_ fragment: UnsafeMutablePointer<FragmentHeader>, releasingBinaries: Bool) {
        if releasingBinaries { OffHeapList.releaseAll(fragment.pointee.offHeap) }
        Glibc.free(UnsafeMutableRawPointer(fragment))
    }

    /// Whether an address lies inside the fragment's words.
    @inline(__always) public static func contains(_ fragment: UnsafeMutablePointer<FragmentHeader>, _ address: UInt) -> Bool {
        let start = UInt(bitPattern: words(fragment))
        return address >= start && address < start + UInt(fragment.pointee.capacity * 8)
    }
}

/// The chain of refc-binary objects that live in one heap area. Each object's third word
/// after the header links to the next object's header (0 ends the chain), so the collector
/// can release the blocks of binaries that died.
public enum OffHeapList {
    @inline(__always) static func next(_ object: UnsafeMutablePointer<Term>) -> UnsafeMutablePointer<Term>? {
        UnsafeMutablePointer(bitPattern: UInt(object[3].raw))
    }

    @inline(__always) static func link(_ object: UnsafeMutablePointer<Term>, into head: inout UnsafeMutablePointer<Term>?) {
        object[3] = Term(raw: UInt64(UInt(bitPattern: head)))
        head = object
    }

    /// Releases every binary block referenced from a chain.
    static func releaseAll(_ head: UnsafeMutablePointer<Term>?) {
        var object = head
        while let current = object {
            object = next(current)
            BinaryStorage(raw: UnsafeMutableRawPointer(bitPattern: UInt(current[2].raw))!).release()
        }
    }
}
