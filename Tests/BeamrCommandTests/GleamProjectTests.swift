// The Gleam-shaped fixture project (Fixtures/gleam): `beamr run` on the project, on its
// build directory and on single modules, in Gleam's and Erlang's terms; `beamr test`
// natively and through gleeunit. Expectations from real erl are in
// Fixtures/gleam/expected/otpNN (scripts/gleam-fixtures); beamr's own formats (the native
// test runner, Gleam failures of `beamr run` without @@main) in Fixtures/gleam/expected/beamr.

import Foundation
import Testing

@Suite struct GleamProjectTests {
    static let gleam = CommandRunner.repository + "/Fixtures/gleam"
    static let project = gleam + "/shapes"

    /// The OTP generations the project is built with: the build directory and the library
    /// it runs against (as recorded).
    struct Generation: CustomStringConvertible, Sendable {
        var otp: Int
        var build: String { GleamProjectTests.project + (otp == 25 ? "/build/dev/erlang" : "/build-otp29/dev/erlang") }
        var ebin: String { build + "/shapes/ebin" }
        var expected: String { GleamProjectTests.gleam + "/expected/otp\(otp)" }
        var environment: [String: String?] {
            let library = otp == 25 ? "/usr/lib/erlang" : CommandRunner.repository + "/.otp/29/root/usr/lib/erlang"
            return FileManager.default.fileExists(atPath: library) ? ["BEAMR_OTP_ROOT": library] : [:]
        }
        var hasEunit: Bool {
            let library = otp == 25 ? "/usr/lib/erlang" : CommandRunner.repository + "/.otp/29/root/usr/lib/erlang"
            let names = (try? FileManager.default.contentsOfDirectory(atPath: library + "/lib")) ?? []
            return names.contains { $0.hasPrefix("eunit-") }
        }
        var description: String { "otp\(otp)" }
    }

    static let generations = [Generation(otp: 25), Generation(otp: 29)]

    /// What real erl printed for a case: stdout, stderr, status.
    static func expected(_ generation: Generation, _ name: String) -> Outcome {
        let base = generation.expected + "/" + name
        let status = Int32(CommandRunner.read(base + ".status").trimmingCharacters(in: .whitespacesAndNewlines)) ?? -1
        return Outcome(stdout: CommandRunner.read(base + ".stdout"), stderr: CommandRunner.read(base + ".stderr"),
                       status: status, crashed: false)
    }

    static func beamrExpectation(_ name: String) -> String {
        CommandRunner.read(gleam + "/expected/beamr/" + name)
    }

    func beamr(_ generation: Generation, _ arguments: [String], in directory: String = GleamProjectTests.project) throws -> Outcome {
        try CommandRunner.run(CommandRunner.beamr, arguments, in: directory, environment: generation.environment)
    }

    // MARK: - Values in Gleam's and Erlang's terms

    @Test(arguments: generations)
    func valuesInGleamSyntax(_ generation: Generation) throws {
        let outcome = try beamr(generation, ["run", generation.ebin + "/shapes@values.beam"])
        #expect(outcome.stdout == Self.expected(generation, "values_gleam").stdout)
        #expect(outcome.status == 0)
    }

    @Test(arguments: generations)
    func valuesInErlangSyntax(_ generation: Generation) throws {
        let outcome = try beamr(generation, ["run", "--format", "erlang", generation.ebin + "/shapes@values.beam"])
        #expect(outcome.stdout == Self.expected(generation, "values_erlang").stdout)
        #expect(outcome.status == 0)
    }

    @Test func erlangModulesPrintInErlangSyntaxUnlessAsked() throws {
        let module = CommandRunner.repository + "/Fixtures/otp25/str_basics/str_basics.beam"
        guard FileManager.default.fileExists(atPath: module) else { return }
        let erlang = try CommandRunner.beamr("run", module)
        let gleam = try CommandRunner.beamr("run", "--format", "gleam", module)
        #expect(erlang.stdout != gleam.stdout)
        #expect(gleam.status == erlang.status)
    }

    // MARK: - A module of the project run directly: main/0, beamr's own report

