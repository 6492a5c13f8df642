import Foundation

/// Runs the built `beamr` executable as a subprocess, as a user would.
enum BeamrProcess {
    /// How a run ended.
    struct Result: Sendable {
        var stdout: String
        var stderr: String
        /// The exit status, or the signal number when `signalled`.
        var status: Int32
        /// Killed by a signal (a crash, unless `timedOut`).
        var signalled: Bool
        /// Killed by us because it ran past its time limit.
        var timedOut: Bool
        var elapsed: Duration

        /// A crash: a signal we did not send (trap, abort, segmentation fault).
        var crashed: Bool { signalled && !timedOut }
    }

    /// The `beamr` binary beside the running test bundle (both live in the build products
    /// folder), or the one named by `BEAMR_BINARY`.
    static let executable: String = {
        if let path = ProcessInfo.processInfo.environment["BEAMR_BINARY"] { return path }
        let bundle = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        var directory = bundle.deletingLastPathComponent()
        // On macOS the runner sits inside `X.xctest/Contents/MacOS`.
        while directory.path.contains(".xctest") { directory = directory.deletingLastPathComponent() }
        return directory.appendingPathComponent("beamr").path
    }()

    static var isAvailable: Bool { FileManager.default.isExecutableFile(atPath: executable) }

    /// Runs `beamr arguments...` with standard input closed, killing it after `timeout`.
    static func run(_ arguments: [String], timeout: Duration = .seconds(30),
                    environment: [String: String]? = nil) throws -> Result {
        let scratch = FileManager.default.temporaryDirectory
            .appendingPathComponent("beamr-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let outURL = scratch.appendingPathComponent("stdout"), errURL = scratch.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        // Files rather than pipes: a chatty child can never block on a full pipe.
        let out = try FileHandle(forWritingTo: outURL), err = try FileHandle(forWritingTo: errURL)
        defer {
            try? out.close()
            try? err.close()
        }

        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        // No crash backtraces: symbolicating one takes seconds, and the tests only need the signal.
        var childEnvironment = environment ?? ProcessInfo.processInfo.environment
        childEnvironment["SWIFT_BACKTRACE"] = "enable=no"
        process.environment = childEnvironment
        let finished = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in finished.signal() }
        let clock = ContinuousClock()
        let start = clock.now
        try process.run()
        let seconds = Double(timeout.components.seconds) + Double(timeout.components.attoseconds) / 1e18
        var timedOut = false
        if finished.wait(timeout: .now() + seconds) == .timedOut {
            timedOut = true
            kill(process.processIdentifier, SIGKILL)
            finished.wait()
        }
        process.waitUntilExit()
        let elapsed = clock.now - start
        return Result(
            stdout: String(decoding: (try? Data(contentsOf: outURL)) ?? Data(), as: UTF8.self),
            stderr: String(decoding: (try? Data(contentsOf: errURL)) ?? Data(), as: UTF8.self),
            status: process.terminationStatus,
            signalled: process.terminationReason == .uncaughtSignal,
            timedOut: timedOut,
            elapsed: elapsed)
    }
}
