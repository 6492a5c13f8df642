import ArgumentParser
import BeamFile
import BeamVM

#if canImport(Glibc)
import Glibc
#endif

/// `beamr test`: runs a Gleam project's tests, the way gleeunit finds them, in parallel.
struct TestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "test",
        abstract: "Run a Gleam project's tests (gleeunit's conventions), each in its own process, in parallel.",
        discussion: """
        DIR is a Gleam project (a directory with gleam.toml, built by `gleam build`), its build/dev/erlang \
        directory, or a directory of .beam files. The tests are the exported zero-arity functions whose name \
        ends in _test, in the project package's modules whose name ends in _test or whose source is under \
        test/. Each runs in a process of its own, on every scheduler at once; a test passes when it returns \
        and fails when it raises, exits or runs out of time. Output: a dot per passing test, then each failure \
        (the kind of failure, the source file and line, the test, the values of a failed let assert or assert, \
        the test's output), then `N passed, M failed`. The exit status is 0 when every test passed, 1 otherwise \
        (also when there are no tests). --gleeunit instead runs the project's own <package>_test:main/0 (gleeunit \
        through OTP's eunit) exactly as `gleam test` does.
        """
    )

    @Argument(help: "The Gleam project, build/dev/erlang directory, or directory of .beam files (default: the current directory).")
    var directory: String = "."

    @Option(help: "Each test's time limit in seconds.")
    var timeout: Double = 5

    @Option(name: .customLong("filter"), help: "Run only tests whose module.function contains TEXT (repeatable).")
    var filters: [String] = []

    @Option(name: .customLong("junit"), help: "Also write a JUnit XML report to FILE.")
    var junit: String?

    @Option(help: "How many tests may run at the same time (default: 4 per scheduler).")
    var jobs: Int?

    @Option(help: "Number of scheduler threads (default: one per online core).")
    var schedulers: Int?

    @Flag(help: "Run the project's <package>_test:main/0 as `gleam test` does (gleeunit and eunit) instead.")
    var gleeunit = false

    @Argument(parsing: .postTerminator, help: "Arguments for the tests (init:get_plain_arguments/0).")
    var arguments: [String] = []

    func validate() throws {
        if let schedulers, schedulers < 1 || schedulers > 1024 { throw ValidationError("--schedulers must be between 1 and 1024") }
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        guard timeout > 0, timeout < 1e7 else { throw ValidationError("--timeout must be a positive number of seconds") }
    }

    func run() throws {
        let status = gleeunit ? runGleeunit() : runNative()
        if status != 0 { throw ExitCode(status) }
    }

    /// Where the tests are: the program's ebin directories, the library directories, and
    /// the project root.
    private func locate() -> (own: [String], libraries: [String], root: String?)? {
        guard FileSystem.isDirectory(directory) else {
            printError("beamr: \(directory): no such directory")
            return nil
        }
        let hasBeams = FileSystem.listDirectory(directory).contains { $0.hasSuffix(".beam") }
        if hasBeams && !FileSystem.exists(Bundler.join(directory, "gleam.toml")) {
            return ([directory], [], GleamBuild.projectFile(above: directory).map(Bundler.parentDirectory))
        }
        do {
            let build = try GleamBuild.locate(directory)
            return ([build.ebin(build.package)], build.dependencies, build.root)
        } catch {
            printError("beamr: \(error.description)")
            return nil
        }
    }

    func runNative() -> Int32 {
        guard let place = locate() else { return 2 }
        let (tests, problems) = TestDiscovery.discover(in: place.own, filters: filters)
        for problem in problems { printError("beamr: \(problem)") }
        guard let first = tests.first else {
            StandardStreams.write("No tests found!\n", to: 1)
            return 1
        }
        let library = OTPLibrary.locate()
        let runtime = Runtime(codePath: place.own + place.libraries + (library?.codePath ?? []), schedulers: schedulers)
        CodeServer.shared.setLibraryDirectories(place.libraries)
        ProgramArguments.set(plain: arguments)
        guard let path = place.own.lazy.map({ Bundler.join($0, first.module + ".beam") }).first(where: FileSystem.exists),
              let beam = try? BeamFileReader.load(path) else {
            printError("beamr: cannot read module \(first.module)")
            return 2
        }
        MapHash.select(for: beam)
        runtime.prepare(program: beam, entry: (Term.atom(first.module), Term.atom(first.function), 0))
        // Load the test modules now, once, rather than from many processes at once.
        var loaded = Set<String>()
        for test in tests where !loaded.contains(test.module) {
            loaded.insert(test.module)
            _ = CodeServer.shared.ensureLoaded(Term.atom(test.module))
        }
        let terminal = isatty(1) != 0
        let cores = schedulers ?? SchedulerPool.onlineCores
        let options = TestOptions(timeoutMilliseconds: Int((timeout * 1000).rounded(.up)), concurrency: jobs ?? 4 * cores,
                                  terminal: terminal, sourceRoot: place.root)
        let runner = TestRunner(tests: tests, options: options)
        runner.run(on: runtime)
        StandardStreams.write(runner.report(), to: 1)
        if let junit {
            let xml = JUnitReport.xml(tests: tests, results: runner.results, sourceRoot: place.root)
            do {
                try FileSystem.writeFile(junit, Array(xml.utf8))
            } catch {
                printError("beamr: \(error.description)")
                return 2
            }
        }
        return runner.allPassed ? 0 : 1
    }

    /// `gleam test`: `<package>@@main:run(<package>_test)` from the project's directory
    /// (gleeunit looks for the test modules' sources under `test/`).
    func runGleeunit() -> Int32 {
        let build: GleamBuild
        do {
            build = try GleamBuild.locate(directory)
        } catch {
            printError("beamr: \(error.description)")
            return 2
        }
        let absolute = Bundler.absolute(directory)
        if let root = build.root, chdir(root) != 0 {
            printError("beamr: \(root): cannot change to the project directory")
            return 2
        }
        let request = LaunchRequest(file: absolute, arguments: arguments, quiet: true, schedulers: schedulers,
                                    module: build.package + "_test")
        return Launcher.runProject(request)
    }
}
