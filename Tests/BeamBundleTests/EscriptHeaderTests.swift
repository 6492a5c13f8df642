import Testing
@testable import BeamBundle

@Suite struct EscriptHeaderTests {
    func header(_ text: String) throws -> EscriptHeader { try EscriptHeader(bytes: Array(text.utf8)) }

    @Test func shebangThenBody() throws {
        let h = try header("#!/usr/bin/env escript\nFOR1....")
        #expect(h.shebang == "#!/usr/bin/env escript")
        #expect(h.comment == nil && h.emulatorArguments == nil)
        #expect(h.bodyOffset == 23 && h.bodyKind == .beam)
    }

    @Test func emulatorArgumentsOnTheSecondLine() throws {
        let h = try header("#!/usr/bin/env escript\n%%! -escript main m -env A b\nPK\u{3}\u{4}")
        #expect(h.emulatorArguments == "-escript main m -env A b")
        #expect(h.bodyKind == .archive)
        #expect(h.bodyOffset == 23 + 29)
    }

    @Test func commentThenEmulatorArguments() throws {
        let h = try header("#!/usr/bin/env escript\n%%\n%%! -escript main shim\nPK..")
        #expect(h.comment == "%%")
        #expect(h.emulatorArguments == "-escript main shim")
        #expect(h.bodyKind == .archive)
    }

    @Test func commentThenSource() throws {
        let h = try header("#!/usr/bin/env escript\n%% -*- erlang -*-\nmain(_) -> ok.\n")
        #expect(h.comment == "%% -*- erlang -*-")
        #expect(h.emulatorArguments == nil)
        #expect(h.bodyKind == .source)
        #expect(h.bodyOffset == 23 + 18)
    }

    @Test func bodyWithoutHeader() throws {
        #expect(try header("PK\u{3}\u{4}rest").bodyOffset == 0)
        #expect(try header("FOR1rest").bodyKind == .beam)
    }

    @Test func crlfLinesAreTrimmed() throws {
        let h = try header("#!/usr/bin/env escript\r\n%%! -env X y\r\nFOR1")
        #expect(h.emulatorArguments == "-env X y")
        #expect(h.bodyKind == .beam)
    }

    @Test func endOfFileInTheHeader() {
        #expect(throws: ArchiveError.self) { try header("#!/usr/bin/env escript\n") }
        #expect(throws: ArchiveError.self) { try header("") }
    }

    @Test func emulatorArgumentOptions() {
        let options = EscriptOptions("-escript main gleescript_main_shim -env GLEESCRIPT_MAIN app +S 3 -pa x -env K v")
        #expect(options.mainModule == "gleescript_main_shim")
        #expect(options.environment == [.init(name: "GLEESCRIPT_MAIN", value: "app"), .init(name: "K", value: "v")])
        #expect(options.ignored == ["+S", "3", "-pa", "x"])
        #expect(EscriptOptions(nil) == EscriptOptions(""))
    }

    @Test func sourceBodiesAreRefusedClearly() {
        let error = #expect(throws: ArchiveError.self) {
            try EscriptProgram(bytes: Array("#!/usr/bin/env escript\nmain(_) -> ok.\n".utf8), path: "s.escript")
        }
        #expect(error?.kind == .sourceScript)
        #expect(error?.description.contains("source escripts are not supported yet") == true)
    }

    @Test func archiveModuleDefaultsToTheFileName() throws {
        let bytes = try #require(FixturePaths.read("bin/script_multi.escript"))
        let program = try EscriptProgram(bytes: bytes, path: "some/dir/script_multi.escript")
        #expect(program.mainModule == "script_multi")
        #expect(Set(program.modules.map(\.name)) == ["script_multi", "script_helper"])
        #expect(EscriptProgram.moduleName(fromScript: "a/b.c.escript") == "b.c")
        #expect(EscriptProgram.moduleName(fromScript: "wordcount") == "wordcount")
    }

    @Test func gleescriptLayout() throws {
        let bytes = try #require(FixturePaths.read("bin/wordcount"))
        let program = try EscriptProgram(bytes: bytes, path: "wordcount")
        #expect(program.header.shebang == "#!/usr/bin/env escript")
        #expect(program.mainModule == "gleescript_main_shim")
        #expect(program.options.environment == [.init(name: "GLEESCRIPT_MAIN", value: "wordcount")])
        #expect(program.modules.contains { $0.name == "wordcount" })
        #expect(program.otherFiles.map(\.name).sorted() == ["mini_stdlib.app", "wordcount.app"])
    }

    @Test func beamBody() throws {
        let bytes = try #require(FixturePaths.read("bin/args_beam.escript"))
        let program = try EscriptProgram(bytes: bytes, path: "args_beam.escript")
        #expect(program.header.bodyKind == .beam)
        #expect(program.mainModule == "script_args")
        #expect(program.options.environment == [.init(name: "BEAMR_FIXTURE_ENV", value: "from_header")])
    }
}
