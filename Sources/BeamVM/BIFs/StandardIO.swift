// The native side of the standard I/O servers (Preloaded/beamr_io.erl): starting them on
// first use, and their byte-level reads and writes.

/// The `user` and `standard_error` servers, started on first use.
enum StandardIO {
    private static let servers = MutexBox<(user: Term, standardError: Term)>((.none, .none))

    /// The pid of `user` (the default group leader), starting it if needed.
    static func user(from p: Process?) -> Term {
        server(named: Atom.user, from: p)
    }

    /// Starts the server registered as `name` (`user` or `standard_error`) if needed.
    static func server(named name: Term, from p: Process?) -> Term {
        servers.withLock { servers in
            let existing = name == Atom.user ? servers.user : servers.standardError
            if !existing.isNone { return existing }
            let fd = name == Atom.user ? 1 : 2
            let (process, _) = Spawner.spawn(from: nil, module: Atom.beamrIO, function: Atom.server,
                                             arguments: [name, .small(fd)])
            process.groupLeader = process.pid
            // Register now so that sends by name work before the server first runs.
            _ = NameRegistry.shared.register(name, process.pid)
            if name == Atom.user { servers.user = process.pid } else { servers.standardError = process.pid }
            return process.pid
        }
    }

    /// Whether `name` is one of the servers started on demand.
    static func isServerName(_ name: Term) -> Bool { name == Atom.user || name == Atom.standardError }
}

extension ErlangBifs {
    /// `beamr_io:write(Fd, IoData)`.
    /// A negative `Fd` names an output capture buffer (see OutputCaptures).
    static func ioWrite(_ p: Process, _ a: Arguments) -> Term {
        guard a[0].isSmall, let bytes = IOList.bytes(a[1]) else { return p.badarg() }
        let fd = a[0].smallValue
        if fd < 0 {
            guard OutputCaptures.shared.append(bytes, to: fd) else { return p.badarg() }
            return Atom.ok
        }
        guard fd == 1 || fd == 2 else { return p.badarg() }
        StandardStreams.write(bytes, to: Int32(fd))
        RuntimeStatistics.bytesOut.add(bytes.count, ordering: .relaxed)
        return Atom.ok
    }

    /// `beamr_io:read(Fd)`: the poller sends `{beamr_input, Fd, Data}` when input arrives.
    static func ioRead(_ p: Process, _ a: Arguments) -> Term {
        guard a[0].isSmall, a[0].smallValue == 0 else { return p.badarg() }
        Poller.shared.requestRead(fd: 0, for: p.pid)
        return Atom.ok
    }
}

extension Atom {
    public static let user = Term.atom("user")
    public static let standardError = Term.atom("standard_error")
    public static let beamrIO = Term.atom("beamr_io")
    public static let server = Term.atom("server")
}

extension ErlangBifs {
    /// `beamr_escript:fallback_report(Class, Reason, Stack)`: the exception as beamr prints
    /// it, for when OTP's erl_error cannot format it.
    static func escriptFallbackReport(_ p: Process, _ a: Arguments) -> Term {
        var text = ExceptionReport.format(kind: a[0], reason: a[1], trace: a[2])
        if text.hasPrefix("** ") { text.removeFirst(3) }
        while text.hasSuffix("\n") { text.removeLast() }
        return p.utf8Binary(text)
    }
}

extension ErlangBifs {
    /// `io:printable_range/0`: which characters ~p shows as text; ERTS's default (no +pc flag) is latin1.
    static func printableRange(_ p: Process, _ a: Arguments) -> Term { Term.atom("latin1") }
}
