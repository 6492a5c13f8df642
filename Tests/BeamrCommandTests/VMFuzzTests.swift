import BeamFile
import BeamTestSupport
import Foundation
import Testing

/// Mutated fixture modules that still parse are loaded and run by `beamr run`: an Erlang
/// exception, a load error or running out of time is fine, a crash (a signal such as a trap
/// or a segmentation fault) is not.
///
/// The programs mutated are the fixtures that pass today, so the set grows as the VM does.
/// `BEAMR_FUZZ_COUNT` sets the number of mutants per program, `BEAMR_FUZZ_SEED` another set
/// of them; `BEAMR_FUZZ_KEEP=DIR` keeps the folders of crashing mutants there.
@Suite struct VMFuzzTests {
    static let mutantsPerProgram = Int(ProcessInfo.processInfo.environment["BEAMR_FUZZ_COUNT"] ?? "") ?? 6
    /// `BEAMR_FUZZ_SEED` picks a different deterministic set of mutants.
    static let seedPrefix = "vm " + (ProcessInfo.processInfo.environment["BEAMR_FUZZ_SEED"] ?? "")
    /// Mutants can loop forever; a short limit keeps the suite fast.
    static let timeout: Duration = .seconds(3)

    /// Mutations that leave a module likely to parse, so that the VM gets to run it.
    static let strategies: [BeamMutator.Strategy] = [.flipBits, .overwriteBytes, .badOpcode, .corruptLiterals, .flipBits,
                                                      .reorderChunks, .duplicateChunk]

    static let programs: [Fixtures.Program] = Fixtures.programs.filter {
        !FixtureRunTests.knownFailures.contains($0.description)
    }

    @Test("mutated programs never crash the VM", arguments: programs)
    func mutatedProgram(_ program: Fixtures.Program) throws {
        try #require(BeamrProcess.isAvailable, "no beamr binary at \(BeamrProcess.executable)")
        let original = try Fixtures.bytes(program.mainBeam)
        let mutants = Self.parsingMutants(of: original, seed: BeamMutator.seed(Self.seedPrefix + program.description))
        #expect(!mutants.isEmpty, "no mutant of \(program) parses")

        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("beamr-fuzz-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: scratch) }
        for (i, mutant) in mutants.enumerated() {
            // Each mutant gets a folder holding it and the program's other modules unchanged.
            let folder = scratch.appendingPathComponent("\(i)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            for file in try FileManager.default.contentsOfDirectory(atPath: program.directory.path) where file.hasSuffix(".beam") {
                try FileManager.default.copyItem(at: program.directory.appendingPathComponent(file),
                                                 to: folder.appendingPathComponent(file))
            }
            let path = folder.appendingPathComponent("\(program.name).beam").path
            try Data(mutant.bytes).write(to: URL(fileURLWithPath: path))
            let result = try BeamrProcess.run(["run", path], timeout: Self.timeout)
            if result.crashed {
                let detail = result.stderr.split(separator: "\n").prefix(3).joined(separator: " | ")
                Issue.record("\(program) [\(mutant.name)]: beamr crashed with signal \(result.status): \(detail)")
                if let keep = ProcessInfo.processInfo.environment["BEAMR_FUZZ_KEEP"] {
                    let target = URL(fileURLWithPath: keep).appendingPathComponent("\(program.release)-\(program.name)-\(i)")
                    try? FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
                    try? FileManager.default.copyItem(at: folder, to: target)
                }
            }
        }
    }

    /// Up to `mutantsPerProgram` mutants that differ from the original and still parse.
    static func parsingMutants(of original: [UInt8], seed: UInt64) -> [BeamMutant] {
        let candidates = BeamMutator.mutants(of: original, seed: seed, count: mutantsPerProgram * 6, strategies: strategies)
        var result: [BeamMutant] = []
        for candidate in candidates where result.count < mutantsPerProgram && candidate.bytes != original {
            if (try? BeamModule(bytes: candidate.bytes)) != nil { result.append(candidate) }
        }
        return result
    }
}
