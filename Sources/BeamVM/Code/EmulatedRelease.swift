// Where Erlang/OTP releases disagree on an observable result (the atom encoding of
// term_to_binary, what funs carry, the order of a module's export list), beamr reproduces
// the release that compiled the program: compiled code cannot run on an older release,
// and a program tested on one release expects that release's answers.

import BeamFile
import Synchronization

#if canImport(Glibc)
import Glibc
#endif

/// The Erlang/OTP release whose behaviour beamr reproduces.
public enum EmulatedRelease {
    /// The newest release beamr knows, used when the program does not say.
    public static let newest = 29

    private static let current = Atomic<Int>(newest)

    /// The release number, such as 25 or 29.
    @inline(__always) public static var number: Int { current.load(ordering: .relaxed) }

    public static func set(_ release: Int) { current.store(release, ordering: .relaxed) }

    /// The release of the compiler that produced a module, from its compile info
    /// (`{version, "8.2.3"}` is OTP 25's compiler, `"10.0.7"` OTP 29's).
    /// `BEAMR_OTP_RELEASE` in the environment overrides it.
    public static func release(of module: BeamModule) -> Int? {
        if let text = getenv("BEAMR_OTP_RELEASE").map({ String(cString: $0) }), let number = Int(text) { return number }
        guard case .list(let items, _)? = module.compileInfo else { return nil }
        for item in items {
            guard case .tuple(let pair) = item, pair.count == 2, pair[0] == .atom("version"),
                  case .list(let chars, _) = pair[1] else { continue }
            let text = String(String.UnicodeScalarView(chars.compactMap { element -> Unicode.Scalar? in
                if case .integer(let c) = element { return Unicode.Scalar(UInt32(truncatingIfNeeded: c)) }
                return nil
            }))
            return release(compilerVersion: text)
        }
        return nil
    }

    /// The release a version of the `compiler` application ships with.
    static func release(compilerVersion: String) -> Int? {
        let parts = compilerVersion.split(separator: ".").compactMap { Int($0) }
        guard let major = parts.first else { return nil }
        let minor = parts.count > 1 ? parts[1] : 0
        switch major {
        case ..<8: return 24
        case 8: return minor <= 2 ? 25 : (minor <= 4 ? 26 : 27)
        case 9: return 28
        default: return 29
        }
    }
}
