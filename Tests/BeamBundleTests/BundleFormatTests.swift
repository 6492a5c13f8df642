import Testing
@testable import BeamBundle

@Suite struct BundleFormatTests {
    static let sample = Bundle(
        entry: BundleEntry(module: "app@@main", function: "run", arity: 1, style: .atomArgument, atom: "app"),
        beamrVersion: "0.1.0",
        modules: [("app@@main", Array("FOR1 one".utf8)[...]), ("lists", Array(repeating: 7, count: 5000)[...]), ("empty", [])],
        files: [("app.app", Array("{application,app,[]}.\n".utf8)[...])])

    @Test func roundTrip() throws {
        let bytes = try Self.sample.encoded(level: 3)
        #expect(bytes.starts(with: Bundle.shebang.utf8))
        #expect(Bundle.isBundle(bytes))
        let read = try Bundle(bytes: bytes)
        #expect(read.entry == Self.sample.entry)
        #expect(read.beamrVersion == "0.1.0")
        #expect(read.modules.map(\.name) == ["app@@main", "lists", "empty"])
        #expect(try read.modules.map { try $0.contents() } == Self.sample.modules.map { try $0.contents() })
        #expect(read.files.map(\.name) == ["app.app"])
        #expect(try read.files.map { try $0.contents() } == Self.sample.files.map { try $0.contents() })
        #expect(read.fileSize == bytes.count)
        #expect(read.compressedSize < 5000)
    }

    @Test func anyInterpreterLineIsAccepted() throws {
        var bytes = try Self.sample.encoded(level: 1)
        let line = Array("#!/opt/beamr/bin/beamr --flag\n".utf8)
        bytes.replaceSubrange(0..<Bundle.shebang.utf8.count, with: line)
        #expect(try Bundle(bytes: bytes).entry.module == "app@@main")
    }

    /// Enough similar modules to train a dictionary: they read back through it.
    @Test func entriesShareATrainedDictionary() throws {
        let modules = (0..<40).map { i in
            ("mod\(i)", Array((0..<600).flatMap { j in Array("function_\(j % 37) calls module_\(i) with \(j * i % 101);".utf8) })[...])
        }
        let bundle = Bundle(entry: Self.sample.entry, beamrVersion: "0.1.0", modules: modules)
        let bytes = try bundle.encoded(level: 3)
        let read = try Bundle(bytes: bytes)
        #expect(try read.modules.map { try $0.contents() } == modules.map { Array($0.1) })
        let dictionarySizeAt = bytes.count - read.compressedSize - 4
        #expect(dictionarySizeAt > 0)
        #expect(read.compressedSize < modules.reduce(0) { $0 + $1.1.count } / 10)
    }

    /// Where the checksum is, and the bytes it covers.
    static let checksumAt = Bundle.shebang.utf8.count + Bundle.magic.count + 2

    /// Opening a bundle decompresses nothing: a module whose frame is damaged (under a
    /// checksum that was made to match) fails only when it is read, and the others read.
    @Test func entriesAreDecompressedWhenRead() throws {
        var bytes = try Self.sample.encoded(level: 1)
        let read = try Bundle(bytes: bytes)
        // The frames end with the files' then; "lists" ends before the last module's frame
        // and ends with its own content checksum.
        let listsEnd = bytes.count - read.files.reduce(0) { $0 + $1.compressedSize } - read.modules[2].compressedSize
        bytes[listsEnd - 1] ^= 0x5A
        let checksum = XXHash64.hash(bytes[(Self.checksumAt + 8)...])
        for i in 0..<8 { bytes[Self.checksumAt + i] = UInt8(truncatingIfNeeded: checksum >> (8 * UInt64(i))) }
        let damaged = try Bundle(bytes: bytes)
        #expect(try damaged.modules[0].contents() == Self.sample.modules[0].contents())
        #expect(try damaged.modules[2].contents() == [])
        let error = #expect(throws: ArchiveError.self) { try damaged.modules[1].contents() }
        #expect(error?.kind == .badCompression)
        #expect(error?.description.contains("bundle entry lists") == true, "\(String(describing: error))")
    }

    /// Any damaged byte after the magic is found when the bundle is opened.
    @Test func damageIsFoundWhenOpened() throws {
        let valid = try Self.sample.encoded(level: 1)
        for at in stride(from: Self.checksumAt, to: valid.count, by: 7) {
            var bytes = valid
            bytes[at] ^= 0x01
            let error = #expect(throws: ArchiveError.self, "byte \(at)") { try Bundle(bytes: bytes) }
            #expect(error?.kind == .badChecksum, "byte \(at)")
        }
    }

