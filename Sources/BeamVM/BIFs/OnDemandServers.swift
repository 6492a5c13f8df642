// Registered servers that a booted OTP system would have started, started instead the
// first time a process looks one up or sends to its name: `user` and `standard_error`
// (beamr's I/O servers, see StandardIO) and `file_server_2` (kernel's own file_server,
// entered through Preloaded/beamr_kernel.erl). A program that never uses them pays nothing.

enum OnDemandServers {
    /// Serialises starts, so that two processes asking at once get the same server.
    private static let starting = MutexBox(())

    /// Whether `name` is started on demand.
    static func isServerName(_ name: Term) -> Bool {
        StandardIO.isServerName(name) || name == Atom.fileServer2
    }

    /// The pid registered as `name`, starting the server if needed.
    static func server(named name: Term, from p: Process?) -> Term {
        if StandardIO.isServerName(name) { return StandardIO.server(named: name, from: p) }
        return starting.withLock { _ in
            if let pid = NameRegistry.shared.whereis(name) { return pid }
            // Registered before it can run: sends by name work at once, and the server finds
            // itself registered when it enters the gen_server loop.
            var options = SpawnOptions()
            options.registeredName = name
            let (process, _) = Spawner.spawn(from: nil, module: Atom.beamrKernel, function: Atom.fileServer,
                                             arguments: [], options: options)
            return process.pid
        }
    }
}

extension Atom {
    public static let fileServer2 = Term.atom("file_server_2")
    public static let fileServer = Term.atom("file_server")
    public static let beamrKernel = Term.atom("beamr_kernel")
}
