// A ZIP archive reader for escript bodies. The central directory at the end lists every
// entry; each entry's local header says where its data starts. Entries are stored
// (method 0) or deflated (method 8) and carry a CRC-32 that is checked after reading.
//
//   local header   PK\3\4  version flags method time date crc csize usize nlen xlen name extra
//   ...data...
//   central entry  PK\1\2  made-by version flags method time date crc csize usize
//                          nlen xlen clen disk iattr eattr offset name extra comment
//   end record     PK\5\6  disk cddisk count-here count cdsize cdoffset clen comment
//
// An escript puts its header lines before the archive, and tools that prepend data leave
// the stored offsets relative to the archive's own start; the reader measures that shift
// from where the end record really is, as unzip does.

/// One file in a ZIP archive.
public struct ZipEntry: Equatable, Sendable {
    public var name: String
    /// 0 stored, 8 deflated.
    public var method: UInt16
    public var crc: UInt32
    public var compressedSize: Int
    public var size: Int
    /// Offset of the local header inside the archive bytes.
    var localHeaderOffset: Int
    var flags: UInt16

    public var isDirectory: Bool { name.hasSuffix("/") }
}

/// A parsed ZIP archive: its directory, and the bytes to extract entries from.
public struct ZipArchive: Sendable {
    public let entries: [ZipEntry]
    let bytes: [UInt8]
    /// How far the archive's data sits from where its offsets say (bytes prepended to it).
    let shift: Int

    /// Uncompressed sizes above this are refused, so a hostile directory cannot demand a huge allocation.
    public static let maximumEntrySize = 1 << 30

    /// Reads the central directory.
    /// - Throws: `ArchiveError` when the archive is truncated, not a ZIP archive, or uses
    ///   features beamr does not read (ZIP64, encryption, multiple disks).
    public init(bytes: [UInt8]) throws(ArchiveError) {
        self.bytes = bytes
        let end = try Self.findEndRecord(bytes)
        var cursor = ByteCursor(bytes, at: end + 4, context: "ZIP end record")
        let disk = try cursor.u16(), directoryDisk = try cursor.u16()
        let countHere = try cursor.u16(), count = try cursor.u16()
        let directorySize = try cursor.u32(), directoryOffset = try cursor.u32()
        guard disk == 0, directoryDisk == 0, countHere == count else {
            throw ArchiveError(.unsupported, "multi-disk ZIP archives are not supported")
        }
        guard count != 0xFFFF, directorySize != 0xFFFF_FFFF, directoryOffset != 0xFFFF_FFFF else {
            throw ArchiveError(.unsupported, "ZIP64 archives are not supported")
        }
        let directoryStart = end - Int(directorySize)
        guard directoryStart >= 0, Int(directoryOffset) <= directoryStart else {
            throw ArchiveError(.truncated, "truncated ZIP archive: the central directory does not fit before its end record")
        }
        shift = directoryStart - Int(directoryOffset)
        var entries: [ZipEntry] = []
        entries.reserveCapacity(Int(count))
        cursor = ByteCursor(bytes, at: directoryStart, context: "ZIP central directory")
        for _ in 0..<Int(count) {
            guard try cursor.u32() == 0x0201_4B50 else {
                throw ArchiveError(.badEntry, "bad ZIP central directory entry at byte \(cursor.offset - 4)")
            }
            _ = try cursor.u16()  // version made by
            _ = try cursor.u16()  // version needed
            let flags = try cursor.u16(), method = try cursor.u16()
            _ = try cursor.u32()  // time and date
            let crc = try cursor.u32()
            let compressed = try cursor.u32(), size = try cursor.u32()
            let nameLength = Int(try cursor.u16()), extraLength = Int(try cursor.u16()), commentLength = Int(try cursor.u16())
            _ = try cursor.u16()  // disk
            _ = try cursor.u16()  // internal attributes
            _ = try cursor.u32()  // external attributes
            let offset = try cursor.u32()
            let nameBytes = try cursor.take(nameLength)
            _ = try cursor.take(extraLength + commentLength)
            if compressed == 0xFFFF_FFFF || size == 0xFFFF_FFFF || offset == 0xFFFF_FFFF {
                throw ArchiveError(.unsupported, "ZIP64 archives are not supported")
            }
            entries.append(ZipEntry(name: String(decoding: nameBytes, as: UTF8.self), method: method, crc: crc,
                                    compressedSize: Int(compressed), size: Int(size), localHeaderOffset: Int(offset),
                                    flags: flags))
        }
        self.entries = entries
    }

