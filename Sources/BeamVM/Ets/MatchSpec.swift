// Match specifications compiled for the `table` dialect (ets:select/2 and friends,
// ets:match_spec_compile/1, erlang:match_spec_test/3), with ERTS's rules and messages.
//
//   MatchSpec  = [{Head, [Guard], [Body]}]
//   Head       a pattern: '$N' variables, '_', tuples, lists, maps (submap), constants
//   Guard/Body expressions: '$N' (bound in the head), '$_', '$$', constants, lists,
//              {{Tuple}} construction, {const, Term}, #{K => V}, and calls {F, Args...} of
//              the guard BIFs and the special forms and/or/andalso/orelse
//
// Heads are rewritten into pattern terms where variables, '_' and maps are special
// immediates (catch tags, which never occur in data):
//
//   payload 0          '_'
//   payload 2v + 1     variable number v of the clause (variables numbered by '$N' order)
//   payload 2m + 2     map pattern m (keys and value patterns in `mapPatterns`)
//
// Guard and body expressions become a tree of `Expr` nodes in one array.
// A program is only valid while the terms it was compiled from live: programs that outlive
// one BIF call are compiled from a private copy (`MatchProgram.persistent`).

import BeamFile

#if canImport(Glibc)
import Glibc
#endif

final class MatchProgram: @unchecked Sendable { // @unchecked: immutable after compilation
    struct Clause {
        var pattern: Term
        /// The '$N' numbers bound by the head, ascending: variable v is `variables[v]`.
        var variables: [Int]
        var guards: [Int]
        var body: [Int]
    }

    struct Expr {
        enum Kind: UInt8 {
            case constant, variable, object, allVariables, tuple, cons, map, call, andAlso, orElse, and, or, missing
        }
        var kind: Kind
        var value: Term = .none
        /// Variable index, or BIF number for calls.
        var index: Int = 0
        /// Children: `children[first ..< first + count]`.
        var first: Int = 0
        var count: Int = 0
        /// True when the node is a constant whose value is its own source term.
        var literal = false
    }

    var clauses: [Clause] = []
    var exprs: [Expr] = []
    var children: [Int] = []
    var mapPatterns: [(keys: [Term], values: [Term])] = []
    var maxVariables = 0
    /// Words of rewritten pattern terms.
    private var blocks: [UnsafeMutablePointer<Term>] = []
    /// The private copy of the source of a persistent program.
    private var source: UnsafeMutablePointer<EtsNode>?
    /// The specification as given (valid as long as the program when persistent).
    private(set) var sourceTerm: Term = .nil

    deinit {
        for block in blocks { block.deallocate() }
        if let source { EtsNode.free(source) }
    }

    func allocate(_ words: Int) -> UnsafeMutablePointer<Term> {
        let block = UnsafeMutablePointer<Term>.allocate(capacity: max(words, 1))
        blocks.append(block)
        return block
    }

    /// Compiles a specification for use during the current BIF call only.
    static func compile(_ spec: Term) -> MatchProgram? {
        var errors: [String] = []
        return compile(spec, errors: &errors)
    }

    static func compile(_ spec: Term, errors: inout [String]) -> MatchProgram? {
        let program = MatchProgram()
        program.sourceTerm = spec
        var compiler = MatchCompiler(program: program)
        guard compiler.compile(spec) else {
            errors = compiler.errors
            return nil
        }
        return program
    }

    /// Compiles a private copy of `spec`, valid after the call (match_spec_compile/1).
    static func persistent(_ spec: Term) -> MatchProgram? {
        let copy = EtsNode.make(spec)
        guard let program = compile(copy.object) else {
            EtsNode.free(copy)
            return nil
        }
        program.source = copy
        return program
    }

    // MARK: - Pattern shapes