    @Test func newerFormatVersionIsRefused() throws {
        var bytes = try Self.sample.encoded(level: 1)
        let versionAt = Bundle.shebang.utf8.count + Bundle.magic.count
        bytes[versionAt] = UInt8(Bundle.formatVersion + 1)
        let error = #expect(throws: ArchiveError.self) { try Bundle(bytes: bytes) }
        #expect(error?.kind == .newerFormat)
        #expect(error?.description.contains("newer") == true)
    }

    @Test func olderFormatVersionIsRefused() throws {
        var bytes = try Self.sample.encoded(level: 1)
        bytes[Bundle.shebang.utf8.count + Bundle.magic.count] = 1
        let error = #expect(throws: ArchiveError.self) { try Bundle(bytes: bytes) }
        #expect(error?.description.contains("rebuild") == true)
    }

    @Test func truncatedBundlesAreRefused() throws {
        let bytes = try Self.sample.encoded(level: 1)
        for keep in [0, 5, Bundle.shebang.utf8.count + 3, Bundle.shebang.utf8.count + 12, 60, bytes.count - 1] {
            let error = #expect(throws: ArchiveError.self) { try Bundle(bytes: Array(bytes.prefix(keep))) }
            #expect([.truncated, .badMagic, .badChecksum].contains(error?.kind), "kept \(keep)")
        }
    }

    @Test func corruptFramesAreRefused() throws {
        var bytes = try Self.sample.encoded(level: 1)
        let frameEnd = bytes.count
        bytes[frameEnd - 6] ^= 0x5A
        let error = #expect(throws: ArchiveError.self) { try Bundle(bytes: bytes) }
        #expect(error?.kind == .badChecksum)
    }

    @Test func notABundle() {
        #expect(!Bundle.isBundle(Array("#!/usr/bin/env escript\nPK".utf8)))
        #expect(!Bundle.isBundle(Array("FOR1".utf8)))
        #expect(throws: ArchiveError.self) { try Bundle(bytes: Array("#!/usr/bin/env beamr\nBEAMRBDX".utf8)) }
    }

    /// XXH64 against zstd, whose frames end with the low 32 bits of their content's XXH64,
    /// for lengths around each of the hash's steps (32-byte stripes, then 8, 4 and 1).
    @Test func xxHash64AgreesWithZstd() {
        #expect(XXHash64.hash([][...]) == 0xEF46_DB37_51D8_E999)
        for count in Array(0..<80) + [1000, 4099, 65_536 + 13] {
            let data = (0..<count).map { UInt8(truncatingIfNeeded: $0 &* 131 &+ $0 >> 3 &+ 7) }[...]
            let frame = Zstd.compress(data, level: 1)
            let stored = frame.suffix(4).reversed().reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
            #expect(UInt32(truncatingIfNeeded: XXHash64.hash(data)) == stored, "\(count) bytes")
        }
    }

    @Test func stripKeepsWhatTheLoaderNeeds() throws {
        var file: [UInt8] = Array("FOR1".utf8) + [0, 0, 0, 0] + Array("BEAM".utf8)
        func chunk(_ id: String, _ size: Int) {
            file += Array(id.utf8) + [0, 0, UInt8(size >> 8), UInt8(size & 0xFF)]
            file += [UInt8](repeating: 1, count: size) + [UInt8](repeating: 0, count: (4 - size % 4) % 4)
        }
        chunk("AtU8", 5); chunk("Dbgi", 300); chunk("Code", 8); chunk("Docs", 10); chunk("Line", 3)
        file.replaceSubrange(4..<8, with: [0, 0, UInt8((file.count - 8) >> 8), UInt8((file.count - 8) & 0xFF)])
        let stripped = BeamStrip.strip(file)
        #expect(stripped.count == 12 + (8 + 8) + (8 + 8) + (8 + 4))
        let size = Int(stripped[4]) << 24 | Int(stripped[5]) << 16 | Int(stripped[6]) << 8 | Int(stripped[7])
        #expect(size == stripped.count - 8)
        #expect(BeamStrip.strip(Array("not a beam".utf8)) == Array("not a beam".utf8))
        // Chunks the loader would refuse are left as they are, for loading to report.
        var badSize = file
        badSize[7] &+= 4
        #expect(BeamStrip.strip(badSize) == badSize)
        var badID = file
        badID[12] = 0x01
        #expect(BeamStrip.strip(badID) == badID)
    }
}
