// A program's own module files are translated whole when they load (library modules wait for
// their functions' first calls, see LoaderValidationTests): a damaged file is refused. A
// Gleam build's dependencies are library code.

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

    /// A Gleam build whose program `app` calls `dep_mod:main/0` in a dependency package.
    func gleamBuild(brokenModuleIn package: String) throws -> String {
        let root = CommandRunner.temporaryDirectory() + "/project"
        let build = root + "/build/dev/erlang"
        // app:main() -> dep_mod:main().
        let app = B.container([
            ("AtU8", B.atomChunk(["app", "main", "dep_mod"])),
            ("Code", B.codeChunk(labels: 3, functions: 1, B.functionCode([78] + B.compact(.u, 0) + B.compact(.u, 0)))),
            ("StrT", []),
            ("ImpT", B.table([[3, 2, 0]])),
            ("ExpT", B.table([[2, 0, 2]])),
        ])
        for (package, module, bytes) in [("app", "app", app), (package, "dep_mod", B.moduleWithABrokenFunction("dep_mod"))] {
            try FileManager.default.createDirectory(atPath: "\(build)/\(package)/ebin", withIntermediateDirectories: true)
            FileManager.default.createFile(atPath: "\(build)/\(package)/ebin/\(module).beam", contents: Data(bytes))
        }
        FileManager.default.createFile(atPath: root + "/gleam.toml", contents: Data("name = \"app\"\n".utf8))
        return root
    }

    /// A dependency's module is translated function by function, as a library's: the
    /// program runs the function that translates.
    @Test func aDependencysModuleIsTranslatedByFunction() throws {
        let outcome = try CommandRunner.beamr("run", gleamBuild(brokenModuleIn: "dep"))
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stdout.contains("ok"), "\(outcome.stdout)")
    }

    /// The same damaged module in the program's own package is refused when it loads.
    @Test func theProgramsPackageIsCheckedWhole() throws {
        let outcome = try CommandRunner.beamr("run", gleamBuild(brokenModuleIn: "app"))
        #expect(!outcome.crashed)
        #expect(outcome.status != 0)
        #expect(outcome.stderr.contains("deallocate 1 with no stack frame in dep_mod:broken/0"), "\(outcome.stderr)")
    }
}
