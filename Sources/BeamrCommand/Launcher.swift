import ArgumentParser
import BeamFile
import BeamVM

#if canImport(Glibc)
import Glibc
#endif

/// How `beamr run` prints the result and an uncaught exception.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    /// `~p` and ERTS's exception report.
    case erlang
    /// `string.inspect` and Gleam's kinds of failure (panic, todo, let assert, assert).
    case gleam
}

/// What `beamr run` (and the implicit form) was asked to do.
struct LaunchRequest {
    /// A .beam file, a Gleam project directory or a Gleam build directory.
    var file: String
    var entry: String?
    var directories: [String] = []
    var arguments: [String] = []
    var quiet = false
    var schedulers: Int?
    /// nil: Gleam's when the entry module is Gleam code, Erlang's otherwise.
    var format: OutputFormat?
    /// For a Gleam project: the module whose main/0 runs (`gleam run --module`).
    var module: String?
}

/// Resolves what to run and reports how it ended; shared by `run` and the implicit form.
enum Launcher {
    /// Runs a program and returns the process exit status.
    /// - Parameter parsed: the module when the caller already read it (a `.beam` behind a `#!` line).
    static func run(_ request: LaunchRequest, parsed: BeamModule? = nil) -> Int32 {
        let file = request.file
        guard FileSystem.exists(file) else {
            printError("beamr: \(file): no such file")
            return 2
        }
        if FileSystem.isDirectory(file) { return runProject(request) }
        if parsed == nil, let status = ScriptLauncher.runIfScript(file: file, arguments: request.arguments,
                                                                 schedulers: request.schedulers) {
            return status
        }
        let beam: BeamModule
        do {
            beam = try parsed ?? BeamFileReader.load(file, deferringCode: true)
        } catch {
            printError("beamr: \(error)")
            return 2
        }
        let directory = Bundler.parentDirectory(file)
        // Arguments go to main/N when the module has it; otherwise main/0 reads them with
        // init:get_plain_arguments/0, as Gleam programs do.
        let hasMainN = beam.exports("main", arity: request.arguments.count)
        var target = Target(module: beam.name, function: "main", arity: hasMainN ? request.arguments.count : 0)
        if let entry = request.entry {
            guard let parsed = EntrySpec(entry) else {
                printError("beamr: bad --entry \(entry): expected module:function/arity")
                return 2
            }
            target = Target(module: parsed.module, function: parsed.function, arity: parsed.arity)
            guard target.arity == request.arguments.count else {
                printError("beamr: \(entry) takes \(target.arity) arguments but \(request.arguments.count) were given")
                return 2
            }
        }
        let projectRoot = GleamBuild.projectFile(above: directory).map(Bundler.parentDirectory)
        let siblings = siblingPackages(of: directory)
        CodeServer.shared.setLibraryDirectories(siblings)
        return execute(request, beam: beam, path: file, codePath: [directory] + request.directories + siblings,
                       target: target, sourceRoot: projectRoot)
    }

    /// For a module in a Gleam build (`<build>/<package>/ebin`), the other packages' ebin
    /// directories: a module of the project calls the standard library and its other
    /// dependencies.
    static func siblingPackages(of directory: String) -> [String] {
        let absolute = Bundler.absolute(directory)
        guard absolute.hasSuffix("/ebin") else { return [] }
        let package = Bundler.parentDirectory(absolute)
        let build = Bundler.parentDirectory(package)
        return FileSystem.listDirectory(build).sorted().map { Bundler.join(build, $0, "ebin") }
            .filter { $0 != absolute && FileSystem.isDirectory($0) }
    }

