// Pids and references as text and back: pid_to_list/1, ref_to_list/1, list_to_pid/1,
// list_to_ref/1, as io_lib prints them (`<0.80.0>`, `#Ref<0.0.1.0>`) and as TermPrinter
// writes them.

extension ErlangBifs {
    /// `erlang:pid_to_list(Pid)`.
    static func pidToList(_ p: Process, _ a: Arguments) -> Term {
        guard a[0].isLocalPid else { return p.badarg() }
        return p.charList(TermPrinter.format(a[0]))
    }

    /// `erlang:ref_to_list(Ref)`.
    static func refToList(_ p: Process, _ a: Arguments) -> Term {
        guard a[0].isBoxed(.reference) else { return p.badarg() }
        return p.charList(TermPrinter.format(a[0]))
    }

    /// `erlang:list_to_pid("<0.N.S>")`: local pids only.
    static func listToPid(_ p: Process, _ a: Arguments) -> Term {
        guard let text = a[0].characters, text.hasPrefix("<"), text.hasSuffix(">") else { return p.badarg() }
        let parts = text.dropFirst().dropLast().split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0] == "0", let number = UInt64(parts[1]), let serial = UInt64(parts[2]),
              number <= 0xFFFF_FFFF, serial <= 0xFFF_FFFF else { return p.badarg() }
        return .pid(serial << 32 | number)
    }

    /// `erlang:list_to_ref("#Ref<0.C.B.A>")`: local references only.
    static func listToRef(_ p: Process, _ a: Arguments) -> Term {
        guard let text = a[0].characters, text.hasPrefix("#Ref<"), text.hasSuffix(">") else { return p.badarg() }
        let parts = text.dropFirst(5).dropLast().split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 4, parts[0] == "0" else { return p.badarg() }
        let words = parts.dropFirst().reversed().compactMap { UInt32($0) }
        guard words.count == 3 else { return p.badarg() }
        return p.reference(ReferenceIds.id(words))
    }
}
