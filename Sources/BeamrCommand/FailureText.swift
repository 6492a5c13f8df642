// The text of a failure, laid out as gleeunit lays out a failing test: the kind and the
// location on the first line, then labelled lines with the labels right-aligned:
//
//     let assert test/app_test.gleam:20
//      test: app_test.parse_test
//      code: let assert Ok(n) = int.parse("x")
//     value: Error(Nil)
//      info: Pattern match failed, no pattern matched the value.
//
// The code line appears when the source file can be read and the error carries the
// statement's byte span. Colours (ANSI) only when asked for.

import BeamVM

/// ANSI styling that can be turned off.
struct Style {
    var enabled: Bool

    func wrap(_ text: String, _ on: String, _ off: String) -> String { enabled ? "\u{1B}[\(on)m\(text)\u{1B}[\(off)m" : text }
    func bold(_ text: String) -> String { wrap(text, "1", "22") }
    func red(_ text: String) -> String { wrap(text, "31", "39") }
    func green(_ text: String) -> String { wrap(text, "32", "39") }
    func yellow(_ text: String) -> String { wrap(text, "33", "39") }
    func cyan(_ text: String) -> String { wrap(text, "36", "39") }
    func grey(_ text: String) -> String { wrap(text, "90", "39") }
}

enum FailureText {
    /// The block for one failure.
    /// - Parameters:
    ///   - label: the name line's label (`test` for a test, `in` for a program's function).
    ///   - name: what failed, as `module.function`.
    ///   - sourceRoot: the directory the error's file path is relative to, for the code line.
    static func render(_ report: FailureReport, label: String, name: String, sourceRoot: String?, style: Style) -> String {
        var kind = style.bold(report.kind == "todo" ? style.yellow(report.kind) : style.red(report.kind))
        if let file = report.file {
            kind += " " + style.grey(file + (report.line.map { ":\($0)" } ?? ""))
        }
        var lines = [kind, labelled(label, name, style)]
        if let code = snippet(report, root: sourceRoot) { lines.append(labelled("code", code, style)) }
        for detail in report.details { lines.append(labelled(detail.label, detail.text, style)) }
        if !report.message.isEmpty { lines.append(labelled("info", report.message, style)) }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `stacktrace:` and one line per frame, as `gleam run` prints them.
    static func stacktrace(_ report: FailureReport, style: Style) -> String {
        guard !report.frames.isEmpty else { return "" }
        var text = "\nstacktrace:\n"
        for frame in report.frames {
            text += "  " + frame.function + " " + style.grey(frame.location ?? "unknown source") + "\n"
        }
        return text
    }

    /// `label: text`, the label right-aligned to five columns; the lines of a multi-line
    /// text (a should.equal message) line up under the first.
    static func labelled(_ label: String, _ text: String, _ style: Style) -> String {
        let padded = label.count >= 5 ? label : String(repeating: " ", count: 5 - label.count) + label
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        if lines.count > 1, lines[0].isEmpty { lines.removeFirst() }
        let indent = String(repeating: " ", count: padded.count + 2)
        return style.cyan(padded) + ": " + lines.joined(separator: "\n" + indent)
    }

    /// The failing statement's source, when the file is readable and the span valid UTF-8.
    static func snippet(_ report: FailureReport, root: String?) -> String? {
        guard let span = report.span, let file = report.file, span.start >= 0, span.end > span.start else { return nil }
        let path = file.hasPrefix("/") || root == nil ? file : Bundler.join(root!, file)
        guard let bytes = try? FileSystem.readFile(path), span.end <= bytes.count else { return nil }
        return String(validating: bytes[span.start..<span.end], as: UTF8.self)
    }
}
