import BeamTestSupport
import Foundation
import Testing

@testable import BeamBundle
@testable import BeamFile
@testable import BeamVM

/// Modules as a bundle stores them (see BeamStrip.forBundle and StoredIndex): the stored
/// index gives the functions that scanning the code gives, the module keeps its MD5 and its
/// literals, and an index that lies about the code is refused, never run.
struct StoredIndexTests {
    static let otpLibrary = "/usr/lib/erlang/lib"

    /// Every module of the installed Erlang/OTP, or none when there is none.
    static func otpModules() -> [String] {
        let files = FileManager.default.enumerator(atPath: otpLibrary)?.compactMap { $0 as? String } ?? []
        return files.filter { $0.hasSuffix(".beam") }.sorted().map { otpLibrary + "/" + $0 }
    }

    /// A module's functions with offsets from the first instruction, for comparing files
    /// whose chunks differ.
    func functions(_ beam: BeamModule) throws -> [[Int]] {
        let index = try #require(beam.deferred?.index)
        let base = index.functions.first?.start ?? 0
        return index.functions.map { [$0.start - base, $0.end - base, $0.name, $0.arity, $0.entryLabel] }
    }

    /// Checks a bundled module against the file it was made from; false when the file has
    /// no index stored (it then loads by scanning).
    @discardableResult
    func checkBundled(_ original: [UInt8], _ name: String) throws -> Bool {
        let bundled = BeamStrip.forBundle(original)
        let chunks = try #require(BeamStrip.chunks(bundled), "\(name)")
        let literals = try #require(chunks.first { $0.id == "LitT" }?.data ?? [0, 0, 0, 0][...])
        #expect(literals.prefix(4).allSatisfy { $0 == 0 }, "\(name): literals are stored uncompressed")
        let scanned = try BeamModule(bytes: original, deferringCode: true)
        let read = try BeamModule(bytes: bundled, deferringCode: true)
        #expect(try functions(read) == functions(scanned), "\(name)")
        #expect(read.deferred?.checksum() == (try BeamModule(bytes: original)).checksum, "\(name): MD5")
        let before = try #require(scanned.deferred?.literals), after = try #require(read.deferred?.literals)
        #expect(try (0..<after.count).map { try after.term($0) } == (0..<before.count).map { try before.term($0) }, "\(name)")
        return chunks.contains { $0.id == StoredIndex.chunkID }
    }

    @Test(arguments: Fixtures.modules)
    func fixtureModules(_ fixture: Fixtures.Module) throws {
        let original = try Fixtures.bytes(fixture.beamPath)
        #expect(try checkBundled(original, fixture.description))
        let beam = try BeamModule(bytes: BeamStrip.forBundle(original), deferringCode: true)
        #expect(throws: Never.self, "\(fixture)") { _ = try ModuleLoader.load(beam, translateAll: true) }
    }

    /// Every module of the installed Erlang/OTP gets an index that agrees with scanning.
    @Test func otpModulesIndexAsScanned() throws {
        var indexed = 0
        let modules = Self.otpModules()
        for path in modules where try checkBundled(try Fixtures.bytes(path), path) { indexed += 1 }
        if modules.isEmpty { print("StoredIndexTests: no Erlang/OTP installation found; skipped") }
        #expect(indexed == modules.count)
    }

    /// A bundled module whose index chunk is replaced by `chunk`.
    func withIndex(_ bundled: [UInt8], _ chunk: [UInt8]) throws -> [UInt8] {
        let chunks = try #require(BeamStrip.chunks(bundled))
        return BeamStrip.assemble(chunks.filter { $0.id != StoredIndex.chunkID } + [(StoredIndex.chunkID, chunk[...])])
    }

    /// An index chunk of `lengths`, the first function starting `first` bytes into the code.
    func indexChunk(first: Int, _ lengths: [Int], version: UInt8 = 1) -> [UInt8] {
        func varint(_ value: Int) -> [UInt8] {
            var bytes: [UInt8] = [], rest = value
            while rest >= 0x80 { bytes.append(UInt8(rest & 0x7F) | 0x80); rest >>= 7 }
            return bytes + [UInt8(rest)]
        }
        return [version] + [UInt8](repeating: 0xAB, count: 16) + varint(lengths.count) + varint(first) + lengths.flatMap(varint)
    }

