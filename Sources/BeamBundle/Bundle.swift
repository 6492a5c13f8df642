// The bundle file format: one executable file holding a program and every module it needs.
//
//   "#!/usr/bin/env beamr\n"         any first line starting with "#!"
//   magic      "BEAMRBDL"            8 bytes
//   version    u16                   format version (readers refuse others)
//   length     u32                   bytes of header fields that follow
//   header     entry module, entry function (u16 length + UTF-8 each), entry arity u8,
//              call style u8, argument atom (string), beamr version (string),
//              module count u32, archive size u64, compressed size u64, file count u32
//   frame      zstd frame of `compressed size` bytes, checksummed, holding the archive
//   archive    module count u32, then per module: name (string), size u32; file count u32,
//              then per file: name (string), size u32; then the modules' bytes and the
//              files' bytes
//
// Files are the applications' resource files (`<app>.app`): code:where_is_file/1 finds them
// in the bundle, so application:start/1 works on a machine without Erlang/OTP.
//
// All integers are little-endian. The header length lets a later version append fields that
// this reader skips; a change a reader cannot skip bumps `version`. Version 1 had no files.

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

/// A program packed into one file.
public struct Bundle: Sendable {
    public static let magic: [UInt8] = Array("BEAMRBDL".utf8)
    /// The format this beamr writes and reads.
    public static let formatVersion: UInt16 = 2
    public static let shebang = "#!/usr/bin/env beamr\n"
    /// Archives above this are refused, so a hostile header cannot demand a huge allocation.
    public static let maximumArchiveSize = 1 << 30

    public var entry: BundleEntry
    /// The beamr version that wrote it.
    public var beamrVersion: String
    /// Module name and .beam bytes, in archive order. A bundle read from a file keeps its
    /// archive in one buffer: these are slices of it, so a module is copied out only if
    /// it is loaded.
    public var modules: [(name: String, bytes: ArraySlice<UInt8>)]
    /// Other files by base name: the applications' `.app` files.
    public var files: [(name: String, bytes: ArraySlice<UInt8>)]
    /// The file's size when read from disk (0 for one built in memory).
    public private(set) var fileSize = 0
    /// The compressed archive's size when read.
    public private(set) var compressedSize = 0

    public init(entry: BundleEntry, beamrVersion: String, modules: [(name: String, bytes: ArraySlice<UInt8>)],
                files: [(name: String, bytes: ArraySlice<UInt8>)] = []) {
        self.entry = entry
        self.beamrVersion = beamrVersion
        self.modules = modules
        self.files = files
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
    public func encoded(level: Int32 = 19) -> [UInt8] {
        var archive = ByteWriter()
        for entries in [modules, files] {
            archive.u32(UInt32(entries.count))
            for entry in entries {
                archive.string(entry.name)
                archive.u32(UInt32(entry.bytes.count))
            }
        }
        for entry in modules + files { archive.bytes += entry.bytes }
        let frame = Zstd.compress(archive.bytes, level: level)

        var header = ByteWriter()
        header.string(entry.module)
        header.string(entry.function)
        header.u8(UInt8(clamping: entry.arity))
        header.u8(entry.style.rawValue)
        header.string(entry.atom)
        header.string(beamrVersion)
        header.u32(UInt32(modules.count))
        header.u64(UInt64(archive.bytes.count))
        header.u64(UInt64(frame.count))
        header.u32(UInt32(files.count))

        var file = ByteWriter()
        file.bytes = Array(Self.shebang.utf8) + Self.magic
        file.u16(Self.formatVersion)
        file.u32(UInt32(header.bytes.count))
        file.bytes += header.bytes
        file.bytes += frame
        return file.bytes
    }

    /// Reads a bundle file's bytes.
    /// - Throws: `ArchiveError` for a file that is not a bundle, a newer format version, a
    ///   truncated file, a corrupt zstd frame or an inconsistent archive.
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
        let count = Int(try header.u32())
        let archiveSize = try header.u64(), frameSize = try header.u64()
        let fileCount = Int(try header.u32())
        entry = BundleEntry(module: module, function: function, arity: arity, style: style, atom: atom)
        guard archiveSize <= UInt64(Self.maximumArchiveSize) else {
            throw ArchiveError(.tooLarge, "bundle archive size \(archiveSize) is implausible")
        }
        let available = bytes.count - headerEnd
        guard frameSize <= UInt64(available) else {
            throw ArchiveError(.truncated, "truncated bundle: \(available) bytes of compressed modules, the header says \(frameSize)")
        }
        let frame = bytes[headerEnd..<headerEnd + Int(frameSize)]
        let archive = try Zstd.decompress(frame, size: Int(archiveSize), what: "bundle archive")
        (modules, files) = try Self.entries(in: archive, modules: count, files: fileCount)
        fileSize = bytes.count
        compressedSize = Int(frameSize)
    }

    static func entries(in archive: [UInt8], modules: Int, files: Int) throws(ArchiveError)
        -> (modules: [(name: String, bytes: ArraySlice<UInt8>)], files: [(name: String, bytes: ArraySlice<UInt8>)]) {
        var cursor = ByteCursor(archive, context: "bundle archive")
        func directory(_ count: Int, _ what: String) throws(ArchiveError) -> [(String, Int)] {
            guard Int(try cursor.u32()) == count else {
                throw ArchiveError(.badEntry, "bundle archive: \(what) count differs from the header's \(count)")
            }
            // Each directory entry takes at least 6 bytes, which bounds `count` by the data.
            guard count <= cursor.remaining / 6 else { throw cursor.truncated() }
            var entries: [(String, Int)] = []
            entries.reserveCapacity(count)
            for _ in 0..<count { entries.append((try cursor.string(), Int(try cursor.u32()))) }
            return entries
        }
        let moduleDirectory = try directory(modules, "module")
        let fileDirectory = try directory(files, "file")
        func contents(_ directory: [(String, Int)]) throws(ArchiveError) -> [(name: String, bytes: ArraySlice<UInt8>)] {
            var entries: [(name: String, bytes: ArraySlice<UInt8>)] = []
            entries.reserveCapacity(directory.count)
            for (name, size) in directory { entries.append((name, try cursor.take(size))) }
            return entries
        }
        let result = (try contents(moduleDirectory), try contents(fileDirectory))
        guard cursor.remaining == 0 else {
            throw ArchiveError(.badEntry, "bundle archive: \(cursor.remaining) bytes after the last entry")
        }
        return result
    }
}
