// The code path and on-demand loading: a call to a module that is not loaded looks for
// `<module>.beam` among beamr's own modules, then in the program's archive (an escript's
// ZIP or a bundle, held in memory), then in each code path directory in order.

/// Finds and loads modules.
public final class CodeServer: @unchecked Sendable { // @unchecked: guarded by `state`
    public static let shared = CodeServer()

    struct State {
        var path: [String] = []
        /// Module file by name, filled from the directories the first time a module is
        /// looked for, so a load costs one lookup instead of a stat per directory.
        var index: [String: String]?
        /// Modules that were looked for and not found or failed to load, with the reason.
        var failures: [UInt32: String] = [:]
        /// The archive's modules, by name: consulted before the directories. Each is read
        /// (decompressed) only when it loads.
        var archive: [String: ArchivedModule.Read] = [:]
        /// The archive's other files (`.app` resource files), by base name.
        var archiveFiles: [String: ArraySlice<UInt8>] = [:]
        /// Where the archive came from, for `code:which/1` ("<file>/<module>.beam").
        var archiveOrigin = ""
        /// Directories of library code outside Erlang/OTP (a Gleam build's dependencies).
        var libraries: [String] = []
    }

    private let state = MutexBox(State())
    /// Serialises loading so a module is loaded once.
    private let loading = MutexBox(())

    /// Sets the directories searched for modules, in order.
    public func setPath(_ directories: [String]) {
        state.withLock { $0.path = directories; $0.failures = [:]; $0.index = nil }
    }

    /// Where `<module>.beam` is on the code path (first directory wins).
    func locate(_ file: String) -> String? {
        state.withLock { state in
            if state.index == nil {
                var index: [String: String] = [:]
                for directory in state.path {
                    for name in FileSystem.listDirectory(directory) where name.hasSuffix(".beam") && index[name] == nil {
                        index[name] = directory.hasSuffix("/") ? directory + name : directory + "/" + name
                    }
                }
                state.index = index
            }
            return state.index?[file]
        }
    }

    public var path: [String] { state.withLock { $0.path } }

    /// Marks directories as library code, like Erlang/OTP's: their modules are translated
    /// function by function (see `translatesLazily`).
    public func setLibraryDirectories(_ directories: [String]) {
        state.withLock { $0.libraries = directories.map { $0.hasSuffix("/") ? $0 : $0 + "/" } }
    }

    /// Makes a program's archive (module name to .beam bytes) the first place modules are
    /// looked for after beamr's own; `origin` names the file they came from. Its other
    /// `files` (archive path and bytes) are found by code:where_is_file/1 and read through
    /// erl_prim_loader, as escript's archive is on ERTS, so applications start from it.
    public func setArchive(_ modules: [ArchivedModule], files: [(name: String, bytes: ArraySlice<UInt8>)] = [],
                           origin: String) {
        state.withLock { state in
            state.archive = [:]
            for module in modules where state.archive[module.name] == nil { state.archive[module.name] = module.read }
            state.archiveFiles = [:]
            for file in files {
                let base = file.name.split(separator: "/").last.map(String.init) ?? file.name
                if state.archiveFiles[base] == nil { state.archiveFiles[base] = file.bytes }
            }
            state.archiveOrigin = origin
            state.failures = [:]
        }
    }

    /// The path under which an archived file named `base` is reported, if the archive has it.
    func archivedFilePath(_ base: String) -> String? {
        state.withLock { state in state.archiveFiles[base] == nil ? nil : state.archiveOrigin + "/" + base }
    }

    /// The bytes of an archived file given the path `archivedFilePath` reported for it.
    func archivedFile(atPath path: String) -> [UInt8]? {
        state.withLock { state in
            guard !state.archiveOrigin.isEmpty, path.hasPrefix(state.archiveOrigin + "/") else { return nil }
            return state.archiveFiles[String(path.dropFirst(state.archiveOrigin.count + 1))].map(Array.init)
        }
    }

    /// How to read an archived module, and the path to report for it.
    func archived(_ name: String) -> (read: ArchivedModule.Read, path: String)? {
        state.withLock { state in state.archive[name].map { ($0, state.archiveOrigin + "/" + name + ".beam") } }
    }

