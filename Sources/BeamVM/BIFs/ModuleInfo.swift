// erlang: what `Module:module_info/0,1` return (get_module_info/1,2), and questions about
// loaded code. The export list comes in ERTS's order: backwards in the order its export
// entries were created. Up to OTP 25 that counts from the module's loading (export funs
// among its literals, its imports of itself, its export table); from OTP 26 an entry
// exists from the first call or reference to the function, which may come before the
// module was loaded.

/// Module information BIFs of the `erlang` module.
enum ModuleInfoBifs {
    typealias Arguments = UnsafeMutablePointer<Term>

    /// Modules that are part of the emulator itself and count as always loaded.
    static let preloaded: Set<String> = [
        "erlang", "erts_internal", "erts_code_purger", "erts_literal_area_collector", "erts_dirty_process_signal_handler",
        "erts_trace_cleaner", "erl_tracer", "erl_init", "erl_prim_loader", "init", "prim_buffer", "prim_eval",
        "prim_file", "prim_inet", "prim_net", "prim_socket", "prim_zip", "socket_registry", "zlib", "atomics",
        "counters", "persistent_term",
    ]

    static func exports(_ p: Process, _ module: LoadedModule) -> Term {
        var pairs: [(Term, Int)]
        if EmulatedRelease.number >= 26 {
            pairs = ExportTable.shared.entries(of: module.name).filter { module.exports($0.function, $0.arity) }
                .map { ($0.function, $0.arity) }
        } else {
            pairs = module.loadOrder.filter { module.exports($0.function, $0.arity) }.map { ($0.function, $0.arity) }
        }
        return p.list(pairs.reversed().map { p.tuple($0.0, .small($0.1)) })
    }

    static func functions(_ p: Process, _ module: LoadedModule) -> Term {
        p.list(module.functions.map { p.tuple($0.name, .small($0.arity)) })
    }

    static func info(_ p: Process, _ module: LoadedModule, _ key: Term) -> Term? {
        switch key.atomName.string {
        case "module": return module.name
        case "exports": return exports(p, module)
        case "functions": return functions(p, module)
        case "nifs": return .nil
        case "attributes": return module.attributes
        case "compile": return module.compileInfo
        case "md5": return p.binary(module.checksum)
        case "native": return .false
        case "native_addresses": return .nil
        default: return nil
        }
    }

    static func getModuleInfo1(_ p: Process, _ a: Arguments) -> Term {
        guard a[0].isAtom, let module = CodeRegistry.shared.module(named: a[0]) else { return p.badarg() }
        let keys = ["module", "exports", "attributes", "compile", "md5"].map { Term.atom($0) }
        return p.list(keys.map { p.tuple($0, info(p, module, $0)!) })
    }

    static func getModuleInfo2(_ p: Process, _ a: Arguments) -> Term {
        guard a[0].isAtom, a[1].isAtom, let module = CodeRegistry.shared.module(named: a[0]),
              let value = info(p, module, a[1]) else { return p.badarg() }
        return value
    }

    /// True for a function exported by a loaded module, or a BIF.
    static func functionExported(_ p: Process, _ a: Arguments) -> Term {
        guard a[0].isAtom, a[1].isAtom, a[2].isSmall else { return p.badarg() }
        if let module = CodeRegistry.shared.module(named: a[0]), module.exports(a[1], a[2].smallValue) { return .true }
        return .bool(BifRegistry.lookup(module: a[0], function: a[1], arity: a[2].smallValue) != nil)
    }

    static func moduleLoaded(_ p: Process, _ a: Arguments) -> Term {
        guard a[0].isAtom else { return p.badarg() }
        return .bool(CodeRegistry.shared.module(named: a[0]) != nil || preloaded.contains(a[0].atomName.string))
    }

    static func isBuiltin(_ p: Process, _ a: Arguments) -> Term {
        guard a[0].isAtom, a[1].isAtom, a[2].isSmall else { return p.badarg() }
        if a[0] == Atom.erlang && a[1] == Atom.apply && (a[2].smallValue == 2 || a[2].smallValue == 3) { return .true }
        return .bool(BifRegistry.lookup(module: a[0], function: a[1], arity: a[2].smallValue) != nil
                     && ErlangCodeStandIns.isBuiltin(module: a[0], function: a[1], arity: a[2].smallValue))
    }
}
