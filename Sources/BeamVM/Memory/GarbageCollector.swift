// A copying collector for one process (Cheney's algorithm). Live terms reachable from the
// roots (x registers, the stack, the dictionary, pending exception terms) are copied out
// of the heap block and the fragments into a new block; everything else is dropped.
//
// Forwarding: a copied cons cell gets THE_NON_VALUE in its head and the new cons term in
// its tail; a copied boxed object gets the new boxed term in place of its header. Both are
// impossible in live data (heads are never THE_NON_VALUE, headers have primary tag 0).
//
// Sizing: the new block is large enough for everything that could be live; the stack is
// then placed at `heapSize` words (or just above the live data, if that is more), so the
// process sees `heapSize` words until its next collection. `heapSize` grows when more than
// 3/4 of it is live and shrinks when less than 1/8 is, like ERTS's heap sizing.

import CBeamShims

#if canImport(Glibc)
import Glibc
#endif

public enum GarbageCollector {
    /// Collects `process`, keeping `registers[0..<live]` alive, and leaves at least `need`
    /// free words. `registers` is the x register file (`Registers.count` words); those from
    /// `live` up are dead and are cleared, so that code with a wrong live count finds stale
    /// values there rather than pointers into the freed heap.
    static func collect(_ process: Process, need: Int, registers: UnsafeMutablePointer<Term>, live: Int) {
        let stackWords = process.heapEnd - process.stackTop
        // Live heap data is at most what is used plus the fragments, and used + stack fits
        // the old extent, so this capacity always suffices (and it covers `heapSize`, where
        // the stack is placed when live data is small).
        let capacity = max(process.heapEnd - process.heapStart, process.heapSize) + process.fragmentWords + need
        let block = UnsafeMutablePointer<Term>.allocate(capacity: capacity)

        var copier = Copier(process: process, top: block)
        for i in 0..<live { registers[i] = copier.evacuate(registers[i]) }
        for i in live..<Registers.count { registers[i] = .nil }
        // Stack words are updated in place (CPs, primary tag 0, are not terms) and moved
        // once the size of the live heap is known.
        for i in 0..<stackWords where process.stackTop[i].primaryTag != 0 {
            process.stackTop[i] = copier.evacuate(process.stackTop[i])
        }
        for i in process.dictionary.indices { process.dictionary[i] = copier.evacuate(process.dictionary[i]) }
        if !process.exceptionReason.isNone { process.exceptionReason = copier.evacuate(process.exceptionReason) }
        if !process.exceptionTrace.isNone { process.exceptionTrace = copier.evacuate(process.exceptionTrace) }
        if !process.exceptionTopArgs.isNone { process.exceptionTopArgs = copier.evacuate(process.exceptionTopArgs) }
        if !process.exceptionErrorInfo.isNone { process.exceptionErrorInfo = copier.evacuate(process.exceptionErrorInfo) }
        if !process.exceptionBifLocation.isNone { process.exceptionBifLocation = copier.evacuate(process.exceptionBifLocation) }
        if let bif = process.exceptionBif {
            process.exceptionBif = (bif.module, bif.function, copier.evacuate(bif.arguments), bif.errorInfo)
        }
        copier.scan(from: block)

        let liveWords = copier.top - block
        let required = liveWords + stackWords + need
        let usedBefore = (process.heapTop - process.heapStart) + process.fragmentWords
        let extent = max(process.heapSize, required)
        precondition(extent <= capacity, "heap extent exceeds the collector's block")
        let stackBase = block + extent
        (stackBase - stackWords).update(from: process.stackTop, count: stackWords)

        // Release binaries whose refc objects died, then free the old areas.
        sweep(process.offHeap)
        var fragment = process.fragments
        while let current = fragment {
            fragment = current.pointee.next
            sweep(current.pointee.offHeap)
            Fragment.free(current, releasingBinaries: false)
        }
        process.heapStart.deallocate()

        process.heapStart = block
        process.heapTop = copier.top
        process.stackTop = stackBase - stackWords
        process.heapEnd = stackBase
        process.fragments = nil
        process.fragmentWords = 0
        process.offHeap = copier.offHeap
        process.collections += 1
        RuntimeStatistics.collections.add(1, ordering: .relaxed)
        RuntimeStatistics.wordsReclaimed.add(max(usedBefore - liveWords, 0), ordering: .relaxed)

        let size = process.heapSize
        if required * 4 > size * 3 {
            process.heapSize = max(size * 2, required * 2)
        } else if required * 8 < size && size > process.minHeapSize {
            process.heapSize = max(process.minHeapSize, required * 2)
        }
    }

