import Testing
@testable import BeamBundle

@Suite struct BundleFormatTests {
    static let sample = Bundle(
        entry: BundleEntry(module: "app@@main", function: "run", arity: 1, style: .atomArgument, atom: "app"),
        beamrVersion: "0.1.0",
        modules: [("app@@main", Array("FOR1 one".utf8)[...]), ("lists", Array(repeating: 7, count: 5000)[...]), ("empty", [])],
        files: [("app.app", Array("{application,app,[]}.\n".utf8)[...])])

    @Test func roundTrip() throws {
        let bytes = Self.sample.encoded(level: 3)
        #expect(bytes.starts(with: Bundle.shebang.utf8))
        #expect(Bundle.isBundle(bytes))
        let read = try Bundle(bytes: bytes)
        #expect(read.entry == Self.sample.entry)
        #expect(read.beamrVersion == "0.1.0")
        #expect(read.modules.map(\.name) == ["app@@main", "lists", "empty"])
        #expect(read.modules.map { Array($0.bytes) } == Self.sample.modules.map { Array($0.bytes) })
        #expect(read.files.map(\.name) == ["app.app"])
        #expect(read.files.map { Array($0.bytes) } == Self.sample.files.map { Array($0.bytes) })
        #expect(read.fileSize == bytes.count)
        #expect(read.compressedSize < 5000)
    }

    @Test func anyInterpreterLineIsAccepted() throws {
        var bytes = Self.sample.encoded(level: 1)
        let line = Array("#!/opt/beamr/bin/beamr --flag\n".utf8)
        bytes.replaceSubrange(0..<Bundle.shebang.utf8.count, with: line)
        #expect(try Bundle(bytes: bytes).entry.module == "app@@main")
    }

    @Test func newerFormatVersionIsRefused() {
        var bytes = Self.sample.encoded(level: 1)
        let versionAt = Bundle.shebang.utf8.count + Bundle.magic.count
        bytes[versionAt] = UInt8(Bundle.formatVersion + 1)
        let error = #expect(throws: ArchiveError.self) { try Bundle(bytes: bytes) }
        #expect(error?.kind == .newerFormat)
        #expect(error?.description.contains("newer") == true)
    }

    @Test func olderFormatVersionIsRefused() {
        var bytes = Self.sample.encoded(level: 1)
        bytes[Bundle.shebang.utf8.count + Bundle.magic.count] = 1
        let error = #expect(throws: ArchiveError.self) { try Bundle(bytes: bytes) }
        #expect(error?.description.contains("rebuild") == true)
    }

    @Test func truncatedBundlesAreRefused() {
        let bytes = Self.sample.encoded(level: 1)
        for keep in [0, 5, Bundle.shebang.utf8.count + 3, Bundle.shebang.utf8.count + 12, 60, bytes.count - 1] {
            let error = #expect(throws: ArchiveError.self) { try Bundle(bytes: Array(bytes.prefix(keep))) }
            #expect(error?.kind == .truncated || error?.kind == .badMagic, "kept \(keep)")
        }
    }

    @Test func corruptFramesAreRefused() {
        var bytes = Self.sample.encoded(level: 1)
        let frameEnd = bytes.count
        bytes[frameEnd - 6] ^= 0x5A
        let error = #expect(throws: ArchiveError.self) { try Bundle(bytes: bytes) }
        #expect(error?.kind == .badCompression)
    }

    @Test func notABundle() {
        #expect(!Bundle.isBundle(Array("#!/usr/bin/env escript\nPK".utf8)))
        #expect(!Bundle.isBundle(Array("FOR1".utf8)))
        #expect(throws: ArchiveError.self) { try Bundle(bytes: Array("#!/usr/bin/env beamr\nBEAMRBDX".utf8)) }
    }

    @Test func stripKeepsWhatTheLoaderNeeds() throws {
        var file: [UInt8] = Array("FOR1".utf8) + [0, 0, 0, 0] + Array("BEAM".utf8)
        func chunk(_ id: String, _ size: Int) {
            file += Array(id.utf8) + [0, 0, UInt8(size >> 8), UInt8(size & 0xFF)]
            file += [UInt8](repeating: 1, count: size) + [UInt8](repeating: 0, count: (4 - size % 4) % 4)
        }
        chunk("AtU8", 5); chunk("Dbgi", 300); chunk("Code", 8); chunk("Docs", 10); chunk("Line", 3)
        let stripped = BeamStrip.strip(file)
        #expect(stripped.count == 12 + (8 + 8) + (8 + 8) + (8 + 4))
        let size = Int(stripped[4]) << 24 | Int(stripped[5]) << 16 | Int(stripped[6]) << 8 | Int(stripped[7])
        #expect(size == stripped.count - 8)
        #expect(BeamStrip.strip(Array("not a beam".utf8)) == Array("not a beam".utf8))
    }
}
