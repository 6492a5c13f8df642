// Runs the built `beamr` executable (it sits beside the test bundle in the build folder)
// the way a user or the kernel would, and captures what it prints.

import Foundation

struct Outcome {
    var stdout: String
    var stderr: String
    var status: Int32
    /// True when the process died of a signal (a crash), not an exit.
    var crashed: Bool

    var stderrLines: [Substring] { stderr.split(separator: "\n", omittingEmptySubsequences: true) }
}

enum CommandRunner {
    /// The build folder holding `beamr`.
    static var binDirectory: String {
        let executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().path
        var directory = (executable as NSString).deletingLastPathComponent
        // Linux test bundles are `<build>/debug/<name>.xctest`, a file beside beamr.
        while !FileManager.default.isExecutableFile(atPath: directory + "/beamr"), directory != "/" {
            directory = (directory as NSString).deletingLastPathComponent
        }
        return directory
    }

    static var beamr: String { binDirectory + "/beamr" }

    static var repository: String {
        var path = #filePath
        for _ in 0..<3 { path = (path as NSString).deletingLastPathComponent }
        return path
    }

    static var scripts: String { repository + "/Fixtures/scripts" }

    /// A fresh temporary directory.
    static func temporaryDirectory() -> String {
        let path = NSTemporaryDirectory() + "beamr-cli-" + UUID().uuidString
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// Runs `executable arguments...` in `directory`, with `environment` added to (or, for
    /// nil values, removed from) the current environment.
    static func run(_ executable: String, _ arguments: [String], in directory: String = scripts,
                    environment: [String: String?] = [:]) throws -> Outcome {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        var env = ProcessInfo.processInfo.environment
        env["BEAMR_FIXTURE_ENV"] = nil
        for (name, value) in environment { env[name] = value }
        process.environment = env
        // Files rather than pipes: nothing to drain while the program runs.
        let base = NSTemporaryDirectory() + "beamr-out-" + UUID().uuidString
        FileManager.default.createFile(atPath: base + ".out", contents: nil)
        FileManager.default.createFile(atPath: base + ".err", contents: nil)
        defer {
            try? FileManager.default.removeItem(atPath: base + ".out")
            try? FileManager.default.removeItem(atPath: base + ".err")
        }
        let out = FileHandle(forWritingAtPath: base + ".out")!, err = FileHandle(forWritingAtPath: base + ".err")!
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try? out.close()
        try? err.close()
        let stdoutData = FileManager.default.contents(atPath: base + ".out") ?? Data()
        let stderrData = FileManager.default.contents(atPath: base + ".err") ?? Data()
        return Outcome(stdout: String(decoding: stdoutData, as: UTF8.self), stderr: String(decoding: stderrData, as: UTF8.self),
                       status: process.terminationStatus, crashed: process.terminationReason == .uncaughtSignal)
    }

    static func beamr(_ arguments: String..., in directory: String = scripts, environment: [String: String?] = [:]) throws -> Outcome {
        try run(beamr, arguments, in: directory, environment: environment)
    }

    static func read(_ path: String) -> String {
        (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
    }
}
