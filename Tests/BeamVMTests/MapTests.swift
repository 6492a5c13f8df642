import Testing
@testable import BeamVM

/// A deterministic random source for the map tests.
struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Both hashing generations share one global switch, so these tests run one at a time.
@Suite(.serialized)
struct MapTests {
    /// A key of one of several kinds, numbered so the reference can tell keys apart.
    static func key(_ p: Process, _ n: Int) -> Term {
        switch n % 4 {
        case 0: return .small(n)
        case 1: return p.tuple(.small(n), .nil)
        case 2: return p.binary(Array("key\(n)".utf8))
        default: return p.float(Double(n) + 0.5)
        }
    }

    /// The order a trie iterates in: by hash nibbles, lowest level first.
    static func hashOrder(_ a: Term, _ b: Term) -> Bool {
        for level in 0..<16 {
            let x = MapHash.bits(a, level: level) & 0xF, y = MapHash.bits(b, level: level) & 0xF
            if x != y { return x < y }
        }
        return TermOrder.compare(a, b, exact: true) < 0
    }

    func check(_ map: Term, against reference: [Int: Int], _ p: Process) {
        #expect(MapOps.size(map) == reference.count)
        #expect(MapOps.isFlat(map) == (reference.count <= MapOps.flatLimit))
        for (n, value) in reference {
            #expect(MapOps.get(map, Self.key(p, n)) == .small(value))
        }
        #expect(MapOps.get(map, Self.key(p, 1_000_000)).isNone)
        let keys = MapOps.entries(map).map(\.key)
        #expect(keys.count == reference.count)
        if !MapOps.isFlat(map) {
            for i in 1..<keys.count { #expect(Self.hashOrder(keys[i - 1], keys[i])) }
        }
    }

    // OTP 25's hashing is exercised by the map fixtures of that generation: the hashing
    // generation is process-wide, and tests run concurrently.
    @Test func randomInsertRemove() {
        let p = Process(serial: 1)
        var random = SplitMix(state: 29)
        var reference: [Int: Int] = [:]
        var map = MapOps.make(p, [])
        for step in 0..<3000 {
            let n = Int(random.next() % 400)
            if random.next() % 3 == 0 {
                map = MapOps.remove(p, map, Self.key(p, n))
                reference[n] = nil
            } else {
                map = MapOps.put(p, map, Self.key(p, n), .small(step))
                reference[n] = step
            }
            if step % 97 == 0 { check(map, against: reference, p) }
        }
        check(map, against: reference, p)
        // The same keys in another order give an equal map of the same shape.
        let rebuilt = MapOps.make(p, reference.map { (Self.key(p, $0.key), Term.small($0.value)) })
        #expect(TermOrder.exactlyEqual(map, rebuilt))
        #expect(MapOps.entries(map).map(\.key.raw).count == MapOps.entries(rebuilt).count)
        if !MapOps.isFlat(map) { #expect(MapOps.trieEqual(map, rebuilt, exact: true)) }
    }

    @Test func shrinksToFlatAtThirtyTwo() {
        let p = Process(serial: 2)
        var map = MapOps.make(p, (0..<33).map { (Term.small($0), Term.small($0)) })
        #expect(!MapOps.isFlat(map))
        map = MapOps.remove(p, map, .small(7))
        #expect(MapOps.isFlat(map))
        #expect(MapOps.entries(map).map(\.key.smallValue) == (0..<33).filter { $0 != 7 })
        map = MapOps.put(p, map, .small(7), .nil)
        #expect(!MapOps.isFlat(map))
    }

    @Test func integersAndFloatsAreDistinctKeys() {
        let p = Process(serial: 3)
        var pairs = (0..<40).map { (Term.small($0), Term.small($0)) }
        pairs.append((p.float(1.0), .nil))
        let map = MapOps.make(p, pairs)
        #expect(MapOps.size(map) == 41)
        #expect(MapOps.get(map, .small(1)) == .small(1))
        #expect(MapOps.get(map, p.float(1.0)) == .nil)
    }

    @Test func survivesGarbageCollection() {
        let p = Process(serial: 4)
        let registers = UnsafeMutablePointer<Term>.allocate(capacity: Registers.count)  // the collector clears the dead ones
        defer { registers.deallocate() }
        var map = MapOps.make(p, [])
        for i in 0..<2000 {
            map = MapOps.put(p, map, Self.key(p, i), .small(i))
            if i % 500 == 0 { _ = p.list((0..<200).map { Term.small($0) }) }
        }
        registers[0] = map
        GarbageCollector.collect(p, need: 0, registers: registers, live: 1)
        map = registers[0]
        #expect(MapOps.size(map) == 2000)
        for i in 0..<2000 { #expect(MapOps.get(map, Self.key(p, i)) == .small(i)) }
        registers[0] = MapOps.remove(p, map, Self.key(p, 5))
        GarbageCollector.collect(p, need: 0, registers: registers, live: 1)
        #expect(MapOps.size(registers[0]) == 1999)
        #expect(MapOps.get(registers[0], Self.key(p, 5)).isNone)
        #expect(MapOps.get(registers[0], Self.key(p, 6)) == .small(6))
    }

    @Test func legacyHashOfSmallIntegersMatchesErts() {
        // Slots of 1..5 in a 33-key map on OTP 25 (from erts_internal:map_hashmap_children/1).
        #expect(MapHash.bits(.small(16), level: 0, legacy: true) & 0xF == 0)
        #expect(MapHash.bits(.small(33), level: 0, legacy: true) & 0xF == 15)
        #expect(MapHash.bits(.small(12), level: 0, legacy: true) & 0xF == 15)
    }

    @Test func modernHashOfSmallIntegersMatchesErts() {
        #expect(MapHash.bits(.small(18), level: 0) & 0xF == 0)
        #expect(MapHash.bits(.small(39), level: 0) & 0xF == 15)
    }
}
