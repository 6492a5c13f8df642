import Foundation

/// Locates the committed fixtures (`Fixtures/otp25`, `Fixtures/otp29`) from this source file's path,
/// so the tests work from any working directory.
public enum Fixtures {
    public static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent() // BeamTestSupport
        .deletingLastPathComponent() // Tests
        .deletingLastPathComponent() // package root
        .appendingPathComponent("Fixtures")

    /// The OTP generations whose compiled output is committed.
    public static let releases = ["otp25", "otp29"]

    /// One compiled module of a fixture program.
    public struct Module: CustomStringConvertible, Sendable {
        public var release: String
        public var program: String
        public var module: String
        public var beamPath: String { Fixtures.root.appendingPathComponent("\(release)/\(program)/\(module).beam").path }
        public var listingPath: String { Fixtures.root.appendingPathComponent("\(release)/\(program)/\(module).S").path }
        public var description: String { "\(release)/\(program)/\(module)" }
    }

    /// Every `.beam` file of every fixture program, in a stable order.
    public static let modules: [Module] = {
        var result: [Module] = []
        let fm = FileManager.default
        for release in releases {
            let dir = root.appendingPathComponent(release)
            let programs = ((try? fm.contentsOfDirectory(atPath: dir.path)) ?? []).sorted()
            for program in programs {
                let files = ((try? fm.contentsOfDirectory(atPath: dir.appendingPathComponent(program).path)) ?? []).sorted()
                for file in files where file.hasSuffix(".beam") {
                    result.append(Module(release: release, program: program, module: String(file.dropLast(5))))
                }
            }
        }
        return result
    }()

    /// One fixture program compiled by one OTP release: its folder holds the modules and
    /// the output recorded from real `erl`.
    public struct Program: CustomStringConvertible, Sendable {
        public var release: String
        public var name: String
        /// `otpNN/name`, the form used in KnownFailures.txt.
        public var description: String { "\(release)/\(name)" }
        public var directory: URL { Fixtures.root.appendingPathComponent("\(release)/\(name)") }
        public var mainBeam: String { directory.appendingPathComponent("\(name).beam").path }
    }

    /// Every fixture program of both releases, in a stable order.
    public static let programs: [Program] = {
        var seen = Set<String>()
        var result: [Program] = []
        for module in modules where seen.insert("\(module.release)/\(module.program)").inserted {
            result.append(Program(release: module.release, name: module.program))
        }
        return result
    }()

    public static func bytes(_ path: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
    }
}
