import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Runs `beamr` and reports the resources it used (CPU time and peak memory), which
/// Foundation's `Process` does not expose.
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
        while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
        let cpu = Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6
            + Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
        let text = (try? String(contentsOf: output, encoding: .utf8)) ?? ""
        return Usage(status: (status >> 8) & 0xFF, stdout: text, cpuSeconds: cpu, maxResidentKilobytes: Int(usage.ru_maxrss))
    }
}
