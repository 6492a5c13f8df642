// Atoms of the re module: option names, capture specifications, results and the Erlang
// functions of re.erl that the native functions hand work to.

/// Atoms used by the re BIFs.
enum ReAtom {
    static let re = Term.atom("re")
    static let rePattern = Term.atom("re_pattern")
    static let reExportedPattern = Term.atom("re_exported_pattern")
    static let match = Term.atom("match")
    static let namelist = Term.atom("namelist")
    static let compile = Term.atom("compile")
    static let matchLimit = Term.atom("match_limit")
    static let matchLimitRecursion = Term.atom("match_limit_recursion")
    static let badopt = Term.atom("badopt")
    static let cause = Term.atom("cause")
    static let stdlibErrors = Term.atom("erl_stdlib_errors")

    // Functions of re.erl that the BIFs continue in, as ERTS's traps do.
    static let urun = Term.atom("urun")
    static let grun = Term.atom("grun")
    static let ucompile = Term.atom("ucompile")

    // Option names.
    static let capture = Term.atom("capture")
    static let offset = Term.atom("offset")
    static let newline = Term.atom("newline")
    static let export = Term.atom("export")
    static let cr = Term.atom("cr")
    static let lf = Term.atom("lf")
    static let crlf = Term.atom("crlf")
    static let anycrlf = Term.atom("anycrlf")
    static let any = Term.atom("any")
    static let nul = Term.atom("nul")

    // Capture specifications.
    static let allButFirst = Term.atom("all_but_first")
    static let allNames = Term.atom("all_names")
    static let first = Term.atom("first")
    static let list = Term.atom("list")
}
