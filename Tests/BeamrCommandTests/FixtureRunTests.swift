import BeamTestSupport
import Foundation
import Testing

/// Runs every fixture program with `beamr run` and compares standard output, standard
/// error and the exit status with what real `erl` produced.
///
/// Programs that do not pass yet are listed in `KnownFailures.txt`; the test asserts that
/// exactly those fail, so a fix must also remove its line and the list only shrinks.
@Suite struct FixtureRunTests {
    static let knownFailuresPath = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().appendingPathComponent("KnownFailures.txt").path

    /// `otpNN/name` entries of KnownFailures.txt (blank lines and `#` comments ignored).
    static let knownFailures: Set<String> = {
        let text = (try? String(contentsOfFile: knownFailuresPath, encoding: .utf8)) ?? ""
        return Set(text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty && !$0.hasPrefix("#") })
    }()

    /// Generous for a debug build on a busy machine: the slowest fixtures take half a minute.
    static let timeout: Duration = .seconds(120)

    @Test("fixture program output matches real erl", arguments: Fixtures.programs)
    func runFixture(_ program: Fixtures.Program) throws {
        try #require(BeamrProcess.isAvailable, "no beamr binary at \(BeamrProcess.executable): run `swift build` first")
        let expected = try ExpectedOutput(program.directory)
        // Expectations are erl's `~p` and exception reports, also for the Gleam-shaped programs
        // that beamr would otherwise print in Gleam's syntax.
        let result = try BeamrProcess.run(["run", "--format", "erlang", program.mainBeam], timeout: Self.timeout,
                                          environment: Self.environment(for: program))
        let mismatch = expected.mismatch(result)
        if Self.knownFailures.contains(program.description) {
            #expect(mismatch != nil, "\(program) passes now: remove it from Tests/BeamrCommandTests/KnownFailures.txt")
        } else if let mismatch {
            Issue.record("\(program): \(mismatch)")
        }
    }

    /// Each generation runs against the OTP library of its own release, as its expected
    /// output was recorded: OTP 25 is the system one, OTP 29 the private one scripts/setup
    /// installs under `.otp/29`.
    static func environment(for program: Fixtures.Program) -> [String: String] {
        var environment = ProcessInfo.processInfo.environment
        let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let library = program.description.hasPrefix("otp29/")
            ? repository.appendingPathComponent(".otp/29/root/usr/lib/erlang").path
            : "/usr/lib/erlang"
        if FileManager.default.fileExists(atPath: library) { environment["BEAMR_OTP_ROOT"] = library }
        return environment
    }

    @Test func knownFailuresNameExistingFixtures() {
        let names = Set(Fixtures.programs.map(\.description))
        for entry in Self.knownFailures.sorted() {
            #expect(names.contains(entry), "KnownFailures.txt lists \(entry), which is not a fixture")
        }
    }
}

/// What real `erl` produced for a fixture: `expected.stdout`, `expected.stderr` (absent
/// when empty) and `expected.status`.
struct ExpectedOutput {
    var stdout: String
    var stderr: String
    var status: Int32

    init(_ directory: URL) throws {
        func read(_ name: String) -> String? {
            try? String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
        }
        stdout = read("expected.stdout") ?? ""
        stderr = read("expected.stderr") ?? ""
        status = Int32((read("expected.status") ?? "0").trimmingCharacters(in: .whitespacesAndNewlines)) ?? -1
    }

    /// A short report of how `result` differs, or nil when it matches.
    func mismatch(_ result: BeamrProcess.Result) -> String? {
        var problems: [String] = []
        if result.timedOut {
            problems.append("timed out after \(result.elapsed)")
        } else if result.signalled {
            problems.append("crashed with signal \(result.status)")
        } else if result.status != status {
            problems.append("exit status \(result.status), expected \(status)")
        }
        if let diff = TextDiff.firstDifference(expected: stdout, actual: result.stdout) {
            problems.append("stdout differs:\n\(diff)")
        }
        if let diff = TextDiff.firstDifference(expected: stderr, actual: result.stderr) {
            problems.append("stderr differs:\n\(diff)")
        }
        return problems.isEmpty ? nil : problems.joined(separator: "\n")
    }
}

/// A compact diff: the first differing line, cut to a window around the first differing
/// character (fixture results are often one long line).
enum TextDiff {
    static let window = 120

    static func firstDifference(expected: String, actual: String) -> String? {
        guard expected != actual else { return nil }
        let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
        var index = 0
        while index < expectedLines.count, index < actualLines.count, expectedLines[index] == actualLines[index] {
            index += 1
        }
        let e = index < expectedLines.count ? Array(expectedLines[index]) : []
        let a = index < actualLines.count ? Array(actualLines[index]) : []
        var column = 0
        while column < e.count, column < a.count, e[column] == a[column] { column += 1 }
        func excerpt(_ line: [Character], present: Bool) -> String {
            guard present else { return "(no line)" }
            if line.isEmpty { return "(empty)" }
            let start = max(0, column - window / 3)
            let end = min(line.count, start + window)
            return (start > 0 ? "…" : "") + String(line[start..<end]) + (end < line.count ? "…" : "")
        }
        return "  line \(index + 1), column \(column + 1):\n"
            + "  - expected: \(excerpt(e, present: index < expectedLines.count))\n"
            + "  + actual:   \(excerpt(a, present: index < actualLines.count))"
    }
}
