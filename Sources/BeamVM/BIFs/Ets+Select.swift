// ets: match specifications over tables (select and match families, select_count,
// select_delete, select_replace), continuations of chunked selects, and compiled
// specifications (match_spec_compile, match_spec_run_r, erlang:match_spec_test/3).
//
// Continuations have ERTS's shapes, with the specification's source where ERTS keeps a
// compiled specification (ets:repair_continuation/2 accepts both):
//
//   hash tables:   {Tid, NextBucket, Limit, MatchSpec, [], 0}
//   ordered sets:  {Tid, LastKey, [], Limit, MatchSpec, [], Reverse (0 or 1), 0}

extension EtsBifs {
    /// `[{Pattern, [], [Body]}]` on the heap, the specification of match/match_object.
    static func patternSpec(_ p: Process, _ pattern: Term, body: Term) -> Term {
        p.list([p.tuple(pattern, .nil, p.list([body]))])
    }

    /// The program for a specification argument (source or compiled reference).
    static func program(_ spec: Term) -> MatchProgram? {
        CompiledMatchSpecs.shared.program(spec) ?? MatchProgram.compile(spec)
    }

    // MARK: - Whole-table selects

    static func select2(_ p: Process, _ a: Arguments) -> Term { selectAll(p, a[0], a[1], reverse: false) }
    static func selectReverse2(_ p: Process, _ a: Arguments) -> Term { selectAll(p, a[0], a[1], reverse: true) }

    static func match2(_ p: Process, _ a: Arguments) -> Term {
        selectAll(p, a[0], patternSpec(p, a[1], body: EtsAtom.allVariables), reverse: false)
    }

    static func matchObject2(_ p: Process, _ a: Arguments) -> Term {
        selectAll(p, a[0], patternSpec(p, a[1], body: EtsAtom.wholeObject), reverse: false)
    }

    static func selectAll(_ p: Process, _ tab: Term, _ spec: Term, reverse: Bool) -> Term {
        guard let table = open(p, tab, write: false) else { return .none }
        defer { table.unlock() }
        guard let program = program(spec) else { return p.badarg() }
        var selection = EtsSelection(p, table, program, mode: .collect)
        defer { selection.release() }
        if let keys = program.boundKeys(keypos: table.keypos) {
            selection.run(keys: keys, reverse: reverse && table.isOrdered)
        } else {
            _ = selection.run(limit: nil, reverse: reverse && table.isOrdered)
        }
        return selection.list()
    }

    static func selectCount(_ p: Process, _ a: Arguments) -> Term { countOrDelete(p, a, mode: .count) }
    static func internalSelectDelete(_ p: Process, _ a: Arguments) -> Term { countOrDelete(p, a, mode: .delete) }
    static func selectReplace(_ p: Process, _ a: Arguments) -> Term { countOrDelete(p, a, mode: .replace) }

    static func countOrDelete(_ p: Process, _ a: Arguments, mode: EtsSelection.Mode) -> Term {
        guard let table = open(p, a[0], write: mode != .count) else { return .none }
        defer { table.unlock() }
        guard let program = program(a[1]) else { return p.badarg() }
        if mode == .replace && table.kind == .bag { return p.badarg() }
        var selection = EtsSelection(p, table, program, mode: mode)
        defer { selection.release() }
        if let keys = program.boundKeys(keypos: table.keypos) {
            selection.run(keys: keys, reverse: false)
        } else {
            _ = selection.run(limit: nil, reverse: false)
        }
        if selection.badReplacement { return p.badarg() }
        return .small(selection.count)
    }

    // MARK: - Chunks

    static func select3(_ p: Process, _ a: Arguments) -> Term { selectChunk(p, a[0], a[1], a[2], reverse: false) }
    static func selectReverse3(_ p: Process, _ a: Arguments) -> Term { selectChunk(p, a[0], a[1], a[2], reverse: true) }

    static func match3(_ p: Process, _ a: Arguments) -> Term {
        selectChunk(p, a[0], patternSpec(p, a[1], body: EtsAtom.allVariables), a[2], reverse: false)
    }

    static func matchObject3(_ p: Process, _ a: Arguments) -> Term {
        selectChunk(p, a[0], patternSpec(p, a[1], body: EtsAtom.wholeObject), a[2], reverse: false)
    }

    static func selectChunk(_ p: Process, _ tab: Term, _ spec: Term, _ limit: Term, reverse: Bool) -> Term {
        guard let table = open(p, tab, write: false) else { return .none }
        defer { table.unlock() }
        guard let program = program(spec), limit.isSmall, limit.smallValue > 0 else { return p.badarg() }
        return chunk(p, table, program, spec: spec, limit: limit.smallValue, reverse: reverse && table.isOrdered,
                     bucket: 0, after: nil)
    }

