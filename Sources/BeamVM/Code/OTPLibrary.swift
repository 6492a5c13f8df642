// Finding the installed Erlang/OTP library whose modules (lists, io, gen_server, ...) beamr
// loads on demand: $BEAMR_OTP_ROOT, else the installation that `erl` on PATH belongs to,
// else the usual prefixes.

#if canImport(Glibc)
import Glibc
#endif

/// An Erlang/OTP installation.
public struct OTPLibrary: Sendable {
    /// The root directory (it has `lib/` and `releases/`).
    public let root: String
    /// The release number, such as "25", from `releases/<N>/`.
    public let release: String?

    /// Every application's `ebin` directory, plus the preloaded modules of erts.
    public var codePath: [String] {
        let lib = root + "/lib"
        var directories: [String] = []
        var erts: [String] = []
        for name in FileSystem.listDirectory(lib) {
            let ebin = lib + "/" + name + "/ebin"
            guard FileSystem.isDirectory(ebin) else { continue }
            if name.hasPrefix("erts-") { erts.append(ebin) } else { directories.append(ebin) }
        }
        return directories + erts
    }

    /// The library found at start-up (the environment does not change it later).
    public static let current: OTPLibrary? = locate()

    /// The release number of the library in use, or nil without one.
    public static var currentRelease: Int? { current?.release.flatMap { Int($0) } }

    /// The version of the library's runtime system (erts), such as "13.1.5".
    public var ertsVersion: String? {
        let names = FileSystem.listDirectory(root) + FileSystem.listDirectory(root + "/lib")
        return names.first { $0.hasPrefix("erts-") }.map { String($0.dropFirst(5)) }
    }

    /// The library to use, or nil when none is installed.
    public static func locate() -> OTPLibrary? {
        var candidates: [String] = []
        if let root = getenv("BEAMR_OTP_ROOT") { candidates.append(String(cString: root)) }
        if let erl = findOnPath("erl") { candidates.append(resolve(erl) + "/../..") }
        candidates += ["/usr/lib/erlang", "/usr/local/lib/erlang", "/opt/homebrew/lib/erlang"]
        for candidate in candidates {
            let root = normalise(candidate)
            if FileSystem.isDirectory(root + "/lib") && FileSystem.isDirectory(root + "/releases") {
                let release = FileSystem.listDirectory(root + "/releases").first { $0.first?.isNumber == true }
                return OTPLibrary(root: root, release: release)
            }
        }
        return nil
    }

    static func findOnPath(_ program: String) -> String? {
        guard let path = getenv("PATH") else { return nil }
        for directory in String(cString: path).split(separator: ":") {
            let candidate = String(directory) + "/" + program
            if access(candidate, X_OK) == 0 { return candidate }
        }
        return nil
    }

    /// The path with symbolic links resolved.
    static func resolve(_ path: String) -> String {
        guard let resolved = realpath(path, nil) else { return path }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// Resolves `..` components (and links) when the path exists.
    static func normalise(_ path: String) -> String {
        FileSystem.exists(path) ? resolve(path) : path
    }
}
