// Gleam's runtime errors as beamr reports them. `panic`, `todo`, `let assert` and `assert`
// compile to `erlang:error(#{gleam_error => Kind, message => <<...>>, file => <<...>>,
// module => <<...>>, function => <<...>>, line => N, ...})`; `let assert` adds the
// unmatched `value` and the byte span of the statement (`start`, `'end'`), `assert` adds the
// span and what it knows about the operands (`kind => binary_operator` with `left` and
// `right`, `function_call` with `arguments`, or `expression`), each a map of `kind`
// (`literal`, `expression` or `unevaluated`) and `value`. Older compilers leave out `file`
// and the spans. Everything is read while the terms are valid and kept as text.

import BeamVM

/// A failure, Gleam's or Erlang's, ready to print.
struct FailureReport {
    /// `panic`, `todo`, `let assert`, `assert`, or (for anything else) `error`.
    var kind: String
    /// Whether the failure is one of Gleam's own (the kind is Gleam's keyword).
    var isGleam: Bool
    var message: String
    /// Source file (as the compiler recorded it, relative to the project) and line.
    var file: String?
    var line: Int?
    /// Byte span of the failing statement in `file`, for showing its code.
    var span: (start: Int, end: Int)?
    /// Labelled values: `value`, `left`/`right`, argument positions, `unmatched value`,
    /// or the Erlang error itself.
    var details: [(label: String, text: String)] = []
    /// Stack frames as `module.function` (Gleam module names) and location.
    var frames: [(function: String, location: String?)] = []

    /// Reads an exception. `inspect` prints values (Gleam's or Erlang's syntax).
    init(kind: Term, reason: Term, trace: Term, inspect: (Term) -> String) {
        frames = Self.frames(trace)
        let top = Self.firstLocation(trace)
        if kind == Atom.error, reason.isMap, let gleam = Self.gleamKind(reason) {
            self.kind = gleam
            isGleam = true
            message = Self.text(reason, "message") ?? ""
            file = Self.text(reason, "file") ?? top?.file
            line = Self.integer(reason, "line") ?? top?.line
            if let start = Self.integer(reason, "start"), let end = Self.integer(reason, "end") { span = (start, end) }
            // The first frame's line is the generated Erlang's; the error knows the Gleam line.
            if let line, !frames.isEmpty, frames[0].location != nil, let file = top?.file {
                frames[0].location = "\(file):\(line)"
            }
            switch gleam {
            case "let assert":
                let value = Self.field(reason, "value")
                if !value.isNone { details.append(("value", inspect(value))) }
            case "assert":
                details = Self.assertOperands(reason, inspect: inspect)
            default:
                break
            }
            return
        }
        self.kind = "error"
        isGleam = false
        file = top?.file
        line = top?.line
        message = Self.erlangMessage(kind: kind, reason: reason)
        if kind == Atom.error, reason.isTuple, reason.tupleArity == 2,
           reason.tupleElement(0) == Term.atom("case_clause") || reason.tupleElement(0) == Term.atom("badmatch") {
            details.append(("unmatched value", inspect(reason.tupleElement(1))))
        } else if !(kind == Atom.error && (reason == Term.atom("undef") || reason == Term.atom("function_clause"))) {
            details.append(("erlang", "\(kind.atomName.string)(\(inspect(reason)))"))
        }
    }

    /// A failure that is not an exception (a timeout, an exit signal).
    init(kind: String, message: String, file: String?, line: Int?) {
        self.kind = kind
        isGleam = false
        self.message = message
        self.file = file
        self.line = line
    }

    // MARK: - Reading the error map

    static func gleamKind(_ map: Term) -> String? {
        let kind = field(map, "gleam_error")
        guard kind.isAtom else { return nil }
        switch kind.atomName.string {
        case "panic": return "panic"
        case "todo": return "todo"
        case "let_assert": return "let assert"
        case "assert": return "assert"
        default: return nil
        }
    }

    static func field(_ map: Term, _ key: String) -> Term {
        guard map.isMap else { return .none }
        return MapOps.get(map, Term.atom(key))
    }

