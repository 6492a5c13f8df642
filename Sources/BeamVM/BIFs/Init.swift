// The `init` module's view of the command line (what Gleam's argv library and escripts
// read), answered natively because beamr boots no init process.

/// The program's arguments, as `init` reports them.
public enum ProgramArguments {
    private static let state = MutexBox<(plain: [String], flags: [(String, [String])])>(([], []))

    /// Sets the plain arguments (those after `--` or the script name) and emulator flags.
    public static func set(plain: [String], flags: [(String, [String])] = []) {
        state.withLock { $0 = (plain, flags) }
    }

    static var plain: [String] { state.withLock { $0.plain } }
    static var flags: [(String, [String])] { state.withLock { $0.flags } }
}

extension ErlangBifs {
    static func getPlainArguments(_ p: Process, _ a: Arguments) -> Term {
        p.list(ProgramArguments.plain.map { p.charList($0) })
    }

    static func getArgument(_ p: Process, _ a: Arguments) -> Term {
        guard a[0].isAtom else { return Atom.error }
        let name = a[0].atomName.string
        let values = ProgramArguments.flags.filter { $0.0 == name }.map { p.list($0.1.map { p.charList($0) }) }
        if name == "root", let library = OTPLibrary.locate() { return p.tuple(Atom.ok, p.list([p.list([p.charList(library.root)])])) }
        if name == "progname" { return p.tuple(Atom.ok, p.list([p.list([p.charList("beamr")])])) }
        if name == "home", let home = getenvString("HOME") { return p.tuple(Atom.ok, p.list([p.list([p.charList(home)])])) }
        return values.isEmpty ? Atom.error : p.tuple(Atom.ok, p.list(values))
    }

    static func getArguments(_ p: Process, _ a: Arguments) -> Term {
        p.list(ProgramArguments.flags.map { p.tuple(Term.atom($0.0), p.list($0.1.map { p.charList($0) })) })
    }

    static func initStop0(_ p: Process, _ a: Arguments) -> Term { halt(0) }

    static func initStop1(_ p: Process, _ a: Arguments) -> Term {
        if a[0].isSmall { halt(Int32(truncatingIfNeeded: a[0].smallValue & 0xFF)) }
        return halt1(p, a)
    }

    static func getStatus(_ p: Process, _ a: Arguments) -> Term { p.tuple(Atom.started, Atom.started) }
    static func scriptId(_ p: Process, _ a: Arguments) -> Term { p.tuple(p.charList("beamr"), p.charList("1")) }
}

/// An environment variable as a Swift string.
func getenvString(_ name: String) -> String? {
    guard let value = getenv(name) else { return nil }
    return String(cString: value)
}

extension Atom {
    public static let started = Term.atom("started")
}

#if canImport(Glibc)
import Glibc
#endif
