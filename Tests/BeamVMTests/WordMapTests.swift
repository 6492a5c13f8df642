import Testing

@testable import BeamVM

/// The open-addressing map behind the export table, the BIF registry and the op variants.
@Suite struct WordMapTests {
    @Test func findsWhatWasSetAcrossGrowth() {
        var map = WordMap<Int>()
        // Keys that differ only in high bits, only in low bits, and zero.
        let keys: [UInt64] = (0..<5000).map { UInt64($0) } + (1..<2000).map { UInt64($0) << 42 }
            + (1..<2000).map { UInt64($0) << 21 | 3 }
        for (value, key) in keys.enumerated() { map.set(key, value) }
        #expect(map.count == keys.count)
        for (value, key) in keys.enumerated() { #expect(map[key] == value) }
        #expect(map[UInt64.max] == nil)
        #expect(map[5000] == nil)
    }

    @Test func setReplacesAValue() {
        var map = WordMap<String>(capacity: 1)
        map.set(7, "seven")
        map.set(7, "sept")
        #expect(map.count == 1)
        #expect(map[7] == "sept")
        #expect(map[8] == nil)
    }
}
