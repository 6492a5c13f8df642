import Testing

@testable import BeamVM

/// glibc's `malloc_usable_size` (declared in <malloc.h>, which Swift's Glibc module omits):
/// how many bytes a heap block really holds.
@_silgen_name("malloc_usable_size")
func mallocUsableSize(_ pointer: UnsafeMutableRawPointer?) -> Int

/// Regression tests for the copying collector's sizing.
@Suite struct GarbageCollectorTests {
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
        let p = Process(serial: 1)
        let registers = UnsafeMutablePointer<Term>.allocate(capacity: Registers.count)
        defer { registers.deallocate() }
        registers.initialize(repeating: .nil, count: Registers.count)
        p.pushFrame(8, cp: 0)
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
        let p = Process(serial: 2)
        let registers = UnsafeMutablePointer<Term>.allocate(capacity: Registers.count)
        defer { registers.deallocate() }
        registers.initialize(repeating: .nil, count: Registers.count)
        for i in 0..<4 { registers[i] = buildList(p, 3) }
        GarbageCollector.collect(p, need: 0, registers: registers, live: 2)
        #expect(registers[0].listElements?.count == 3 && registers[1].listElements?.count == 3)
        #expect(registers[2] == .nil && registers[3] == .nil)
    }
}
