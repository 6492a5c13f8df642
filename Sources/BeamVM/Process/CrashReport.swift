// The reports ERTS sends to the logger: a process that dies from an uncaught error, and
// one killed for exceeding its maximum heap size.

#if canImport(Glibc)
import Glibc
#endif

enum CrashReport {
    /// Logs `Error in process <Pid> with exit value: <Reason>` as ERTS does: the event goes
    /// to the `logger` process (the kernel services start if they are not running), which
    /// passes it to logger:log/4, so the program's handlers see it and the default handler
    /// prints it (as `=ERROR REPORT==== <time> ===` on standard output).
    static func print(_ p: Process, reason: Term) {
        let destination = KernelServices.logDestination()
        guard destination.isPid, let receiver = ProcessTable.shared.lookup(destination) else { return }
        let format = p.charList("Error in process ~p with exit value:~n~p~n")
        let arguments = p.list([p.pid, reason])
        let errorLogger = MapOps.make(p, [(Atom.emulator, .true), (Atom.tag, Atom.error)])
        let groupLeader = p.groupLeader.isNone ? StandardIO.user(from: p) : p.groupLeader
        let time = Integers.make(p, Int(Clock.systemNanoseconds() / 1000))
        let metadata = MapOps.make(p, [(Atom.errorLogger, errorLogger), (Atom.gl, groupLeader), (Atom.pid, p.pid),
                                       (Atom.time, time)])
        Signals.send(p.tuple(Atom.log, Atom.error, format, arguments, metadata), to: receiver, from: p)
    }

    /// The report of a process killed for exceeding its maximum heap size.
    static func maxHeapSize(_ p: Process) {
        let text = "=ERROR REPORT==== \(timestamp()) ===\n     Process:            \(TermPrinter.format(p.pid)) \n"
            + "     Context:            maximum heap size reached\n     Max Heap Size:      \(p.maxHeapSize)\n"
            + "     Total Heap Size:    \(p.heapEnd - p.heapStart)\n     Kill:               true\n\n"
        StandardStreams.write(text, to: 2)
    }

    /// Local time as ERTS's logger writes it: 28-Nov-2026::19:25:46.226053.
    static func timestamp() -> String {
        let nanoseconds = Clock.systemNanoseconds()
        var seconds = time_t(nanoseconds / 1_000_000_000)
        var parts = tm()
        localtime_r(&seconds, &parts)
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        func two(_ value: Int32) -> String { value < 10 ? "0\(value)" : "\(value)" }
        let micros = String(nanoseconds / 1000 % 1_000_000)
        return "\(two(parts.tm_mday))-\(months[Int(parts.tm_mon)])-\(parts.tm_year + 1900)::"
            + "\(two(parts.tm_hour)):\(two(parts.tm_min)):\(two(parts.tm_sec))."
            + String(repeating: "0", count: 6 - micros.count) + micros
    }
}

extension Atom {
    public static let emulator = Term.atom("emulator")
    public static let gl = Term.atom("gl")
    public static let log = Term.atom("log")
    public static let time = Term.atom("time")
}
