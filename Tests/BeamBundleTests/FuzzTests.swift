// Seeded mutations of valid containers: every mutant must either read or fail with an
// ArchiveError; none may trap. Failures print the seed, which reproduces the mutant.

import Testing
@testable import BeamBundle

@Suite struct FuzzTests {
    static func mutate(_ bytes: [UInt8], _ random: inout Seeded) -> [UInt8] {
        var mutant = bytes
        switch random.next() % 5 {
        case 0:  // flip bytes
            for _ in 0..<(1 + Int(random.next() % 8)) where !mutant.isEmpty {
                mutant[Int(random.next() % UInt64(mutant.count))] ^= UInt8(truncatingIfNeeded: random.next() | 1)
            }
        case 1:  // truncate
            mutant = Array(mutant.prefix(Int(random.next() % UInt64(mutant.count + 1))))
        case 2:  // overwrite a 32-bit field with an extreme value
            if mutant.count >= 4 {
                let at = Int(random.next() % UInt64(mutant.count - 3))
                let value: UInt32 = [0, 0xFFFF_FFFF, 0x7FFF_FFFF, 0xFFFF, 1][Int(random.next() % 5)]
                for i in 0..<4 { mutant[at + i] = UInt8(truncatingIfNeeded: value >> (8 * UInt32(i))) }
            }
        case 3:  // delete a range
            if mutant.count > 2 {
                let at = Int(random.next() % UInt64(mutant.count - 1))
                mutant.removeSubrange(at..<min(mutant.count, at + 1 + Int(random.next() % 16)))
            }
        default:  // insert garbage
            let at = Int(random.next() % UInt64(mutant.count + 1))
            mutant.insert(contentsOf: (0..<(1 + random.next() % 16)).map { _ in UInt8(truncatingIfNeeded: random.next()) }, at: at)
        }
        return mutant
    }

    @Test(arguments: 0..<400)
    func mutatedBundles(seed: Int) throws {
        var random = Seeded(state: UInt64(seed))
        let valid = try BundleFormatTests.sample.encoded(level: 1)
        let mutant = Self.mutate(valid, &random)
        do {
            let bundle = try Bundle(bytes: mutant)
            #expect(bundle.modules.count == 3, "seed \(seed)")
            // A damaged entry may only show when it is read.
            for item in bundle.modules + bundle.files { _ = try item.contents() }
        } catch {
            #expect(!error.description.isEmpty, "seed \(seed)")
        }
    }

    @Test(arguments: 0..<400)
    func mutatedZipArchives(seed: Int) {
        var random = Seeded(state: UInt64(seed) &+ 1_000_000)
        let valid = ZipWriter.archive([
            .init(name: "m.beam", contents: Array(repeating: Array("zip fuzzing ".utf8), count: 40).flatMap { $0 }, deflate: true),
            .init(name: "n.beam", contents: Array("stored".utf8), deflate: false),
        ])
        let mutant = Self.mutate(valid, &random)
        do {
            _ = try ZipArchive(bytes: mutant).extractAll()
        } catch {
            #expect(!error.description.isEmpty, "seed \(seed)")
        }
    }

    @Test(arguments: 0..<300)
    func mutatedEscripts(seed: Int) throws {
        var random = Seeded(state: UInt64(seed) &+ 2_000_000)
        let fixture = ["bin/args_zip.escript", "bin/args_beam.escript", "bin/wordcount"][seed % 3]
        let valid = try #require(FixturePaths.read(fixture))
        let mutant = Self.mutate(valid, &random)
        do {
            let program = try EscriptProgram(bytes: mutant, path: "fuzz.escript")
            #expect(!program.modules.isEmpty, "seed \(seed)")
        } catch {
            #expect(!error.description.isEmpty, "seed \(seed)")
        }
    }
}