    static func wildcard() -> Term { .catchTag(0) }
    static func variable(_ v: Int) -> Term { .catchTag(UInt64(2 * v + 1)) }
    static func mapPattern(_ m: Int) -> Term { .catchTag(UInt64(2 * m + 2)) }

    /// Whether a rewritten pattern term contains no variables, wildcards or map patterns.
    static func isGround(_ pattern: Term) -> Bool {
        var stack = [pattern]
        while let t = stack.popLast() {
            if t.isCatchTag { return false }
            if t.isList {
                stack.append(t.head)
                stack.append(t.tail)
            } else if t.isTuple {
                for i in 0..<t.tupleArity { stack.append(t.tupleElement(i)) }
            }
        }
        return true
    }

    /// The keys every clause's head binds at position `keypos`, when all heads are tuples
    /// with a ground key there (so a select needs to visit only those keys).
    func boundKeys(keypos: Int) -> [Term]? {
        var keys: [Term] = []
        for clause in clauses {
            let head = clause.pattern
            guard head.isTuple, head.tupleArity >= keypos else { return nil }
            let key = head.tupleElement(keypos - 1)
            guard Self.isGround(key) else { return nil }
            if !keys.contains(where: { TermOrder.exactlyEqual($0, key) }) { keys.append(key) }
        }
        return keys.isEmpty ? nil : keys
    }

    /// True when every clause returns the whole object ('$_') unconditionally, so a result
    /// can be copied straight from the table.
    var returnsObjects: Bool {
        clauses.allSatisfy { clause in
            clause.guards.isEmpty && clause.body.count == 1 && exprs[clause.body[0]].kind == .object
        }
    }
}

/// Which guard functions a match specification may call, by release.
enum MatchSpecFunctions {
    static let common: Set<String> = [
        "is_atom/1", "is_float/1", "is_integer/1", "is_list/1", "is_number/1", "is_pid/1", "is_port/1",
        "is_reference/1", "is_tuple/1", "is_map/1", "is_map_key/2", "is_binary/1", "is_function/1", "is_record/3",
        "abs/1", "element/2", "hd/1", "length/1", "map_get/2", "map_size/1", "node/0", "node/1", "round/1",
        "size/1", "bit_size/1", "byte_size/1", "binary_part/2", "binary_part/3", "tl/1", "trunc/1", "float/1",
        "+/1", "-/1", "+/2", "-/2", "*/2", "//2", "div/2", "rem/2", "band/2", "bor/2", "bxor/2", "bnot/1",
        "bsl/2", "bsr/2", ">/2", ">=/2", "</2", "=</2", "=:=/2", "==/2", "=/=/2", "/=/2", "not/1", "xor/2",
        "self/0",
    ]
    /// Added in OTP 26.
    static let modern: Set<String> = [
        "is_bitstring/1", "is_boolean/1", "is_function/2", "max/2", "min/2", "tuple_size/1", "ceil/1", "floor/1",
    ]
    /// Special forms of the trace dialect.
    static let traceForms: Set<String> = [
        "is_seq_trace", "caller", "display", "exception_trace", "get_seq_token", "message", "return_trace",
        "process_dump", "enable_trace", "disable_trace", "trace", "silent", "set_seq_token", "caller_line",
        "current_stacktrace",
    ]
    /// Trace functions that no match specification of this dialect may call.
    static let traceFunctions: Set<String> = ["get_tcw/0", "set_tcw/1", "set_tcw_fake/1"]

    static func allowed(_ name: String, _ arity: Int) -> Bool {
        let key = "\(name)/\(arity)"
        return common.contains(key) || (!EtsRelease.legacy && modern.contains(key))
    }
}

/// One compilation.
struct MatchCompiler {
    let program: MatchProgram
    var errors: [String] = []
    /// '$N' number → variable index, for the clause being compiled.
    var bound: [Int: Int] = [:]

    init(program: MatchProgram) { self.program = program }

