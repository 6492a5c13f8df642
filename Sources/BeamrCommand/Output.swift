import BeamVM

/// Writes a line to standard error.
func printError(_ message: String) {
    StandardStreams.write(message + "\n", to: 2)
}