    @Test(arguments: generations)
    func mainModuleWithLibrariesOnThePath(_ generation: Generation) throws {
        // The other packages of the build are on the code path: shapes calls gleam_stdlib.
        let outcome = try beamr(generation, ["run", generation.ebin + "/shapes.beam"])
        let expected = Self.expected(generation, "run")
        #expect(outcome.stdout == expected.stdout + "Nil\n")
        #expect(outcome.stderr == expected.stderr)
        #expect(outcome.status == 0)
    }

    @Test(arguments: ["panic", "todo", "let_assert", "assert", "erlang"])
    func gleamFailuresOfAModule(_ kind: String) throws {
        for generation in Self.generations {
            let outcome = try beamr(generation, ["run", generation.ebin + "/shapes@crash.beam", "--", kind])
            #expect(outcome.stdout == "")
            #expect(outcome.stderr == Self.beamrExpectation("crash_\(kind).stderr"), "\(generation)")
            #expect(outcome.status == 1)
        }
    }

    @Test func erlangFormatOfAGleamPanic() throws {
        let generation = Self.generations[0]
        let outcome = try beamr(generation, ["run", "--format", "erlang", generation.ebin + "/shapes@crash.beam", "--", "panic"])
        #expect(outcome.stderr.hasPrefix("** exception error: #{"))
        #expect(outcome.stderr.contains("gleam_error => panic"))
        #expect(outcome.status == 1)
    }

    // MARK: - The project as `gleam run` runs it (<package>@@main)

    @Test(arguments: generations)
    func runTheProject(_ generation: Generation) throws {
        let target = generation.otp == 25 ? Self.project : generation.build
        let outcome = try beamr(generation, ["run", target])
        let expected = Self.expected(generation, "run")
        #expect(outcome.stdout == expected.stdout)
        #expect(outcome.stderr == expected.stderr)
        #expect(outcome.status == expected.status)
    }

    /// The project bundled, run with no Erlang/OTP installation in reach: its @@main starts
    /// the application (kernel, stdlib and the packages' resource files come in the bundle).
    @Test(arguments: generations)
    func runTheProjectBundled(_ generation: Generation) throws {
        let bundle = CommandRunner.temporaryDirectory() + "/shapes"
        let built = try beamr(generation, ["bundle", generation.build, "-o", bundle])
        #expect(built.status == 0, "\(built.stderr)")
        let outcome = try CommandRunner.run(bundle, [], in: Self.project,
                                            environment: ["PATH": CommandRunner.binDirectory + ":/bin",
                                                          "BEAMR_OTP_ROOT": nil])
        let expected = Self.expected(generation, "run")
        #expect(outcome.stdout == expected.stdout)
        #expect(outcome.stderr == expected.stderr)
        #expect(outcome.status == expected.status)
    }

    @Test(arguments: ["panic", "todo", "let_assert", "assert", "erlang"])
    func gleamRunFailures(_ kind: String) throws {
        for generation in Self.generations {
            let outcome = try beamr(generation, ["run", "-m", "shapes/crash", generation.build, "--", kind])
            let expected = Self.expected(generation, "crash_\(kind)")
            #expect(outcome.stderr == expected.stderr, "\(generation)")
            #expect(outcome.status == expected.status)
        }
    }

    @Test func projectWithoutABuild() throws {
        let directory = CommandRunner.temporaryDirectory()
        try "name = \"empty\"\n".write(toFile: directory + "/gleam.toml", atomically: true, encoding: .utf8)
        let run = try CommandRunner.beamr("run", directory)
        #expect(run.status == 2)
        #expect(run.stderr.contains("has not been built"))
        let test = try CommandRunner.beamr("test", directory)
        #expect(test.status == 2)
    }

    // MARK: - beamr test

    @Test(arguments: generations)
    func nativeTestRun(_ generation: Generation) throws {
        let target = generation.otp == 25 ? Self.project : generation.build
        let outcome = try beamr(generation, ["test", target])
        #expect(outcome.stdout == Self.beamrExpectation("test.stdout"))
        #expect(outcome.stderr == "")
        #expect(outcome.status == 1)
    }

    @Test func nativeTestRunIsTheSameEveryTime() throws {
        let generation = Self.generations[0]
        let first = try beamr(generation, ["test", Self.project, "--jobs", "64"])
        let second = try beamr(generation, ["test", Self.project, "--jobs", "1", "--schedulers", "1"])
        #expect(first.stdout == second.stdout)
    }

