// Some of beamr's native functions stand in for functions that ERTS implements in Erlang
// (wrappers in erlang.erl, lists.erl, unicode.erl, math.erl). The difference shows: ERTS
// never tail-calls a real BIF, so a BIF's caller stays in stack traces, while these are
// ordinary calls; and erlang:is_builtin/3 answers false for them. Which functions are
// real BIFs changed between releases.

/// Which natives are Erlang code in ERTS.
enum ErlangCodeStandIns {
    static let always: Set<String> = [
        "erlang:atom_to_binary/1", "erlang:binary_to_atom/1", "erlang:binary_to_existing_atom/1",
        "erlang:fun_info/1", "erlang:convert_time_unit/3", "lists:reverse/1", "math:pi/0", "math:tau/0",
        "unicode:characters_to_binary/1", "unicode:characters_to_binary/3", "unicode:characters_to_list/1",
    ]

    /// Erlang code up to OTP 25, BIFs later.
    static let untilOTP25: Set<String> = ["erlang:max/2", "erlang:min/2"]

    /// BIFs up to OTP 25, Erlang code later.
    static let fromOTP26: Set<String> = [
        "erlang:list_to_integer/1", "erlang:list_to_integer/2", "erlang:binary_to_integer/1", "erlang:binary_to_integer/2",
    ]

    /// Modules whose natives are NIFs (ERTS calls them like Erlang functions) or stand in
    /// for Erlang code; several of them wait for I/O, so they must never become BIF
    /// instructions.
    static let nativeModules: Set<String> = nifModules.union(["beamr_kernel", "beamr_boot"])

    /// Modules whose natives are NIFs in ERTS. A NIF's exception carries its own frame
    /// but, unlike a BIF's, no `error_info`.
    static let nifModules: Set<String> = ["prim_file", "prim_buffer", "zlib"]

    /// Real BIFs of those modules.
    static let bifsOfNativeModules: Set<String> = [
        "prim_file:internal_name2native/1", "prim_file:internal_native2name/1",
        "prim_file:internal_normalize_utf8/1", "prim_file:is_translatable/1",
    ]

    /// Erlang functions of other modules that beamr replaces.
    static let replacedFunctions: Set<String> = ["os:do_cmd/2"]

    static func isErlangCode(module: Term, function: Term, arity: Int) -> Bool {
        let key = "\(module.atomName.string):\(function.atomName.string)/\(arity)"
        if always.contains(key) || replacedFunctions.contains(key) { return true }
        if nativeModules.contains(module.atomName.string) { return !bifsOfNativeModules.contains(key) }
        return EmulatedRelease.number >= 26 ? fromOTP26.contains(key) : untilOTP25.contains(key)
    }

    /// Whether ERTS treats the function as a BIF (given that beamr implements it natively).
    static func isBuiltin(module: Term, function: Term, arity: Int) -> Bool {
        !isErlangCode(module: module, function: function, arity: arity)
    }
}
