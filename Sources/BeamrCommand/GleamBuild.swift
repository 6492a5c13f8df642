// A Gleam project as `gleam build` leaves it: one folder per package under
// build/dev/erlang, each with an `ebin` of .beam files (the project's own package, the
// Gleam standard library, gleeunit and the other dependencies).
//
// Which package is the program: the one named by the `name` in the nearest gleam.toml
// at or above the build directory; failing that, the only package with a
// <package>@@main module; failing that, the only package. `gleam run` calls
// <package>@@main:run(<module>) (the module is <package> unless `--module` says
// otherwise); without that module, the program's entry is <module>:main/0.

import BeamVM

#if canImport(Glibc)
import Glibc
#endif

/// The packages of a Gleam build and which one is the program.
struct GleamBuild {
    /// The build/dev/erlang directory.
    var directory: String
    /// The project's directory (the one holding gleam.toml), when there is one.
    var root: String?
    /// Every package with an `ebin` directory, in name order.
    var packages: [String]
    /// The program's own package.
    var package: String

    func ebin(_ package: String) -> String { Bundler.join(directory, package, "ebin") }

    /// The code path: the program's package first, then the other packages.
    var codePath: [String] { [ebin(package)] + dependencies }

    /// The other packages' ebin directories.
    var dependencies: [String] { packages.filter { $0 != package }.map(ebin) }

    func hasModule(_ module: String, in package: String) -> Bool {
        FileSystem.exists(Bundler.join(directory, package, "ebin", module + ".beam"))
    }

    /// The program package's `<package>@@main` module, if the build has one.
    var mainModule: String? {
        hasModule(package + "@@main", in: package) ? package + "@@main" : nil
    }

    /// Reads the build at `path`: a project directory (it has gleam.toml; its build is
    /// build/dev/erlang) or a build/dev/erlang directory itself.
    static func locate(_ path: String) throws(BundleFailure) -> GleamBuild {
        var directory = path
        var root: String?
        if FileSystem.exists(Bundler.join(path, "gleam.toml")) {
            root = path
            directory = Bundler.join(path, "build", "dev", "erlang")
            guard FileSystem.isDirectory(directory) else {
                throw BundleFailure(description: "\(path): the project has not been built (no build/dev/erlang; run `gleam build`)")
            }
        }
        let packages = FileSystem.listDirectory(directory).filter { FileSystem.isDirectory(Bundler.join(directory, $0, "ebin")) }.sorted()
        guard !packages.isEmpty else {
            throw BundleFailure(description: "\(path): not a .beam file, a Gleam project or a Gleam build directory (no <package>/ebin inside)")
        }
        let located = projectFile(above: directory)
        if root == nil { root = located.map { Bundler.parentDirectory($0) } }
        let withMain = packages.filter { FileSystem.exists(Bundler.join(directory, $0, "ebin", $0 + "@@main.beam")) }
        let package: String
        if let name = located.flatMap(projectName(in:)), packages.contains(name) {
            package = name
        } else if withMain.count == 1 {
            package = withMain[0]
        } else if packages.count == 1 {
            package = packages[0]
        } else {
            throw BundleFailure(description: "\(path): cannot tell which package is the program (no gleam.toml names one, and \(withMain.count) packages have a @@main module)")
        }
        return GleamBuild(directory: directory, root: root, packages: packages, package: package)
    }

    /// The nearest gleam.toml in `directory` or above it.
    static func projectFile(above directory: String) -> String? {
        var current = Bundler.absolute(directory)
        while true {
            let toml = Bundler.join(current, "gleam.toml")
            if FileSystem.exists(toml) { return toml }
            guard let slash = current.lastIndex(of: "/"), current != "/" else { return nil }
            current = slash == current.startIndex ? "/" : String(current[..<slash])
        }
    }

    /// The `name = "..."` of a gleam.toml.
    static func projectName(in toml: String) -> String? {
        guard let bytes = try? FileSystem.readFile(toml) else { return nil }
        for line in String(decoding: bytes, as: UTF8.self).split(separator: "\n") {
            if line.first == "[" { return nil }
            let parts = line.split(separator: "=", maxSplits: 1)
            guard parts.count == 2, parts[0].trimmingCharacters == "name" else { continue }
            let value = parts[1].trimmingCharacters
            if value.count >= 2, value.first == "\"", value.last == "\"" { return String(value.dropFirst().dropLast()) }
        }
        return nil
    }
}
