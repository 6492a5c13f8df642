// The `code` module, answered natively: beamr's code server is not an Erlang process.
// Loading a module again keeps the previous version in memory, so processes running it
// continue; fully qualified calls go to the newest version.

import BeamFile

extension ErlangBifs {
    static func moduleAtom(_ p: Process, _ t: Term) -> Term? { t.isAtom ? t : nil }

    static func codeEnsureLoaded(_ p: Process, _ a: Arguments) -> Term {
        guard a[0].isAtom else { return p.badarg() }
        if CodeServer.shared.ensureLoaded(a[0]) != nil { return p.tuple(Atom.module, a[0]) }
        if NativeModules.isNative(a[0]) { return p.tuple(Atom.module, a[0]) }
        return p.tuple(Atom.error, CodeServer.shared.failure(for: a[0]) == nil ? Atom.nofile : Atom.badfile)
    }

    static func codeIsLoaded(_ p: Process, _ a: Arguments) -> Term {
        guard a[0].isAtom else { return p.badarg() }
        guard let module = CodeRegistry.shared.module(named: a[0]) else { return .false }
        return p.tuple(Atom.file, module.path.map { p.charList($0) } ?? Atom.preloaded)
    }

    static func codeWhich(_ p: Process, _ a: Arguments) -> Term {
        guard a[0].isAtom else { return p.badarg() }
        if let module = CodeRegistry.shared.module(named: a[0]) {
            return module.path.map { p.charList($0) } ?? Atom.preloaded
        }
        if let archived = CodeServer.shared.archived(a[0].atomName.string) { return p.charList(archived.path) }
        if let path = CodeServer.shared.locate(a[0].atomName.string + ".beam") { return p.charList(path) }
        return Atom.nonExisting
    }

    static func codeLoadFile(_ p: Process, _ a: Arguments) -> Term {
        guard a[0].isAtom else { return p.badarg() }
        if CodeServer.shared.archived(a[0].atomName.string) != nil {
            return CodeServer.shared.ensureLoaded(a[0]).map { p.tuple(Atom.module, $0.name) } ?? p.tuple(Atom.error, Atom.badfile)
        }
        guard let path = CodeServer.shared.locate(a[0].atomName.string + ".beam") else {
            return p.tuple(Atom.error, Atom.nofile)
        }
        switch CodeServer.shared.load(path: path) {
        case .success(let module): return p.tuple(Atom.module, module.name)
        case .failure: return p.tuple(Atom.error, Atom.badfile)
        }
    }

    static func codeLoadBinary(_ p: Process, _ a: Arguments) -> Term {
        guard a[0].isAtom, a[2].isBitstring else { return p.badarg() }
        let bytes = BitstringView(a[2]).copyBytes()
        let path = a[1].characters ?? a[0].atomName.string
        let beam: BeamModule
        do { beam = try BeamModule(bytes: bytes, deferringCode: true) } catch { return p.tuple(Atom.error, Atom.badfile) }
        guard beam.name == a[0].atomName.string else { return p.tuple(Atom.error, Atom.badfile) }
        switch CodeServer.shared.load(beam, path: path) {
        case .success(let module): return p.tuple(Atom.module, module.name)
        case .failure: return p.tuple(Atom.error, Atom.badfile)
        }
    }

    static func codePurge(_ p: Process, _ a: Arguments) -> Term {
        guard a[0].isAtom else { return p.badarg() }
        return .bool(CodeRegistry.shared.purge(a[0]))
    }

    static func codeSoftPurge(_ p: Process, _ a: Arguments) -> Term {
        guard a[0].isAtom else { return p.badarg() }
        _ = CodeRegistry.shared.purge(a[0])
        return .true
    }

    static func codeDelete(_ p: Process, _ a: Arguments) -> Term {
        guard a[0].isAtom else { return p.badarg() }
        return .bool(CodeRegistry.shared.delete(a[0]))
    }

    static func codeAllLoaded(_ p: Process, _ a: Arguments) -> Term {
        p.list(CodeRegistry.shared.loaded.sorted { $0.name.atomName.string < $1.name.atomName.string }.map { module in
            p.tuple(module.name, module.path.map { p.charList($0) } ?? Atom.preloaded)
        })
    }

    /// erlang:loaded/0: the loaded modules, in no particular order.
    static func erlangLoaded(_ p: Process, _ a: Arguments) -> Term {
        p.list(CodeRegistry.shared.loaded.map(\.name))
    }

    static func codeRootDir(_ p: Process, _ a: Arguments) -> Term {
        p.charList(OTPLibrary.locate()?.root ?? "/")
    }

    static func codeLibDir0(_ p: Process, _ a: Arguments) -> Term {
        p.charList((OTPLibrary.locate()?.root ?? "") + "/lib")
    }