    mutating func compile(_ spec: Term) -> Bool {
        guard spec.isList || spec.isNil else {
            errors.append("Match programs are not in a list.")
            return false
        }
        var cursor = spec
        while cursor.isList {
            compileClause(cursor.head)
            cursor = cursor.tail
        }
        if !cursor.isNil {
            errors = ["Match programs are not in a proper list."]
        }
        return errors.isEmpty
    }

    mutating func compileClause(_ clause: Term) {
        guard clause.isTuple, clause.tupleArity == 3 else {
            errors.append("Match program part is not a tuple of arity 3.")
            return
        }
        bound = [:]
        let numbers = Self.variables(in: clause.tupleElement(0)).sorted()
        for (index, number) in numbers.enumerated() { bound[number] = index }
        guard let pattern = rewrite(clause.tupleElement(0)) else { return }
        // Guards and body are both checked, so that ERTS's list of errors is complete.
        let guards = expressions(clause.tupleElement(1))
        let bodyTerm = clause.tupleElement(2)
        guard bodyTerm.isList else {
            errors.append("Body clause does not return anything.")
            return
        }
        let body = expressions(bodyTerm)
        guard let guards, let body, errors.isEmpty else { return }
        program.maxVariables = max(program.maxVariables, numbers.count)
        program.clauses.append(MatchProgram.Clause(pattern: pattern, variables: numbers, guards: guards, body: body))
    }

    /// The '$N' numbers in a head, each once.
    static func variables(in head: Term) -> Set<Int> {
        var found: Set<Int> = []
        var stack = [head]
        while let t = stack.popLast() {
            if t.isAtom {
                if let n = variableNumber(t) { found.insert(n) }
            } else if t.isList {
                stack.append(t.head)
                stack.append(t.tail)
            } else if t.isTuple {
                for i in 0..<t.tupleArity { stack.append(t.tupleElement(i)) }
            } else if t.isMap {
                for entry in MapOps.entries(t) { stack.append(entry.value) }
            }
        }
        return found
    }

    /// '$N', '$_' and '$$', which cannot name functions.
    static func isVariableLike(_ atom: Term) -> Bool {
        atom == EtsAtom.wholeObject || atom == EtsAtom.allVariables || variableNumber(atom) != nil
    }

    /// N for an atom '$N' (digits only), else nil.
    static func variableNumber(_ atom: Term) -> Int? {
        let name = atom.atomName
        guard name.count >= 2, name.count <= 19, name.bytes[0] == UInt8(ascii: "$") else { return nil }
        var value = 0
        for i in 1..<name.count {
            let c = name.bytes[i]
            guard c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9") else { return nil }
            value = value * 10 + Int(c - UInt8(ascii: "0"))
        }
        return value
    }

    // MARK: - Heads

    /// The pattern term for a head; nil after recording an error.
    mutating func rewrite(_ t: Term) -> Term? {
        if t.isAtom {
            if t == EtsAtom.underscore { return MatchProgram.wildcard() }
            if let n = Self.variableNumber(t) { return MatchProgram.variable(bound[n]!) }
            return t
        }
        if t.isList {
            var cells: [(Term, Term)] = []
            var cursor = t
            while cursor.isList {
                cells.append((cursor, cursor.head))
                cursor = cursor.tail
            }
            guard let tail = rewrite(cursor) else { return nil }
            var result = tail
            for (_, head) in cells.reversed() {
                guard let h = rewrite(head) else { return nil }
                let cell = program.allocate(2)
                cell[0] = h
                cell[1] = result
                result = .list(cell)
            }
            return result
        }
        if t.isTuple {
            let arity = t.tupleArity
            let object = program.allocate(1 + arity)
            object[0] = Header.tuple(arity)
            for i in 0..<arity {
                guard let element = rewrite(t.tupleElement(i)) else { return nil }
                object[1 + i] = element
            }
            return .boxed(object)
        }
        if t.isMap {
            var keys: [Term] = [], values: [Term] = []
            for entry in MapOps.entries(t) {
                if !Self.variables(in: entry.key).isEmpty || Self.containsWildcard(entry.key) {
                    errors.append("Variable found in map key.")
                    return nil
                }
                guard let value = rewrite(entry.value) else { return nil }
                keys.append(entry.key)
                values.append(value)
            }
            program.mapPatterns.append((keys, values))
            return MatchProgram.mapPattern(program.mapPatterns.count - 1)
        }
        return t
    }

