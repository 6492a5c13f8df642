// The table of loaded modules: which version of a module is current, and which module a
// code address belongs to (for stack traces).

/// All loaded modules.
public final class CodeRegistry: @unchecked Sendable { // @unchecked: guarded by `state`
    public static let shared = CodeRegistry()

    struct State {
        /// Current version by module atom index.
        var current: [UInt32: LoadedModule] = [:]
        /// The previous version of a module reloaded while it may still be running.
        var old: [UInt32: LoadedModule] = [:]
        /// Every module ever loaded (code is never freed), for address lookup.
        var all: [LoadedModule] = []
    }

    private let state = MutexBox(State())

    /// Makes `module` the current version of its name and points its exports at it.
    public func install(_ module: LoadedModule) {
        state.withLock { state in
            if let previous = state.current[module.name.atomIndex] { state.old[module.name.atomIndex] = previous }
            state.current[module.name.atomIndex] = module
            state.all.append(module)
        }
        for export in module.exports {
            let entry = ExportTable.shared.entry(module: module.name, function: export.function, arity: export.arity)
            // Native implementations win over the Erlang stubs of modules such as lists.
            if !entry.isNative { entry.bind(to: export.address) }
        }
    }

    /// Drops the old version of a module; true if there was one. The code itself stays in
    /// memory, since a process might still return into it.
    func purge(_ name: Term) -> Bool {
        state.withLock { $0.old.removeValue(forKey: name.atomIndex) != nil }
    }

    /// Makes the current version old: calls to the module become undefined.
    func delete(_ name: Term) -> Bool {
        let module = state.withLock { state -> LoadedModule? in
            guard let module = state.current.removeValue(forKey: name.atomIndex) else { return nil }
            state.old[name.atomIndex] = module
            return module
        }
        guard let module else { return false }
        for export in module.exports {
            let entry = ExportTable.shared.entry(module: module.name, function: export.function, arity: export.arity)
            if !entry.isNative { entry.unbind() }
        }
        return true
    }

    /// The current version of a module.
    public func module(named name: Term) -> LoadedModule? {
        state.withLock { $0.current[name.atomIndex] }
    }

    /// The module whose code contains `address`.
    func module(containing address: UInt) -> LoadedModule? {
        state.withLock { state in state.all.first { $0.contains(address) } }
    }

    /// Every current module.
    public var loaded: [LoadedModule] { state.withLock { Array($0.current.values) } }
}
