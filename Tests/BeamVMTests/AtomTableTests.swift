import Testing
@testable import BeamVM

/// Interning atoms: one index per name, names compared by their bytes.
struct AtomTableTests {
    let table = AtomTable.shared

    @Test func internIsStable() throws {
        let first = try #require(table.intern("atom_table_tests_stable"))
        #expect(table.intern("atom_table_tests_stable") == first)
        #expect(table.existing("atom_table_tests_stable") == first)
        #expect(table.name(first).string == "atom_table_tests_stable")
        #expect(table.existing("atom_table_tests_never_interned") == nil)
        #expect(table.intern("false") == 0 && table.intern("true") == 1)
    }

    @Test func theEmptyAtom() throws {
        let empty = try #require(table.intern(""))
        #expect(table.name(empty).count == 0)
        #expect(table.intern("") == empty)
    }

    /// ERTS compares atoms by their characters: a precomposed é and an e with a combining
    /// accent are two atoms, though Swift strings call them equal.
    @Test func namesAreComparedByBytes() throws {
        let precomposed = "atom_table_tests_\u{E9}", combining = "atom_table_tests_e\u{301}"
        #expect(precomposed == combining)
        let a = try #require(table.intern(precomposed)), b = try #require(table.intern(combining))
        #expect(a != b)
        #expect(Array(table.name(a).buffer) == Array(precomposed.utf8))
        #expect(Array(table.name(b).buffer) == Array(combining.utf8))
    }

    /// Enough new atoms to grow the index several times: each is still found.
    @Test func growingKeepsEveryAtom() throws {
        let names = (0..<20_000).map { "atom_table_tests_grow_\($0)" }
        let indexes = names.map { table.intern($0) }
        #expect(Set(indexes).count == names.count)
        for (name, index) in zip(names, indexes) {
            #expect(table.existing(name) == index)
        }
    }
}
