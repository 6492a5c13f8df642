import ArgumentParser
import BeamFile
import BeamBundle
import BeamVM

/// `beamr inspect`: shows what a `.beam` file holds, or checks that files load.
struct Inspect: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show a .beam file's module, exports, imports, attributes and disassembly, or what a bundle or escript holds.",
        discussion: "With --check, load every .beam under the given directories and report failures."
    )

    @Flag(help: "Load every .beam file under the given directories; print one line per failure and a summary.")
    var check = false

    @Argument(help: "The .beam files (or, with --check, directories) to read.")
    var paths: [String]

    func run() throws {
        if check {
            let failures = try CheckCommand.run(paths)
            if failures > 0 { throw ExitCode(1) }
            return
        }
        var failed = false
        for path in paths {
            if let bytes = try? FileSystem.readFile(path), let listing = ContainerListing.describe(path: path, bytes: bytes) {
                switch listing {
                case .success(let text): print(text, terminator: "")
                case .failure(let error):
                    printError("beamr: \(path): \(error)")
                    failed = true
                }
                continue
            }
            do {
                let module = try BeamFileReader.load(path)
                print(Disassembler(module).listing(), terminator: "")
            } catch {
                printError("beamr: \(error)")
                failed = true
            }
        }
        if failed { throw ExitCode(1) }
    }
}
