// Damaged bundles and escripts: one line on standard error naming the file, a non-zero
// exit, never a crash. Mutation tests run the binary on many seeded variants.

import Foundation
import Testing

@Suite struct BadInputTests {
    let directory = CommandRunner.temporaryDirectory()

    func write(_ bytes: [UInt8], _ name: String) -> String {
        let path = directory + "/" + name
        FileManager.default.createFile(atPath: path, contents: Data(bytes), attributes: [.posixPermissions: 0o755])
        return path
    }

    /// One bundle for every test here: making it is the slow part.
    static let valid: [UInt8] = {
        let path = CommandRunner.temporaryDirectory() + "/valid"
        _ = try? CommandRunner.beamr("bundle", "ebin/script_args.beam", "-o", path)
        return [UInt8](FileManager.default.contents(atPath: path) ?? Data())
    }()

    func validBundle() throws -> [UInt8] {
        try #require(!Self.valid.isEmpty, "beamr bundle failed")
        return Self.valid
    }

    func expectOneLineFailure(_ path: String, mentioning: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let outcome = try CommandRunner.beamr(path, "arg")
        #expect(!outcome.crashed, sourceLocation: sourceLocation)
        #expect(outcome.status != 0, sourceLocation: sourceLocation)
        #expect(outcome.stderrLines.count == 1, "\(outcome.stderr)", sourceLocation: sourceLocation)
        #expect(outcome.stderr.hasPrefix("beamr: \(path): "), "\(outcome.stderr)", sourceLocation: sourceLocation)
        #expect(outcome.stderr.contains(mentioning), "\(outcome.stderr)", sourceLocation: sourceLocation)
    }

    @Test func truncatedBundle() throws {
        let bytes = try validBundle()
        try expectOneLineFailure(write(Array(bytes.prefix(bytes.count / 2)), "truncated"), mentioning: "truncated")
        try expectOneLineFailure(write(Array(bytes.prefix(30)), "header"), mentioning: "truncated")
    }

    /// A damaged frame is found by the bundle's checksum when it is opened, though the
    /// frame itself would be decompressed only if its module were loaded.
    @Test func corruptZstdFrame() throws {
        var bytes = try validBundle()
        for i in (bytes.count - 200)..<(bytes.count - 190) { bytes[i] ^= 0xA5 }
        try expectOneLineFailure(write(bytes, "corrupt"), mentioning: "checksum")
    }

    @Test func newerFormatVersion() throws {
        var bytes = try validBundle()
        bytes[Array("#!/usr/bin/env beamr\nBEAMRBDL".utf8).count] = 9
        try expectOneLineFailure(write(bytes, "newer"), mentioning: "newer")
    }

    @Test func zipEntryWithABadCRC() throws {
        var bytes = [UInt8](FileManager.default.contents(atPath: CommandRunner.scripts + "/bin/args_zip.escript")!)
        let local = bytes.firstIndex(of: UInt8(ascii: "P"))!
        // The stored CRC of the first entry: 14 bytes into its local header; the central copy is what is checked.
        let central = (local..<bytes.count - 4).last { bytes[$0] == 0x50 && bytes[$0 + 1] == 0x4B && bytes[$0 + 2] == 1 && bytes[$0 + 3] == 2 }!
        bytes[central + 16] ^= 0xFF
        try expectOneLineFailure(write(bytes, "crc.escript"), mentioning: "CRC")
    }

    @Test func zipEntryWithAnUnsupportedMethod() throws {
        var bytes = [UInt8](FileManager.default.contents(atPath: CommandRunner.scripts + "/bin/args_zip.escript")!)
        let central = (0..<bytes.count - 4).last { bytes[$0] == 0x50 && bytes[$0 + 1] == 0x4B && bytes[$0 + 2] == 1 && bytes[$0 + 3] == 2 }!
        bytes[central + 10] = 14
        try expectOneLineFailure(write(bytes, "method.escript"), mentioning: "compression method 14")
    }

    @Test func truncatedZip() throws {
        let bytes = [UInt8](FileManager.default.contents(atPath: CommandRunner.scripts + "/bin/args_zip.escript")!)
        try expectOneLineFailure(write(Array(bytes.prefix(bytes.count - 30)), "cut.escript"), mentioning: "ZIP")
    }

    @Test func garbageAndSourceBodies() throws {
        try expectOneLineFailure(write(Array("#!/usr/bin/env beamr\nPK\u{1}garbage garbage\n".utf8), "garbage.escript"), mentioning: "ZIP")
        try expectOneLineFailure(write(Array("#!/usr/bin/env beamr\nFOR1garbage\n".utf8), "beam.escript"), mentioning: ".beam")
        try expectOneLineFailure(CommandRunner.scripts + "/bin/source.escript", mentioning: "source escripts are not supported yet")
    }

    @Test(arguments: 0..<40)
    func mutatedBundlesNeverCrash(seed: Int) throws {
        var bytes = try validBundle()
        var state = UInt64(seed) &* 0x9E37_79B9_7F4A_7C15 | 1
        func next() -> Int { state ^= state << 13; state ^= state >> 7; state ^= state << 17; return Int(state % UInt64(Int.max)) }
        let header = Array("#!/usr/bin/env beamr\n".utf8).count
        for _ in 0..<(1 + next() % 4) { bytes[header + next() % (bytes.count - header)] ^= UInt8(1 + next() % 255) }
        if seed % 3 == 0 { bytes = Array(bytes.prefix(header + next() % (bytes.count - header))) }
        let outcome = try CommandRunner.beamr(write(bytes, "mutant\(seed)"), "0")
        #expect(!outcome.crashed, "seed \(seed): \(outcome.stderr)")
        if outcome.status != 0 && outcome.stderr.hasPrefix("beamr: ") {
            #expect(outcome.stderrLines.count == 1, "seed \(seed): \(outcome.stderr)")
        }
    }
}
