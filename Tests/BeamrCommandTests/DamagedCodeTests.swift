// Code the compiler never produces but a damaged file may hold, found by the fuzzing of
// mutated fixtures: it must end in an Erlang exception, never in a crash of the VM.

import BeamTestSupport
import Foundation
import Testing

@Suite struct DamagedCodeTests {
    typealias B = BeamBuilder

    /// Runs a module `damaged` whose main/0 has `body` (after its entry label).
    func run(_ body: [UInt8]) throws -> Outcome {
        let path = CommandRunner.temporaryDirectory() + "/damaged.beam"
        let module = B.module(body: body, atoms: ["damaged", "main", "nope"])
        FileManager.default.createFile(atPath: path, contents: Data(module))
        return try CommandRunner.beamr("run", path)
    }

    @Test func matchingOnSomethingOtherThanAMatchContextIsBadarg() throws {
        let nope = [64] + B.compact(.a, 3) + B.compact(.x, 0) // move nope x0
        let cases: [(String, [UInt8])] = [
            ("bs_get_position", nope + [167] + B.compact(.x, 0) + B.compact(.x, 1) + B.compact(.u, 1) + [19]),
            ("bs_set_position", nope + [168] + B.compact(.x, 0) + B.compact(.i, 0) + [19]),
            ("bs_get_tail", nope + [165] + B.compact(.x, 0) + B.compact(.x, 1) + B.compact(.u, 1) + [19]),
        ]
        for (name, body) in cases {
            let outcome = try run(body)
            #expect(!outcome.crashed, "\(name): \(outcome.stderr)")
            #expect(outcome.status == 1, "\(name): \(outcome.stderr)")
            #expect(outcome.stderr.contains("badarg"), "\(name): \(outcome.stderr)")
        }
    }
}
