import BeamTestSupport
import Foundation
import Testing

/// `beamr inspect` and the command line's error reporting, through the built binary.
@Suite struct InspectCommandTests {
    static let systemOTP = "/usr/lib/erlang/lib"
    /// The private OTP that scripts/setup installs (present on development machines).
    static let privateOTP = Fixtures.root.deletingLastPathComponent().appendingPathComponent(".otp/29/root/usr/lib/erlang/lib").path

    func beamr(_ arguments: String...) throws -> BeamrProcess.Result {
        try #require(BeamrProcess.isAvailable, "no beamr binary at \(BeamrProcess.executable)")
        return try BeamrProcess.run(arguments, timeout: .seconds(120))
    }

    /// The summary line of `--check`: `N files, L loaded, F failed (T ms)`.
    func summary(_ output: String) -> (files: Int, loaded: Int, failed: Int)? {
        guard let line = output.split(separator: "\n").last else { return nil }
        let numbers = line.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
        guard numbers.count >= 3, line.contains("files,"), line.hasSuffix(" ms)") else { return nil }
        return (numbers[0], numbers[1], numbers[2])
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: systemOTP), "Erlang/OTP is not installed"))
    func checkLoadsTheInstalledOTPLibrary() throws {
        let result = try beamr("inspect", "--check", Self.systemOTP)
        #expect(result.status == 0, "\(result.stdout.suffix(2000))")
        let counts = try #require(summary(result.stdout), "no summary in \(result.stdout.suffix(500))")
        #expect(counts.files > 200 && counts.loaded == counts.files && counts.failed == 0)
        #expect(!result.stdout.contains("FAIL"))
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: privateOTP), "the private OTP 29 is not installed"))
    func checkLoadsThePrivateOTP29Library() throws {
        let result = try beamr("inspect", "--check", Self.privateOTP)
        #expect(result.status == 0, "\(result.stdout.suffix(2000))")
        let counts = try #require(summary(result.stdout))
        #expect(counts.files > 200 && counts.failed == 0)
    }

    @Test func checkReportsEachFailureAndMissingPaths() throws {
        let good = Fixtures.root.appendingPathComponent("otp25/arith_basic/arith_basic.beam").path
        let source = Fixtures.root.appendingPathComponent("programs/arith_basic.erl").path
        let result = try beamr("inspect", "--check", good, source, "/nonexistent/beamr-test")
        #expect(result.status == 1)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.filter { $0.hasPrefix("FAIL ") }.count == 2)
        #expect(lines.contains { $0.hasPrefix("FAIL \(source): offset 0: not a BEAM file") })
        #expect(lines.contains("FAIL /nonexistent/beamr-test: no such file or directory"))
        let counts = try #require(summary(result.stdout))
        #expect(counts == (2, 1, 1))
    }

    @Test func inspectShowsTheModule() throws {
        let path = Fixtures.root.appendingPathComponent("otp29/gleam_json/gleam_json@encode.beam").path
        let result = try beamr("inspect", path)
        #expect(result.status == 0 && result.stderr.isEmpty)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        func has(_ line: String) -> Bool { lines.contains(line) }
        func hasPrefix(_ prefix: String) -> Bool { lines.contains { $0.hasPrefix(prefix) } }
        #expect(lines.first == "{module, gleam_json@encode}.")
        #expect(hasPrefix("{exports, [{array,2},"))
        #expect(lines.contains { $0.hasPrefix("{imports, [") && $0.contains("{erlang,get_module_info,1}") })
        #expect(hasPrefix("{attributes, [{vsn,["))
        #expect(hasPrefix("{compile_info, [{version,\""))
        #expect(hasPrefix("{labels, 62}."))
        #expect(has("{function, to_string, 1, 20}."))
        #expect(has("  {label,1}."))
        #expect(has("    {func_info,{atom,gleam_json@encode},{atom,to_string},1}."))
        #expect(has("    {call_ext_last,1,{extfunc,erlang,iolist_to_binary,1},0}."))
        #expect(has("    return."))
        #expect(lines.count > 100)
    }

    @Test func inspectSeveralFiles() throws {
        let a = Fixtures.root.appendingPathComponent("otp25/arith_basic/arith_basic.beam").path
        let b = Fixtures.root.appendingPathComponent("otp29/map_basic/map_basic.beam").path
        let result = try beamr("inspect", a, b)
        #expect(result.status == 0)
        #expect(result.stdout.contains("{module, arith_basic}.") && result.stdout.contains("{module, map_basic}."))
    }

    // MARK: - Errors: one line on standard error, a non-zero exit status

    static func oneLineError(_ result: BeamrProcess.Result, mentioning text: String) {
        #expect(result.status != 0 && !result.signalled)
        #expect(result.stdout.isEmpty)
        let lines = result.stderr.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == 2 && lines[1].isEmpty, "not one line: \(result.stderr)")
        #expect(result.stderr.hasPrefix("beamr: ") && result.stderr.contains(text), "\(result.stderr)")
    }

    @Test func missingFile() throws {
        Self.oneLineError(try beamr("inspect", "/nonexistent/x.beam"), mentioning: "/nonexistent/x.beam")
        Self.oneLineError(try beamr("run", "/nonexistent/x.beam"), mentioning: "/nonexistent/x.beam")
    }

    @Test func notABeamFile() throws {
        let source = Fixtures.root.appendingPathComponent("programs/arith_basic.erl").path
        Self.oneLineError(try beamr("inspect", source), mentioning: "not a BEAM file")
        Self.oneLineError(try beamr("run", source), mentioning: "not a BEAM file")
    }

    @Test func truncatedBeamFile() throws {
        let bytes = try Fixtures.bytes(Fixtures.root.appendingPathComponent("otp25/arith_basic/arith_basic.beam").path)
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("beamr-truncated-\(UUID().uuidString).beam").path
        try Data(bytes.prefix(bytes.count / 2)).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        Self.oneLineError(try beamr("inspect", path), mentioning: "truncated")
    }

    @Test func versionAndHelp() throws {
        let version = try beamr("--version")
        #expect(version.status == 0 && !version.stdout.isEmpty)
        let help = try beamr("inspect", "--help")
        #expect(help.status == 0 && help.stdout.contains("--check"))
    }
}
