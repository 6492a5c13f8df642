// The bundle file format: one executable file holding a program and every module it needs.
//
//   "#!/usr/bin/env beamr\n"         any first line starting with "#!"
//   magic      "BEAMRBDL"            8 bytes
//   version    u16                   format version (readers refuse others)
//   checksum   u64                   XXH64 (seed 0) of all the bytes after it
//   length     u32                   bytes of header fields that follow
//   header     entry module, entry function (u16 length + UTF-8 each), entry arity u8,
//              call style u8, argument atom (string), beamr version (string),
//              module count u32, file count u32, dictionary size u32
//   directory  per module, then per file: name (string), size u32, compressed size u32
//   dictionary a zstd dictionary of `dictionary size` bytes (none when 0)
//   frames     per entry, in directory order: one zstd frame of its compressed size,
//              checksummed, compressed with the dictionary
//
// Each entry has its own frame so that running a program decompresses only the modules it
// loads; the dictionary, trained on the entries, wins back most of what compressing them
// together would. The checksum finds a damaged file when it is opened, before any of it
// runs, though its modules are decompressed later.
//
// Files are the applications' resource files (`<app>.app`): code:where_is_file/1 finds them
// in the bundle, so application:start/1 works on a machine without Erlang/OTP.
//
// All integers are little-endian. The header length lets a later version append fields that
// this reader skips; a change a reader cannot skip bumps `version`. Version 1 had no files,
// version 2 one frame for the whole archive, version 3 a CRC-32 for its checksum.

/// How the entry function is called.
public enum BundleCallStyle: UInt8, Sendable {
    /// `Module:Function()`, arguments through `init:get_plain_arguments/0`.
    case noArguments = 0
    /// `Module:Function(Args)` with the arguments as a list of strings (escript's `main/1`).
    case argumentList = 1
    /// `Module:Function(Atom)`: Gleam's `<package>@@main:run(<package>)`.
    case atomArgument = 2
}

/// What a bundle runs: `module:function/arity`, and how its argument is made.
public struct BundleEntry: Equatable, Sendable {
    public var module: String
    public var function: String
    public var arity: Int
    public var style: BundleCallStyle
    /// The atom passed with `.atomArgument`.
    public var atom: String

    public init(module: String, function: String, arity: Int, style: BundleCallStyle, atom: String = "") {
        self.module = module
        self.function = function
        self.arity = arity
        self.style = style
        self.atom = atom
    }
}

/// A module or file of a bundle: its name and bytes. A bundle read from a file keeps each
/// entry compressed until its bytes are asked for.
public struct BundleItem: Sendable {
    public let name: String
    /// The size of its bytes.
    public let size: Int
    private let source: Source

    private enum Source: Sendable {
        case bytes(ArraySlice<UInt8>)
        case frame(ArraySlice<UInt8>, ZstdDictionary?)
    }

    public init(name: String, bytes: ArraySlice<UInt8>) {
        self.name = name
        size = bytes.count
        source = .bytes(bytes)
    }

    /// An entry read from a file: `frame` has passed `Zstd.checkFrame` for `size` bytes.
    init(name: String, size: Int, frame: ArraySlice<UInt8>, dictionary: ZstdDictionary?) {
        self.name = name
        self.size = size
        source = .frame(frame, dictionary)
    }

    /// Its bytes, decompressed if need be.
    /// - Throws: `ArchiveError` for a corrupt frame.
    public func contents() throws(ArchiveError) -> [UInt8] {
        switch source {
        case .bytes(let bytes): return Array(bytes)
        case .frame(let frame, let dictionary):
            return try Zstd.decompress(frame, size: size, dictionary: dictionary, what: "bundle entry \(name)")
        }
    }

    var compressedSize: Int {
        switch source {
        case .bytes(let bytes): bytes.count
        case .frame(let frame, _): frame.count
        }
    }
}

/// A program packed into one file.
public struct Bundle: Sendable {
    public static let magic: [UInt8] = Array("BEAMRBDL".utf8)
    /// The format this beamr writes and reads.
    public static let formatVersion: UInt16 = 4
    public static let shebang = "#!/usr/bin/env beamr\n"
    /// Entries above this are refused, so a hostile directory cannot demand a huge allocation.
    public static let maximumEntrySize = 1 << 30
    /// The largest dictionary `encoded` trains.
    static let dictionaryCapacity = 32 * 1024

    public var entry: BundleEntry
    /// The beamr version that wrote it.
    public var beamrVersion: String
    /// The modules (name and .beam bytes), in archive order.
    public var modules: [BundleItem]
    /// Other files by base name: the applications' `.app` files.
    public var files: [BundleItem]
    /// The file's size when read from disk (0 for one built in memory).
    public private(set) var fileSize = 0
    /// The size of the compressed entries and their dictionary, when read.
    public private(set) var compressedSize = 0

    public init(entry: BundleEntry, beamrVersion: String, modules: [(name: String, bytes: ArraySlice<UInt8>)],
                files: [(name: String, bytes: ArraySlice<UInt8>)] = []) {
        self.entry = entry
        self.beamrVersion = beamrVersion
        self.modules = modules.map { BundleItem(name: $0.name, bytes: $0.bytes) }
        self.files = files.map { BundleItem(name: $0.name, bytes: $0.bytes) }
    }

    /// Whether a file's bytes are a bundle: a `#!` line followed by the magic.
    public static func isBundle(_ bytes: [UInt8]) -> Bool {
        guard let body = bodyStart(bytes) else { return false }
        return bytes.count >= body + magic.count && Array(bytes[body..<body + magic.count]) == magic
    }

