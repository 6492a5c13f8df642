// The report ERTS's logger prints when a process dies from an uncaught error.

#if canImport(Glibc)
import Glibc
#endif

enum CrashReport {
    /// Writes `=ERROR REPORT==== <time> ===` and the exit value to standard error.
    static func print(_ p: Process, reason: Term) {
        let text = "=ERROR REPORT==== \(timestamp()) ===\nError in process \(TermPrinter.format(p.pid)) with exit value:\n"
            + TermPrinter.format(reason) + "\n\n"
        StandardStreams.write(text, to: 2)
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
