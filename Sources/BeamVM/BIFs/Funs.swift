// erlang: fun_info/1,2, fun_to_list/1 and make_fun/3. A local fun reports its module,
// the compiler's name for its code ('-main/0-fun-0-'), its index in the module's lambda
// table, the old 32-bit uniq, the module's MD5 as new_uniq, its free variables as env,
// and the pid that created it (OTP 25) or <0.0.0> (OTP 26 and later).

import BeamFile

/// Fun BIFs of the `erlang` module.
enum FunBifs {
    typealias Arguments = UnsafeMutablePointer<Term>

    static let items: [Term] = ["pid", "module", "new_index", "new_uniq", "index", "uniq", "name", "arity", "env", "type"]
        .map { Term.atom($0) }

    /// The value of one fun_info item, or nil when the item is unknown.
    static func item(_ p: Process, _ fun: Term, _ key: Term) -> Term? {
        let object = fun.boxedPointer
        if Header.subtag(object[0]) == Subtag.export.rawValue {
            let entry = ExportEntry(object[1])
            switch key {
            case Atom.module: return entry.module
            case Atom.name: return entry.function
            case Atom.arity: return .small(entry.arity)
            case Atom.env: return .nil
            case Atom.type: return Atom.external
            case Atom.index, Atom.uniq, Atom.newIndex, Atom.newUniq, Atom.pid: return Atom.undefined
            default: return nil
            }
        }
        let entry = FunEntry(object[1])
        switch key {
        case Atom.module: return entry.module
        case Atom.name: return entry.function
        case Atom.arity: return .small(entry.arity)
        case Atom.env: return p.list((0..<entry.freeCount).map { object[2 + $0] })
        case Atom.type: return Atom.local
        case Atom.index, Atom.newIndex: return .small(entry.index)
        case Atom.uniq: return .small(Int(entry.uniq))
        case Atom.newUniq:
            let checksum = CodeRegistry.shared.module(named: entry.module)?.checksum ?? [UInt8](repeating: 0, count: 16)
            return p.binary(checksum)
        case Atom.pid: return Closures.creator(fun)
        default: return nil
        }
    }

    static func funInfo1(_ p: Process, _ a: Arguments) -> Term {
        guard a[0].isFunction else { return p.badarg() }
        let keys = a[0].boxedSubtag == Subtag.export.rawValue ? [items[1], items[6], items[7], items[8], items[9]] : items
        return p.list(keys.map { p.tuple($0, item(p, a[0], $0)!) })
    }

    static func funInfo2(_ p: Process, _ a: Arguments) -> Term {
        guard a[0].isFunction, a[1].isAtom, let value = item(p, a[0], a[1]) else { return p.badarg() }
        return p.tuple(a[1], value)
    }

    static func funToList(_ p: Process, _ a: Arguments) -> Term {
        guard a[0].isFunction else { return p.badarg() }
        var text: [UInt8] = []
        TermPrinter.append(a[0], to: &text)
        return p.byteList(text)
    }

    static func makeFun(_ p: Process, _ a: Arguments) -> Term {
        guard a[0].isAtom, a[1].isAtom, a[2].isSmall, (0...255).contains(a[2].smallValue) else { return p.badarg() }
        let entry = ExportTable.shared.entry(module: a[0], function: a[1], arity: a[2].smallValue)
        let object = p.allocate(2)
        object[0] = Header.make(.export, 1)
        object[1] = Term(raw: entry.rawValue)
        return .boxed(object)
    }
}