    /// A Gleam project or build directory: `<package>@@main:run(<module>)` as `gleam run`
    /// does, or `<module>:main/0` when the build has no `@@main` module.
    static func runProject(_ request: LaunchRequest) -> Int32 {
        let build: GleamBuild
        do {
            build = try GleamBuild.locate(request.file)
        } catch {
            printError("beamr: \(error.description)")
            return 2
        }
        // `gleam run --module` takes Gleam's module names: shapes/crash is shapes@crash.
        let module = request.module.map { String($0.map { $0 == "/" ? "@" : $0 }) } ?? build.package
        var target: Target
        if let entry = request.entry {
            guard let parsed = EntrySpec(entry) else {
                printError("beamr: bad --entry \(entry): expected module:function/arity")
                return 2
            }
            target = Target(module: parsed.module, function: parsed.function, arity: parsed.arity)
        } else if let main = build.mainModule {
            target = Target(module: main, function: "run", arity: 1, atomArgument: module)
        } else {
            target = Target(module: module, function: "main", arity: 0)
        }
        let codePath = request.directories + build.codePath
        CodeServer.shared.setLibraryDirectories(build.dependencies)
        guard let path = codePath.lazy.map({ Bundler.join($0, target.module + ".beam") }).first(where: FileSystem.exists) else {
            printError("beamr: \(request.file): no module \(target.module) in the build")
            return 2
        }
        let beam: BeamModule
        do {
            beam = try BeamFileReader.load(path, deferringCode: true)
        } catch {
            printError("beamr: \(error)")
            return 2
        }
        if target.atomArgument == nil && target.arity != request.arguments.count && target.arity != 0 {
            printError("beamr: \(target.module):\(target.function)/\(target.arity) takes \(target.arity) arguments but \(request.arguments.count) were given")
            return 2
        }
        return execute(request, beam: beam, path: path, codePath: codePath, target: target, sourceRoot: build.root)
    }

    /// The function a program starts with.
    struct Target {
        var module: String
        var function: String
        var arity: Int
        /// `@@main:run/1` takes the module to run, an atom; its output is the program's own.
        var atomArgument: String?
    }

    /// Starts the runtime, runs `target` in the first process and reports how it ended.
    static func execute(_ request: LaunchRequest, beam: BeamModule, path: String, codePath: [String], target: Target,
                        sourceRoot: String?) -> Int32 {
        MapHash.select(for: beam)
        let library = OTPLibrary.locate()
        let runtime = Runtime(codePath: codePath + (library?.codePath ?? []), schedulers: request.schedulers)
        ProgramArguments.set(plain: request.arguments)
        let moduleName = Term.atom(target.module), function = Term.atom(target.function)
        runtime.prepare(program: beam, entry: (moduleName, function, target.arity))
        let module: LoadedModule
        switch CodeServer.shared.load(beam, path: path) {
        case .success(let loaded): module = loaded
        case .failure(let error):
            printError("beamr: \(error)")
            return 2
        }
        if moduleName == module.name && !module.exports(function, target.arity) {
            printError("beamr: \(path): module \(module.name.atomName.string) does not export \(target.function)/\(target.arity)")
            return 2
        }
        let entryModule = moduleName == module.name ? module : CodeServer.shared.ensureLoaded(moduleName)
        let gleam = (request.format ?? (entryModule?.isGleam == true ? .gleam : .erlang)) == .gleam
        let arguments = target.arity == request.arguments.count ? request.arguments : []
        let process = runtime.spawn(module: moduleName, function: function, arity: target.arity) { p in
            if let atom = target.atomArgument { return [Term.atom(atom)] }
            return arguments.map { argument in
                if let value = Int(argument), Term.fitsSmall(value) { return Term.small(value) }
                return p.utf8Binary(argument)
            }
        }
        switch runtime.runToCompletion(process) {
        case .returned(let value):
            if !request.quiet && target.atomArgument == nil {
                StandardStreams.write((gleam ? TermPrinter.gleam(value) : TermPrinter.format(value)) + "\n", to: 1)
            }
            return 0
        case .raised(let kind, let reason, let trace):
            if gleam {
                let report = FailureReport(kind: kind, reason: reason, trace: trace, inspect: TermPrinter.gleam)
                let style = Style(enabled: isatty(2) != 0)
                let name = report.frames.first?.function ?? target.module + "." + target.function
                let text = FailureText.render(report, label: "in", name: name, sourceRoot: sourceRoot, style: style)
                StandardStreams.write(text + FailureText.stacktrace(report, style: style), to: 2)
            } else {
                StandardStreams.write(ExceptionReport.format(kind: kind, reason: reason, trace: trace), to: 2)
            }
            return 1
        }
    }
}

/// `module:function/arity`.
struct EntrySpec {
    var module: String
    var function: String
    var arity: Int

    init?(_ text: String) {
        guard let colon = text.firstIndex(of: ":"), let slash = text.lastIndex(of: "/"), colon < slash,
              let arity = Int(text[text.index(after: slash)...]), arity >= 0 else { return nil }
        module = String(text[..<colon])
        function = String(text[text.index(after: colon)..<slash])
        self.arity = arity
        if module.isEmpty || function.isEmpty { return nil }
    }
}
