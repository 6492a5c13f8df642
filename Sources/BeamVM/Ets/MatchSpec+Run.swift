// Running a compiled match specification against one term: the first clause whose head
// matches (exactly: 1 does not match 1.0) and whose guards all evaluate to `true` gives the
// value of its last body expression. A guard that fails makes its clause fail; a body that
// fails yields 'EXIT', as in ERTS.
//
// Values built by guards and bodies go to the calling process's heap; variables refer to
// parts of the term being matched (a table object, under the table's lock), so a result
// that is kept must be copied (`Process.copyIn`) before the lock is released.

struct MatchRunner {
    let program: MatchProgram
    let p: Process
    /// Variable values of the clause being tried.
    private let variables: UnsafeMutablePointer<Term>
    private let exprs: [MatchProgram.Expr]
    private let children: [Int]

    init(_ program: MatchProgram, _ p: Process) {
        self.program = program
        self.p = p
        variables = .allocate(capacity: max(program.maxVariables, 1))
        exprs = program.exprs
        children = program.children
    }

    func release() { variables.deallocate() }

    /// The result for `object`, 'EXIT' when a body failed, or THE_NON_VALUE when no clause
    /// matches.
    func run(_ object: Term) -> Term {
        for clause in program.clauses {
            for v in 0..<clause.variables.count { variables[v] = .none }
            guard match(clause.pattern, object) else { continue }
            var passed = true
            for guardIndex in clause.guards where eval(guardIndex, object, clause) != .true {
                passed = false
                break
            }
            guard passed else { continue }
            var result = Term.none
            for expression in clause.body {
                result = eval(expression, object, clause)
                if result.isNone { return Atom.exitTag }
            }
            return result
        }
        return .none
    }

    // MARK: - Heads

    func match(_ pattern: Term, _ value: Term) -> Bool {
        var pattern = pattern, value = value
        while true {
            if pattern.isCatchTag { return matchSpecial(pattern, value) }
            switch pattern.primaryTag {
            case 3:
                return pattern.raw == value.raw
            case 1:
                guard value.isList else { return false }
                guard match(pattern.head, value.head) else { return false }
                pattern = pattern.tail
                value = value.tail
            default:
                guard pattern.isTuple else { return TermOrder.exactlyEqual(pattern, value) }
                guard value.isTuple else { return false }
                let arity = pattern.tupleArity
                guard value.tupleArity == arity else { return false }
                if arity == 0 { return true }
                for i in 0..<(arity - 1) where !match(pattern.tupleElement(i), value.tupleElement(i)) { return false }
                pattern = pattern.tupleElement(arity - 1)
                value = value.tupleElement(arity - 1)
            }
        }
    }

    private func matchSpecial(_ pattern: Term, _ value: Term) -> Bool {
        let payload = Int(pattern.catchIndex)
        if payload == 0 { return true }
        if payload & 1 == 1 {
            let slot = variables + (payload - 1) / 2
            if slot.pointee.isNone {
                slot.pointee = value
                return true
            }
            return TermOrder.exactlyEqual(slot.pointee, value)
        }
        guard value.isMap else { return false }
        let map = program.mapPatterns[(payload - 2) / 2]
        for (i, key) in map.keys.enumerated() {
            let found = MapOps.get(value, key)
            guard !found.isNone, match(map.values[i], found) else { return false }
        }
        return true
    }

    // MARK: - Expressions

    /// The value of expression `index`, or THE_NON_VALUE when it fails.
    func eval(_ index: Int, _ object: Term, _ clause: MatchProgram.Clause) -> Term {
        let e = exprs[index]
        switch e.kind {
        case .constant:
            return e.value
        case .variable:
            return variables[e.index]
        case .object:
            return object
        case .allVariables:
            var values: [Term] = []
            for v in 0..<clause.variables.count { values.append(variables[v]) }
            return p.list(values)
        case .tuple:
            var values: [Term] = []
            for i in 0..<e.count {
                let v = eval(children[e.first + i], object, clause)
                if v.isNone { return .none }
                values.append(v)
            }
            return p.tuple(values)
        case .cons:
            let head = eval(children[e.first], object, clause)
            if head.isNone { return .none }
            let tail = eval(children[e.first + 1], object, clause)
            if tail.isNone { return .none }
            return p.cons(head, tail)
        case .map:
            let n = e.count / 2
            var pairs: [(key: Term, value: Term)] = []
            for i in 0..<n {
                let k = eval(children[e.first + i], object, clause)
                if k.isNone { return .none }
                let v = eval(children[e.first + n + i], object, clause)
                if v.isNone { return .none }
                pairs.append((k, v))
            }
            return MapOps.make(p, pairs)
        case .call:
            return call(e, object, clause)
        case .andAlso, .orElse:
            let stop: Term = e.kind == .andAlso ? .false : .true
            for i in 0..<e.count {
                let v = eval(children[e.first + i], object, clause)
                if i == e.count - 1 { return v }
                if v == stop { return v }
                if v != .true && v != .false { return .none }
            }
            return .none
        case .and, .or:
            var result = e.kind == .and
            for i in 0..<e.count {
                let v = eval(children[e.first + i], object, clause)
                guard v == .true || v == .false else { return .none }
                if e.kind == .and { result = result && v == .true } else { result = result || v == .true }
            }
            return .bool(result)
        case .missing:
            return .none
        }
    }

    private func call(_ e: MatchProgram.Expr, _ object: Term, _ clause: MatchProgram.Clause) -> Term {
        withUnsafeTemporaryAllocation(of: Term.self, capacity: max(e.count, 1)) { buffer in
            let arguments = buffer.baseAddress!
            for i in 0..<e.count {
                let v = eval(children[e.first + i], object, clause)
                if v.isNone { return .none }
                arguments[i] = v
            }
            let result = BifTable.call(e.index, p, arguments)
            if result.isNone { p.clearException() }
            return result
        }
    }
}

extension Process {
    /// Forgets an exception a BIF recorded, when its caller treats the failure as a value
    /// (a failing guard in a match specification).
    func clearException() {
        exceptionClass = .none
        exceptionReason = .none
        exceptionErrorInfo = .none
        exceptionTrace = .none
    }
}