    /// Whether some bytes start like a ZIP archive.
    public static func looksLikeZip(_ bytes: ArraySlice<UInt8>) -> Bool {
        bytes.count >= 2 && bytes[bytes.startIndex] == UInt8(ascii: "P") && bytes[bytes.startIndex + 1] == UInt8(ascii: "K")
    }

    /// The end-of-central-directory record: the last `PK\5\6` within the final 64 KiB + 22 bytes.
    static func findEndRecord(_ bytes: [UInt8]) throws(ArchiveError) -> Int {
        guard bytes.count >= 22 else {
            throw ArchiveError(.truncated, "truncated ZIP archive: \(bytes.count) bytes is too short for an end record")
        }
        var position = bytes.count - 22
        let lowest = max(0, bytes.count - 22 - 0xFFFF)
        while position >= lowest {
            if bytes[position] == 0x50, bytes[position + 1] == 0x4B, bytes[position + 2] == 5, bytes[position + 3] == 6 {
                return position
            }
            position -= 1
        }
        throw ArchiveError(.truncated, "not a ZIP archive or truncated: no end-of-central-directory record")
    }

    /// The contents of an entry, inflated and checked against its CRC.
    /// - Throws: `ArchiveError` for an encrypted entry, an unsupported method, data that does
    ///   not fit in the archive, corrupt deflate data, or a CRC mismatch.
    public func extract(_ entry: ZipEntry) throws(ArchiveError) -> [UInt8] {
        let name = entry.name
        guard entry.flags & 1 == 0 else { throw ArchiveError(.unsupported, "ZIP entry \(name) is encrypted") }
        guard entry.size <= Self.maximumEntrySize else {
            throw ArchiveError(.tooLarge, "ZIP entry \(name) is too large (\(entry.size) bytes)")
        }
        var cursor = ByteCursor(bytes, at: entry.localHeaderOffset + shift, context: "ZIP entry \(name)")
        guard cursor.offset >= 0, try cursor.u32() == 0x0403_4B50 else {
            throw ArchiveError(.badEntry, "ZIP entry \(name): bad local header")
        }
        _ = try cursor.take(22)
        let nameLength = Int(try cursor.u16()), extraLength = Int(try cursor.u16())
        _ = try cursor.take(nameLength + extraLength)
        let data = try cursor.take(entry.compressedSize)
        let contents: [UInt8]
        switch entry.method {
        case 0:
            guard entry.compressedSize == entry.size else {
                throw ArchiveError(.badEntry, "ZIP entry \(name): stored sizes differ (\(entry.compressedSize) and \(entry.size))")
            }
            contents = Array(data)
        case 8:
            contents = try RawInflate.inflate(data, size: entry.size, name: "ZIP entry \(name)")
        default:
            throw ArchiveError(.unsupported, "ZIP entry \(name) uses compression method \(entry.method) (only stored and deflate are supported)")
        }
        let crc = RawInflate.crc32(contents[...])
        guard crc == entry.crc else {
            throw ArchiveError(.badChecksum, "ZIP entry \(name): CRC-32 mismatch (stored \(hex(entry.crc)), computed \(hex(crc)))")
        }
        return contents
    }

    /// Every file entry's contents, in directory order.
    public func extractAll() throws(ArchiveError) -> [(name: String, bytes: [UInt8])] {
        var files: [(name: String, bytes: [UInt8])] = []
        for entry in entries where !entry.isDirectory { files.append((entry.name, try extract(entry))) }
        return files
    }
}

func hex(_ value: UInt32) -> String {
    let digits = String(value, radix: 16)
    return "0x" + String(repeating: "0", count: max(0, 8 - digits.count)) + digits
}
