// `beamr bundle` and running what it writes: the program's arguments and exit status, the
// Gleam build-directory layout, --include, `beamr inspect`, and running with no Erlang
// installation on the path.

import Foundation
import Testing

@Suite struct BundleCommandTests {
    let directory = CommandRunner.temporaryDirectory()

    func bundle(_ arguments: String...) throws -> String {
        let output = directory + "/" + UUID().uuidString.prefix(8)
        let outcome = try CommandRunner.run(CommandRunner.beamr, ["bundle"] + arguments + ["-o", output])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stdout.hasPrefix("wrote \(output): "))
        return output
    }

    @Test func escriptConventionEntry() throws {
        let app = try bundle("ebin/script_args.beam")
        let attributes = try FileManager.default.attributesOfItem(atPath: app)
        #expect((attributes[.posixPermissions] as? Int ?? 0) & 0o111 == 0o111)
        let outcome = try CommandRunner.beamr(app, "0", "two", "--flag")
        #expect(outcome.stdout == "args [\"0\",\"two\",\"--flag\"]\nname \(app)\nenv unset\n")
        #expect(outcome.status == 0)
        #expect(try CommandRunner.beamr(app, "42").status == 42)
    }

    @Test func shebangRunsTheBundleWithoutErlang() throws {
        let app = try bundle("ebin/script_args.beam")
        // Only beamr and the shell's basics on PATH, and no OTP root: the bundle must carry all it needs.
        let environment: [String: String?] = ["PATH": CommandRunner.binDirectory + ":/bin", "BEAMR_OTP_ROOT": nil]
        let outcome = try CommandRunner.run(app, ["5", "x"], in: directory, environment: environment)
        #expect(outcome.stdout == "args [\"5\",\"x\"]\nname \(app)\nenv unset\n")
        #expect(outcome.status == 5)
    }

    @Test func uncaughtExceptionsExitWith127() throws {
        let app = try bundle("ebin/script_crash.beam")
        let outcome = try CommandRunner.beamr(app, "a")
        #expect(outcome.stdout == "before 1\n")
        #expect(outcome.status == 127)
        let name = (app as NSString).lastPathComponent
        #expect(outcome.stderrLines.first?.hasPrefix("\(name): exception error: ") == true)
    }

    @Test func mainZeroSeesThePlainArguments() throws {
        let app = try bundle("ebin/plain_main.beam")
        let outcome = try CommandRunner.beamr(app, "a", "b")
        #expect(outcome.stdout == "plain [\"a\",\"b\"]\n")
        #expect(outcome.status == 0)
    }

    @Test func includeAddsDynamicallyReachedModules() throws {
        let without = try bundle("ebin/dynamic_main.beam")
        let failed = try CommandRunner.beamr(without, "dynamic_target")
        #expect(failed.status == 127)
        #expect(failed.stderr.contains("undef"))
        let with = try bundle("ebin/dynamic_main.beam", "--include", "dynamic_target")
        let outcome = try CommandRunner.beamr(with, "dynamic_target")
        #expect(outcome.stdout == "reached\n")
        #expect(outcome.status == 0)
    }

    @Test func gleamBuildDirectory() throws {
        let app = try bundle("gleam/build/dev/erlang")
        let listing = try CommandRunner.beamr("inspect", app)
        #expect(listing.status == 0)
        #expect(listing.stdout.contains("entry wordcount@@main:run/1, called with the atom wordcount"))
        for module in ["wordcount", "wordcount@report", "mini@list", "mini@string", "mini@io", "mini_stdlib_ffi", "io", "lists"] {
            #expect(listing.stdout.contains("\n  \(module) "), "\(module)")
        }
        // Nothing reaches mini@unused, so it is not packed. (The parser it calls is: starting
        // the application reaches the kernel boot, which reads .app files with file:consult.)
        #expect(!listing.stdout.contains("mini@unused"))
        #expect(listing.stdout.contains("total "))
        // Starting the application needs the resource files of it and of what it depends on.
        for file in ["wordcount.app", "mini_stdlib.app", "kernel.app", "stdlib.app"] {
            #expect(listing.stdout.contains("\n  \(file) "), "\(file)")
        }
        let outcome = try CommandRunner.beamr(app, "the", "quick", "brown", "fox")
        #expect(outcome.stdout == "4 words, longest: quick\n")
        #expect(outcome.stderr == "")
        #expect(outcome.status == 0)
    }

    @Test func gleamPackageMainWithoutTheBuildToolModule() throws {
        let app = try bundle("gleam/build/dev/erlang", "--entry", "wordcount:main/0")
        let outcome = try CommandRunner.beamr(app, "the", "quick", "brown", "fox")
        #expect(outcome.stdout == "4 words, longest: quick\n")
        #expect(outcome.status == 0)
    }

    @Test func bundlingErrors() throws {
        let missing = try CommandRunner.beamr("bundle", "ebin/nope.beam", "-o", directory + "/x")
        #expect(missing.status != 0 && missing.stderrLines.count == 1)
        let badEntry = try CommandRunner.beamr("bundle", "ebin/script_helper.beam", "-o", directory + "/x")
        #expect(badEntry.status != 0)
        #expect(badEntry.stderr.contains("exports neither main/1 nor main/0"))
        let notGleam = try CommandRunner.beamr("bundle", "src", "-o", directory + "/x")
        #expect(notGleam.status != 0 && notGleam.stderrLines.count == 1)
    }
}
