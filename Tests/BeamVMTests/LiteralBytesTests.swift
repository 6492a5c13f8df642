import BeamFile
import BeamTestSupport
import Foundation
import Testing

@testable import BeamVM

/// Literals built straight from their bytes equal the ones built through `ExternalTerm`, and
/// malformed bytes are left to that path instead of being misread.
@Suite struct LiteralBytesTests {
    /// Builds literal `index` both ways; nil when the bytes path does not handle it.
    func bothWays(_ table: LiteralTable, _ index: Int) throws -> (direct: Term, decoded: Term, words: Int, expected: Int)? {
        let range = table.ranges[index]
        guard let words = table.bytes.withUnsafeBufferPointer({ LiteralBytes.words($0, range) }) else { return nil }
        let term = try table.term(index)
        let direct = try #require(table.bytes.withUnsafeBufferPointer { bytes in
            LiteralArea(words: words) { sink in LiteralBytes.build(bytes, range, into: &sink).map { [$0] } }
        })
        let decoded = try #require(LiteralArea([term]))
        return (direct.terms[0], decoded.terms[0], words, TermBuilder.words(term))
    }

    func checkAll(_ beam: BeamModule, _ name: String) throws -> Int {
        let table = try #require(beam.deferred).literals
        var handled = 0
        for index in 0..<table.count {
            guard let built = try bothWays(table, index) else { continue }
            #expect(built.words == built.expected, "\(name) literal \(index)")
            #expect(TermOrder.exactlyEqual(built.direct, built.decoded), "\(name) literal \(index)")
            handled += 1
        }
        return handled
    }

    @Test(arguments: Fixtures.modules)
    func fixtureLiterals(_ fixture: Fixtures.Module) throws {
        _ = try checkAll(BeamModule(bytes: Fixtures.bytes(fixture.beamPath), deferringCode: true), fixture.beamPath)
    }

    /// unicode_util's case table: thousands of tuples of integers and lists.
    @Test func unicodeTables() throws {
        let lib = "/usr/lib/erlang/lib"
        guard let stdlib = (try? FileManager.default.contentsOfDirectory(atPath: lib))?.first(where: { $0.hasPrefix("stdlib-") }) else {
            print("LiteralBytesTests: no Erlang/OTP installation found; skipped")
            return
        }
        let beam = try BeamModule(bytes: Fixtures.bytes("\(lib)/\(stdlib)/ebin/unicode_util.beam"), deferringCode: true)
        #expect(try checkAll(beam, "unicode_util") > 1000)
    }

    /// Malformed or unhandled bytes: nil, never a read past the literal.
    @Test func unhandledBytes() {
        let cases: [[UInt8]] = [
            [],
            [131],
            [130, 97, 1], // no version byte
            [131, 104, 3, 97, 1, 97], // truncated tuple
            [131, 108, 0, 0, 0, 2, 97, 1], // list without its second element and tail
            [131, 105, 255, 255, 255, 255], // huge tuple arity
            [131, 107, 0, 5, 65, 66], // string shorter than its length
            [131, 109, 0, 0, 0, 65] + [UInt8](repeating: 0, count: 65), // a binary too large for the heap
            [131, 70, 64, 9, 33, 251, 84, 68, 45, 24], // a float
            [131, 119, 2, 0xC3, 0xA9], // a non-ASCII atom
            [131, 97, 1, 97], // trailing bytes
            [131] + [UInt8](repeating: 104, count: 100).flatMap { [$0, 1] } + [106], // nested too deep
        ]
        for bytes in cases {
            let words = bytes.withUnsafeBufferPointer { LiteralBytes.words($0, 0..<bytes.count) }
            #expect(words == nil, "\(bytes.prefix(12))")
        }
    }
}
