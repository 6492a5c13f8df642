// Running files that carry their own modules: escripts (a `#!` header and a .beam or ZIP
// body) and bundles (a `#!` line and a zstd archive). Both run their entry through
// beamr_escript:run/4, which halts with the entry's status as escript does.

import BeamBundle
import BeamFile
import BeamVM

#if canImport(Glibc)
import Glibc
#endif

enum ScriptLauncher {
    /// Runs `file` if its content makes it an escript or a bundle; nil for a plain `.beam`.
    static func runIfScript(file: String, arguments: [String], schedulers: Int?) -> Int32? {
        guard let bytes = try? FileSystem.readFile(file) else { return nil }
        if Bundle.isBundle(bytes) { return runBundle(file: file, bytes: bytes, arguments: arguments, schedulers: schedulers) }
        if EscriptHeader.looksLikeEscript(bytes) {
            return runEscript(file: file, bytes: bytes, arguments: arguments, schedulers: schedulers)
        }
        return nil
    }

    /// Runs an escript: `Main:main(Args)` with the arguments as strings.
    static func runEscript(file: String, bytes: [UInt8], arguments: [String], schedulers: Int?) -> Int32 {
        let program: EscriptProgram
        do {
            program = try EscriptProgram(bytes: bytes, path: file)
        } catch {
            printError("beamr: \(file): \(error)")
            return 2
        }
        guard let entry = program.modules.first(where: { $0.name == program.mainModule }),
              let beam = try? BeamModule(bytes: Array(entry.bytes), deferringCode: true) else {
            printError("beamr: \(file): module \(program.mainModule) is not a valid .beam file")
            return 2
        }
        // A `.beam` behind a `#!` line without main/1 is a beamr program, run as `beamr run` runs it.
        if program.header.bodyKind == .beam && !beam.exports("main", arity: 1) {
            return Launcher.run(LaunchRequest(file: file, arguments: arguments, schedulers: schedulers), parsed: beam)
        }
        for setting in program.options.environment { setenv(setting.name, setting.value, 1) }
        let flags = program.options.mainModule.map { [("escript", ["main", $0])] } ?? []
        ProgramArguments.set(plain: [file] + arguments, flags: flags)
        let modules = program.modules.map { module in ArchivedModule(name: module.name) { .success(Array(module.bytes)) } }
        return start(beam: beam, modules: modules, files: program.otherFiles,
                     library: OTPLibrary.locate()?.codePath ?? [], origin: file,
                     prefix: "escript", module: program.mainModule,
                     function: "main", arity: 1, schedulers: schedulers) { p in [p.list(arguments.map { p.charList($0) })] }
    }

    /// Runs a bundle's entry.
    static func runBundle(file: String, bytes: [UInt8], arguments: [String], schedulers: Int?) -> Int32 {
        let bundle: Bundle, files: [(name: String, bytes: ArraySlice<UInt8>)]
        do {
            bundle = try Bundle(bytes: bytes)
            files = try bundle.files.map { file throws(ArchiveError) in (file.name, try file.contents()[...]) }
        } catch {
            printError("beamr: \(file): \(error)")
            return 2
        }
        let entry = bundle.entry
        guard let module = bundle.modules.first(where: { $0.name == entry.module }),
              let beam = try? BeamModule(bytes: module.contents(), deferringCode: true) else {
            printError("beamr: \(file): the bundle has no valid module \(entry.module) for its entry")
            return 2
        }
        // escript's convention (main/1) comes with escript's plain arguments, so
        // escript:script_name/0 names the bundle; other entries see just the arguments.
        ProgramArguments.set(plain: entry.style == .argumentList ? [file] + arguments : arguments)
        let name = file.split(separator: "/").last.map(String.init) ?? file
        // Only the bundle's modules: a module it lacks fails here as it would on a machine
        // without Erlang, instead of being found in the local installation.
        let modules = bundle.modules.map { module in
            ArchivedModule(name: module.name) {
                Result { () throws(ArchiveError) in try module.contents() }.mapError { LoadFailure(description: "\(file): \($0)") }
            }
        }
        return start(beam: beam, modules: modules, files: files, library: [], origin: file, prefix: name, module: entry.module,
                     function: entry.function, arity: entry.arity, schedulers: schedulers) { p in
            switch entry.style {
            case .noArguments: return []
            case .argumentList: return [p.list(arguments.map { p.charList($0) })]
            case .atomArgument: return [Term.atom(entry.atom)]
            }
        }
    }


    /// Starts the runtime with the program's modules in memory (the `library` directories
    /// after them) and runs `beamr_escript:run(Prefix, Module, Function, Arguments)`.
    static func start(beam: BeamModule, modules: [ArchivedModule],
                      files: [(name: String, bytes: ArraySlice<UInt8>)] = [], library: [String], origin: String,
                      prefix: String,
                      module: String, function: String, arity: Int, schedulers: Int?,
                      arguments: @escaping (Process) -> [Term]) -> Int32 {
        MapHash.select(for: beam)
        let runtime = Runtime(codePath: library, schedulers: schedulers)
        CodeServer.shared.setArchive(modules, files: files, origin: origin)
        let runner = Term.atom("beamr_escript"), run = Term.atom("run")
        runtime.prepare(program: beam, entry: (Term.atom(module), Term.atom(function), arity))
        let process = runtime.spawn(module: runner, function: run, arity: 4) { p in
            [p.charList(prefix), Term.atom(module), Term.atom(function), p.list(arguments(p))]
        }
        // beamr_escript halts the VM itself; these cases mean it could not run at all.
        switch runtime.runToCompletion(process) {
        case .returned:
            return 0
        case .raised(let kind, let reason, let trace):
            StandardStreams.write(ExceptionReport.format(kind: kind, reason: reason, trace: trace), to: 2)
            return 127
        }
    }
}
