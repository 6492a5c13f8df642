// Errors raised while reading a .beam file. Every error carries enough context for a
// one-line message: the chunk, the byte offset inside the file and what is wrong.

/// A failure to read a `.beam` file.
///
/// The loader never traps on bad input: every bounds or consistency problem becomes one of
/// these, with the chunk and absolute file offset where it was noticed.
public struct BeamLoadError: Error, CustomStringConvertible, Equatable, Sendable {
    /// What went wrong, as a category tests can match on.
    public enum Kind: String, Sendable {
        case truncated
        case badMagic
        case badChunk
        case missingChunk
        case badCompactTerm
        case unknownOpcode
        case badOperand
        case badExternalTerm
        case badCompression
        case countTooLarge
        case badIndex
        case unsupported
    }

    public var kind: Kind
    /// The four-character chunk name, or nil for the container itself.
    public var chunk: String?
    /// Offset from the start of the file where the problem was found.
    public var offset: Int
    /// A short, human-readable explanation.
    public var message: String
    /// The file being read, filled in by callers that know it.
    public var file: String?

    public init(_ kind: Kind, chunk: String?, offset: Int, _ message: String) {
        self.kind = kind
        self.chunk = chunk
        self.offset = offset
        self.message = message
    }

    /// The same error, naming the file it came from.
    public func inFile(_ path: String) -> BeamLoadError {
        var copy = self
        copy.file = path
        return copy
    }

    public var description: String {
        var text = file.map { "\($0): " } ?? ""
        if let chunk { text += "chunk \(chunk), " }
        text += "offset \(offset): \(message)"
        return text
    }
}
