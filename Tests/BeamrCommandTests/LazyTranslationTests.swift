// A program's own module files are translated whole when they load (library modules wait for
// their functions' first calls, see LoaderValidationTests): a damaged file is refused.

import BeamTestSupport
import Foundation
import Testing

@Suite struct LazyTranslationTests {
    typealias B = BeamBuilder

    func write() -> String {
        let path = CommandRunner.temporaryDirectory() + "/lazy_mod.beam"
        FileManager.default.createFile(atPath: path, contents: Data(B.moduleWithABrokenFunction("lazy_mod")))
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
