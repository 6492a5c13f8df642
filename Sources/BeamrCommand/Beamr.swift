import ArgumentParser

/// The `beamr` command line.
public struct Beamr: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "beamr",
        abstract: "A BEAM virtual machine: runs .beam files compiled from Gleam and Erlang.",
        version: "0.1.0",
        subcommands: [Run.self, Inspect.self]
    )

    public init() {}
}
