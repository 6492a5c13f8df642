// Running discovered tests: each in its own process (see ProcessGroup), in parallel on
// every scheduler, with a time limit each and its output captured. As tests finish, a dot
// is written per pass (or, on a terminal, a progress line is redrawn); at the end come the
// failures, in test order, and the summary line. Everything written to standard output
// is the same from run to run for the same results.

import BeamFile
import BeamVM

#if canImport(Glibc)
import Glibc
#endif

/// How one test ended.
struct TestResult {
    /// nil for a pass.
    var failure: FailureReport?
    /// What the test printed.
    var output: String
    var seconds: Double
}

/// Options of a test run.
struct TestOptions {
    var timeoutMilliseconds: Int = 5000
    var concurrency: Int
    /// Colours and the live progress line (standard output is a terminal).
    var terminal: Bool
    /// The project directory that the tests' source paths are relative to.
    var sourceRoot: String?
}

final class TestRunner {
    let tests: [TestCase]
    let options: TestOptions
    private(set) var results: [TestResult?]
    private var passed = 0, failed = 0, finished = 0
    private var lastDraw: UInt64 = 0
    private let style: Style

    init(tests: [TestCase], options: TestOptions) {
        self.tests = tests
        self.options = options
        results = Array(repeating: nil, count: tests.count)
        style = Style(enabled: options.terminal)
    }

    /// Runs every test; returns when all have finished.
    func run(on runtime: Runtime) {
        let group = ProcessGroup(jobs: tests.map { ($0.module, $0.function) }, concurrency: options.concurrency,
                                 timeoutMilliseconds: options.timeoutMilliseconds, captureOutput: true) { [self] end in
            record(end)
        }
        runtime.run(group)
        if options.terminal {
            StandardStreams.write("\r\u{1B}[2K" + style.green(String(repeating: ".", count: passed)), to: 1)
        }
    }

    /// Called once per test on a scheduler thread, one call at a time, with the test's
    /// terms still valid: turns the outcome into text.
    private func record(_ end: JobEnd) {
        let test = tests[end.index]
        var failure: FailureReport?
        let inspect: (Term) -> String = test.isGleam ? { TermPrinter.gleam($0) } : { TermPrinter.format($0) }
        switch end.outcome {
        case .returned:
            break
        case .raised(let kind, let reason, let trace):
            failure = FailureReport(kind: kind, reason: reason, trace: trace, inspect: inspect)
        case .exited(let reason):
            failure = FailureReport(kind: "exit", message: "The test process was stopped by an exit signal: \(inspect(reason))",
                                    file: test.file, line: test.line)
        case .timedOut:
            failure = FailureReport(kind: "timeout", message: "The test did not finish within \(Self.duration(options.timeoutMilliseconds)).",
                                    file: test.file, line: test.line)
        }
        results[end.index] = TestResult(failure: failure, output: String(decoding: end.output, as: UTF8.self),
                                        seconds: Double(end.nanoseconds) / 1e9)
        finished += 1
        if failure == nil { passed += 1 } else { failed += 1 }
        if options.terminal {
            drawProgress(current: test)
        } else if failure == nil {
            StandardStreams.write(".", to: 1)
        }
    }

    /// Redraws the progress line, at most every 50 ms (and for the last test).
    private func drawProgress(current: TestCase) {
        let now = Clock.monotonicNanoseconds()
        guard now - lastDraw > 50_000_000 || finished == tests.count else { return }
        lastDraw = now
        var line = "\r\u{1B}[2K" + style.grey("[\(finished)/\(tests.count)]") + " " + style.green("\(passed) passed")
        if failed > 0 { line += ", " + style.red("\(failed) failed") }
        line += "  " + style.grey(current.name)
        StandardStreams.write(line, to: 1)
    }

    /// The failures and the summary, written after the dots.
    func report() -> String {
        var text = ""
        for (index, result) in results.enumerated() {
            guard let result, let failure = result.failure else { continue }
            let test = tests[index]
            text += "\n" + FailureText.render(failure, label: "test", name: test.name, sourceRoot: options.sourceRoot, style: style)
            if !result.output.isEmpty {
                text += Self.outputLines(result.output, style: style)
            }
        }
        let summary = "\(passed) passed, \(failed) failed"
        text += "\n" + (failed == 0 ? style.green(summary) : style.red(summary)) + "\n"
        return text
    }

    var allPassed: Bool { failed == 0 }

    /// A test's output under an `output` label, continuation lines indented to match.
    static func outputLines(_ output: String, style: Style) -> String {
        var lines = output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        return lines.enumerated().map { $0.offset == 0 ? style.cyan("output") + ": " + $0.element : "        " + $0.element }
            .joined(separator: "\n") + "\n"
    }

    static func duration(_ milliseconds: Int) -> String {
        milliseconds % 1000 == 0 ? "\(milliseconds / 1000) s" : "\(milliseconds) ms"
    }
}
