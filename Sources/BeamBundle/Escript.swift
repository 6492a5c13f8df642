// Escript files, read the way OTP's escript does (escript.erl, parse_header):
//
//   #!/usr/bin/env escript          line 1: the interpreter
//   %% a comment                    line 2 (optional): a comment ...
//   %%! -escript main mod -env K V  line 2 or 3 (optional): emulator arguments
//   <body>                          a .beam file ("FOR1"), a ZIP archive ("PK"), or source
//
// A file that starts with "PK" or "FOR1" has no header at all.

import BeamFile

/// The header lines of an escript and where its body starts.
public struct EscriptHeader: Equatable, Sendable {
    public enum BodyKind: String, Sendable {
        case beam, archive, source
    }

    public var shebang: String?
    public var comment: String?
    /// The text after `%%!`, trimmed.
    public var emulatorArguments: String?
    public var bodyOffset: Int
    public var bodyKind: BodyKind

    /// Splits the header off an escript's bytes.
    /// - Throws: `truncated` when the file ends inside the header, as escript's
    ///   "Premature end of file reached".
    public init(bytes: [UInt8]) throws(ArchiveError) {
        func line(_ start: Int) -> (text: ArraySlice<UInt8>, next: Int)? {
            guard start < bytes.count else { return nil }
            let end = bytes[start...].firstIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? bytes.count
            return (bytes[start..<end], end)
        }
        func text(_ line: ArraySlice<UInt8>) -> String {
            var end = line.endIndex
            while end > line.startIndex, line[end - 1] == UInt8(ascii: "\n") || line[end - 1] == UInt8(ascii: "\r") { end -= 1 }
            return String(decoding: line[line.startIndex..<end], as: UTF8.self)
        }
        func premature() -> ArchiveError { ArchiveError(.truncated, "premature end of file in the escript header") }

        shebang = nil
        comment = nil
        emulatorArguments = nil
        guard let first = line(0) else { throw premature() }
        switch Self.classify(first.text) {
        case .archive:
            bodyOffset = 0
            bodyKind = .archive
            return
        case .beam:
            bodyOffset = 0
            bodyKind = .beam
            return
        case .shebang:
            shebang = text(first.text)
        default:
            // No interpreter line: escript skips the first line all the same.
            bodyOffset = first.next
            bodyKind = Self.guess(line(first.next)?.text)
            return
        }
        guard let second = line(first.next) else { throw premature() }
        switch Self.classify(second.text) {
        case .emulatorArguments:
            emulatorArguments = Self.arguments(text(second.text))
            bodyOffset = second.next
            bodyKind = Self.guess(line(second.next)?.text)
        case .comment:
            comment = text(second.text)
            if let third = line(second.next), Self.classify(third.text) == .emulatorArguments {
                emulatorArguments = Self.arguments(text(third.text))
                bodyOffset = third.next
                bodyKind = Self.guess(line(third.next)?.text)
            } else {
                bodyOffset = second.next
                bodyKind = Self.guess(line(second.next)?.text)
            }
        default:
            bodyOffset = first.next
            bodyKind = Self.guess(second.text)
        }
    }

    enum LineKind { case shebang, archive, beam, emulatorArguments, comment, other }

    static func classify(_ line: ArraySlice<UInt8>) -> LineKind {
        if line.starts(with: "#!".utf8) { return .shebang }
        if line.starts(with: "PK".utf8) { return .archive }
        if line.starts(with: "FOR1".utf8) { return .beam }
        if line.starts(with: "%%!".utf8) { return .emulatorArguments }
        if line.starts(with: "%".utf8) { return .comment }
        return .other
    }

    static func guess(_ line: ArraySlice<UInt8>?) -> BodyKind {
        guard let line else { return .source }
        switch classify(line) {
        case .archive: return .archive
        case .beam: return .beam
        default: return .source
        }
    }

    static func arguments(_ line: String) -> String {
        String(line.dropFirst(3)).trimmingWhitespace
    }