    @Test func aLyingIndexIsRefused() throws {
        let original = try Fixtures.bytes(Fixtures.root.appendingPathComponent("otp29/otp_records_stdlib/otp_records_stdlib.beam").path)
        let bundled = BeamStrip.forBundle(original)
        let scanned = try #require(try BeamModule(bytes: original, deferringCode: true).deferred?.index)
        let lengths = scanned.functions.map { $0.end - $0.start }
        let first = try #require(try BeamModule(bytes: bundled, deferringCode: true).deferred?.index.functions.first)
        let code = try #require(try BeamModule.chunks(bundled).first { $0.id == "Code" })
        var reader = ByteReader(bundled, from: code.start, to: code.end, chunk: "Code")
        let codeStart = try reader.codeHeader().codeStart
        // The honest index reads back.
        #expect(try functions(BeamModule(bytes: withIndex(bundled, indexChunk(first: first.start - codeStart, lengths)),
                                         deferringCode: true)) == functions(BeamModule(bytes: original, deferringCode: true)))

        func parseError(_ chunk: [UInt8]) throws -> String? {
            let bytes = try withIndex(bundled, chunk)
            do throws(BeamLoadError) {
                _ = try BeamModule(bytes: bytes, deferringCode: true)
                return nil
            } catch {
                #expect(!error.description.contains("\n"))
                return error.description
            }
        }
        let offset = first.start - codeStart
        #expect(try parseError(indexChunk(first: offset, lengths.dropLast())) != nil, "a function missing")
        #expect(try parseError(indexChunk(first: offset, lengths + [4])) != nil, "a function too many")
        #expect(try parseError(indexChunk(first: offset, lengths.dropLast() + [lengths.last! + 100_000])) != nil, "past the code")
        #expect(try parseError(indexChunk(first: offset, lengths, version: 9)) != nil, "unknown version")
        #expect(try parseError(indexChunk(first: offset, lengths) + [0]) != nil, "trailing bytes")
        #expect(try parseError(Array(indexChunk(first: offset, lengths).prefix(20))) != nil, "truncated")

        // Spans that fit the code but cut it in the wrong places parse, and the functions
        // they misplace fail to translate, with a message, when called.
        var shifted = lengths
        shifted[0] += 1
        shifted[1] -= 1
        let beam = try BeamModule(bytes: withIndex(bundled, indexChunk(first: offset, shifted)), deferringCode: true)
        let module = try ModuleLoader.load(beam)
        let failures = (0..<shifted.count).compactMap { module.translator.translate($0) }
        #expect(!failures.isEmpty)
        for failure in failures { #expect(failure.description.hasPrefix("module otp_records_stdlib: "), "\(failure)") }
        #expect(throws: ModuleLoadError.self) { _ = try ModuleLoader.load(beam, translateAll: true) }
    }

    /// Mutated bundled modules load, translating every function, or fail with a one-line
    /// error; never a trap.
    @Test func mutatedBundledModulesNeverCrash() throws {
        var loaded = 0, refused = 0
        for fixture in Fixtures.modules.filter({ $0.release == "otp29" }).prefix(40) {
            let bundled = BeamStrip.forBundle(try Fixtures.bytes(fixture.beamPath))
            let mutants = BeamMutator.mutants(of: bundled, seed: BeamMutator.seed(fixture.description), count: 12)
            for mutant in mutants {
                let message: String
                do throws(BeamLoadError) {
                    let beam = try BeamModule(bytes: mutant.bytes, deferringCode: true)
                    do throws(ModuleLoadError) {
                        _ = try ModuleLoader.load(beam, translateAll: true)
                        loaded += 1
                        continue
                    } catch { message = error.description }
                } catch { message = error.description }
                refused += 1
                #expect(!message.contains("\n"), "\(fixture) [\(mutant.name)]: \(message)")
            }
        }
        #expect(loaded > 0 && refused > 0, "\(loaded) loaded, \(refused) refused")
    }
}
