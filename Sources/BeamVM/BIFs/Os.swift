// os: the environment variables of the operating-system process, shared by every Erlang
// process as in ERTS. Names and values are flat character lists (Unicode characters become
// UTF-8 bytes in the environment).

#if canImport(Glibc)
import Glibc
#endif

extension ErlangBifs {
    /// Serialises setenv/unsetenv against getenv and environ walks, which libc leaves unsafe.
    private static let environmentLock = MutexBox(())

    /// A name or value argument: a flat list of characters, with no NUL (and, for names, no '=').
    static func environmentText(_ t: Term, name: Bool) -> String? {
        guard t.isNil || t.isList, let text = t.characters else { return nil }
        if text.unicodeScalars.contains(where: { $0 == "\0" || (name && $0 == "=") }) { return nil }
        return text
    }

    static func osGetenv(_ p: Process, _ a: Arguments) -> Term {
        guard let name = environmentText(a[0], name: false) else { return p.badarg() }
        let value: String? = environmentLock.withLock { _ in getenvString(name) }
        return value.map { p.charList($0) } ?? Term.false
    }

    static func osPutenv(_ p: Process, _ a: Arguments) -> Term {
        guard let name = environmentText(a[0], name: true),
              let value = environmentText(a[1], name: false) else { return p.badarg() }
        // ERTS accepts an empty name (and nothing can read it back); libc refuses it.
        if name.isEmpty { return Term.true }
        let status = environmentLock.withLock { _ in setenv(name, value, 1) }
        return status == 0 ? Term.true : p.badarg()
    }

    static func osUnsetenv(_ p: Process, _ a: Arguments) -> Term {
        guard let name = environmentText(a[0], name: true) else { return p.badarg() }
        _ = environmentLock.withLock { _ in unsetenv(name) }
        return Term.true
    }

    /// `[{Name, Value}]` for every variable.
    static func osEnv(_ p: Process, _ a: Arguments) -> Term {
        let pairs: [(String, String)] = environmentLock.withLock { _ in
            var pairs: [(String, String)] = []
            var entry = environ
            while let text = entry.pointee {
                let item = String(cString: text)
                if let equals = item.firstIndex(of: "=") {
                    pairs.append((String(item[..<equals]), String(item[item.index(after: equals)...])))
                }
                entry += 1
            }
            return pairs
        }
        return p.list(pairs.map { p.tuple(p.charList($0.0), p.charList($0.1)) })
    }
}

extension Atom {
    public static let os = Term.atom("os")
}
