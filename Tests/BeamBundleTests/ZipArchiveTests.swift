import Testing
@testable import BeamBundle

@Suite struct ZipArchiveTests {
    let files = [
        ZipWriter.File(name: "a.beam", contents: Array("FOR1 stored contents".utf8), deflate: false),
        ZipWriter.File(name: "app/ebin/b.beam", contents: Array(repeating: Array("deflated! ".utf8), count: 200).flatMap { $0 },
                       deflate: true),
        ZipWriter.File(name: "empty.app", contents: [], deflate: true),
    ]

    @Test func readsStoredAndDeflatedEntries() throws {
        let archive = try ZipArchive(bytes: ZipWriter.archive(files))
        #expect(archive.entries.map(\.name) == ["a.beam", "app/ebin/b.beam", "empty.app"])
        #expect(archive.entries.map(\.method) == [0, 8, 8])
        let contents = try archive.extractAll()
        #expect(contents.map(\.bytes) == files.map(\.contents))
    }

    @Test func findsTheArchiveBehindPrependedBytes() throws {
        let body = ZipWriter.archive(files)
        let archive = try ZipArchive(bytes: Array("#!/usr/bin/env escript\n%%! -x\n".utf8) + body)
        #expect(try archive.extractAll().map(\.bytes) == files.map(\.contents))
    }

    @Test func rejectsABadCRC() throws {
        var bytes = ZipWriter.archive([files[0]])
        // The stored data starts after the 30-byte local header and the 6-byte name.
        bytes[36] ^= 0xFF
        let archive = try ZipArchive(bytes: bytes)
        let error = #expect(throws: ArchiveError.self) { try archive.extractAll() }
        #expect(error?.kind == .badChecksum)
        #expect(error?.description.contains("a.beam") == true)
    }

    @Test func rejectsAnUnsupportedMethod() throws {
        let archive = try ZipArchive(bytes: ZipWriter.archive([files[0]], method: 12))
        let error = #expect(throws: ArchiveError.self) { try archive.extractAll() }
        #expect(error?.kind == .unsupported)
        #expect(error?.description.contains("method 12") == true)
    }

    @Test func rejectsEncryptedEntries() throws {
        let archive = try ZipArchive(bytes: ZipWriter.archive([files[0]], flags: 1))
        #expect(throws: ArchiveError(.unsupported, "ZIP entry a.beam is encrypted")) { try archive.extractAll() }
    }

    @Test func rejectsCorruptDeflateData() throws {
        var bytes = ZipWriter.archive([files[1]])
        for i in 50..<60 { bytes[i] = 0xFF }
        let archive = try ZipArchive(bytes: bytes)
        let error = #expect(throws: ArchiveError.self) { try archive.extractAll() }
        #expect(error?.kind == .badCompression || error?.kind == .badChecksum)
    }

    @Test(arguments: [0, 10, 21, 40, 100])
    func rejectsTruncatedArchives(keep: Int) {
        let bytes = ZipWriter.archive(files)
        #expect(throws: ArchiveError.self) {
            let archive = try ZipArchive(bytes: Array(bytes.prefix(keep)))
            _ = try archive.extractAll()
        }
    }

    @Test func rejectsATruncatedEntry() throws {
        // Cut the data of the second entry but keep a valid directory by rebuilding it.
        let bytes = ZipWriter.archive(files)
        let archive = try ZipArchive(bytes: bytes)
        var entry = archive.entries[1]
        entry.compressedSize = bytes.count
        let error = #expect(throws: ArchiveError.self) { try archive.extract(entry) }
        #expect(error?.kind == .truncated)
    }

    @Test func readsAnArchiveWrittenByEscript() throws {
        let bytes = try #require(FixturePaths.read("bin/script_multi.escript"))
        let header = try EscriptHeader(bytes: bytes)
        #expect(header.bodyKind == .archive)
        let archive = try ZipArchive(bytes: Array(bytes[header.bodyOffset...]))
        let names = archive.entries.map(\.name)
        #expect(names.contains("script_multi.beam"))
        #expect(names.contains("script_multi/ebin/script_helper.beam"))
        for (_, contents) in try archive.extractAll() where !contents.isEmpty {
            #expect(contents.starts(with: "FOR1".utf8))
        }
    }
}