    /// The directory of an application: the parent of its ebin directory on the code path.
    static func applicationDirectory(_ name: Term) -> String? {
        guard name.isAtom else { return nil }
        let app = name.atomName.string
        for directory in CodeServer.shared.path {
            let parts = directory.split(separator: "/", omittingEmptySubsequences: false)
            guard parts.last == "ebin", parts.count >= 2 else { continue }
            let folder = parts[parts.count - 2]
            if folder == app || folder.hasPrefix(app + "-") && folder.dropFirst(app.count + 1).first?.isNumber == true {
                return parts.dropLast().joined(separator: "/")
            }
        }
        return nil
    }

    static func codeLibDir1(_ p: Process, _ a: Arguments) -> Term {
        guard let directory = applicationDirectory(a[0]) else { return p.tuple(Atom.error, Atom.badName) }
        return p.charList(directory)
    }

    static func codePrivDir(_ p: Process, _ a: Arguments) -> Term {
        guard let directory = applicationDirectory(a[0]) else { return p.tuple(Atom.error, Atom.badName) }
        return p.charList(directory + "/priv")
    }

    /// `code:where_is_file(Filename)`: the first code path directory holding the file
    /// (code.erl lists directories through erl_prim_loader in OTP 25, and asks the code
    /// server in later releases; both answer this).
    static func codeWhereIsFile(_ p: Process, _ a: Arguments) -> Term {
        guard let file = a[0].characters else { return p.fail(Atom.functionClause) }
        if let archived = CodeServer.shared.archivedFilePath(file) { return p.charList(archived) }
        for directory in CodeServer.shared.path {
            let full = directory.hasSuffix("/") ? directory + file : directory + "/" + file
            if FileSystem.exists(full) { return p.charList(full) }
        }
        return Atom.nonExisting
    }

    /// `beamr_kernel:archive_file(Path)`: `{ok, Binary}` for a file of the program's archive
    /// (a path code:where_is_file/1 gave), else `error`; erl_prim_loader reads through it.
    static func archiveFile(_ p: Process, _ a: Arguments) -> Term {
        guard let path = a[0].characters ?? (a[0].isBitstring ? String(decoding: BitstringView(a[0]).copyBytes(), as: UTF8.self) : nil)
        else { return p.badarg() }
        guard let bytes = CodeServer.shared.archivedFile(atPath: path) else { return Atom.error }
        return p.tuple(Atom.ok, p.binary(bytes))
    }

    static func codeGetPath(_ p: Process, _ a: Arguments) -> Term {
        p.list(CodeServer.shared.path.map { p.charList($0) })
    }

    static func codeAddPatha(_ p: Process, _ a: Arguments) -> Term {
        guard let directory = a[0].characters else { return p.badarg() }
        guard FileSystem.isDirectory(directory) else { return p.tuple(Atom.error, Atom.badDirectory) }
        CodeServer.shared.setPath([directory] + CodeServer.shared.path.filter { $0 != directory })
        return .true
    }

    static func codeAddPathz(_ p: Process, _ a: Arguments) -> Term {
        guard let directory = a[0].characters else { return p.badarg() }
        guard FileSystem.isDirectory(directory) else { return p.tuple(Atom.error, Atom.badDirectory) }
        CodeServer.shared.setPath(CodeServer.shared.path.filter { $0 != directory } + [directory])
        return .true
    }

    /// `erlang:load_nif/2`: succeeds for modules whose native functions beamr implements.
    static func loadNif(_ p: Process, _ a: Arguments) -> Term {
        // The caller is the module's on_load function; its module is the current function's.
        Atom.ok
    }
}

/// Modules whose functions beamr implements natively (their NIFs or BIFs).
enum NativeModules {
    static func isNative(_ module: Term) -> Bool {
        let name = module.atomName.string
        return BifTable.signatures.contains { $0.module == name }
    }
}

extension Atom {
    public static let nofile = Term.atom("nofile")
    public static let badfile = Term.atom("badfile")
    public static let preloaded = Term.atom("preloaded")
    public static let nonExisting = Term.atom("non_existing")
    public static let badName = Term.atom("bad_name")
    public static let badDirectory = Term.atom("bad_directory")
}

extension ErlangBifs {
    /// `code:ensure_modules_loaded(Modules)`: ok, or `{error, [{Module, Reason}]}`.
    static func codeEnsureModulesLoaded(_ p: Process, _ a: Arguments) -> Term {
        guard let modules = a[0].listElements, modules.allSatisfy(\.isAtom) else { return p.badarg() }
        let failed = modules.filter { CodeServer.shared.ensureLoaded($0) == nil && !NativeModules.isNative($0) }
        if failed.isEmpty { return Atom.ok }
        return p.tuple(Atom.error, p.list(failed.map { p.tuple($0, Atom.nofile) }))
    }
}
