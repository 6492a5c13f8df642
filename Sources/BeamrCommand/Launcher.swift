import BeamFile
import BeamVM

/// Resolves what to run and reports how it ended; shared by `run` and the implicit form.
enum Launcher {
    /// Runs a program and returns the process exit status.
    /// - Parameter parsed: the module when the caller already read it (a `.beam` behind a `#!` line).
    static func run(file: String, entry: String?, directories: [String], arguments: [String], quiet: Bool,
                    schedulers: Int? = nil, parsed: BeamModule? = nil) -> Int32 {
        guard FileSystem.exists(file) else {
            printError("beamr: \(file): no such file")
            return 2
        }
        if parsed == nil, let status = ScriptLauncher.runIfScript(file: file, arguments: arguments, schedulers: schedulers) {
            return status
        }
        let beam: BeamModule
        do {
            beam = try parsed ?? BeamFileReader.load(file)
        } catch {
            printError("beamr: \(error)")
            return 2
        }
        MapHash.select(for: beam)
        let directory = file.contains("/") ? String(file[..<file.lastIndex(of: "/")!]) : "."
        let library = OTPLibrary.locate()
        let runtime = Runtime(codePath: [directory] + directories + (library?.codePath ?? []), schedulers: schedulers)
        ProgramArguments.set(plain: arguments)
        var function = "main"
        var moduleName = Term.atom(beam.name)
        // Arguments go to main/N when the module has it; otherwise main/0 reads them with
        // init:get_plain_arguments/0, as Gleam programs do.
        let hasMainN = beam.exports.contains { beam.atom($0.function) == "main" && $0.arity == arguments.count }
        var arity = hasMainN ? arguments.count : 0
        if let entry {
            guard let parsed = EntrySpec(entry) else {
                printError("beamr: bad --entry \(entry): expected module:function/arity")
                return 2
            }
            moduleName = Term.atom(parsed.module)
            function = parsed.function
            arity = parsed.arity
            guard arity == arguments.count else {
                printError("beamr: \(entry) takes \(arity) arguments but \(arguments.count) were given")
                return 2
            }
        }
        runtime.prepare(program: beam, entry: (moduleName, Term.atom(function), arity))
        guard case .success(let module) = CodeServer.shared.load(beam, path: file) else {
            if case .failure(let error) = CodeServer.shared.load(beam, path: file) { printError("beamr: \(error)") }
            return 2
        }
        if moduleName == module.name && !module.exports(Term.atom(function), arity) {
            printError("beamr: \(file): module \(module.name.atomName.string) does not export \(function)/\(arity)")
            return 2
        }
        let passed = arity == arguments.count ? arguments : []
        let process = runtime.spawn(module: moduleName, function: Term.atom(function), arity: arity) { p in
            passed.map { argument in
                if let value = Int(argument), Term.fitsSmall(value) { return Term.small(value) }
                return p.utf8Binary(argument)
            }
        }
        switch runtime.runToCompletion(process) {
        case .returned(let value):
            if !quiet { StandardStreams.write(TermPrinter.format(value) + "\n", to: 1) }
            return 0
        case .raised(let kind, let reason, let trace):
            StandardStreams.write(ExceptionReport.format(kind: kind, reason: reason, trace: trace), to: 2)
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
