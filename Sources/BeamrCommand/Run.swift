import ArgumentParser
import BeamFile
import BeamVM

/// `beamr run`: runs a program and prints how its first process ended.
struct Run: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run a .beam program: call its main/0 and print the result.",
        discussion: """
        The module's directory is on the code path, so modules beside it load on demand. \
        A normal return prints the result as io_lib:format("~p") would (on one line) and exits 0; \
        an uncaught exception prints the class, reason and stack trace on standard error and exits 1.
        """
    )

    @Option(name: .long, help: "The function to call, as module:function/arity (default: <module>:main/0).")
    var entry: String?

    @Option(name: [.customLong("dir"), .customLong("pa", withSingleDash: true)],
            help: "Add a directory to the code path (repeatable).")
    var directories: [String] = []

    @Flag(help: "Print nothing when the program returns normally.")
    var quiet = false

    @Option(help: "Number of scheduler threads (default: one per online core).")
    var schedulers: Int?

    @Argument(help: "The .beam file to run.")
    var file: String

    @Argument(parsing: .postTerminator, help: "Arguments for the entry function (integers stay integers, anything else becomes a binary).")
    var arguments: [String] = []

    func run() throws {
        if let schedulers, schedulers < 1 || schedulers > 1024 {
            throw ValidationError("--schedulers must be between 1 and 1024")
        }
        let status = Launcher.run(file: file, entry: entry, directories: directories, arguments: arguments, quiet: quiet,
                                  schedulers: schedulers)
        if status != 0 { throw ExitCode(status) }
    }
}
