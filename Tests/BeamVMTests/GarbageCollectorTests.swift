import Testing
@testable import BeamVM

/// The generational collector: promotion to the old heap, major collections, refc binaries
/// and heap sizing.
struct GarbageCollectorTests {
    /// x registers for the collector's roots.
    final class Roots {
        let x: UnsafeMutablePointer<Term> = {
            let x = UnsafeMutablePointer<Term>.allocate(capacity: Registers.count)
            x.initialize(repeating: .nil, count: Registers.count)
            return x
        }()
        deinit { x.deallocate() }
    }

    static func isInOldHeap(_ p: Process, _ term: Term) -> Bool {
        guard let start = p.oldStart else { return false }
        let address = term.pointerAddress
        return address >= UInt(bitPattern: start) && address < UInt(bitPattern: p.oldTop!)
    }

    static func integers(_ list: Term) -> [Int]? {
        list.listElements?.map { $0.smallValue }
    }

    @Test func survivorsMoveToTheOldHeapAndStayThere() {
        let p = Process(serial: 1)
        let roots = Roots()
        roots.x[0] = p.list((0..<1000).map { Term.small($0) })
        GarbageCollector.collect(p, need: 0, registers: roots.x, live: 1)
        #expect(p.oldStart == nil)
        _ = p.list((0..<500).map { Term.small($0) })
        GarbageCollector.collect(p, need: 0, registers: roots.x, live: 1)
        #expect(Self.isInOldHeap(p, roots.x[0]))
        let promoted = roots.x[0]
        for _ in 0..<5 {
            _ = p.list((0..<500).map { Term.small($0) })
            GarbageCollector.collect(p, need: 0, registers: roots.x, live: 1)
        }
        #expect(roots.x[0] == promoted)
        #expect(Self.integers(roots.x[0]) == Array(0..<1000))
    }

    @Test func youngDataReferringToOldDataSurvives() {
        let p = Process(serial: 2)
        let roots = Roots()
        roots.x[0] = p.list((0..<100).map { Term.small($0) })
        GarbageCollector.collect(p, need: 0, registers: roots.x, live: 1)
        GarbageCollector.collect(p, need: 0, registers: roots.x, live: 1)
        #expect(Self.isInOldHeap(p, roots.x[0]))
        roots.x[1] = p.tuple(roots.x[0], p.cons(.small(7), roots.x[0]))
        GarbageCollector.collect(p, need: 0, registers: roots.x, live: 2)
        GarbageCollector.collect(p, need: 0, registers: roots.x, live: 2)
        let tuple = roots.x[1]
        #expect(tuple.tupleElement(0) == roots.x[0])
        #expect(tuple.tupleElement(1).head == .small(7))
        #expect(Self.integers(tuple.tupleElement(1).tail) == Array(0..<100))
    }

    @Test func majorCollectionDropsTheOldHeap() {
        let p = Process(serial: 3)
        let roots = Roots()
        roots.x[0] = p.list((0..<300).map { Term.small($0) })
        GarbageCollector.collect(p, need: 0, registers: roots.x, live: 1)
        GarbageCollector.collect(p, need: 0, registers: roots.x, live: 1)
        #expect(p.oldStart != nil)
        p.minorCollections = GarbageCollector.fullsweepAfter
        GarbageCollector.collect(p, need: 10, registers: roots.x, live: 1)
        #expect(p.oldStart == nil)
        #expect(p.minorCollections == 0)
        #expect(p.stackTop - p.heapTop >= 10)
        #expect(Self.integers(roots.x[0]) == Array(0..<300))
    }

    @Test func oldHeapTooSmallForMatureDataForcesAMajorCollection() {
        let p = Process(serial: 4)
        let roots = Roots()
        roots.x[0] = p.list((0..<50).map { Term.small($0) })
        GarbageCollector.collect(p, need: 0, registers: roots.x, live: 1)
        GarbageCollector.collect(p, need: 0, registers: roots.x, live: 1)
        let oldSize = p.oldHeapWords
        // Much more mature data than the old heap can take.
        roots.x[1] = p.list((0..<(oldSize * 2)).map { Term.small($0) })
        GarbageCollector.collect(p, need: 0, registers: roots.x, live: 2)
        GarbageCollector.collect(p, need: 0, registers: roots.x, live: 2)
        #expect(Self.integers(roots.x[0]) == Array(0..<50))
        #expect(Self.integers(roots.x[1]) == Array(0..<(oldSize * 2)))
    }

    @Test func refcBinariesAreReleasedOnlyWhenDead() {
        let p = Process(serial: 5)
        let roots = Roots()
        let (binary, bytes) = p.newBinary(count: 200)
        for i in 0..<200 { bytes[i] = UInt8(i) }
        let storage = BinaryStorage(raw: UnsafeMutableRawPointer(bitPattern: UInt(binary.boxedPointer[2].raw))!)
        storage.retain()
        roots.x[0] = binary
        for _ in 0..<4 {
            _ = p.list((0..<200).map { Term.small($0) })
            GarbageCollector.collect(p, need: 0, registers: roots.x, live: 1)
        }
        #expect(Self.isInOldHeap(p, roots.x[0]))
        #expect(storage.refcount == 2)
        #expect(BitstringView(roots.x[0]).copyBytes() == (0..<200).map { UInt8($0) })
        GarbageCollector.collect(p, need: 0, registers: roots.x, live: 0)
        #expect(storage.refcount == 2)
        p.minorCollections = GarbageCollector.fullsweepAfter
        GarbageCollector.collect(p, need: 0, registers: roots.x, live: 0)
        #expect(storage.refcount == 1)
        storage.release()
    }

