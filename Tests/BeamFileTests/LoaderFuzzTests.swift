import BeamTestSupport
import Foundation
import Testing

@testable import BeamFile

/// Thousands of corrupted .beam files (every fixture module, mutated deterministically): the
/// parser must either succeed or throw a `BeamLoadError` with a one-line message naming the
/// chunk and offset. It must never trap and never hang; modules that do parse must also
/// disassemble. Set `BEAMR_FUZZ_VERBOSE=1` to print each mutant before it is tried (to find
/// the one that crashed a run).
@Suite struct LoaderFuzzTests {
    static let mutantsPerModule = Int(ProcessInfo.processInfo.environment["BEAMR_FUZZ_COUNT"] ?? "") ?? 30
    static let verbose = ProcessInfo.processInfo.environment["BEAMR_FUZZ_VERBOSE"] != nil

    /// What happened to one fixture's mutants.
    struct Tally: Sendable {
        var loaded = 0
        var rejected = 0
        var problems: [String] = []
        var slowest: Duration = .zero
    }

    @Test("mutated modules load or fail with a clean error", arguments: Fixtures.modules)
    func mutants(_ fixture: Fixtures.Module) throws {
        let original = try Fixtures.bytes(fixture.beamPath)
        let mutants = BeamMutator.mutants(of: original, seed: BeamMutator.seed(fixture.description),
                                          count: Self.mutantsPerModule)
        #expect(mutants.count >= Self.mutantsPerModule * 8 / 10, "too few mutants for \(fixture)")
        let deadline = Deadline()
        let result = Mutex(Tally())
        let finished = deadline.run(seconds: 60) {
            for mutant in mutants {
                deadline.note(mutant.name)
                if Self.verbose { print("fuzz \(fixture): \(mutant.name)") }
                let tally = Self.check(mutant)
                result.withLock {
                    $0.loaded += tally.loaded
                    $0.rejected += tally.rejected
                    $0.problems += tally.problems.map { "\(fixture) [\(mutant.name)]: \($0)" }
                    $0.slowest = max($0.slowest, tally.slowest)
                }
            }
        }
        #expect(finished, "\(fixture): hung on mutant [\(deadline.lastNote)]")
        let tally = result.withLock { $0 }
        for problem in tally.problems { Issue.record(Comment(rawValue: problem)) }
        // Generous: the point is that nothing hangs, and CI machines can be busy.
        #expect(tally.slowest < .seconds(30), "\(fixture): a mutant took \(tally.slowest)")
        #expect(tally.loaded + tally.rejected == mutants.count || !finished)
    }

    /// Parses one mutant and checks the outcome.
    static func check(_ mutant: BeamMutant) -> Tally {
        var tally = Tally()
        let clock = ContinuousClock()
        let start = clock.now
        do {
            let module = try BeamModule(bytes: mutant.bytes)
            tally.loaded += 1
            _ = Disassembler(module).listing()
        } catch {
            tally.rejected += 1
            let text = error.description
            if text.contains("\n") { tally.problems.append("message is not one line: \(text)") }
            if !text.contains("offset \(error.offset):") { tally.problems.append("message does not name the offset: \(text)") }
            if let chunk = error.chunk, !text.contains("chunk \(chunk)") {
                tally.problems.append("message does not name the chunk: \(text)")
            }
            if error.offset < 0 { tally.problems.append("negative offset: \(text)") }
        }
        tally.slowest = clock.now - start
        return tally
    }

    @Test func mutatorIsDeterministic() throws {
        let fixture = try #require(Fixtures.modules.first)
        let bytes = try Fixtures.bytes(fixture.beamPath)
        let a = BeamMutator.mutants(of: bytes, seed: 7, count: 40), b = BeamMutator.mutants(of: bytes, seed: 7, count: 40)
        #expect(a.map(\.name) == b.map(\.name))
        #expect(a.map(\.bytes) == b.map(\.bytes))
        #expect(Set(a.map(\.bytes)).count > 30, "mutants should differ")
        #expect(!a.contains { $0.bytes == bytes })
    }
}

/// A value behind a lock, shared between the test and its worker thread.
final class Mutex<Value>: @unchecked Sendable {
    // @unchecked: `value` is only touched under `lock`.
    private let lock = NSLock()
    private var value: Value

    init(_ value: Value) { self.value = value }

    func withLock<R>(_ body: (inout Value) -> R) -> R {
        lock.lock()
        defer { lock.unlock() }
        return body(&value)
    }
}
