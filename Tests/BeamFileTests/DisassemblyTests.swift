import Foundation
import BeamTestSupport
import Testing

@testable import BeamFile

/// beamr's disassembly of every fixture module must match the compiler's own `erlc -S`
/// listing of it, instruction by instruction (after undoing what the assembler rewrites).
@Suite struct DisassemblyTests {
    @Test("disassembly matches erlc -S", arguments: Fixtures.modules)
    func matchesCompilerListing(_ fixture: Fixtures.Module) throws {
        let module = try BeamModule(bytes: Fixtures.bytes(fixture.beamPath))
        var normaliser = ListingNormaliser()
        for lambda in module.lambdas { normaliser.lambdasByLabel[lambda.label] = (lambda.index, lambda.oldUniq) }

        let compilerText = try String(contentsOfFile: fixture.listingPath, encoding: .utf8)
        let expected = try Listing(compilerText, normaliser: normaliser)
        let actual = try Listing(Disassembler(module, showTypes: false).listing(), normaliser: nil)

        for key in ["module", "exports", "labels"] {
            #expect(actual.header[key]?.description == expected.header[key]?.description, "\(fixture): \(key)")
        }
        if let difference = Listing.firstDifference(expected: expected.body, actual: actual.body) {
            Issue.record("\(fixture): \(difference)")
        }
    }

    @Test func normaliserUndoesTheAssembler() throws {
        let normaliser = ListingNormaliser(lambdasByLabel: [12: (3, 777)])
        func normalised(_ text: String) throws -> String {
            try normaliser.instruction(TermText.parse(text))?.description ?? "dropped"
        }
        #expect(try normalised("{'%',{var_info,{x,0},[]}}.") == "dropped")
        #expect(try normalised("{move,{tr,{x,1},{t_integer,any}},{y,0}}.") == "{move,{x,1},{y,0}}")
        #expect(try normalised("{test,bs_get_integer2,{f,3},2,[{x,1},{integer,8},1,{field_flags,[{anno,[9,{file,\"a.erl\"}]},signed,little]}],{x,2}}.")
                == "{test,bs_get_integer2,{f,3},2,[{x,1},{integer,8},1,{field_flags,6}],{x,2}}")
        #expect(try normalised("{op,{field_flags,[native,unsigned,big]}}") == "{op,{field_flags,16}}")
        #expect(try normalised("{move,{float,1.5},{x,0}}.") == "{move,{literal,1.5},{x,0}}")
        #expect(try normalised("{move,{literal,[]},{x,0}}.") == "{move,nil,{x,0}}")
        #expect(try normalised("{move,{literal,ok},{x,0}}.") == "{move,{atom,ok},{x,0}}")
        #expect(try normalised("{move,{literal,{float,1.0}},{x,0}}.") == "{move,{literal,{float,1.0}},{x,0}}")
        #expect(try normalised("{move,{integer,340282366920938463463374607431768211456},{x,0}}.")
                == "{move,{literal,340282366920938463463374607431768211456},{x,0}}")
        #expect(try normalised("{move,{integer,-340282366920938463463374607431768211455},{x,0}}.")
                == "{move,{integer,-340282366920938463463374607431768211455},{x,0}}")
        #expect(try normalised("{bif,raise,{f,7},[{x,2},{x,1}],{x,3}}.") == "{bif,raise,{f,0},[{x,2},{x,1}],{x,0}}")
        #expect(try normalised("{bif,self,{f,9},[],{x,0}}.") == "{bif,self,{f,0},[],{x,0}}")
        #expect(try normalised("{make_fun3,{f,12},0,0,{x,0},{list,[]}}.") == "{make_fun3,{f,12},3,777,{x,0},{list,[]}}")
        #expect(try normalised("{move,{literal,#{name=>\"ann\",2.5=>f,age=>30,10=>x,{a}=>y}},{x,0}}.")
                == "{move,{literal,#{10=>x,2.5=>f,age=>30,name=>\"ann\",{a}=>y}},{x,0}}")
        #expect(try normalised("{line,[{scope,[3,4]},{location,\"a.erl\",7}]}.") == "{line,[{location,\"a.erl\",7}]}")
    }

    @Test func termTextReadsWhatPrettyPrintingWrites() throws {
        let text = "{a, 'B c', \"s\\\"t\", -1.5e-7, [1, 2 | x], <<\"x y\", 1:3>>, #{k => v}, fun m:f/2}."
        #expect(try TermText.parse(text).description
                == "{a,'B c',\"s\\\"t\",-1.5e-7,[1,2|x],<<\"x y\",1:3>>,#{k=>v},fun m:f/2}")
    }
}

/// A listing split into its header terms and its function bodies.
struct Listing {
    var header: [String: TermText] = [:]
    /// Every term from the first `{function, ...}` on, normalised.
    var body: [TermText] = []

    init(_ text: String, normaliser: ListingNormaliser?) throws {
        var inBody = false
        for line in text.split(separator: "\n") where !line.allSatisfy(\.isWhitespace) {
            let term = try TermText.parse(String(line))
            if case .tuple(let items) = term, let name = items.first?.atomName {
                if name == "function" { inBody = true }
                if !inBody && items.count == 2 { header[name] = items[1] }
            } else if term.atomName == nil {
                throw TermTextError(message: "listing line is neither a tuple nor an atom: \(line)")
            }
            guard inBody else { continue }
            if let normaliser {
                if let normalised = try normaliser.instruction(term) { body.append(normalised) }
            } else {
                body.append(term)
            }
        }
    }

    /// A short description of the first place where two bodies differ, or nil.
    static func firstDifference(expected: [TermText], actual: [TermText]) -> String? {
        let mismatch = (0..<min(expected.count, actual.count)).first { expected[$0] != actual[$0] }
        guard let index = mismatch ?? (expected.count == actual.count ? nil : min(expected.count, actual.count)) else {
            return nil
        }
        var function = "(header)"
        for term in expected[..<min(index, expected.count)] {
            if case .tuple(let items) = term, items.first?.atomName == "function", items.count == 4 {
                function = "\(items[1])/\(items[2])"
            }
        }
        func line(_ terms: [TermText], _ i: Int) -> String { i < terms.count ? terms[i].description : "(end)" }
        var text = "listings differ at term \(index) in \(function) (\(expected.count) terms from erlc -S, \(actual.count) disassembled)"
        for i in max(0, index - 2)..<index { text += "\n      \(line(expected, i))" }
        text += "\n  - erlc:  \(line(expected, index))\n  + beamr: \(line(actual, index))"
        return text
    }
}