    static func text(_ map: Term, _ key: String) -> String? { field(map, key).utf8Text }

    static func integer(_ map: Term, _ key: String) -> Int? {
        let value = field(map, key)
        return value.isSmall ? value.smallValue : nil
    }

    /// `left`/`right` of a binary operator, the arguments of a function call; literals are
    /// shown as they are (the code shows them anyway), unevaluated operands say so.
    static func assertOperands(_ map: Term, inspect: (Term) -> String) -> [(label: String, text: String)] {
        func operand(_ expression: Term) -> String {
            let kind = field(expression, "kind")
            if kind == Term.atom("unevaluated") { return "unevaluated" }
            let value = field(expression, "value")
            return value.isNone ? "?" : inspect(value)
        }
        switch field(map, "kind") {
        case Term.atom("binary_operator"):
            let left = field(map, "left"), right = field(map, "right")
            guard left.isMap, right.isMap else { return [] }
            return [(" left", operand(left)), ("right", operand(right))]
        case Term.atom("function_call"):
            guard let arguments = field(map, "arguments").listElements else { return [] }
            return arguments.enumerated().map { (String(repeating: " ", count: max(0, 5 - String($0.offset).count)) + String($0.offset), operand($0.element)) }
        default:
            return []
        }
    }

    /// The message `gleam run` shows for an error raised outside Gleam code.
    static func erlangMessage(kind: Term, reason: Term) -> String {
        if kind == Atom.throw { return "An Erlang value was thrown and not caught." }
        if kind == Atom.exit { return "The process exited." }
        if reason == Term.atom("undef") { return "A function was called but it did not exist." }
        if reason == Term.atom("function_clause") { return "No Erlang function clause matched the arguments it was called with." }
        if reason.isTuple, reason.tupleArity == 2 {
            if reason.tupleElement(0) == Term.atom("case_clause") { return "No pattern matched in an Erlang case expression." }
            if reason.tupleElement(0) == Term.atom("badmatch") { return "An Erlang assignment pattern did not match." }
        }
        return "An error occurred outside of Gleam."
    }

    // MARK: - Stack traces

    /// `module.function` (with Gleam's `/` for `@`) and `file:line` of each frame.
    static func frames(_ trace: Term) -> [(function: String, location: String?)] {
        (trace.listElements ?? []).compactMap { frame in
            guard frame.isTuple, frame.tupleArity == 4, frame.tupleElement(0).isAtom, frame.tupleElement(1).isAtom else { return nil }
            let module = gleamModuleName(frame.tupleElement(0).atomName.string)
            let location = Self.location(frame).map { "\($0.file):\($0.line)" }
            return (module + "." + frame.tupleElement(1).atomName.string, location)
        }
    }

    static func location(_ frame: Term) -> (file: String, line: Int)? {
        let info = frame.tupleElement(3).listElements ?? []
        var file: String?, line: Int?
        for item in info where item.isTuple && item.tupleArity == 2 {
            if item.tupleElement(0) == Atom.file { file = item.tupleElement(1).characters }
            if item.tupleElement(0) == Atom.line, item.tupleElement(1).isSmall { line = item.tupleElement(1).smallValue }
        }
        guard let file, let line else { return nil }
        return (file, line)
    }

    static func firstLocation(_ trace: Term) -> (file: String, line: Int)? {
        for frame in trace.listElements ?? [] where frame.isTuple && frame.tupleArity == 4 {
            if let location = location(frame) { return location }
        }
        return nil
    }

    /// `app@sub` is the Gleam module `app/sub`.
    static func gleamModuleName(_ erlang: String) -> String {
        String(erlang.map { $0 == "@" ? "/" : $0 })
    }
}

extension Term {
    /// The text of a UTF-8 binary, or nil.
    var utf8Text: String? {
        guard !isNone, isBitstring else { return nil }
        let view = BitstringView(self)
        guard view.isBinary else { return nil }
        return String(validating: view.copyBytes(), as: UTF8.self)
    }
}