    static func containsWildcard(_ t: Term) -> Bool {
        var stack = [t]
        while let x = stack.popLast() {
            if x == EtsAtom.underscore { return true }
            if x.isList {
                stack.append(x.head)
                stack.append(x.tail)
            } else if x.isTuple {
                for i in 0..<x.tupleArity { stack.append(x.tupleElement(i)) }
            }
        }
        return false
    }

    // MARK: - Expressions

    /// Compiles a guard or body list; nil after an error.
    mutating func expressions(_ list: Term) -> [Int]? {
        guard list.isList || list.isNil else {
            errors.append("Match expression is not a list.")
            return nil
        }
        var result: [Int] = []
        var cursor = list
        while cursor.isList {
            if let node = expression(cursor.head) { result.append(node) }
            cursor = cursor.tail
        }
        guard cursor.isNil else {
            errors.append("Match expression is not a proper list.")
            return nil
        }
        return errors.isEmpty ? result : nil
    }

    mutating func add(_ expr: MatchProgram.Expr) -> Int {
        program.exprs.append(expr)
        return program.exprs.count - 1
    }

    mutating func addChildren(_ nodes: [Int]) -> Int {
        let first = program.children.count
        program.children.append(contentsOf: nodes)
        return first
    }

    mutating func constant(_ t: Term, literal: Bool) -> Int {
        add(.init(kind: .constant, value: t, literal: literal))
    }

    /// Compiles one expression; nil after recording an error.
    mutating func expression(_ t: Term) -> Int? {
        if t.isAtom {
            if t == EtsAtom.wholeObject { return add(.init(kind: .object)) }
            if t == EtsAtom.allVariables { return add(.init(kind: .allVariables)) }
            if let n = Self.variableNumber(t) {
                guard let index = bound[n] else {
                    errors.append("Variable $\(n) is unbound.")
                    return nil
                }
                return add(.init(kind: .variable, index: index))
            }
            return constant(t, literal: true)
        }
        if t.isList {
            guard let head = expression(t.head), let tail = expression(t.tail) else { return nil }
            let h = program.exprs[head], l = program.exprs[tail]
            if h.literal && l.literal { return constant(t, literal: true) }
            return add(.init(kind: .cons, first: addChildren([head, tail]), count: 2))
        }
        if t.isTuple { return tupleExpression(t) }
        if t.isMap {
            let entries = MapOps.entries(t)
            var keys: [Int] = [], values: [Int] = []
            for entry in entries {
                guard let k = expression(entry.key), let v = expression(entry.value) else { return nil }
                keys.append(k)
                values.append(v)
            }
            return add(.init(kind: .map, first: addChildren(keys + values), count: 2 * entries.count))
        }
        return constant(t, literal: true)
    }

