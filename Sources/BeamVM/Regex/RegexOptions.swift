// The option lists of re:compile/2 and re:run/3, parsed as ERTS parses them: one parser
// for both, recording which options belong to compiling only or to matching only, so each
// BIF can reject the other kind (compile refuses run options with badarg; run refuses
// compile options when the pattern is already compiled).

import CPcre2

/// A parsed option list.
struct RegexOptions {
    struct Flags: OptionSet, Sendable {
        let rawValue: UInt32
        /// An option that only compiling understands (caseless, unicode, ...).
        static let compileOnly = Flags(rawValue: 1 << 0)
        /// An option that only matching understands (global, capture, offset, ...).
        static let runOnly = Flags(rawValue: 1 << 1)
        static let unicode = Flags(rawValue: 1 << 2)
        static let offset = Flags(rawValue: 1 << 3)
        static let capture = Flags(rawValue: 1 << 4)
        static let global = Flags(rawValue: 1 << 5)
        static let reportErrors = Flags(rawValue: 1 << 6)
        static let matchLimit = Flags(rawValue: 1 << 7)
        static let matchLimitRecursion = Flags(rawValue: 1 << 8)
        static let export = Flags(rawValue: 1 << 9)
    }

    /// Options for pcre2_compile.
    var compile: UInt32 = 0
    /// PCRE2_NEWLINE_* or 0 when not given.
    var newline: UInt32 = 0
    /// PCRE2_BSR_* or 0 when not given.
    var bsr: UInt32 = 0
    /// Options for pcre2_match.
    var match: UInt32 = 0
    var flags: Flags = []
    var startOffset = 0
    /// The values and type of a `{capture, ...}` option (the last one wins), or none.
    var captureValues = Term.none
    var captureType = Term.none
    var matchLimit: UInt32 = 0
    var matchLimitRecursion: UInt32 = 0

    /// An option given as a bare atom: its compile and match bits and flags.
    private struct AtomOption: Sendable {
        let name: Term
        let compile: UInt32
        let match: UInt32
        let flags: Flags
        /// The first release that accepts it.
        let since: Int
    }

    private static let atomOptions: [AtomOption] = [
        AtomOption(name: .atom("anchored"), compile: PCRE2_ANCHORED, match: PCRE2_ANCHORED, flags: [], since: 0),
        AtomOption(name: .atom("notempty"), compile: 0, match: PCRE2_NOTEMPTY, flags: .runOnly, since: 0),
        AtomOption(name: .atom("notempty_atstart"), compile: 0, match: PCRE2_NOTEMPTY_ATSTART, flags: .runOnly, since: 0),
        AtomOption(name: .atom("notbol"), compile: 0, match: PCRE2_NOTBOL, flags: .runOnly, since: 0),
        AtomOption(name: .atom("noteol"), compile: 0, match: PCRE2_NOTEOL, flags: .runOnly, since: 0),
        AtomOption(name: .atom("no_start_optimize"), compile: PCRE2_NO_START_OPTIMIZE, match: 0, flags: .compileOnly, since: 0),
        AtomOption(name: .atom("caseless"), compile: PCRE2_CASELESS, match: 0, flags: .compileOnly, since: 0),
        AtomOption(name: .atom("dollar_endonly"), compile: PCRE2_DOLLAR_ENDONLY, match: 0, flags: .compileOnly, since: 0),
        AtomOption(name: .atom("dotall"), compile: PCRE2_DOTALL, match: 0, flags: .compileOnly, since: 0),
        AtomOption(name: .atom("extended"), compile: PCRE2_EXTENDED, match: 0, flags: .compileOnly, since: 0),
        AtomOption(name: .atom("firstline"), compile: PCRE2_FIRSTLINE, match: 0, flags: .compileOnly, since: 0),
        AtomOption(name: .atom("multiline"), compile: PCRE2_MULTILINE, match: 0, flags: .compileOnly, since: 0),
        AtomOption(name: .atom("no_auto_capture"), compile: PCRE2_NO_AUTO_CAPTURE, match: 0, flags: .compileOnly, since: 0),
        AtomOption(name: .atom("dupnames"), compile: PCRE2_DUPNAMES, match: 0, flags: .compileOnly, since: 0),
        AtomOption(name: .atom("ungreedy"), compile: PCRE2_UNGREEDY, match: 0, flags: .compileOnly, since: 0),
        AtomOption(name: .atom("ucp"), compile: PCRE2_UCP, match: 0, flags: .compileOnly, since: 0),
        AtomOption(name: .atom("never_utf"), compile: PCRE2_NEVER_UTF, match: 0, flags: .compileOnly, since: 0),
        AtomOption(name: .atom("report_errors"), compile: 0, match: 0, flags: [.runOnly, .reportErrors], since: 0),
        AtomOption(name: Atom.unicode, compile: PCRE2_UTF, match: 0, flags: [.compileOnly, .unicode], since: 0),
        AtomOption(name: Atom.global, compile: 0, match: 0, flags: [.runOnly, .global], since: 0),
        AtomOption(name: ReAtom.export, compile: 0, match: 0, flags: .export, since: 28),
    ]

