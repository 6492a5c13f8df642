import BeamTestSupport
import Testing

@testable import BeamFile

/// The external term format decoder, tag by tag: bytes built by hand, and bytes that real
/// Erlang/OTP 25 and 29 produced with `term_to_binary/1,2`.
@Suite struct ExternalTermTests {
    typealias B = BeamBuilder

    func decode(_ bytes: [UInt8]) throws -> ExternalTerm { try ExternalTermDecoder.decode(bytes) }

    func decodeError(_ bytes: [UInt8]) -> BeamLoadError? {
        do {
            _ = try ExternalTermDecoder.decode(bytes)
            return nil
        } catch {
            return error
        }
    }

    static let node = "nonode@nohost"
    static let nodeLatin1: [UInt8] = [100, 0, 13] + Array(node.utf8)
    static let nodeUTF8: [UInt8] = [119, 13] + Array(node.utf8)

    // MARK: - Every tag, by hand

    @Test func numbers() throws {
        #expect(try decode([131, 97, 255]) == .integer(255)) // SMALL_INTEGER_EXT
        #expect(try decode([131, 98] + B.u32(-5)) == .integer(-5)) // INTEGER_EXT
        #expect(try decode([131, 98, 0x7F, 0xFF, 0xFF, 0xFF]) == .integer(Int64(Int32.max)))
        #expect(try decode([131, 70] + B.u64((-0.0).bitPattern)) == .float(-0.0)) // NEW_FLOAT_EXT
        var old: [UInt8] = Array("2.50000000000000000000e+00".utf8)
        old += [UInt8](repeating: 0, count: 31 - old.count)
        #expect(try decode([131, 99] + old) == .float(2.5)) // FLOAT_EXT
        // SMALL_BIG_EXT: digits little-endian, then LARGE_BIG_EXT
        #expect(try decode([131, 110, 2, 0, 0x34, 0x12]) == .integer(0x1234))
        #expect(try decode([131, 110, 8, 1, 0, 0, 0, 0, 0, 0, 0, 0x80]) == .integer(Int64.min))
        #expect(try decode([131, 110, 8, 0, 0, 0, 0, 0, 0, 0, 0, 0x80])
                == .bigInteger(negative: false, limbs: [0x8000_0000_0000_0000]))
        #expect(try decode([131, 111] + B.u32(9) + [1, 1, 0, 0, 0, 0, 0, 0, 0, 2])
                == .bigInteger(negative: true, limbs: [1, 2]))
        #expect(try decode([131, 110, 3, 0, 0, 0, 0]) == .integer(0))
    }

    @Test func atoms() throws {
        #expect(try decode([131, 100, 0, 3] + Array("abc".utf8)) == .atom("abc")) // ATOM_EXT (Latin-1)
        #expect(try decode([131, 100, 0, 1, 0xE4]) == .atom("ä"))
        #expect(try decode([131, 115, 2, 0xF6, 0x6B]) == .atom("ök")) // SMALL_ATOM_EXT
        #expect(try decode([131, 118, 0, 2, 0xCE, 0xA9]) == .atom("Ω")) // ATOM_UTF8_EXT
        #expect(try decode([131, 119, 0]) == .atom("")) // SMALL_ATOM_UTF8_EXT
        #expect(decodeError([131, 119, 1, 0xFF])?.kind == .badExternalTerm) // not UTF-8
    }

    @Test func containers() throws {
        #expect(try decode([131, 104, 0]) == .tuple([])) // SMALL_TUPLE_EXT
        #expect(try decode([131, 105] + B.u32(2) + [97, 1, 106]) == .tuple([.integer(1), .nil])) // LARGE_TUPLE_EXT
        #expect(try decode([131, 106]) == .nil) // NIL_EXT
        #expect(try decode([131, 107, 0, 2, 104, 105]) == .list([.integer(104), .integer(105)], tail: .nil)) // STRING_EXT
        #expect(try decode([131, 108] + B.u32(1) + [97, 1, 97, 2]) == .list([.integer(1)], tail: .integer(2))) // LIST_EXT
        #expect(try decode([131, 108] + B.u32(0) + [106]) == .nil)
        #expect(try decode([131, 116] + B.u32(1) + [97, 1, 106]) == .map([(key: .integer(1), value: .nil)])) // MAP_EXT
        #expect(try decode([131, 116] + B.u32(0)) == .map([]))
    }

    @Test func binaries() throws {
        #expect(try decode([131, 109] + B.u32(0)) == .binary([], lastByteBits: 8)) // BINARY_EXT
        #expect(try decode([131, 109] + B.u32(2) + [1, 2]) == .binary([1, 2], lastByteBits: 8))
        // BIT_BINARY_EXT: unused low bits of the last byte are cleared
        #expect(try decode([131, 77] + B.u32(1) + [3, 0xFF]) == .binary([0xE0], lastByteBits: 3))
        #expect(try decode([131, 77] + B.u32(1) + [8, 0xFF]) == .binary([0xFF], lastByteBits: 8))
        #expect(decodeError([131, 77] + B.u32(1) + [0, 0xFF])?.kind == .badExternalTerm)
        #expect(decodeError([131, 77] + B.u32(1) + [9, 0xFF])?.kind == .badExternalTerm)
        #expect(decodeError([131, 77] + B.u32(0) + [3])?.kind == .badExternalTerm)
    }

    @Test func funs() throws {
        #expect(try decode([131, 113, 115, 1, 109, 115, 1, 102, 97, 2]) == .export(module: "m", function: "f", arity: 2))
        #expect(decodeError([131, 113, 115, 1, 109, 115, 1, 102, 97, 200, 0])?.kind == .badExternalTerm)
        #expect(decodeError([131, 113, 97, 1, 115, 1, 102, 97, 2])?.kind == .badExternalTerm)
        // NEW_FUN_EXT: size, arity, uniq, index, free count, module, old index, old uniq, pid, free values
        let uniq = [UInt8](1...16)
        let body: [UInt8] = [2] + uniq + B.u32(5) + B.u32(1) + [115, 1, 109, 97, 0, 98] + B.u32(77)
            + [88] + Self.nodeLatin1 + B.u32(9) + B.u32(0) + B.u32(0) + [97, 42]
        let closure = try decode([131, 112] + B.u32(body.count + 4) + body)
        #expect(closure == .closure(ExternalClosure(arity: 2, uniq: uniq, index: 5, module: "m",
                                                   oldIndex: .integer(0), oldUniq: .integer(77),
                                                   pid: .pid(node: Self.node, id: 9, serial: 0, creation: 0),
                                                   freeVariables: [.integer(42)])))
    }

    @Test func identifiers() throws {
        #expect(try decode([131, 103] + Self.nodeLatin1 + B.u32(1) + B.u32(2) + [3]) // PID_EXT
                == .pid(node: Self.node, id: 1, serial: 2, creation: 3))
        #expect(try decode([131, 88] + Self.nodeUTF8 + B.u32(1) + B.u32(2) + B.u32(70000)) // NEW_PID_EXT
                == .pid(node: Self.node, id: 1, serial: 2, creation: 70000))
        #expect(try decode([131, 102] + Self.nodeLatin1 + B.u32(4) + [1]) // PORT_EXT
                == .port(node: Self.node, id: 4, creation: 1))
        #expect(try decode([131, 89] + Self.nodeLatin1 + B.u32(4) + B.u32(5)) // NEW_PORT_EXT
                == .port(node: Self.node, id: 4, creation: 5))
        #expect(try decode([131, 120] + Self.nodeUTF8 + B.u64(1 << 40) + B.u32(5)) // V4_PORT_EXT
                == .port(node: Self.node, id: 1 << 40, creation: 5))
        #expect(try decode([131, 114, 0, 2] + Self.nodeLatin1 + [1] + B.u32(10) + B.u32(11)) // NEW_REFERENCE_EXT
                == .reference(node: Self.node, creation: 1, ids: [10, 11]))
        #expect(try decode([131, 90, 0, 3] + Self.nodeUTF8 + B.u32(2) + B.u32(1) + B.u32(2) + B.u32(3)) // NEWER_REFERENCE_EXT
                == .reference(node: Self.node, creation: 2, ids: [1, 2, 3]))
        #expect(decodeError([131, 90, 0, 6] + Self.nodeUTF8 + B.u32(2) + [UInt8](repeating: 0, count: 24))?.kind == .badExternalTerm)
        #expect(decodeError([131, 88, 97, 1] + B.u32(1) + B.u32(2) + B.u32(3))?.kind == .badExternalTerm)
    }

    @Test func compressedTerms() throws {
        // From OTP: term_to_binary(lists:duplicate(200, 7), [compressed])
        let bytes: [UInt8] = [131, 80, 0, 0, 0, 203, 120, 156, 203, 102, 56, 193, 62, 76, 0, 0, 24, 117, 6, 172]
        #expect(try decode(bytes) == .list([ExternalTerm](repeating: .integer(7), count: 200), tail: .nil))
        var wrongSize = bytes
        wrongSize[5] = 202
        #expect(decodeError(wrongSize)?.kind == .badCompression)
        var corrupt = bytes
        corrupt[10] ^= 0xFF
        #expect(decodeError(corrupt)?.kind == .badCompression)
        #expect(decodeError([131, 80] + B.u32(0x7FFF_FFFF) + [120, 156])?.kind == .badCompression)
    }

    // MARK: - Bytes from real erl

    @Test func realOTPOutput() throws {
        let big64: ExternalTerm = .bigInteger(negative: false, limbs: [0, 1])
        let cases: [([UInt8], ExternalTerm)] = [
            ([131, 97, 42], .integer(42)),
            ([131, 98, 255, 254, 238, 144], .integer(-70000)),
            ([131, 70, 64, 9, 33, 251, 84, 68, 45, 24], .float(3.141592653589793)),
            ([131, 99, 49, 46, 53, 48, 48, 48, 48, 48, 48, 48, 48, 48, 48, 48, 48, 48, 48, 48, 48, 48, 48, 48,
              101, 43, 48, 48, 0, 0, 0, 0, 0], .float(1.5)), // [{minor_version, 0}]
            ([131, 100, 0, 5, 104, 101, 108, 108, 111], .atom("hello")), // OTP 25
            ([131, 119, 5, 104, 101, 108, 108, 111], .atom("hello")), // OTP 29
            ([131, 119, 3, 206, 169, 120], .atom("Ωx")),
            ([131, 104, 3, 100, 0, 2, 111, 107, 97, 1, 106], .tuple([.atom("ok"), .integer(1), .nil])),
            ([131, 107, 0, 3, 97, 98, 99], .list([.integer(97), .integer(98), .integer(99)], tail: .nil)),
            ([131, 108, 0, 0, 0, 3, 97, 1, 100, 0, 1, 97, 98, 0, 0, 1, 44, 106],
             .list([.integer(1), .atom("a"), .integer(300)], tail: .nil)),
            ([131, 108, 0, 0, 0, 1, 97, 1, 97, 2], .list([.integer(1)], tail: .integer(2))),
            ([131, 109, 0, 0, 0, 3, 1, 2, 3], .binary([1, 2, 3], lastByteBits: 8)),
            ([131, 77, 0, 0, 0, 3, 5, 1, 2, 24], .binary([1, 2, 24], lastByteBits: 5)),
            ([131, 110, 9, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1], big64),
            ([131, 110, 9, 1, 0, 0, 0, 0, 0, 0, 0, 0, 64], .bigInteger(negative: true, limbs: [0, 64])),
            ([131, 116, 0, 0, 0, 2, 100, 0, 1, 97, 97, 1, 109, 0, 0, 0, 1, 98, 107, 0, 1, 2],
             .map([(key: .atom("a"), value: .integer(1)), (key: .binary([98], lastByteBits: 8), value: .list([.integer(2)], tail: .nil))])),
            ([131, 113, 100, 0, 5, 108, 105, 115, 116, 115, 100, 0, 3, 109, 97, 112, 97, 2],
             .export(module: "lists", function: "map", arity: 2)),
            ([131, 113, 119, 5, 108, 105, 115, 116, 115, 119, 3, 109, 97, 112, 97, 2],
             .export(module: "lists", function: "map", arity: 2)),
            ([131, 88, 100, 0, 13, 110, 111, 110, 111, 100, 101, 64, 110, 111, 104, 111, 115, 116, 0, 0, 0, 85, 0, 0, 0, 3, 0, 0, 0, 0],
             .pid(node: Self.node, id: 85, serial: 3, creation: 0)),
            ([131, 90, 0, 3, 119, 13, 110, 111, 110, 111, 100, 101, 64, 110, 111, 104, 111, 115, 116, 0, 0, 0, 0, 0, 2, 171,
              209, 205, 152, 0, 2, 231, 180, 239, 147],
             .reference(node: Self.node, creation: 0, ids: [0x0002ABD1, 0xCD980002, 0xE7B4EF93])),
            ([131, 89, 100, 0, 13, 110, 111, 110, 111, 100, 101, 64, 110, 111, 104, 111, 115, 116, 0, 0, 0, 0, 0, 0, 0, 0],
             .port(node: Self.node, id: 0, creation: 0)),
            ([131, 120, 119, 13, 110, 111, 110, 111, 100, 101, 64, 110, 111, 104, 111, 115, 116, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
             .port(node: Self.node, id: 0, creation: 0)),
        ]
        for (bytes, expected) in cases {
            #expect(try decode(bytes) == expected, "\(bytes)")
        }
    }

    @Test func realClosures() throws {
        // mk(Y) -> fun(X) -> X + Y end, term_to_binary(mk(7)) on OTP 25 and OTP 29.
        let otp25: [UInt8] = [131, 112, 0, 0, 0, 74, 1, 97, 38, 73, 63, 202, 5, 158, 16, 211, 221, 42, 47, 213, 99, 21, 45,
                              0, 0, 0, 0, 0, 0, 0, 1, 100, 0, 4, 101, 116, 102, 50, 97, 0, 98, 3, 9, 50, 73, 88, 100, 0,
                              13, 110, 111, 110, 111, 100, 101, 64, 110, 111, 104, 111, 115, 116, 0, 0, 0, 9, 0, 0, 0, 0,
                              0, 0, 0, 0, 97, 7]
        let otp29: [UInt8] = [131, 112, 0, 0, 0, 72, 1, 75, 115, 116, 127, 166, 230, 195, 219, 25, 192, 102, 195, 166, 205,
                              74, 131, 0, 0, 0, 0, 0, 0, 0, 1, 119, 4, 101, 116, 102, 50, 97, 0, 98, 2, 91, 155, 163, 88,
                              119, 13, 110, 111, 110, 111, 100, 101, 64, 110, 111, 104, 111, 115, 116, 0, 0, 0, 0, 0, 0, 0,
                              0, 0, 0, 0, 0, 97, 7]
        for bytes in [otp25, otp29] {
            guard case .closure(let fun) = try decode(bytes) else {
                Issue.record("not a closure")
                continue
            }
            #expect(fun.arity == 1 && fun.index == 0 && fun.module == "etf2")
            #expect(fun.uniq == Array(bytes[7..<23]))
            #expect(fun.oldIndex == .integer(0))
            #expect(fun.freeVariables == [.integer(7)])
            guard case .pid(let node, _, _, _) = fun.pid else {
                Issue.record("no pid")
                continue
            }
            #expect(node == Self.node)
        }
    }

    @Test func largeRealTerms() throws {
        // term_to_binary(list_to_tuple(lists:seq(1, 256))): LARGE_TUPLE_EXT with SMALL_INTEGER_EXT
        // elements and a final INTEGER_EXT.
        let tuple: [UInt8] = [131, 105, 0, 0, 1, 0] + (1...255).flatMap { [97, UInt8($0)] } + [98, 0, 0, 1, 0]
        #expect(try decode(tuple) == .tuple((1...256).map { .integer(Int64($0)) }))
        // term_to_binary(1 bsl 2100): LARGE_BIG_EXT with 263 digit bytes
        let big: [UInt8] = [131, 111, 0, 0, 1, 7, 0] + [UInt8](repeating: 0, count: 262) + [16]
        var limbs = [UInt64](repeating: 0, count: 33)
        limbs[32] = 1 << 52
        #expect(try decode(big) == .bigInteger(negative: false, limbs: limbs))
    }

    // MARK: - Bad input

    @Test func badTermsAreErrors() {
        let cases: [(String, [UInt8], BeamLoadError.Kind)] = [
            ("empty", [], .truncated),
            ("no version byte", [97, 1], .badExternalTerm),
            ("nothing after the version", [131], .truncated),
            ("unknown tag", [131, 200], .badExternalTerm),
            ("trailing bytes", [131, 106, 106], .badExternalTerm),
            ("truncated integer", [131, 98, 0, 0], .truncated),
            ("truncated atom", [131, 100, 0, 9, 97], .truncated),
            ("tuple arity past the data", [131, 105, 0xFF, 0xFF, 0xFF, 0xFF], .countTooLarge),
            ("list length past the data", [131, 108, 0x7F, 0xFF, 0xFF, 0xFF, 106], .countTooLarge),
            ("map size past the data", [131, 116, 0x10, 0, 0, 0, 97, 1], .countTooLarge),
            ("binary length past the data", [131, 109, 0xFF, 0xFF, 0xFF, 0xF0, 1], .truncated),
            ("big digits past the data", [131, 111, 0xFF, 0xFF, 0xFF, 0xFF, 0], .truncated),
            ("bad float text", [131, 99] + [UInt8](repeating: 65, count: 31), .badExternalTerm),
            ("NaN", [131, 70] + B.u64(Double.nan.bitPattern), .badExternalTerm),
            ("negative NaN", [131, 70] + B.u64(0xFFF8_0000_0000_0001), .badExternalTerm),
            ("infinity", [131, 70] + B.u64(Double.infinity.bitPattern), .badExternalTerm),
            ("infinity as text", [131, 99] + Array("inf".utf8) + [UInt8](repeating: 0, count: 28), .badExternalTerm),
            ("fun size too small", [131, 112, 0, 0, 0, 1], .badExternalTerm),
            ("fun free count past the data", [131, 112] + B.u32(40) + [0] + [UInt8](repeating: 0, count: 16) + B.u32(0)
                + B.u32(0xFFFF) + [115, 1, 109, 97, 0, 97, 0, 97, 0], .countTooLarge),
        ]
        for (name, bytes, kind) in cases {
            let error = decodeError(bytes)
            #expect(error?.kind == kind, "\(name): got \(String(describing: error))")
            #expect(error.map { !$0.description.contains("\n") } ?? true)
        }
    }

    @Test func deepNestingIsBoundedNotACrash() throws {
        // 999 levels decode (and compare and print); deeper input is rejected, not a stack overflow.
        func nested(_ depth: Int) -> [UInt8] { [131] + (0..<depth).flatMap { _ in [104, 1] as [UInt8] } + [106] }
        var term = try decode(nested(ExternalTermDecoder.maxDepth - 1))
        #expect(term == term)
        #expect(term.erlangText.count == 2 * (ExternalTermDecoder.maxDepth - 1) + 2)
        for _ in 0..<(ExternalTermDecoder.maxDepth - 1) {
            guard case .tuple(let items) = term, items.count == 1 else { Issue.record("bad nesting"); return }
            term = items[0]
        }
        #expect(term == .nil)
        #expect(decodeError(nested(ExternalTermDecoder.maxDepth))?.kind == .badExternalTerm)
        #expect(decodeError(nested(100_000))?.kind == .badExternalTerm)
        // Lists nest through their tails too.
        let deepTail: [UInt8] = [131] + (0..<5000).flatMap { _ in [108, 0, 0, 0, 1, 97, 1] as [UInt8] } + [106]
        #expect(decodeError(deepTail)?.kind == .badExternalTerm)
    }
}
