// A program's own module files are translated whole when they load (library modules wait for
// their functions' first calls, see LoaderValidationTests): a damaged file is refused.

import BeamTestSupport
import Foundation
import Testing

@Suite struct LazyTranslationTests {
    typealias B = BeamBuilder

    /// `lazy_mod` exports main/0, which returns `ok`, and broken/0, whose body deallocates a
    /// frame it never allocated (the frame check refuses it).
    static func module() -> [UInt8] {
        let code = [1] + B.compact(.u, 1) + [2] + B.compact(.a, 1) + B.compact(.a, 2) + B.compact(.u, 0)
            + [1] + B.compact(.u, 2) + [64] + B.compact(.a, 4) + B.compact(.x, 0) + [19]
            + [1] + B.compact(.u, 3) + [2] + B.compact(.a, 1) + B.compact(.a, 3) + B.compact(.u, 0)
            + [1] + B.compact(.u, 4) + [18] + B.compact(.u, 1) + [19]
            + [3]
        return B.container([
            ("AtU8", B.atomChunk(["lazy_mod", "main", "broken", "ok"])),
            ("Code", B.codeChunk(labels: 5, functions: 2, code)),
            ("StrT", []),
            ("ImpT", B.table([])),
            ("ExpT", B.table([[2, 0, 2], [3, 0, 4]])),
        ])
    }

    func write() -> String {
        let path = CommandRunner.temporaryDirectory() + "/lazy_mod.beam"
        FileManager.default.createFile(atPath: path, contents: Data(Self.module()))
        return path
    }

    /// A program's own file is translated whole when it loads: a damaged one is refused.
    @Test func aProgramsOwnModuleIsCheckedWhole() throws {
        let outcome = try CommandRunner.beamr("run", write())
        #expect(!outcome.crashed)
        #expect(outcome.status != 0)
        #expect(outcome.stdout.isEmpty)
        #expect(outcome.stderr.contains("deallocate 1 with no stack frame in lazy_mod:broken/0"), "\(outcome.stderr)")
    }
}
