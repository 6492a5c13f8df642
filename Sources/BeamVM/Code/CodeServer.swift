// The code path and on-demand loading: a call to a module that is not loaded looks for
// `<module>.beam` in each code path directory in order.

/// Finds and loads modules.
public final class CodeServer: @unchecked Sendable { // @unchecked: guarded by `state`
    public static let shared = CodeServer()

    struct State {
        var path: [String] = []
        /// Modules that were looked for and not found or failed to load, with the reason.
        var failures: [UInt32: String] = [:]
    }

    private let state = MutexBox(State())
    /// Serialises loading so a module is loaded once.
    private let loading = MutexBox(())

    /// Sets the directories searched for modules, in order.
    public func setPath(_ directories: [String]) {
        state.withLock { $0.path = directories; $0.failures = [:] }
    }

    public var path: [String] { state.withLock { $0.path } }

    /// The current version of a module, loading it from the code path if needed.
    public func ensureLoaded(_ name: Term) -> LoadedModule? {
        if let module = CodeRegistry.shared.module(named: name) { return module }
        guard name.isAtom else { return nil }
        return loading.withLock { _ in
            if let module = CodeRegistry.shared.module(named: name) { return module }
            let file = name.atomName.string + ".beam"
            for directory in path {
                let candidate = directory.hasSuffix("/") ? directory + file : directory + "/" + file
                guard FileSystem.exists(candidate) else { continue }
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
            return nil
        }
    }

    /// Why a module could not be loaded, if an attempt failed.
    public func failure(for name: Term) -> String? { state.withLock { $0.failures[name.atomIndex] } }

    private func recordFailure(_ name: Term, _ message: String) {
        state.withLock { $0.failures[name.atomIndex] = message }
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
