// What beamr itself provides, for tools that decide which modules a program must carry
// (`beamr bundle`): the Erlang modules compiled into the executable and the functions
// implemented natively.

/// The modules and native functions that come with beamr.
package enum BuiltInModules {
    /// Names of the Erlang modules inside the executable.
    package static var names: [String] { Preloaded.encoded.keys.sorted() }

    /// The .beam bytes of a module inside the executable.
    package static func bytes(of module: String) -> [UInt8]? { Preloaded.bytes(of: module) }

    /// Whether beamr implements `module:function/arity` natively, so no module is needed for it.
    package static func isNative(_ module: String, _ function: String, _ arity: Int) -> Bool {
        let natives = BifRegistry.byName // interns the name of every native function
        guard let module = AtomTable.shared.existing(module), let function = AtomTable.shared.existing(function) else { return false }
        return natives[BifRegistry.key(.atom(module), .atom(function), arity)] != nil
    }
}
