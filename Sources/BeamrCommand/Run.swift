import ArgumentParser
import BeamFile
import BeamVM

/// `beamr run`: runs a program and prints how its first process ended.
struct Run: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run a .beam program or a Gleam project: call its main/0 and print the result.",
        discussion: """
        FILE is a .beam file, a Gleam project (a directory with gleam.toml, built by `gleam build`) or its \
        build/dev/erlang directory. For a .beam file, its directory is on the code path, so modules beside it \
        load on demand; a normal return prints the result and exits 0; an uncaught exception prints the class, \
        reason and stack trace on standard error and exits 1. Results and exceptions are printed in Gleam's \
        terms (string.inspect, panic/todo/let assert/assert with the source location) when the module was \
        compiled from Gleam, in Erlang's otherwise; --format chooses. For a Gleam project, every package's ebin \
        is on the code path and the program starts as `gleam run` starts it: <package>@@main:run(<package>), \
        whose output and exit status are the program's own; without a @@main module, <package>:main/0 runs \
        as for a .beam file.
        """
    )

    @Option(name: .long, help: "The function to call, as module:function/arity (default: <module>:main/0).")
    var entry: String?

    @Option(name: [.customShort("m"), .customLong("module")], help: "In a Gleam project: the module whose main/0 to run (default: the package's).")
    var module: String?

    @Option(name: [.customLong("dir"), .customLong("pa", withSingleDash: true)],
            help: "Add a directory to the code path (repeatable).")
    var directories: [String] = []

    @Option(help: "How to print the result and exceptions: erlang or gleam (default: gleam for Gleam code).")
    var format: OutputFormat?

    @Flag(help: "Print nothing when the program returns normally.")
    var quiet = false

    @Option(help: "Number of scheduler threads (default: one per online core).")
    var schedulers: Int?

    @Argument(help: "The .beam file, Gleam project or build/dev/erlang directory to run.")
    var file: String

    @Argument(parsing: .postTerminator, help: "Arguments for the program (for an entry function of matching arity: integers stay integers, anything else becomes a binary).")
    var arguments: [String] = []

    func run() throws {
        if let schedulers, schedulers < 1 || schedulers > 1024 {
            throw ValidationError("--schedulers must be between 1 and 1024")
        }
        let request = LaunchRequest(file: file, entry: entry, directories: directories, arguments: arguments, quiet: quiet,
                                    schedulers: schedulers, format: format, module: module)
        let status = Launcher.run(request)
        if status != 0 { throw ExitCode(status) }
    }
}