    /// The current version of a module, loading it from the code path if needed.
    public func ensureLoaded(_ name: Term) -> LoadedModule? {
        if let module = CodeRegistry.shared.module(named: name) { return module }
        guard name.isAtom else { return nil }
        return loading.withLock { _ in
            if let module = CodeRegistry.shared.module(named: name) { return module }
            if let bytes = Preloaded.bytes(of: name.atomName.string) {
                let result = Result { () throws(BeamLoadError) in try BeamModule(bytes: bytes, deferringCode: true) }
                    .mapError { LoadFailure(description: $0.description) }
                    .flatMap { load($0, path: name.atomName.string) }
                switch result {
                case .success(let module): return module
                case .failure(let error):
                    recordFailure(name, error.description)
                    return nil
                }
            }
            if let (read, path) = archived(name.atomName.string) {
                let result = read().flatMap { bytes in
                    Result { () throws(BeamLoadError) in try BeamModule(bytes: bytes, deferringCode: true) }
                        .mapError { LoadFailure(description: "\(path): \($0.description)") }
                }.flatMap { load($0, path: path) }
                switch result {
                case .success(let module) where module.name == name: return module
                case .success(let module):
                    recordFailure(name, "\(path) holds module \(module.name.atomName.string)")
                    return nil
                case .failure(let error):
                    recordFailure(name, error.description)
                    return nil
                }
            }
            guard let candidate = locate(name.atomName.string + ".beam") else { return nil }
            switch load(path: candidate) {
            case .success(let module):
                if module.name == name { return module }
                recordFailure(name, "\(candidate) holds module \(module.name.atomName.string)")
                return nil
            case .failure(let error):
                recordFailure(name, error.description)
                return nil
            }
        }
    }

    /// Why a module could not be loaded, if an attempt failed.
    public func failure(for name: Term) -> String? { state.withLock { $0.failures[name.atomIndex] } }

    /// Remembers and reports (once, on standard error, as ERTS's loader does) why a module
    /// that exists on the code path could not be loaded.
    func recordFailure(_ name: Term, _ message: String) {
        let first = state.withLock { state -> Bool in
            let first = state.failures[name.atomIndex] == nil
            state.failures[name.atomIndex] = message
            return first
        }
        if first { StandardStreams.write("beamr: error loading module \(name.atomName.string): \(message)\n", to: 2) }
    }

    /// Reads, translates and installs a module file.
    public func load(path: String) -> Result<LoadedModule, LoadFailure> {
        do {
            let beam = try BeamFileReader.load(path, deferringCode: true)
            return load(beam, path: path)
        } catch {
            return .failure(LoadFailure(description: error.description))
        }
    }

    /// Translates and installs a parsed module.
    public func load(_ beam: BeamModule, path: String) -> Result<LoadedModule, LoadFailure> {
        do {
            let module = try ModuleLoader.load(beam, translateAll: !translatesLazily(beam, path: path))
            // ERTS's preloaded modules, and beamr's own, report `preloaded` instead of a file.
            let preloaded = Preloaded.encoded[beam.name] != nil || ModuleInfoBifs.preloaded.contains(beam.name)
            module.path = preloaded ? nil : path
            CodeRegistry.shared.install(module)
            return .success(module)
        } catch {
            return .failure(LoadFailure(description: "\(path): \(error.description)"))
        }
    }
}

extension CodeServer {
    /// Whether a module's functions may wait for their first call to be translated: beamr's
    /// own modules, those of the Erlang/OTP installation and of other library directories (a
    /// Gleam build's dependencies), and those of the program's archive (whose entries are
    /// checksummed). Other files, a program's own, are translated whole
    /// when they load, so that a damaged one is refused as a whole instead of running in part:
    /// code that translates may still be nonsense the compiler never writes (reading
    /// registers it never set), which only a damaged file has.
    func translatesLazily(_ beam: BeamModule, path: String) -> Bool {
        if Preloaded.encoded[beam.name] != nil { return true }
        if let root = OTPLibrary.current?.root, path.hasPrefix(root + "/") { return true }
        if state.withLock({ $0.libraries.contains { path.hasPrefix($0) } }) { return true }
        return archived(beam.name)?.path == path
    }
}

/// A module of a program's archive (an escript's or a bundle's).
public struct ArchivedModule: Sendable {
    /// Reads the module's .beam bytes, decompressing them if need be.
    public typealias Read = @Sendable () -> Result<[UInt8], LoadFailure>

    public var name: String
    public var read: Read

    public init(name: String, read: @escaping Read) {
        self.name = name
        self.read = read
    }
}

/// Why a module file could not be loaded.
public struct LoadFailure: Error, CustomStringConvertible {
    public var description: String

    public init(description: String) { self.description = description }
}

import BeamFile
