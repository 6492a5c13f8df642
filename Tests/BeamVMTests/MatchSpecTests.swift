import Testing
@testable import BeamVM

/// Compiling and running match specifications in the table dialect.
struct MatchSpecTests {
    let p = Process(serial: 7)

    func a(_ name: String) -> Term { .atom(name) }
    func t(_ elements: Term...) -> Term { p.tuple(elements) }
    func l(_ elements: Term...) -> Term { p.list(elements) }
    /// `[{Head, Guards, Body}]`.
    func spec(_ head: Term, _ guards: [Term], _ body: [Term]) -> Term { l(t(head, p.list(guards), p.list(body))) }

    func run(_ spec: Term, on object: Term) -> Term {
        guard let program = MatchProgram.compile(spec) else { return a("compile_error") }
        let runner = MatchRunner(program, p)
        defer { runner.release() }
        return runner.run(object)
    }

    func errors(_ spec: Term) -> [String] {
        var errors: [String] = []
        #expect(MatchProgram.compile(spec, errors: &errors) == nil)
        return errors
    }

    @Test func allVariablesFollowVariableNumbers() {
        let object = t(a("x"), .small(1), .small(2))
        let result = run(spec(t(a("$3"), a("$1"), a("_")), [], [a("$$")]), on: object)
        #expect(TermPrinter.format(result) == "[1,x]")
    }

    @Test func repeatedVariablesMatchExactly() {
        let head = t(a("$1"), a("$1"))
        #expect(run(spec(head, [], [a("yes")]), on: t(.small(1), .small(1))) == a("yes"))
        #expect(run(spec(head, [], [a("yes")]), on: t(.small(1), p.float(1))).isNone)
        // A constant in the head matches exactly too.
        #expect(run(spec(t(.small(1), a("_")), [], [a("yes")]), on: t(p.float(1), .small(2))).isNone)
    }

    @Test func guardsSelectClausesAndBodiesMayFail() {
        let clauses = l(t(t(a("$1")), l(t(a(">"), a("$1"), .small(10))), l(a("big"))),
                        t(t(a("$1")), l(t(a("is_atom"), a("$1"))), l(a("atom"))),
                        t(t(a("$1")), .nil, l(t(a("+"), a("$1"), .small(1)))))
        #expect(run(clauses, on: t(.small(20))) == a("big"))
        #expect(run(clauses, on: t(.small(5))) == .small(6))
        // `>` on an atom is fine (term order); `+` on an atom fails: the body gives 'EXIT'.
        #expect(run(clauses, on: t(a("zz"))) == a("big"))
        let failing = spec(t(a("$1")), [t(a("=="), t(a("+"), a("$1"), .small(1)), .small(2))], [a("ok")])
        #expect(run(failing, on: t(a("x"))).isNone)
        #expect(run(spec(t(a("$1")), [], [t(a("+"), a("$1"), .small(1))]), on: t(a("x"))) == Atom.exitTag)
    }

    @Test func bodiesConstructTermsAndConstants() {
        let object = t(a("k"), .small(3))
        let tuple = run(spec(t(a("$1"), a("$2")), [], [t(t(a("$2"), a("$1"), t(a("*"), a("$2"), .small(2))))]), on: object)
        #expect(TermPrinter.format(tuple) == "{3,k,6}")
        let constant = run(spec(t(a("$1"), a("_")), [], [t(a("const"), t(a("$1")))]), on: object)
        #expect(TermPrinter.format(constant) == "{'$1'}")
        let list = run(spec(t(a("$1"), a("$2")), [], [p.list([a("$2")], tail: a("$1"))]), on: object)
        #expect(TermPrinter.format(list) == "[3|k]")
        let whole = run(spec(a("$1"), [], [a("$_")]), on: object)
        #expect(whole == object)
        let map = run(spec(t(a("$1"), a("$2")), [], [MapOps.make(p, [(a("$1"), a("$2"))])]), on: object)
        #expect(TermPrinter.format(map) == "#{k => 3}")
    }

