// erlang:monitor/3 (monitor options: `{alias, Mode}`, `{tag, Tag}`), alias/0,1 and
// unalias/1. See Process/Aliases.swift for how aliases route messages.

extension ErlangBifs {
    /// `erlang:monitor(process, Target, Options)`.
    static func monitor3(_ p: Process, _ a: Arguments) -> Term {
        guard a[0] == Atom.process, let options = a[2].listElements else { return p.badarg() }
        var alias: AliasMode?, tag: Term?
        for option in options {
            guard option.isTuple, option.tupleArity == 2 else { return p.badarg() }
            let value = option.tupleElement(1)
            switch option.tupleElement(0) {
            case Atom.alias:
                switch value {
                case Atom.explicitUnalias: alias = .explicitUnalias
                case Atom.demonitor: alias = .demonitor
                case Atom.replyDemonitor: alias = .replyDemonitor
                default: return p.badarg()
                }
            case Atom.tag:
                tag = value
            default:
                return p.badarg()
            }
        }
        return monitor(p, a[1], alias: alias, tag: tag)
    }

    /// `erlang:alias()`.
    static func alias0(_ p: Process, _ a: Arguments) -> Term {
        makeAlias(p, .explicitUnalias)
    }

    /// `erlang:alias([explicit_unalias | reply])`.
    static func alias1(_ p: Process, _ a: Arguments) -> Term {
        guard let options = a[0].listElements else { return p.badarg() }
        var mode = AliasMode.explicitUnalias
        for option in options {
            switch option {
            case Atom.explicitUnalias: mode = .explicitUnalias
            case Atom.reply: mode = .reply
            default: return p.badarg()
            }
        }
        return makeAlias(p, mode)
    }

    private static func makeAlias(_ p: Process, _ mode: AliasMode) -> Term {
        let id = Unique.nextReference()
        AliasTable.shared.activate(id, owner: p, mode: mode)
        return p.reference(id)
    }

    /// `erlang:unalias(Alias)`: whether it was an active alias of the caller.
    static func unalias(_ p: Process, _ a: Arguments) -> Term {
        guard a[0].isReference else { return p.badarg() }
        guard let id = a[0].localReferenceID else { return .false }
        return .bool(AliasTable.shared.deactivate(id, owner: p))
    }
}

extension Atom {
    public static let alias = Term.atom("alias")
    public static let explicitUnalias = Term.atom("explicit_unalias")
    public static let demonitor = Term.atom("demonitor")
    public static let replyDemonitor = Term.atom("reply_demonitor")
    public static let reply = Term.atom("reply")
    public static let tag = Term.atom("tag")
}
