// os:cmd's worker. `os:do_cmd/2` continues in beamr_kernel:do_cmd/2 (Erlang: options and
// argument checks, and the result's decoding, with the throws os:cmd turns into its own
// errors), which runs the command with `beamr_kernel:run_command/2` here: /bin/sh -c on an
// I/O thread, standard input from /dev/null, standard output and error captured together.

import CBeamShims

#if canImport(Glibc)
import Glibc
#endif

extension OSBifs {
    /// `os:do_cmd(Command, Options)`: continues in Erlang.
    static func doCmd(_ p: Process, _ a: Arguments) -> Term {
        ErlangBifs.continueIn(p, module: Atom.beamrKernel, function: Atom.doCmd, [a[0], a[1]])
    }

    /// `beamr_kernel:run_command(Command, MaxSize)`: `{Output, ExitStatus}`, the output cut
    /// at `MaxSize` bytes (an integer or `infinity`); a status above 128 means a signal.
    static func runCommand(_ p: Process, _ a: Arguments) -> Term {
        guard let command = a[0].binaryBytes else { return p.badarg() }
        let limit: Int
        if a[1] == Atom.infinity {
            limit = Int.max
        } else {
            guard a[1].isSmall, a[1].smallValue >= 0 else { return p.badarg() }
            limit = a[1].smallValue
        }
        return p.awaitIO { scratch in
            let (output, status) = runShell(command, limit: limit)
            return scratch.tuple(scratch.binary(output), .small(Int(status)))
        }
    }

    /// Runs `/bin/sh -c command` and collects what it writes; blocks.
    static func runShell(_ command: [UInt8], limit: Int) -> ([UInt8], Int32) {
        var pipeEnds: [Int32] = [-1, -1]
        guard beamr_pipe_cloexec(&pipeEnds) == 0 else { return ([], 127) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, pipeEnds[1], 1)
        posix_spawn_file_actions_adddup2(&actions, pipeEnds[1], 2)
        // Wrapped as os.erl wraps it for its shell, so that syntax errors read the same.
        let script = Array("(".utf8) + command + Array("\n) </dev/null".utf8)
        let argv: [UnsafeMutablePointer<CChar>?] = [strdup("/bin/sh"), strdup("-c"),
                                                     strdup(script.map { CChar(bitPattern: $0) } + [0]), nil]
        defer { for argument in argv { free(argument) } }
        var child: pid_t = 0
        let spawned = environmentLock.withLock { _ in posix_spawn(&child, "/bin/sh", &actions, nil, argv, environ) }
        close(pipeEnds[1])
        guard spawned == 0 else {
            close(pipeEnds[0])
            return ([], 127)
        }
        var output: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while output.count < limit {
            let n = buffer.withUnsafeMutableBytes { read(pipeEnds[0], $0.baseAddress, $0.count) }
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { break }
            output.append(contentsOf: buffer[0..<n])
        }
        close(pipeEnds[0])
        if output.count > limit { output.removeLast(output.count - limit) }
        var status: Int32 = 0
        while waitpid(child, &status, 0) < 0 && errno == EINTR {}
        let signal = status & 0x7F
        return (output, signal == 0 ? (status >> 8) & 0xFF : 128 + signal)
    }
}

extension ErlangBifs {
    /// Makes a BIF continue as a call to an Erlang function with `arguments` (a BIF that
    /// stands in for Erlang code and hands the rest of the work to Erlang).
    static func continueIn(_ p: Process, module: Term, function: Term, _ arguments: [Term]) -> Term {
        let entry = ExportTable.shared.entry(module: module, function: function, arity: arguments.count)
        p.trap = .jump(UnsafePointer(bitPattern: UInt(entry.address))!, arguments)
        return .none
    }
}

extension Atom {
    public static let doCmd = Term.atom("do_cmd")
}
