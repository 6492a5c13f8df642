// Errors from reading escripts, ZIP archives and bundles. Each one is a single line that
// says what is wrong and where, so the command line can print `beamr: FILE: <description>`.

/// A container (escript, ZIP archive, bundle) that cannot be read.
public struct ArchiveError: Error, CustomStringConvertible, Equatable, Sendable {
    /// What went wrong, as a category tests can match on.
    public enum Kind: String, Sendable {
        case truncated
        case badMagic
        case badEntry
        case badChecksum
        case unsupported
        case newerFormat
        case badCompression
        case tooLarge
        case missingModule
        case sourceScript
    }

    public var kind: Kind
    /// A short, human-readable explanation.
    public var message: String

    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    public var description: String { message }
}
