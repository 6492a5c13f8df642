// Building a bundle: find the program's modules, walk what its entry reaches, strip the
// modules and pack them. Two kinds of input:
//
// - a .beam file: its directory and every --dir hold the program's own modules;
// - a Gleam project or build directory (see GleamBuild): every <package>/ebin is on the
//   path. Its entry is <package>@@main:run(<package>) when that module exists (what
//   `gleam run` calls), else <package>:main/0. Other packages are libraries.
//
// Modules are looked for in the program's directories, then the library directories, then
// the installed Erlang/OTP library; beamr's built-in modules are never packed, but what they
// call is.

import BeamBundle
import BeamFile
import BeamVM

#if canImport(Glibc)
import Glibc
#endif

struct BundleFailure: Error, CustomStringConvertible {
    var description: String
}

/// What to pack.
struct BundlePlan {
    var entry: BundleEntry
    /// Directories of the program's own modules (taken whole), in search order.
    var ownDirectories: [String]
    /// Library directories searched after them.
    var libraryDirectories: [String]
    /// The default output name.
    var name: String
}

enum Bundler {
    /// Works out the entry and the directories for `input`.
    static func plan(input: String, directories: [String], entry: String?) throws(BundleFailure) -> BundlePlan {
        var plan: BundlePlan
        if FileSystem.isDirectory(input) {
            plan = try gleamPlan(buildDirectory: input)
        } else {
            guard FileSystem.exists(input) else { throw BundleFailure(description: "\(input): no such file") }
            let beam: BeamModule
            do { beam = try BeamFileReader.load(input) } catch { throw BundleFailure(description: error.description) }
            let style: BundleCallStyle = beam.exports("main", arity: 1) ? .argumentList : .noArguments
            guard style == .argumentList || beam.exports("main", arity: 0) || entry != nil else {
                throw BundleFailure(description: "\(input): module \(beam.name) exports neither main/1 nor main/0 (use --entry)")
            }
            plan = BundlePlan(entry: BundleEntry(module: beam.name, function: "main", arity: style == .argumentList ? 1 : 0, style: style),
                              ownDirectories: [parentDirectory(input)], libraryDirectories: [], name: beam.name)
        }
        plan.ownDirectories += directories
        if let entry {
            guard let parsed = EntrySpec(entry), parsed.arity <= 1 else {
                throw BundleFailure(description: "bad --entry \(entry): expected module:function/0 or module:function/1")
            }
            plan.entry = BundleEntry(module: parsed.module, function: parsed.function, arity: parsed.arity,
                                     style: parsed.arity == 1 ? .argumentList : .noArguments)
        }
        return plan
    }

    static func gleamPlan(buildDirectory: String) throws(BundleFailure) -> BundlePlan {
        let build = try GleamBuild.locate(buildDirectory)
        let package = build.package
        let entry: BundleEntry
        if let main = build.mainModule {
            entry = BundleEntry(module: main, function: "run", arity: 1, style: .atomArgument, atom: package)
        } else if build.hasModule(package, in: package) {
            entry = BundleEntry(module: package, function: "main", arity: 0, style: .noArguments)
        } else {
            throw BundleFailure(description: "\(buildDirectory): package \(package) has neither \(package)@@main nor \(package) module")
        }
        return BundlePlan(entry: entry, ownDirectories: [build.ebin(package)],
                          libraryDirectories: build.packages.filter { $0 != package }.map(build.ebin), name: package)
    }

