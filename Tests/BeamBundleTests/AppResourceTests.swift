import Testing
@testable import BeamBundle

@Suite struct AppResourceTests {
    @Test func readsTheKeysThatDecideWhatStarts() throws {
        let text = """
            %% A resource file as rebar3 and Gleam write them.
            {application, 'my_app',
             [{description, "An \\"app\\""},
              {vsn, "1.0.0"},
              {registered, []},
              {mod, {my_app@sup, [1, 2.5e3, -7, 16#FF, {a, b}]}},
              {applications, [kernel, stdlib, gleam_stdlib]},
              {included_applications, [extra]},
              {env, [{key, [a | b]}]},
              {modules, []}]}.
            """
        let resource = try #require(AppResource(text: Array(text.utf8)))
        #expect(resource.name == "my_app")
        #expect(resource.callbackModule == "my_app@sup")
        #expect(resource.dependencies == ["kernel", "stdlib", "gleam_stdlib", "extra"])
    }

    @Test func aLibraryApplicationHasNoCallback() throws {
        let resource = try #require(AppResource(text: Array("{application,lib,[{vsn,\"0.1\"}]}.\n".utf8)))
        #expect(resource.callbackModule == nil)
        #expect(resource.dependencies.isEmpty)
        // An empty key list is a valid resource file too.
        let bare = try #require(AppResource(text: Array("{application, bare, []}.".utf8)))
        #expect(bare.name == "bare" && bare.dependencies.isEmpty)
    }

    @Test func otherTextIsRefused() {
        for text in ["", "{application,x,[]}", "{application,x,[]}. extra", "{release,x,[]}.", "{application,x,[}.", "[[[[" ] {
            #expect(AppResource(text: Array(text.utf8)) == nil, "\(text)")
        }
        // Deep nesting is refused rather than recursing without bound.
        let deep = String(repeating: "{", count: 10_000)
        #expect(AppResource(text: Array(deep.utf8)) == nil)
    }

    @Test func everyPrefixOfAFileIsHandled() {
        let text = Array("{application,a,[{mod,{a_app,[]}},{applications,[kernel]}]}.\n".utf8)
        for count in 0..<text.count - 1 { _ = AppResource(text: Array(text.prefix(count))) }
        #expect(AppResource(text: text) != nil)
    }
}
