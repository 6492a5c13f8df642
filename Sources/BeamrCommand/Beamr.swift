import ArgumentParser

/// The `beamr` command line.
public struct Beamr: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "beamr",
        abstract: "A BEAM virtual machine: runs .beam files compiled from Gleam and Erlang.",
        discussion: """
        `beamr FILE [ARGS...]` with no subcommand runs FILE: a .beam file (as `beamr run`), an escript, \
        or a bundle made by `beamr bundle`, so any of them can start with a `#!/usr/bin/env beamr` line.
        """,
        version: version,
        subcommands: [Run.self, TestCommand.self, BundleCommand.self, Inspect.self]
    )

    /// beamr's version, recorded in the bundles it writes.
    public static let version = "0.1.0"

    static var subcommandNames: Set<String> {
        Set(configuration.subcommands.compactMap { $0.configuration.commandName } + ["run", "test", "bundle", "inspect", "help"])
    }

    public init() {}
}