    @Test func filterSelectsTests() throws {
        let generation = Self.generations[0]
        let passing = try beamr(generation, ["test", Self.project, "--filter", "area_test", "--filter", "parse_square"])
        // rectangle_area_test and total_area_test pass; square_area_test fails; parse_square_test passes.
        #expect(passing.stdout.hasPrefix("...\n"))
        #expect(passing.stdout.hasSuffix("\n3 passed, 1 failed\n"))
        #expect(passing.status == 1)
        let allPass = try beamr(generation, ["test", Self.project, "--filter", "shapes_test."])
        #expect(allPass.stdout == "..\n2 passed, 0 failed\n")
        #expect(allPass.status == 0)
        // Erlang's module names work too.
        let erlangName = try beamr(generation, ["test", Self.project, "--filter", "shapes@values_test.slow"])
        #expect(erlangName.stdout == ".\n1 passed, 0 failed\n")
    }

    @Test func noTests() throws {
        let outcome = try CommandRunner.beamr("test", Self.project, "--filter", "no such test", in: Self.project)
        #expect(outcome.stdout == "No tests found!\n")
        #expect(outcome.status == 1)
    }

    @Test func timeout() throws {
        let outcome = try CommandRunner.beamr("test", Self.project, "--filter", "slow_test", "--timeout", "0.05")
        #expect(outcome.stdout.contains("timeout test/shapes/values_test.gleam:16\n test: shapes/values_test.slow_test\n"))
        #expect(outcome.stdout.contains(" info: The test did not finish within 50 ms.\n"))
        #expect(outcome.stdout.hasSuffix("0 passed, 1 failed\n"))
        #expect(outcome.status == 1)
    }

    @Test func junitReport() throws {
        let report = CommandRunner.temporaryDirectory() + "/report.xml"
        let outcome = try CommandRunner.beamr("test", Self.project, "--junit", report)
        #expect(outcome.status == 1)
        let xml = CommandRunner.read(report)
        #expect(xml.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"beamr test\" tests=\"14\" failures=\"8\" errors=\"0\" time=\""))
        #expect(xml.components(separatedBy: "<testcase ").count - 1 == 14)
        #expect(xml.components(separatedBy: "<failure ").count - 1 == 8)
        #expect(xml.contains("<testsuite name=\"shapes/geometry_test\" tests=\"8\" failures=\"6\" errors=\"0\" skipped=\"0\" time=\""))
        #expect(xml.contains("classname=\"shapes/geometry_test\" name=\"square_area_test\" file=\"test/shapes/geometry_test.gleam\" line=\"16\""))
        #expect(xml.contains("<failure type=\"let assert\" message=\"Pattern match failed, no pattern matched the value.\">let assert test/shapes/geometry_test.gleam:19\n"))
        #expect(xml.contains("<system-out>checking the sum\nof one and one\n</system-out>"))
        #expect(xml.hasSuffix("  </testsuite>\n</testsuites>\n"))
    }

    @Test func plainDirectoryOfModules() throws {
        // A directory of .beam files (not a Gleam build) is its own package: here every
        // module of the build, copied into one folder.
        let directory = CommandRunner.temporaryDirectory()
        let packages = Self.generations[0].build
        for package in try FileManager.default.contentsOfDirectory(atPath: packages) {
            let ebin = packages + "/" + package + "/ebin"
            for file in try FileManager.default.contentsOfDirectory(atPath: ebin) where file.hasSuffix(".beam") {
                try FileManager.default.copyItem(atPath: ebin + "/" + file, toPath: directory + "/" + file)
            }
        }
        #expect(!FileManager.default.fileExists(atPath: directory + "/gleam.toml"))
        let outcome = try CommandRunner.beamr("test", directory, "--filter", "shapes_test")
        #expect(outcome.stdout == "..\n2 passed, 0 failed\n")
        #expect(outcome.status == 0)
    }

    // MARK: - Real gleeunit (through eunit), as `gleam test` runs it

    @Test(arguments: generations)
    func gleeunitThroughEunit(_ generation: Generation) throws {
        guard generation.hasEunit else { return }
        let target = generation.otp == 25 ? Self.project : generation.build
        let outcome = try beamr(generation, ["test", "--gleeunit", target], in: CommandRunner.temporaryDirectory())
        let expected = Self.expected(generation, "test")
        #expect(outcome.stdout == expected.stdout)
        #expect(outcome.status == expected.status)
    }
}