    /// Whether a file's first bytes make it an escript rather than a plain `.beam`.
    public static func looksLikeEscript(_ bytes: [UInt8]) -> Bool {
        bytes.starts(with: "#!".utf8) || bytes.starts(with: "PK".utf8)
    }
}

/// What beamr takes from an escript's `%%!` line; the rest is for `erl` and ignored.
public struct EscriptOptions: Equatable, Sendable {
    /// `-escript main Module`.
    public var mainModule: String?
    /// `-env NAME VALUE` pairs, in order.
    public var environment: [EnvironmentSetting] = []
    /// Arguments beamr has no use for.
    public var ignored: [String] = []

    public struct EnvironmentSetting: Equatable, Sendable {
        public var name: String
        public var value: String
    }

    public init(_ text: String?) {
        let words = (text ?? "").split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" || $0 == "\n" }).map(String.init)
        var i = 0
        while i < words.count {
            let word = words[i]
            if word == "-escript", i + 2 < words.count, words[i + 1] == "main" {
                mainModule = words[i + 2]
                i += 3
            } else if word == "-env", i + 2 < words.count {
                environment.append(EnvironmentSetting(name: words[i + 1], value: words[i + 2]))
                i += 3
            } else {
                ignored.append(word)
                i += 1
            }
        }
    }
}

/// An escript ready to run: its modules and the one whose `main/1` is called.
public struct EscriptProgram: Sendable {
    public var header: EscriptHeader
    public var options: EscriptOptions
    /// The module whose `main/1` is the entry.
    public var mainModule: String
    /// Module name and .beam bytes: the body itself, or every .beam in the archive.
    public var modules: [(name: String, bytes: ArraySlice<UInt8>)]
    /// Other files in the archive (`.app` files, priv data), by archive path.
    public var otherFiles: [(name: String, bytes: ArraySlice<UInt8>)]

    /// Reads an escript.
    /// - Parameters:
    ///   - bytes: the whole file.
    ///   - path: the script's path; an archive escript without `-escript main` runs the
    ///     module named after the file, as escript does.
    /// - Throws: `ArchiveError` for a bad header, a bad archive or `.beam` body, or a source
    ///   body (not supported yet).
    public init(bytes: [UInt8], path: String) throws(ArchiveError) {
        header = try EscriptHeader(bytes: bytes)
        options = EscriptOptions(header.emulatorArguments)
        let body = Array(bytes[header.bodyOffset...])
        otherFiles = []
        switch header.bodyKind {
        case .source:
            throw ArchiveError(.sourceScript, "source escripts are not supported yet (compile it: escript:create/2 with {beam, ...} or {archive, ...})")
        case .beam:
            let module: BeamModule
            do { module = try BeamModule(bytes: body) } catch {
                throw ArchiveError(.badEntry, "bad .beam body: \(error.description)")
            }
            modules = [(module.name, body[...])]
            mainModule = module.name
        case .archive:
            let archive = try ZipArchive(bytes: body)
            var modules: [(name: String, bytes: ArraySlice<UInt8>)] = []
            for (name, contents) in try archive.extractAll() {
                let base = name.split(separator: "/").last.map(String.init) ?? name
                if base.hasSuffix(".beam") {
                    modules.append((String(base.dropLast(5)), contents[...]))
                } else {
                    otherFiles.append((name, contents[...]))
                }
            }
            self.modules = modules
            mainModule = options.mainModule ?? Self.moduleName(fromScript: path)
            guard modules.contains(where: { $0.name == mainModule }) else {
                throw ArchiveError(.missingModule, "the archive has no module \(mainModule) (name it with %%! -escript main MODULE)")
            }
        }
    }

    /// The script's base name without its extension.
    static func moduleName(fromScript path: String) -> String {
        let base = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = base.lastIndex(of: "."), dot != base.startIndex else { return base }
        return String(base[..<dot])
    }
}

extension String {
    var trimmingWhitespace: String {
        var scalars = Substring(self)
        while let first = scalars.first, first.isWhitespace { scalars.removeFirst() }
        while let last = scalars.last, last.isWhitespace { scalars.removeLast() }
        return String(scalars)
    }
}
