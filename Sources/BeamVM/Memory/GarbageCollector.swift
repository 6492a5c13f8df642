// A generational copying collector for one process, after ERTS's.
//
// A process has a young heap (the block that also holds the stack) and, once something has
// survived two collections, an old heap. Everything in the young heap below `highWater`
// has survived one collection already ("mature").
//
// - A minor collection copies live young data (and the fragments) into a new young block
//   with Cheney's algorithm, except mature data, which moves to the old heap (promotion).
//   The old heap is not scanned: terms are immutable, so old data never points to younger
//   data. Afterwards `highWater` is the top of the new young heap.
// - A major collection copies everything live, old heap included, into a new young block
//   and drops the old heap. It runs when the old heap has no room for the mature data, and
//   after `fullsweepAfter` minor collections.
//
// Forwarding: a copied cons cell gets THE_NON_VALUE in its head and the new cons term in its
// tail; a copied boxed object gets the new boxed term in place of its header. Both are
// impossible in live data (heads are never THE_NON_VALUE, headers have primary tag 0).
//
// Sizing (as ERTS): the new young block holds at least the stack and what the young heap
// used before the collection, rounded up to the next heap size, so a process that
// allocates a lot grows its heap and collects less often. When the live data turns out to
// be small next to a large block, it is copied once more into a block three times its size.

import CBeamShims

#if canImport(Glibc)
import Glibc
#endif

public enum GarbageCollector {
    /// Minor collections between two major ones (ERTS's default `fullsweep_after`).
    static let fullsweepAfter = 65535

    /// Heap sizes in words: a Fibonacci-like series from 233 (as ERTS's), then 20% steps.
    static let heapSizes: [Int] = {
        var sizes = [233, 377]
        while sizes[sizes.count - 1] < 1_346_269 { sizes.append(sizes[sizes.count - 1] + sizes[sizes.count - 2]) }
        while sizes[sizes.count - 1] < Int.max / 4 { sizes.append(sizes[sizes.count - 1] / 5 * 6) }
        return sizes
    }()

    /// The smallest heap size of at least `words` words.
    static func nextHeapSize(_ words: Int) -> Int {
        for size in heapSizes where size >= words { return size }
        return words
    }

    /// Collects `process`, keeping `registers[0..<live]` alive, and leaves at least `need`
    /// free words between the heap top and the stack. `registers` is the x register file
    /// (`Registers.count` words); those from `live` up are dead and are cleared, so that code
    /// with a wrong live count finds stale values there rather than pointers into the freed heap.
    static func collect(_ process: Process, need: Int, registers: UnsafeMutablePointer<Term>, live: Int) {
        let stackWords = process.heapEnd - process.stackTop
        let youngUsed = (process.heapTop - process.heapStart) + process.fragmentWords
        let mature = process.highWater - process.heapStart
        var major = process.minorCollections >= fullsweepAfter
        if !major && mature > 0 {
            if process.oldStart == nil {
                let size = nextHeapSize(max(youngUsed, mature))
                let block = UnsafeMutablePointer<Term>.allocate(capacity: size)
                process.oldStart = block
                process.oldTop = block
                process.oldEnd = block + size
            } else if process.oldEnd.unsafelyUnwrapped - process.oldTop.unsafelyUnwrapped < mature {
                major = true
            }
        }

        let oldUsed = process.oldStart.map { process.oldTop.unsafelyUnwrapped - $0 } ?? 0
        let capacity: Int
        if major {
            capacity = nextHeapSize(stackWords + youngUsed + oldUsed + need)
        } else {
            capacity = max(nextHeapSize(stackWords + max(youngUsed, need)), stackWords + youngUsed + need)
        }
        let liveYoung = copyLive(process, into: capacity, major: major, promote: !major, registers: registers, live: live)

        // Grow a block that is more than 75% full, counting the stack, as ERTS does: else a
        // deep stack leaves a young area of constant size, and a body recursion scans its
        // whole stack once per constant amount of allocation. Shrink one that is mostly empty.
        let needAfter = liveYoung + stackWords + need
        let oldSize = process.oldStart.map { process.oldEnd.unsafelyUnwrapped - $0 } ?? 0
        if 4 * needAfter > 3 * capacity {
            _ = copyLive(process, into: nextHeapSize(needAfter / 3 * 4 + 1), major: false, promote: false,
                         registers: registers, live: live)
        } else if capacity > 3000 && 4 * needAfter < capacity && (capacity > 8000 || capacity > oldSize) {
            var wanted = 3 * needAfter
            if wanted * 9 < oldSize { wanted = max(wanted, oldSize / 8) }
            wanted = max(nextHeapSize(wanted), process.minHeapSize)
            if wanted < capacity {
                _ = copyLive(process, into: wanted, major: false, promote: false, registers: registers, live: live)
            }
        }

        process.collections += 1
        process.minorCollections = major ? 0 : process.minorCollections + 1
        RuntimeStatistics.collections.add(1, ordering: .relaxed)
        let usedAfter = liveYoung + (process.oldStart.map { process.oldTop.unsafelyUnwrapped - $0 } ?? 0)
        let usedBefore = youngUsed + oldUsed
        RuntimeStatistics.wordsReclaimed.add(max(usedBefore - usedAfter, 0), ordering: .relaxed)
    }

