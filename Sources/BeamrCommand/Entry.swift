// The command line's front door. `beamr FILE args...` (no subcommand) runs FILE, which is
// how a `#!/usr/bin/env beamr` script or bundle is started by the kernel: the arguments
// after FILE belong to the program, even those that look like beamr options, so they are
// taken aside before the argument parser sees them.

import BeamVM

#if canImport(Glibc)
import Glibc
#endif

/// Entry point of the `beamr` executable.
public enum BeamrEntry {
    public static func main(_ arguments: [String] = CommandLine.arguments) -> Never {
        let rest = Array(arguments.dropFirst())
        if let first = rest.first, !first.hasPrefix("-"), !Beamr.subcommandNames.contains(first) {
            let programArguments = Array(rest.dropFirst())
            if let status = ScriptLauncher.runIfScript(file: first, arguments: programArguments, schedulers: nil) {
                exitFlushing(status)
            }
            // A plain .beam (or a missing file): exactly `beamr run FILE ...`.
            Beamr.main(["run"] + rest)
            exitFlushing(0)
        }
        Beamr.main(rest)
        exitFlushing(0)
    }

    static func exitFlushing(_ status: Int32) -> Never {
        StandardStreams.flushAll()
        exit(status)
    }
}