    private static let bsrAnyCRLF = Term.atom("bsr_anycrlf")
    private static let bsrUnicode = Term.atom("bsr_unicode")

    /// Parses an option list; nil when it is not a proper list of known options.
    /// `export` is only known to re:compile/2 (from OTP 28).
    static func parse(_ options: Term, allowExport: Bool = false) -> RegexOptions? {
        var result = RegexOptions()
        let release = EmulatedRelease.number
        var rest = options
        while rest.isList {
            let item = rest.head
            rest = rest.tail
            if item.isTuple {
                guard result.parseTuple(item, release: release) else { return nil }
                continue
            }
            if item == bsrAnyCRLF {
                result.bsr = UInt32(PCRE2_BSR_ANYCRLF)
                continue
            }
            if item == bsrUnicode {
                result.bsr = UInt32(PCRE2_BSR_UNICODE)
                continue
            }
            guard let option = atomOptions.first(where: { $0.name == item }), release >= option.since,
                  allowExport || option.name != ReAtom.export else { return nil }
            result.compile |= option.compile
            result.match |= option.match
            result.flags.formUnion(option.flags)
        }
        return rest.isNil ? result : nil
    }

    /// `{capture, Values}`, `{capture, Values, Type}`, `{offset, N}`, `{match_limit, N}`,
    /// `{match_limit_recursion, N}` and `{newline, NL}`.
    private mutating func parseTuple(_ item: Term, release: Int) -> Bool {
        let arity = item.tupleArity
        let tag = arity > 0 ? item.tupleElement(0) : .none
        if arity == 3 && tag == ReAtom.capture {
            captureValues = item.tupleElement(1)
            captureType = item.tupleElement(2)
            flags.formUnion([.capture, .runOnly])
            return true
        }
        guard arity == 2, tag.isAtom else { return false }
        let value = item.tupleElement(1)
        switch tag {
        case ReAtom.capture:
            captureValues = value
            captureType = Atom.index
            flags.formUnion([.capture, .runOnly])
        case ReAtom.offset:
            guard let n = Self.cInt(value) else { return false }
            startOffset = n
            flags.formUnion([.offset, .runOnly])
        case ReAtom.matchLimit:
            guard let n = Self.cInt(value) else { return false }
            matchLimit = UInt32(n)
            flags.formUnion([.matchLimit, .runOnly])
        case ReAtom.matchLimitRecursion:
            guard let n = Self.cInt(value) else { return false }
            matchLimitRecursion = UInt32(n)
            flags.formUnion([.matchLimitRecursion, .runOnly])
        case ReAtom.newline:
            switch value {
            case ReAtom.cr: newline = UInt32(PCRE2_NEWLINE_CR)
            case ReAtom.lf: newline = UInt32(PCRE2_NEWLINE_LF)
            case ReAtom.crlf: newline = UInt32(PCRE2_NEWLINE_CRLF)
            case ReAtom.anycrlf: newline = UInt32(PCRE2_NEWLINE_ANYCRLF)
            case ReAtom.any: newline = UInt32(PCRE2_NEWLINE_ANY)
            case ReAtom.nul where release >= 28: newline = UInt32(PCRE2_NEWLINE_NUL)
            default: return false
            }
        default:
            return false
        }
        return true
    }

    /// A small integer in 0...INT_MAX (ERTS's `term_to_int`, which refuses negative
    /// numbers as it compares them unsigned).
    static func cInt(_ term: Term) -> Int? {
        guard term.isSmall, term.smallValue >= 0, term.smallValue <= Int(Int32.max) else { return nil }
        return term.smallValue
    }
}