    /// Releases the binary blocks of refc objects in an old list that were not copied.
    static func sweep(_ head: UnsafeMutablePointer<Term>?) {
        var object = head
        while let current = object {
            object = OffHeapList.next(current)
            if current[0].primaryTag == 0 {
                BinaryStorage(raw: UnsafeMutableRawPointer(bitPattern: UInt(current[2].raw))!).release()
            }
        }
    }

    /// The number of words an object occupies, from its header.
    @inline(__always) static func objectWords(_ header: Term) -> Int {
        Header.payload(header) + 1
    }
}

/// The copying state of one collection.
struct Copier {
    let heapStart: UInt
    let heapEnd: UInt
    let fragments: UnsafeMutablePointer<FragmentHeader>?
    var top: UnsafeMutablePointer<Term>
    var offHeap: UnsafeMutablePointer<Term>? = nil

    init(process: Process, top: UnsafeMutablePointer<Term>) {
        heapStart = UInt(bitPattern: process.heapStart)
        heapEnd = UInt(bitPattern: process.heapEnd)
        fragments = process.fragments
        self.top = top
    }

    /// Whether an object at `address` is in the area being collected.
    @inline(__always) func isCollected(_ address: UInt) -> Bool {
        if address >= heapStart && address < heapEnd { return true }
        var fragment = fragments
        while let current = fragment {
            if Fragment.contains(current, address) { return true }
            fragment = current.pointee.next
        }
        return false
    }

    /// Returns the new location of a term, copying it (shallowly) if it has not moved yet.
    @inline(__always)
    mutating func evacuate(_ term: Term) -> Term {
        switch term.primaryTag {
        case 1:
            let cell = term.listPointer
            guard isCollected(UInt(bitPattern: cell)) else { return term }
            if cell[0].isNone { return cell[1] }
            let copy = top
            top += 2
            copy[0] = cell[0]
            copy[1] = cell[1]
            cell[0] = .none
            cell[1] = .list(copy)
            return .list(copy)
        case 2:
            let object = term.boxedPointer
            guard isCollected(UInt(bitPattern: object)) else { return term }
            let header = object[0]
            if header.primaryTag == 2 { return header }
            let words = GarbageCollector.objectWords(header)
            let copy = top
            top += words
            copy.update(from: object, count: words)
            if Header.subtag(header) == Subtag.refcBinary.rawValue { OffHeapList.link(copy, into: &offHeap) }
            let moved = Term.boxed(copy)
            object[0] = moved
            return moved
        default:
            return term
        }
    }

    /// Cheney scan: evacuates every term field of the objects copied so far, until no
    /// uncopied object is reachable.
    mutating func scan(from start: UnsafeMutablePointer<Term>) {
        var cursor = start
        while cursor < top {
            let word = cursor[0]
            if word.primaryTag != 0 {
                // A cons cell: both words are terms.
                cursor[0] = evacuate(word)
                cursor[1] = evacuate(cursor[1])
                cursor += 2
                continue
            }
            let words = GarbageCollector.objectWords(word)
            switch Header.subtag(word) {
            case Subtag.tuple.rawValue, Subtag.map.rawValue:
                for i in 1..<words { cursor[i] = evacuate(cursor[i]) }
            case Subtag.closure.rawValue:
                for i in 2..<max(words, 2) { cursor[i] = evacuate(cursor[i]) }
            case Subtag.subBinary.rawValue:
                cursor[3] = evacuate(cursor[3])
            case Subtag.matchContext.rawValue:
                cursor[1] = evacuate(cursor[1])
            default:
                break
            }
            cursor += words
        }
    }
}