    @Test func shortCircuitFormsAndStrictOnes() {
        let head = t(a("$1"))
        let andalso = t(a("andalso"), t(a("is_integer"), a("$1")), t(a(">"), t(a("+"), a("$1"), .small(1)), .small(0)))
        #expect(run(spec(head, [andalso], [a("ok")]), on: t(a("x"))).isNone)
        #expect(run(spec(head, [andalso], [a("ok")]), on: t(.small(4))) == a("ok"))
        let orelse = t(a("orelse"), t(a("is_atom"), a("$1")), t(a("+"), a("$1"), .small(1)))
        #expect(run(spec(head, [orelse], [a("ok")]), on: t(a("x"))) == a("ok"))
        // `or` evaluates every argument, so the failing one spoils it.
        let or = t(a("or"), t(a("is_atom"), a("$1")), t(a("+"), a("$1"), .small(1)))
        #expect(run(spec(head, [or], [a("ok")]), on: t(a("x"))).isNone)
    }

    @Test func mapPatternsMatchSubmaps() {
        let pattern = t(MapOps.make(p, [(a("k"), a("$1"))]))
        #expect(run(spec(pattern, [], [a("$1")]), on: t(MapOps.make(p, [(a("k"), .small(1)), (a("j"), .small(2))]))) == .small(1))
        #expect(run(spec(pattern, [], [a("$1")]), on: t(MapOps.make(p, [(a("j"), .small(2))]))).isNone)
        #expect(errors(spec(t(MapOps.make(p, [(a("$1"), .small(1))])), [], [a("ok")])) == ["Variable found in map key."])
    }

    @Test func errorsHaveErtsTexts() {
        #expect(errors(a("foo")) == ["Match programs are not in a list."])
        #expect(errors(l(a("foo"))) == ["Match program part is not a tuple of arity 3."])
        #expect(errors(spec(t(a("$1")), [], [a("$2")])) == ["Variable $2 is unbound."])
        #expect(errors(spec(t(a("$1")), [t(a("bogus"), a("$1"))], [a("ok")])) == ["Function bogus/1 does_not_exist."])
        #expect(errors(spec(t(a("$1")), [], [t(a("$1"))])) == ["{'$1'} is neither a function call, nor a tuple (tuples are written {{ ... }})."])
        #expect(errors(spec(t(a("$1")), [], [t(a("message"), .small(1))])) == ["Special form 'message' used in wrong dialect."])
        #expect(errors(spec(t(a("$1")), [], [t(a("and"))])) == ["Special form 'and' called without arguments in {and}."])
        #expect(errors(spec(t(a("$1")), [], [])) == ["Body clause does not return anything."])
        #expect(errors(spec(t(a("$1")), [], [t(a("get_tcw"))])) == ["Function get_tcw/0 cannot be called in this context."])
    }

    @Test func boundKeysAreFound() {
        let two = l(t(t(a("k1"), a("$1")), .nil, l(a("$1"))), t(t(a("k2"), a("_")), .nil, l(a("ok"))))
        let keys = MatchProgram.compile(two)?.boundKeys(keypos: 1) ?? []
        #expect(keys == [a("k1"), a("k2")])
        #expect(MatchProgram.compile(spec(t(a("$1"), a("k")), [], [a("ok")]))?.boundKeys(keypos: 1) == nil)
        #expect(MatchProgram.compile(spec(t(a("$1"), a("k")), [], [a("ok")]))?.boundKeys(keypos: 2) == [a("k")])
        #expect(MatchProgram.compile(spec(a("_"), [], [a("ok")]))?.boundKeys(keypos: 1) == nil)
    }

    @Test func emptySpecificationMatchesNothing() {
        #expect(run(.nil, on: t(.small(1))).isNone)
    }
}
