// erlang:display/1 and erlang:display_string/1,2: the emulator's own printing, straight to
// the standard streams (not through an I/O server), for debugging and for the messages
// that code running before or without the I/O servers prints.

extension ErlangBifs {
    /// `erlang:display(Term)`: the term in the emulator's format, then `\r\n`, on standard
    /// output (ERTS ends the line that way whatever the output is).
    static func display(_ p: Process, _ a: Arguments) -> Term {
        StandardStreams.write(TermPrinter.display(a[0]) + [13, 10], to: 1)
        return .true
    }

    /// `erlang:display_string(String)`: on standard error. Up to OTP 25 each newline is
    /// written as `\r\n`.
    static func displayString1(_ p: Process, _ a: Arguments) -> Term {
        guard let text = a[0].characters else { return p.badarg() }
        var bytes: [UInt8] = []
        for byte in text.utf8 {
            if byte == 10 && EmulatedRelease.number <= 25 { bytes.append(13) }
            bytes.append(byte)
        }
        StandardStreams.write(bytes, to: 2)
        return .true
    }

    /// `erlang:display_string(Device, String)` (OTP 26 and later): `stdout` or `stderr`.
    static func displayString2(_ p: Process, _ a: Arguments) -> Term {
        guard a[0] == Atom.stdout || a[0] == Atom.stderr, let text = a[1].characters else { return p.badarg() }
        StandardStreams.write(Array(text.utf8), to: a[0] == Atom.stdout ? 1 : 2)
        return .true
    }
}

extension Atom {
    public static let stdout = Term.atom("stdout")
    public static let stderr = Term.atom("stderr")
}