    /// Builds the bundle: returns it and notes for the user (modules referenced but not found).
    static func build(_ plan: BundlePlan, includes: [String], explain: Bool = false) throws(BundleFailure) -> (Bundle, ownCount: Int, notes: [String]) {
        var index: [String: (path: String, own: Bool)] = [:]
        var applications = ApplicationFiles()
        let library = OTPLibrary.locate()?.codePath ?? []
        for (directories, own) in [(plan.ownDirectories, true), (plan.libraryDirectories + library, false)] {
            for directory in directories {
                for name in FileSystem.listDirectory(directory) {
                    if name.hasSuffix(".beam") {
                        let module = String(name.dropLast(5))
                        if index[module] == nil { index[module] = (join(directory, name), own) }
                    } else if name.hasSuffix(".app") {
                        applications.add(path: join(directory, name), own: own)
                    }
                }
            }
        }
        let builtIn = Set(BuiltInModules.names)
        var closure = ModuleClosure(find: { name in
            if builtIn.contains(name), let bytes = BuiltInModules.bytes(of: name) {
                return ModuleClosure.Source(bytes: bytes, own: false, builtIn: true)
            }
            guard let found = index[name], let bytes = try? FileSystem.readFile(found.path) else { return nil }
            return ModuleClosure.Source(bytes: bytes, own: found.own)
        }, isNative: BuiltInModules.isNative)

        let entry = plan.entry
        guard index[entry.module] != nil else {
            throw BundleFailure(description: "entry module \(entry.module) not found in \(plan.ownDirectories.joined(separator: ", "))")
        }
        closure.addRoot(module: entry.module, function: entry.function, arity: entry.arity)
        if entry.style == .atomArgument { closure.addRoot(module: entry.atom, function: "main", arity: 0) }
        for name in builtIn.sorted() { closure.addRoot(module: name) }
        applications.requireOwn()
        if entry.style == .atomArgument { applications.require(entry.atom) }
        for module in applications.callbackModules() { closure.addRoot(module: module) }
        // Starting applications needs the boot's kernel and stdlib resource files.
        if closure.modules.contains("application_controller") { applications.require("kernel", "stdlib") }
        // The logger's default handler and formatter are named by kernel's configuration, not code.
        if closure.modules.contains("logger") { for name in ["logger_std_h", "logger_formatter"] { closure.addRoot(module: name) } }
        for name in includes {
            guard index[name] != nil || builtIn.contains(name) else {
                throw BundleFailure(description: "--include \(name): no module \(name) on the path")
            }
            closure.addRoot(module: name)
        }
        if let bad = closure.unreadable.first(where: { index[$0.name]?.own == true }) {
            throw BundleFailure(description: "\(bad.name): \(bad.reason)")
        }
        var modules: [(name: String, bytes: ArraySlice<UInt8>)] = []
        for name in closure.modules {
            guard let found = index[name], let bytes = try? FileSystem.readFile(found.path) else { continue }
            modules.append((name, BeamStrip.forBundle(bytes)[...]))
        }
        if explain {
            for name in closure.modules { printError("\(name) <- \(closure.reachedFrom[name] ?? "?")") }
        }
        let ownCount = closure.modules.filter { index[$0]?.own == true }.count
        var notes: [String] = []
        let missing = closure.missing.filter { !builtIn.contains($0) }
        if !missing.isEmpty {
            notes.append("\(missing.count) referenced module(s) not found, not packed: \(missing.prefix(12).joined(separator: ", "))\(missing.count > 12 ? ", ..." : "")")
        }
        if library.isEmpty { notes.append("no Erlang/OTP installation found: only the program's own modules were packed") }
        return (Bundle(entry: entry, beamrVersion: Beamr.version, modules: modules, files: applications.files), ownCount, notes)
    }


    /// The path with links and `..` resolved (unchanged if it does not exist).
    static func absolute(_ path: String) -> String {
        guard let resolved = realpath(path, nil) else { return path }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    static func parentDirectory(_ path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    static func join(_ parts: String...) -> String {
        parts.dropFirst().reduce(parts[0]) { $0.hasSuffix("/") ? $0 + $1 : $0 + "/" + $1 }
    }
}

extension Substring {
    var trimmingCharacters: Substring {
        var text = self
        while let first = text.first, first.isWhitespace { text.removeFirst() }
        while let last = text.last, last.isWhitespace { text.removeLast() }
        return text
    }
}
