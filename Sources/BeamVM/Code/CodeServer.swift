// The code path and on-demand loading: a call to a module that is not loaded looks for
// `<module>.beam` in each code path directory in order.

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

    /// The current version of a module, loading it from the code path if needed.
    public func ensureLoaded(_ name: Term) -> LoadedModule? {
        if let module = CodeRegistry.shared.module(named: name) { return module }
        guard name.isAtom else { return nil }
        return loading.withLock { _ in
            if let module = CodeRegistry.shared.module(named: name) { return module }
            if let bytes = Preloaded.bytes(of: name.atomName.string) {
                let result = Result { () throws(BeamLoadError) in try BeamModule(bytes: bytes) }
                    .mapError { LoadFailure(description: $0.description) }
                    .flatMap { load($0, path: name.atomName.string) }
                switch result {
                case .success(let module): return module
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
    private func recordFailure(_ name: Term, _ message: String) {
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
            let beam = try BeamFileReader.load(path)
            return load(beam, path: path)
        } catch {
            return .failure(LoadFailure(description: error.description))
        }
    }

    /// Translates and installs a parsed module.
    public func load(_ beam: BeamModule, path: String) -> Result<LoadedModule, LoadFailure> {
        do {
            let module = try ModuleLoader.load(beam)
            module.path = Preloaded.encoded[beam.name] == nil ? path : nil
            CodeRegistry.shared.install(module)
            return .success(module)
        } catch {
            return .failure(LoadFailure(description: "\(path): \(error.description)"))
        }
    }
}

/// Why a module file could not be loaded.
public struct LoadFailure: Error, CustomStringConvertible {
    public var description: String
}

import BeamFile