    /// Where the bytes after a first `#!` line start.
    static func bodyStart(_ bytes: [UInt8]) -> Int? {
        guard bytes.count >= 2, bytes[0] == UInt8(ascii: "#"), bytes[1] == UInt8(ascii: "!"),
              let newline = bytes.firstIndex(of: UInt8(ascii: "\n")) else { return nil }
        return newline + 1
    }

    /// The file's bytes.
    /// - Parameter level: the zstd level (19 packs OTP's modules about as tightly as 22, much faster).
    /// - Throws: `ArchiveError` if an entry of a bundle read from a file is corrupt.
    public func encoded(level: Int32 = 19) throws(ArchiveError) -> [UInt8] {
        let entries = modules + files
        var contents: [ArraySlice<UInt8>] = []
        for item in entries { contents.append(try item.contents()[...]) }
        let total = contents.reduce(0) { $0 + $1.count }
        let dictionary = Zstd.trainDictionary(contents, capacity: min(Self.dictionaryCapacity, total / 20)) ?? []
        let frames = contents.map { Zstd.compress($0, level: level, dictionary: dictionary) }

        var header = ByteWriter()
        header.string(entry.module)
        header.string(entry.function)
        header.u8(UInt8(clamping: entry.arity))
        header.u8(entry.style.rawValue)
        header.string(entry.atom)
        header.string(beamrVersion)
        header.u32(UInt32(modules.count))
        header.u32(UInt32(files.count))
        header.u32(UInt32(dictionary.count))

        var body = ByteWriter()
        body.u32(UInt32(header.bytes.count))
        body.bytes += header.bytes
        for (item, frame) in zip(entries, frames) {
            body.string(item.name)
            body.u32(UInt32(item.size))
            body.u32(UInt32(frame.count))
        }
        body.bytes += dictionary
        for frame in frames { body.bytes += frame }

        var file = ByteWriter()
        file.bytes = Array(Self.shebang.utf8) + Self.magic
        file.u16(Self.formatVersion)
        file.u64(XXHash64.hash(body.bytes[...]))
        file.bytes += body.bytes
        return file.bytes
    }

    /// Reads a bundle file's bytes: its header and directory, and the frame headers of its
    /// entries; an entry is decompressed when its contents are asked for.
    /// - Throws: `ArchiveError` for a file that is not a bundle, a newer format version, a
    ///   truncated file, or a directory that does not match the frames.
    public init(bytes: [UInt8]) throws(ArchiveError) {
        guard let body = Self.bodyStart(bytes) else {
            throw ArchiveError(.badMagic, "not a beamr bundle: no #! line")
        }
        var cursor = ByteCursor(bytes, at: body, context: "bundle header")
        guard Array(try cursor.take(Self.magic.count)) == Self.magic else {
            throw ArchiveError(.badMagic, "not a beamr bundle: bad magic after the #! line")
        }
        let version = try cursor.u16()
        guard version <= Self.formatVersion else {
            throw ArchiveError(.newerFormat,
                               "bundle format version \(version) is newer than this beamr reads (up to \(Self.formatVersion)); upgrade beamr")
        }
        guard version == Self.formatVersion else {
            throw ArchiveError(.badMagic, "bundle format version \(version) is older than this beamr reads; rebuild it with `beamr bundle`")
        }
        let checksum = try cursor.u64()
        guard XXHash64.hash(bytes[cursor.offset...]) == checksum else {
            throw ArchiveError(.badChecksum, "damaged or truncated bundle: its checksum does not match its contents")
        }
        let headerLength = Int(try cursor.u32())
        try cursor.need(headerLength)
        let headerEnd = cursor.offset + headerLength
        var header = ByteCursor(Array(bytes[cursor.offset..<headerEnd]), context: "bundle header")
        let module = try header.string(), function = try header.string()
        let arity = Int(try header.u8())
        guard let style = BundleCallStyle(rawValue: try header.u8()) else {
            throw ArchiveError(.badEntry, "bundle header: unknown entry call style")
        }
        let atom = try header.string()
        beamrVersion = try header.string()
        let moduleCount = Int(try header.u32()), fileCount = Int(try header.u32())
        let dictionarySize = Int(try header.u32())
        entry = BundleEntry(module: module, function: function, arity: arity, style: style, atom: atom)

        cursor = ByteCursor(bytes, at: headerEnd, context: "bundle directory")
        // Each directory entry takes at least 10 bytes, which bounds the counts by the data.
        guard moduleCount <= cursor.remaining / 10, fileCount <= cursor.remaining / 10 - moduleCount else {
            throw cursor.truncated()
        }
        var directory: [(name: String, size: Int, compressed: Int)] = []
        directory.reserveCapacity(moduleCount + fileCount)
        for _ in 0..<moduleCount + fileCount {
            let name = try cursor.string()
            let size = Int(try cursor.u32()), compressed = Int(try cursor.u32())
            guard size <= Self.maximumEntrySize else {
                throw ArchiveError(.tooLarge, "bundle entry \(name): size \(size) is implausible")
            }
            directory.append((name, size, compressed))
        }
        let dictionaryStart = cursor.offset
        let dictionary = dictionarySize == 0 ? nil : try ZstdDictionary(try cursor.take(dictionarySize))
        var items: [BundleItem] = []
        items.reserveCapacity(directory.count)
        for (name, size, compressed) in directory {
            let frame = try cursor.take(compressed)
            try Zstd.checkFrame(frame, size: size, what: "bundle entry \(name)")
            items.append(BundleItem(name: name, size: size, frame: frame, dictionary: dictionary))
        }
        guard cursor.remaining == 0 else {
            throw ArchiveError(.badEntry, "bundle: \(cursor.remaining) bytes after the last entry")
        }
        modules = Array(items[..<moduleCount])
        files = Array(items[moduleCount...])
        fileSize = bytes.count
        compressedSize = cursor.offset - dictionaryStart
    }
}