    @Test func heapGrowsUnderAllocationAndShrinksBack() {
        let p = Process(serial: 6)
        let roots = Roots()
        roots.x[0] = p.list((0..<20).map { Term.small($0) })
        var largest = 0
        for _ in 0..<200 {
            // Fill the heap and a little more, as a process does before it collects.
            _ = p.list((0..<((p.stackTop - p.heapTop) / 2 + 8)).map { Term.small($0) })
            GarbageCollector.collect(p, need: 0, registers: roots.x, live: 1)
            largest = Swift.max(largest, p.heapSize)
        }
        #expect(largest > 1500)
        #expect(largest < 20000)
        #expect(p.collections == 200)
        #expect(Self.integers(roots.x[0]) == Array(0..<20))
    }

    @Test func heapSizesFollowTheSeries() {
        #expect(GarbageCollector.nextHeapSize(1) == 233)
        #expect(GarbageCollector.nextHeapSize(234) == 377)
        #expect(GarbageCollector.nextHeapSize(4000) == 4181)
        let sizes = GarbageCollector.heapSizes
        for i in 1..<sizes.count { #expect(sizes[i] > sizes[i - 1]) }
    }
}

/// The loader finds operand-kind variants of ops by name.
struct OpVariantTests {
    @Test func variantsAreFoundByName() {
        typealias K = OperandKinds
        #expect(K.op("move", K.add(K.add(0, .x), .x)) == .moveXX)
        #expect(K.op("plus", K.add(K.add(K.add(0, .x), .c), .x)) == .plusXCX)
        #expect(K.op("isLt", K.add(K.add(0, .c), .r)) == .isLtCR)
        #expect(K.op("getTupleElementTwo", K.add(K.add(K.add(0, .r), .r), .r)) == .getTupleElementTwoRRR)
        // Another family, other kinds, or a family that is a prefix of a real one: none.
        #expect(K.op("mov", K.add(K.add(0, .x), .x)) == nil)
        #expect(K.op("move", K.add(K.add(0, .f), .f)) == nil)
        #expect(K.op("plusX", K.add(K.add(0, .c), .x)) == nil)
        #expect(K.ops.count == Op.named.count)
    }
}

/// glibc's `malloc_usable_size` (declared in <malloc.h>, which Swift's Glibc module omits):
/// how many bytes a heap block really holds.
@_silgen_name("malloc_usable_size")
func mallocUsableSize(_ pointer: UnsafeMutableRawPointer?) -> Int

/// Regression tests for the collector's block sizing and register clearing.
@Suite struct GarbageCollectorSizingTests {
    /// A list of `count` small integers, newest first.
    func buildList(_ p: Process, _ count: Int) -> Term {
        var list = Term.nil
        for i in 0..<count {
            let cell = p.allocate(2)
            cell[0] = .small(i)
            cell[1] = list
            list = .list(cell)
        }
        return list
    }

    /// After a collection that finds most of the heap live, `heapSize` doubles past the
    /// current block; the next collection must allocate a block that large before placing
    /// the stack at its end (it used to write the stack past the block).
    @Test func growingHeapKeepsTheStackInsideTheBlock() {
        let p = Process(serial: 11)
        let registers = UnsafeMutablePointer<Term>.allocate(capacity: Registers.count)
        defer { registers.deallocate() }
        registers.initialize(repeating: .nil, count: Registers.count)
        // A frame of 8 words: a zero continuation pointer and seven y registers.
        p.stackTop -= 8
        p.stackTop.initialize(repeating: .nil, count: 8)
        p.stackTop[0] = Term(raw: 0)
        for i in 1..<8 { p.stackTop[i] = .small(100 + i) }
        var expectedLength = 0
        for round in 0..<6 {
            let extra = 120 * (round + 1)
            registers[0] = buildList(p, extra)
            expectedLength = extra
            // The second collection finds nothing new to free and no fragments to add room.
            GarbageCollector.collect(p, need: 4, registers: registers, live: 1)
            GarbageCollector.collect(p, need: 4, registers: registers, live: 1)
            let blockBytes = mallocUsableSize(UnsafeMutableRawPointer(p.heapStart))
            #expect((p.heapEnd - p.heapStart) * MemoryLayout<Term>.stride <= blockBytes,
                    "round \(round): block holds \(blockBytes) bytes, extent is \(p.heapEnd - p.heapStart) words")
            #expect(p.heapTop <= p.stackTop && p.stackTop <= p.heapEnd)
            for i in 1..<8 { #expect(p.stackTop[i] == .small(100 + i)) }
        }
        #expect(registers[0].listElements?.count == expectedLength)
    }

    /// Registers at or above the live count are dead at a collection; they are cleared so
    /// that code with a wrong live count cannot reach into the freed heap through them.
    @Test func deadRegistersAreCleared() {
        let p = Process(serial: 12)
        let registers = UnsafeMutablePointer<Term>.allocate(capacity: Registers.count)
        defer { registers.deallocate() }
        registers.initialize(repeating: .nil, count: Registers.count)
        for i in 0..<4 { registers[i] = buildList(p, 3) }
        GarbageCollector.collect(p, need: 0, registers: registers, live: 2)
        #expect(registers[0].listElements?.count == 3 && registers[1].listElements?.count == 3)
        #expect(registers[2] == .nil && registers[3] == .nil)
    }
}
