import ArgumentParser
import BeamBundle
import BeamVM

#if canImport(Glibc)
import Glibc
#endif

/// `beamr bundle`: packs a program and the modules it needs into one executable file.
struct BundleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bundle",
        abstract: "Pack a program and every module it needs into one executable file.",
        discussion: """
        INPUT is the program's entry .beam file (its directory and each --dir hold its modules) or a Gleam \
        build directory (build/dev/erlang: the package named in gleam.toml above it, or the only one with a \
        <package>@@main module, is the program; its entry is <package>@@main:run/1, else <package>:main/0). \
        The entry defaults to main/1 (called with the arguments as a list of strings, as escript does) when \
        the module exports it, else main/0. Library and Erlang/OTP modules reachable from the entry are \
        packed too; --include adds modules that are only reached dynamically. Run the result as ./NAME ARGS \
        or beamr NAME ARGS.
        """
    )

    @Argument(help: "The entry .beam file, or a Gleam build directory (build/dev/erlang).")
    var input: String

    @Option(name: [.customLong("dir"), .customLong("pa", withSingleDash: true)],
            help: "Another directory of the program's own modules (repeatable).")
    var directories: [String] = []

    @Option(name: .shortAndLong, help: "The file to write (default: the entry module or package name).")
    var output: String?

    @Option(help: "The entry, as module:function/0 or module:function/1.")
    var entry: String?

    @Option(name: .customLong("include"), help: "A module to pack even if no call reaches it (repeatable).")
    var includes: [String] = []

    @Option(help: "zstd compression level, 1 to 22.")
    var level: Int32 = 19

    @Flag(help: "List on standard error each packed module and the function that first reached it.")
    var explain = false

    func run() throws {
        guard (1...22).contains(level) else { throw ValidationError("--level must be between 1 and 22") }
        do throws(BundleFailure) {
            let plan = try Bundler.plan(input: input, directories: directories, entry: entry)
            let (bundle, ownCount, notes) = try Bundler.build(plan, includes: includes, explain: explain)
            let path = output ?? plan.name
            let bytes: [UInt8]
            do { bytes = try bundle.encoded(level: level) } catch { throw BundleFailure(description: error.description) }
            try write(bytes, to: path)
            for note in notes { printError("beamr: note: \(note)") }
            let entry = bundle.entry
            print("wrote \(path): \(bytes.count) bytes, \(bundle.modules.count) modules (\(ownCount) of the program's), entry \(entry.module):\(entry.function)/\(entry.arity)")
        } catch {
            printError("beamr: \(error.description)")
            throw ExitCode(2)
        }
    }

    /// Writes the file and makes it executable.
    func write(_ bytes: [UInt8], to path: String) throws(BundleFailure) {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o755)
        guard fd >= 0 else { throw BundleFailure(description: "\(path): \(String(cString: strerror(errno)))") }
        defer { close(fd) }
        var written = 0
        while written < bytes.count {
            let n = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress! + written, $0.count - written) }
            if n < 0 {
                if errno == EINTR { continue }
                throw BundleFailure(description: "\(path): \(String(cString: strerror(errno)))")
            }
            written += n
        }
        fchmod(fd, 0o755)
    }
}