    /// One copying pass: live data of the young heap and the fragments (and of the old heap
    /// when `major`) into a new young block of `capacity` words, and mature young data into
    /// the old heap when `promote`. Returns the words of live data in the new block.
    static func copyLive(_ process: Process, into capacity: Int, major: Bool, promote: Bool,
                         registers: UnsafeMutablePointer<Term>, live: Int) -> Int {
        let stackWords = process.heapEnd - process.stackTop
        let block = UnsafeMutablePointer<Term>.allocate(capacity: capacity)
        let oldScanStart = promote ? process.oldTop : nil

        var copier = Copier(process: process, top: block, major: major, promote: promote)
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
        // Promoted objects may refer to young ones and the other way round: scan both
        // areas until neither has unscanned objects.
        var youngScan = block
        var oldScan = oldScanStart
        repeat {
            youngScan = copier.scan(from: youngScan, old: false)
            if let start = oldScan { oldScan = copier.scan(from: start, old: true) }
        } while youngScan < copier.top || (oldScan != nil && oldScan.unsafelyUnwrapped < copier.oldTop.unsafelyUnwrapped)

        let liveWords = copier.top - block
        precondition(liveWords + stackWords <= capacity, "live data exceeds the collector's block")
        let stackBase = block + capacity
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
        if major, let old = process.oldStart {
            sweep(process.oldOffHeap)
            old.deallocate()
            process.oldStart = nil
            process.oldTop = nil
            process.oldEnd = nil
            process.oldOffHeap = nil
        } else if promote {
            process.oldTop = copier.oldTop
            process.oldOffHeap = copier.oldOffHeap
        }

        process.heapStart = block
        process.heapTop = copier.top
        process.highWater = copier.top
        process.stackTop = stackBase - stackWords
        process.heapEnd = stackBase
        process.heapSize = capacity
        process.fragments = nil
        process.fragmentWords = 0
        process.offHeap = copier.offHeap
        return liveWords
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

/// The copying state of one pass.
struct Copier {
    /// The young block being collected.
    let youngStart: UInt
    let youngEnd: UInt
    /// Young addresses below this are mature and move to the old heap (`youngStart` when
    /// nothing is promoted).
    let matureEnd: UInt
    /// The old heap's range when it is collected too (major), else empty.
    let oldStart: UInt
    let oldEnd: UInt
    let fragments: UnsafeMutablePointer<FragmentHeader>?
    /// Next free word of the new young block.
    var top: UnsafeMutablePointer<Term>
    /// Next free word of the old heap (promotions), nil when nothing is promoted.
    var oldTop: UnsafeMutablePointer<Term>?
    var offHeap: UnsafeMutablePointer<Term>? = nil
    var oldOffHeap: UnsafeMutablePointer<Term>?

    init(process: Process, top: UnsafeMutablePointer<Term>, major: Bool, promote: Bool) {
        youngStart = UInt(bitPattern: process.heapStart)
        youngEnd = UInt(bitPattern: process.heapEnd)
        matureEnd = promote ? UInt(bitPattern: process.highWater) : youngStart
        if major, let old = process.oldStart {
            oldStart = UInt(bitPattern: old)
            oldEnd = UInt(bitPattern: process.oldTop.unsafelyUnwrapped)
        } else {
            oldStart = 0
            oldEnd = 0
        }
        fragments = process.fragments
        self.top = top
        oldTop = promote ? process.oldTop : nil
        oldOffHeap = major ? nil : process.oldOffHeap
    }

    /// Where an object at `address` goes: 0 stays, 1 new young block, 2 old heap.
    @inline(__always) func destination(_ address: UInt) -> Int {
        if address >= youngStart && address < youngEnd { return address < matureEnd ? 2 : 1 }
        if address >= oldStart && address < oldEnd { return 1 }
        var fragment = fragments
        while let current = fragment {
            if Fragment.contains(current, address) { return 1 }
            fragment = current.pointee.next
        }
        return 0
    }

    /// Returns the new location of a term, copying it (shallowly) if it has not moved yet.
    @inline(__always)
    mutating func evacuate(_ term: Term) -> Term {
        switch term.primaryTag {
        case 1:
            let cell = term.listPointer
            let target = destination(UInt(bitPattern: cell))
            if target == 0 { return term }
            if cell[0].isNone { return cell[1] }
            let copy = target == 1 ? bump(2) : bumpOld(2)
            copy[0] = cell[0]
            copy[1] = cell[1]
            cell[0] = .none
            cell[1] = .list(copy)
            return .list(copy)
        case 2:
            let object = term.boxedPointer
            let target = destination(UInt(bitPattern: object))
            if target == 0 { return term }
            let header = object[0]
            if header.primaryTag == 2 { return header }
            let words = GarbageCollector.objectWords(header)
            let copy = target == 1 ? bump(words) : bumpOld(words)
            copy.update(from: object, count: words)
            if Header.subtag(header) == Subtag.refcBinary.rawValue {
                if target == 1 { OffHeapList.link(copy, into: &offHeap) } else { OffHeapList.link(copy, into: &oldOffHeap) }
            }
            let moved = Term.boxed(copy)
            object[0] = moved
            return moved
        default:
            return term
        }
    }

    @inline(__always) mutating func bump(_ words: Int) -> UnsafeMutablePointer<Term> {
        let result = top
        top += words
        return result
    }

    @inline(__always) mutating func bumpOld(_ words: Int) -> UnsafeMutablePointer<Term> {
        let result = oldTop.unsafelyUnwrapped
        oldTop = result + words
        return result
    }

    /// Cheney scan: evacuates every term field of the objects from `start` up to the end
    /// of the new young block (or of the promoted area when `old`), which moves as objects
    /// are copied. Returns where it stopped.
    mutating func scan(from start: UnsafeMutablePointer<Term>, old: Bool) -> UnsafeMutablePointer<Term> {
        var cursor = start
        while cursor < (old ? oldTop.unsafelyUnwrapped : top) {
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
        return cursor
    }
}
