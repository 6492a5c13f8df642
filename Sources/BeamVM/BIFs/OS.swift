// The `os` module's natives: the environment (ERTS BIFs), the process id, and the body of
// os:cmd. os.erl runs unmodified around them; `os:do_cmd/2` (its internal worker, which in
// ERTS opens a port to a shell) is replaced, so os:cmd/1,2 keep their own argument checks
// and error reports while the command runs through /bin/sh on an I/O thread.

#if canImport(Glibc)
import Glibc
#endif

enum OSBifs {
    typealias Arguments = UnsafeMutablePointer<Term>

    /// Serialises access to the C environment: setenv/unsetenv are not safe while another
    /// thread reads it.
    static let environmentLock = MutexBox(())

    /// The bytes of a name or value: a flat or nested character list in the file name
    /// encoding, without NUL bytes.
    static func environmentBytes(_ term: Term) -> [UInt8]? {
        guard let native = PrimFileBifs.nameBytes(term), !native.contains(0) else { return nil }
        return native
    }

    static func text(_ p: Process, _ bytes: [UInt8]) -> Term {
        if let scalars = PrimFileBifs.decodeUTF8(bytes), PrimFileBifs.utf8Names { return p.scalarList(scalars) }
        return p.list(bytes.map { .small(Int($0)) })
    }

    /// `os:getenv(Name)`: the value, or false.
    static func getenv1(_ p: Process, _ a: Arguments) -> Term {
        guard let name = environmentBytes(a[0]) else { return p.badarg() }
        let value = environmentLock.withLock { _ -> [UInt8]? in
            let key = name.map { CChar(bitPattern: $0) } + [0]
            guard let raw = Glibc.getenv(key) else { return nil }
            return Array(UnsafeRawBufferPointer(start: raw, count: strlen(raw)).bindMemory(to: UInt8.self))
        }
        guard let value else { return .false }
        return text(p, value)
    }

    /// `os:putenv(Name, Value)`.
    static func putenv(_ p: Process, _ a: Arguments) -> Term {
        guard let name = environmentBytes(a[0]), !name.contains(UInt8(ascii: "=")),
              let value = environmentBytes(a[1]) else { return p.badarg() }
        environmentLock.withLock { _ in
            _ = setenv(name.map { CChar(bitPattern: $0) } + [0], value.map { CChar(bitPattern: $0) } + [0], 1)
        }
        return .true
    }

    /// `os:unsetenv(Name)`.
    static func unsetenv(_ p: Process, _ a: Arguments) -> Term {
        guard let name = environmentBytes(a[0]) else { return p.badarg() }
        environmentLock.withLock { _ in _ = Glibc.unsetenv(name.map { CChar(bitPattern: $0) } + [0]) }
        return .true
    }

    /// `os:env()`: `[{Name, Value}]`.
    static func env(_ p: Process, _ a: Arguments) -> Term {
        let entries = environmentLock.withLock { _ -> [[UInt8]] in
            var result: [[UInt8]] = []
            var cursor = environ
            while let entry = cursor.pointee {
                result.append(Array(UnsafeRawBufferPointer(start: entry, count: strlen(entry)).bindMemory(to: UInt8.self)))
                cursor += 1
            }
            return result
        }
        var pairs: [Term] = []
        for entry in entries {
            guard let equals = entry.firstIndex(of: UInt8(ascii: "=")), equals > 0 else { continue }
            pairs.append(p.tuple(text(p, Array(entry[..<equals])), text(p, Array(entry[(equals + 1)...]))))
        }
        return p.list(pairs)
    }

    /// `os:getpid()`: the operating-system process id as a string.
    static func getpid(_ p: Process, _ a: Arguments) -> Term {
        p.charList(String(Glibc.getpid()))
    }

    /// `os:set_signal(Signal, Option)`: accepted and ignored (beamr installs no handlers).
    static func setSignal(_ p: Process, _ a: Arguments) -> Term {
        guard a[0].isAtom, a[1] == Atom.ignore || a[1] == Atom.default || a[1] == Atom.handle else { return p.badarg() }
        return Atom.ok
    }
}

extension Atom {
    public static let os = Term.atom("os")
    public static let ignore = Term.atom("ignore")
    public static let `default` = Term.atom("default")
    public static let handle = Term.atom("handle")
}

extension TimeBifs {
    /// `os:perf_counter()`: a monotonic counter in `perf_counter` units (nanoseconds).
    static func perfCounter(_ p: Process, _ a: Arguments) -> Term {
        Integers.make(p, clock(CLOCK_MONOTONIC))
    }
}
