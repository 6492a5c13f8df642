import CPcre2
import Testing
@testable import BeamVM

/// The re module's native side: the cache of compiled patterns, the pattern binary, and
/// the argument checks of the BIFs (the fixtures otp_re* cover results against real erl).
@Suite(.serialized)
struct RegexTests {
    static func key(_ source: [UInt8], options: UInt32 = 0, newline: UInt32 = 0, body: (RegexKey) -> Void) {
        source.withUnsafeBufferPointer { body(RegexKey(options: options, newline: newline, bsr: 0, source: $0)) }
    }

    static func compiled(_ source: String, options: UInt32 = 0) -> CompiledRegex? {
        var result: CompiledRegex?
        key(Array(source.utf8), options: options) { key in
            if case .compiled(let regex) = RegexCompiler.compile(key) { result = regex }
        }
        return result
    }

    func call(_ bif: (Process, UnsafeMutablePointer<Term>) -> Term, _ p: Process, _ args: Term...) -> Term {
        let a = UnsafeMutablePointer<Term>.allocate(capacity: max(args.count, 1))
        defer { a.deallocate() }
        for (i, arg) in args.enumerated() { a[i] = arg }
        return bif(p, a)
    }

    // MARK: - Cache

    @Test func samePatternAndOptionsShareOneCompiledPattern() throws {
        let first = try #require(Self.compiled("(a+)b"))
        let second = try #require(Self.compiled("(a+)b"))
        #expect(first === second)
        let caseless = try #require(Self.compiled("(a+)b", options: PCRE2_CASELESS))
        #expect(caseless !== first)
        #expect(first.captureCount == 1)
    }

    @Test func cacheStaysBoundedAndEvictedPatternsStayUsable() throws {
        let kept = try #require(Self.compiled("kept-(\\d+)"))
        for i in 0..<(RegexCache.slotCount * 4) { _ = Self.compiled("pattern-\(i)-x*") }
        #expect(RegexCache.count <= RegexCache.slotCount)
        // A pattern evicted from the cache lives on while someone holds it.
        let p = Process(serial: 1)
        let result = ReBifs.match(p, kept, p.charList("kept-42"), RegexOptions())
        #expect(TermPrinter.format(result) == "{match,[{0,7},{5,2}]}")
    }

    @Test func concurrentCompilesAgree() async throws {
        let sources = (0..<64).map { "c\($0 % 8)(x|y)+" }
        let groups = await withTaskGroup(of: Int.self, returning: [Int].self) { group in
            for source in sources {
                group.addTask { Self.compiled(source)?.captureCount ?? -1 }
            }
            var all: [Int] = []
            for await count in group { all.append(count) }
            return all
        }
        #expect(groups == Array(repeating: 1, count: sources.count))
    }

    // MARK: - Pattern binaries

