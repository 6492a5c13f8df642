import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Runs `beamr` and reports the resources it used (CPU time and peak memory), which
/// Foundation's `Process` does not expose.
///
/// The peak comes from the child's own `VmHWM`, sampled while it runs: `wait4`'s `ru_maxrss`
/// cannot be used, because `posix_spawn` starts the child on the parent's address space
/// (`CLONE_VM`) and the kernel carries that space's high-water mark, the test runner's, across
/// the `exec`.
enum MeasuredRun {
    struct Usage {
        var status: Int32
        var stdout: String
        var cpuSeconds: Double
        var maxResidentKilobytes: Int
    }

    static func run(_ arguments: [String], environment: [String: String]? = nil) throws -> Usage {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("beamr-measured-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: output) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, output.path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        let argv = [BeamrProcess.executable] + arguments
        var cArguments = argv.map { strdup($0) } + [nil]
        defer { for pointer in cArguments { free(pointer) } }
        var env = environment ?? ProcessInfo.processInfo.environment
        env["SWIFT_BACKTRACE"] = "enable=no"
        var cEnvironment = env.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { for pointer in cEnvironment { free(pointer) } }
        var pid = pid_t()
        let spawned = posix_spawn(&pid, BeamrProcess.executable, &actions, nil, &cArguments, &cEnvironment)
        guard spawned == 0 else { throw POSIXError(POSIXErrorCode(rawValue: spawned) ?? .EINVAL) }
        var status: Int32 = 0
        var usage = rusage()
        var peak = 0
        while true {
            let reaped = wait4(pid, &status, WNOHANG, &usage)
            if reaped == pid || (reaped < 0 && errno != EINTR) { break }
            peak = max(peak, highWaterMark(of: pid))
            usleep(10_000)
        }
        let cpu = Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6
            + Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
        let text = (try? String(contentsOf: output, encoding: .utf8)) ?? ""
        return Usage(status: (status >> 8) & 0xFF, stdout: text, cpuSeconds: cpu, maxResidentKilobytes: peak)
    }

    /// The peak resident set of a running process, in kilobytes (0 once it has exited).
    private static func highWaterMark(of pid: pid_t) -> Int {
        guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8) else { return 0 }
        for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            return Int(line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first ?? "") ?? 0
        }
        return 0
    }
}
