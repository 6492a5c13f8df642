// `beamr script.escript args...` against what real escript printed for the same script and
// arguments (Fixtures/scripts/expected, recorded by scripts/script-fixtures).

import Foundation
import Testing

struct EscriptCase: CustomTestStringConvertible, Sendable {
    var name: String
    var script: String
    var arguments: [String]
    var testDescription: String { name }

    static var all: [EscriptCase] {
        CommandRunner.read(CommandRunner.scripts + "/cases.txt").split(separator: "\n").compactMap { line in
            let words = line.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
            guard words.count >= 2, !words[0].hasPrefix("#") else { return nil }
            return EscriptCase(name: words[0], script: words[1], arguments: Array(words.dropFirst(2)))
        }
    }
}

@Suite struct EscriptCommandTests {
    @Test(arguments: EscriptCase.all)
    func matchesRealEscript(_ c: EscriptCase) throws {
        let expected = CommandRunner.scripts + "/expected/" + c.name
        let outcome = try CommandRunner.run(CommandRunner.beamr, ["bin/" + c.script] + c.arguments)
        #expect(!outcome.crashed)
        let expectedStatus = Int32(CommandRunner.read(expected + ".status").trimmingCharacters(in: .whitespacesAndNewlines))
        let expectedStderr = CommandRunner.read(expected + ".stderr").split(separator: "\n").first.map(String.init)
        #expect(outcome.stdout == CommandRunner.read(expected + ".stdout"))
        #expect(outcome.status == expectedStatus)
        if let expectedStderr {
            // The report's first line; escript's stack lines name its own frames, beamr's its runner's.
            #expect(outcome.stderrLines.first.map(String.init) == expectedStderr)
        } else {
            #expect(outcome.stderr.isEmpty, "\(outcome.stderr)")
        }
    }

    @Test func runSubcommandRunsEscriptsToo() throws {
        let outcome = try CommandRunner.beamr("run", "bin/args_zip.escript", "--", "3")
        #expect(outcome.stdout.hasPrefix("args [\"3\"]\n"))
        #expect(outcome.status == 3)
    }

    @Test func beamBodyWithoutMainOneRunsAsAProgram() throws {
        let outcome = try CommandRunner.beamr("bin/main0.escript", "x", "y")
        #expect(outcome.stdout == "plain [\"x\",\"y\"]\n{done,2}\n")
        #expect(outcome.status == 0)
    }

    @Test func beamrShebangRunsAnEscript() throws {
        let directory = CommandRunner.temporaryDirectory()
        var bytes = [UInt8](FileManager.default.contents(atPath: CommandRunner.scripts + "/bin/args_zip.escript")!)
        let newline = bytes.firstIndex(of: 10)!
        bytes.replaceSubrange(0..<newline, with: Array("#!/usr/bin/env beamr".utf8))
        let script = directory + "/args_zip.escript"
        FileManager.default.createFile(atPath: script, contents: Data(bytes), attributes: [.posixPermissions: 0o755])
        let path = CommandRunner.binDirectory + ":/usr/bin:/bin"
        let outcome = try CommandRunner.run(script, ["0", "--help", "-x"], in: directory, environment: ["PATH": path])
        #expect(outcome.stdout == "args [\"0\",\"--help\",\"-x\"]\nname \(script)\nenv zipped\n")
        #expect(outcome.status == 0)
    }
}