    mutating func tupleExpression(_ t: Term) -> Int? {
        let arity = t.tupleArity
        if arity == 1 && t.tupleElement(0).isTuple {
            let inner = t.tupleElement(0)
            var nodes: [Int] = []
            for i in 0..<inner.tupleArity {
                guard let node = expression(inner.tupleElement(i)) else { return nil }
                nodes.append(node)
            }
            return add(.init(kind: .tuple, first: addChildren(nodes), count: nodes.count))
        }
        guard arity >= 1, t.tupleElement(0).isAtom, !Self.isVariableLike(t.tupleElement(0)) else {
            errors.append("\(Self.text(t)) is neither a function call, nor a tuple (tuples are written {{ ... }}).")
            return nil
        }
        let function = t.tupleElement(0)
        let name = function.atomName.string
        let argc = arity - 1
        if function == EtsAtom.const {
            guard argc == 1 else {
                errors.append("Special form 'const' called with more than one argument in \(Self.text(t)).")
                return nil
            }
            return constant(t.tupleElement(1), literal: false)
        }
        let special: MatchProgram.Expr.Kind?
        switch function {
        case EtsAtom.andalso: special = .andAlso
        case EtsAtom.orelse: special = .orElse
        case EtsAtom.and: special = .and
        case EtsAtom.or: special = .or
        default: special = nil
        }
        if let special {
            guard argc > 0 else {
                errors.append("Special form '\(name)' called without arguments in \(Self.text(t)).")
                return nil
            }
            guard let nodes = arguments(t) else { return nil }
            return add(.init(kind: special, first: addChildren(nodes), count: nodes.count))
        }
        if MatchSpecFunctions.traceForms.contains(name) {
            errors.append("Special form '\(name)' used in wrong dialect.")
            return nil
        }
        if MatchSpecFunctions.traceFunctions.contains("\(name)/\(argc)") {
            errors.append("Function \(Self.text(function))/\(argc) cannot be called in this context.")
            return nil
        }
        guard MatchSpecFunctions.allowed(name, argc) else {
            errors.append("Function \(Self.text(function))/\(argc) does_not_exist.")
            return nil
        }
        guard let nodes = arguments(t) else { return nil }
        // A guard function beamr lacks fails when called, like a failing guard.
        guard let bif = BifRegistry.lookup(module: Atom.erlang, function: function, arity: argc) else {
            return add(.init(kind: .missing))
        }
        return add(.init(kind: .call, index: bif, first: addChildren(nodes), count: nodes.count))
    }

    /// A term as ERTS writes it in these messages: like `~w`, but atoms are quoted only for
    /// their characters (reserved words such as `and` stay bare).
    static func text(_ t: Term) -> String {
        var out = ""
        appendText(t, to: &out)
        return out
    }

    static func appendText(_ t: Term, to out: inout String) {
        if t.isAtom {
            let name = t.atomName.string
            let scalars = Array(name.unicodeScalars)
            func lower(_ c: UInt32) -> Bool { (0x61...0x7A).contains(c) || ((0xDF...0xFF).contains(c) && c != 0xF7) }
            func upper(_ c: UInt32) -> Bool { (0x41...0x5A).contains(c) || ((0xC0...0xDE).contains(c) && c != 0xD7) }
            let plain = !scalars.isEmpty && lower(scalars[0].value) && scalars.allSatisfy {
                lower($0.value) || upper($0.value) || (0x30...0x39).contains($0.value) || $0 == "_" || $0 == "@"
            }
            out += plain ? name : ErlangSyntax.atom(name)
        } else if t.isTuple {
            out += "{"
            for i in 0..<t.tupleArity {
                if i > 0 { out += "," }
                appendText(t.tupleElement(i), to: &out)
            }
            out += "}"
        } else if t.isList, t.listElements?.allSatisfy({ !$0.isAtom && !$0.isTuple && !$0.isList }) == false {
            out += "["
            var cursor = t, first = true
            while cursor.isList {
                if !first { out += "," }
                appendText(cursor.head, to: &out)
                first = false
                cursor = cursor.tail
            }
            if !cursor.isNil {
                out += "|"
                appendText(cursor, to: &out)
            }
            out += "]"
        } else {
            out += TermPrinter.format(t)
        }
    }

    mutating func arguments(_ t: Term) -> [Int]? {
        var nodes: [Int] = []
        for i in 1..<t.tupleArity {
            guard let node = expression(t.tupleElement(i)) else { return nil }
            nodes.append(node)
        }
        return nodes
    }
}