    /// One chunk of a select: `{Results, Continuation}`, or '$end_of_table' when nothing
    /// (more) matches.
    static func chunk(_ p: Process, _ table: EtsTable, _ program: MatchProgram, spec: Term, limit: Int, reverse: Bool,
                      bucket: Int, after key: Term?) -> Term {
        var selection = EtsSelection(p, table, program, mode: .collect)
        defer { selection.release() }
        let stop: EtsSelection.Stop
        if let keys = program.boundKeys(keypos: table.keypos), bucket == 0, key == nil {
            selection.run(keys: keys, reverse: reverse)
            stop = .finished
        } else {
            stop = selection.run(limit: limit, reverse: reverse, bucket: bucket, after: key)
        }
        let results = selection.list()
        let continuation: Term
        switch stop {
        case .finished:
            if results.isNil { return EtsAtom.endOfTable }
            continuation = EtsAtom.endOfTable
        case .bucket(let next):
            continuation = p.tuple(table.reference(p), .small(next), .small(limit), spec, .nil, .small(0))
        case .key(let last):
            continuation = p.tuple(table.reference(p), p.copyIn(last), .nil, .small(limit), spec, .nil,
                                   .small(reverse ? 1 : 0), .small(0))
        }
        return p.tuple(results, continuation)
    }

    static func select1(_ p: Process, _ a: Arguments) -> Term { continueSelect(p, a[0]) }
    static func selectReverse1(_ p: Process, _ a: Arguments) -> Term { continueSelect(p, a[0]) }

    /// select/1, select_reverse/1, match/1 and match_object/1.
    static func continueSelect(_ p: Process, _ c: Term) -> Term {
        if c == EtsAtom.endOfTable { return EtsAtom.endOfTable }
        guard c.isTuple, c.tupleArity == 6 || c.tupleArity == 8 else { return p.badarg() }
        let hashShape = c.tupleArity == 6
        let limit = c.tupleElement(hashShape ? 2 : 3), spec = c.tupleElement(hashShape ? 3 : 4)
        guard limit.isSmall, limit.smallValue > 0 else { return p.badarg() }
        if hashShape {
            guard c.tupleElement(1).isSmall, c.tupleElement(1).smallValue >= 0 else { return p.badarg() }
        } else {
            guard c.tupleElement(6).isSmall else { return p.badarg() }
        }
        guard let table = open(p, c.tupleElement(0), write: false) else { return .none }
        defer { table.unlock() }
        guard table.isOrdered != hashShape, let program = program(spec) else { return p.badarg() }
        if hashShape {
            return chunk(p, table, program, spec: spec, limit: limit.smallValue, reverse: false,
                         bucket: c.tupleElement(1).smallValue, after: nil)
        }
        return chunk(p, table, program, spec: spec, limit: limit.smallValue, reverse: c.tupleElement(6) == .small(1),
                     bucket: 0, after: c.tupleElement(1))
    }

    // MARK: - Compiled specifications

    static func matchSpecCompile(_ p: Process, _ a: Arguments) -> Term {
        guard let program = MatchProgram.persistent(a[0]) else { return p.badarg() }
        return p.reference(CompiledMatchSpecs.shared.register(program))
    }

    static func isCompiledMs(_ p: Process, _ a: Arguments) -> Term {
        .bool(CompiledMatchSpecs.shared.program(a[0]) != nil)
    }

    /// `ets:match_spec_run_r(List, CompiledMatchSpec, Acc)`: the results for the elements
    /// of `List` that match, prepended to `Acc` (so in reverse order).
    static func matchSpecRunR(_ p: Process, _ a: Arguments) -> Term {
        guard let program = CompiledMatchSpecs.shared.program(a[1]), let items = a[0].listElements else { return p.badarg() }
        let runner = MatchRunner(program, p)
        defer { runner.release() }
        var result = a[2]
        for item in items {
            let value = runner.run(item)
            if !value.isNone { result = p.cons(value, result) }
        }
        return result
    }

    /// `erlang:match_spec_test(Term, MatchSpec, table)`: `{ok, Result, [], []}` or
    /// `{error, [{error, Text}]}`.
    static func matchSpecTest(_ p: Process, _ a: Arguments) -> Term {
        guard a[2] == EtsAtom.table else { return p.badarg() }
        var errors: [String] = []
        guard a[1].isList, let program = MatchProgram.compile(a[1], errors: &errors) else {
            if errors.isEmpty { errors = ["Match programs are not in a list."] }
            return p.tuple(Atom.error, p.list(errors.map { p.tuple(Atom.error, p.charList($0)) }))
        }
        let runner = MatchRunner(program, p)
        defer { runner.release() }
        let result = runner.run(a[0])
        return p.tuple(Atom.ok, result.isNone ? .false : result, .nil, .nil)
    }
}
