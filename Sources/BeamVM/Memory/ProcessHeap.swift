// Allocation on a process heap. Instructions that build terms reserve space first
// (`test_heap`, `allocate_heap`), collecting garbage if needed, and then bump `heapTop`.
// Native functions that cannot know their needs in advance call `allocate`, which falls
// back to a heap fragment instead of collecting, so they never see terms move.

/// Heap sizing constants.
public enum ProcessHeap {
    /// Words in a new process's heap block (ERTS's default is 233 words).
    public static let defaultMinimumSize = 233
}

extension Process {
    /// Words of the old heap (0 when there is none).
    var oldHeapWords: Int { oldStart.map { oldEnd.unsafelyUnwrapped - $0 } ?? 0 }

    /// Free words between the heap top and the stack.
    @inline(__always) var freeWords: Int { stackTop - heapTop }

    /// Allocates `words` words without collecting garbage: on the heap when they fit, else
    /// in a new fragment. The result is valid until the next collection.
    @inline(__always)
    public func allocate(_ words: Int) -> UnsafeMutablePointer<Term> {
        if _fastPath(words <= stackTop - heapTop) {
            let result = heapTop
            heapTop += words
            return result
        }
        return allocateFragment(words)
    }

    @inline(never)
    func allocateFragment(_ words: Int) -> UnsafeMutablePointer<Term> {
        if let current = fragments, current.pointee.capacity - current.pointee.used >= words {
            let result = Fragment.words(current) + current.pointee.used
            current.pointee.used += words
            fragmentWords += words
            return result
        }
        let fragment = Fragment.allocate(capacity: max(words, 512))
        fragment.pointee.used = words
        fragment.pointee.next = fragments
        fragments = fragment
        fragmentWords += words
        return Fragment.words(fragment)
    }

    /// Links a refc-binary object allocated at `object` into the off-heap list of the area
    /// that holds it (the heap or the newest fragment).
    func linkOffHeap(_ object: UnsafeMutablePointer<Term>) {
        if object >= heapStart && object < heapEnd {
            OffHeapList.link(object, into: &offHeap)
        } else if let fragment = fragments {
            OffHeapList.link(object, into: &fragment.pointee.offHeap)
        }
    }

    /// Makes sure `need` words are free, collecting garbage when they are not.
    /// `live` x registers are roots. Terms held elsewhere move. Returns false when the heap
    /// outgrew `maxHeapSize`: the process must then stop (`terminationReason` is set).
    @inline(__always)
    func ensureFree(_ need: Int, live: Int, registers: UnsafeMutablePointer<Term>) -> Bool {
        if _slowPath(stackTop - heapTop < need || fragmentWords > 0 && fragmentWords >= freeWords) {
            GarbageCollector.collect(self, need: need, registers: registers, live: live)
            if _slowPath(maxHeapSize > 0 && heapEnd - heapStart + oldHeapWords > maxHeapSize) {
                terminationReason = Atom.killed
                if maxHeapReport { CrashReport.maxHeapSize(self) }
                return false
            }
        }
        return true
    }
}