    @Test func patternBinaryRoundTrips() throws {
        Self.key(Array("a(b)c".utf8), options: PCRE2_CASELESS, newline: UInt32(PCRE2_NEWLINE_CRLF)) { original in
            let bytes = original.patternBinary
            bytes.withUnsafeBufferPointer { buffer in
                guard let parsed = RegexKey(patternBinary: buffer) else {
                    Issue.record("pattern binary not recognised")
                    return
                }
                #expect(parsed.options == PCRE2_CASELESS)
                #expect(parsed.newline == UInt32(PCRE2_NEWLINE_CRLF))
                #expect(Array(parsed.source) == Array("a(b)c".utf8))
                #expect(parsed.hash == original.hash)
            }
        }
        for junk: [UInt8] in [[], Array("junk".utf8), [0x42, 0x52, 0x65, 0x01, 0, 0, 0, 0, 99, 0, 0, 0]] {
            junk.withUnsafeBufferPointer { #expect(RegexKey(patternBinary: $0) == nil) }
        }
    }

    @Test func compiledPatternTermsNameTheirCode() throws {
        let p = Process(serial: 1)
        let regex = try #require(Self.compiled("(?<x>a)"))
        let term = ReBifs.patternTerm(p, regex)
        #expect(ReBifs.compiledPattern(term) === regex)
        #expect(ReBifs.compiledPattern(p.tuple(ReAtom.rePattern, .small(0), .small(0), .small(0), p.binary([1, 2]))) == nil)
        #expect(ReBifs.compiledPattern(p.tuple(ReAtom.rePattern, .small(0), .small(0))) == nil)
    }

    // MARK: - Bad arguments

    @Test func badOptionsFailWithBadopt() {
        let p = Process(serial: 1)
        let bogus = p.list([Term.atom("bogus")])
        #expect(call(ReBifs.run3, p, p.charList("a"), p.charList("a"), bogus).isNone)
        #expect(p.exceptionReason == Atom.badarg)
        #expect(TermPrinter.format(p.exceptionErrorInfo) == "#{cause => badopt,module => erl_stdlib_errors}")
        #expect(call(ReBifs.compile2, p, p.charList("a"), p.list([Atom.global])).isNone)
        #expect(p.exceptionReason == Atom.badarg)
        #expect(call(ReBifs.compile2, p, p.charList("a"), Term.atom("notalist")).isNone)
    }

    @Test func badSubjectsPatternsAndCapturesFailWithBadarg() {
        let p = Process(serial: 1)
        #expect(call(ReBifs.run2, p, .small(1), p.charList("a")).isNone)
        #expect(call(ReBifs.run2, p, p.charList("a"), .small(1)).isNone)
        #expect(call(ReBifs.run2, p, p.list([.small(256)]), p.charList("a")).isNone)
        #expect(call(ReBifs.run2, p, p.charList("a"), p.charList("(")).isNone)
        #expect(call(ReBifs.compile1, p, p.list([.small(256)])).isNone)
        let capture = p.list([p.tuple(ReAtom.capture, p.list([.small(-1)]))])
        #expect(call(ReBifs.run3, p, p.charList("a"), p.charList("a"), capture).isNone)
        #expect(call(ReBifs.inspect, p, .atom("bogus"), ReAtom.namelist).isNone)
        #expect(call(ReBifs.internalRun, p, p.charList("a"), p.charList("a"), .nil, .atom("sometimes")).isNone)
        #expect(p.exceptionReason == Atom.badarg)
    }

    @Test func compileErrorsAreReportedNotRaised() {
        let p = Process(serial: 1)
        let result = call(ReBifs.compile1, p, p.charList("a{3,2}"))
        #expect(TermPrinter.format(result) == "{error,{\"numbers out of order in {} quantifier\",5}}")
        let reported = call(ReBifs.run3, p, p.charList("a"), p.charList("a{3,2}"), p.list([Term.atom("report_errors")]))
        #expect(TermPrinter.format(reported) == "{error,{compile,{\"numbers out of order in {} quantifier\",5}}}")
    }

    @Test func globalAndUnicodeListsContinueInErlang() {
        let p = Process(serial: 1)
        #expect(call(ReBifs.run3, p, p.charList("aa"), p.charList("a"), p.list([Atom.global])).isNone)
        guard case .jump(_, let arguments)? = p.trap else {
            Issue.record("global matching did not continue in re:grun/3")
            return
        }
        #expect(arguments.count == 3)
        #expect(arguments[1].isTuple && arguments[1].tupleElement(0) == ReAtom.rePattern)
        p.trap = nil
        #expect(call(ReBifs.compile2, p, p.charList("é"), p.list([Atom.unicode])).isNone)
        #expect(p.trap != nil)
        p.trap = nil
    }

    // MARK: - Character tables

    @Test func latin1TablesClassifyTheUpperHalf() {
        let table = RegexCharacterTables.makeLatin1()
        #expect(table.count == RegexCharacterTables.size)
        #expect(table[0xC9] == 0xE9)          // É lowers to é
        #expect(table[256 + 0xE9] == 0xC9)    // é flips to É
        #expect(table[256 + 0xDF] == 0xDF)    // ß has no single-letter partner
        let wordMap = 512 + 5 * 32
        #expect(table[wordMap + 0xE9 / 8] & (1 << (0xE9 % 8)) != 0)
        #expect(table[wordMap + 0xD7 / 8] & (1 << (0xD7 % 8)) == 0)  // × is not a word character
        #expect(table[832 + 0xE9] == 0x16)    // letter, lower case, word
        #expect(table[832 + 0x30] == 0x18)    // digit, word
    }
}
