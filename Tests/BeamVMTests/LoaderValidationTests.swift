import BeamFile
import BeamTestSupport
import Foundation
import Testing

@testable import BeamVM

/// Code the loader must refuse rather than run: found by fuzzing mutated fixtures.
@Suite struct LoaderValidationTests {
    typealias B = BeamBuilder

    func loadError(_ name: String, body: [UInt8]) throws -> ModuleLoadError? {
        let beam = try BeamModule(bytes: B.module(body: body, atoms: [name, "f"]), deferringCode: true)
        do {
            _ = try ModuleLoader.load(beam, translateAll: true)
            return nil
        } catch {
            return error
        }
    }

    /// `{f,0}` means "no label" and is only allowed where failing raises instead of
    /// branching (BIFs, map updates); as a branch, call or handler target it would be a
    /// jump to address 0.
    @Test func missingBranchTargetsAreLoadErrors() throws {
        let cases: [(String, [UInt8])] = [
            ("is_integer", [45] + B.compact(.f, 0) + B.compact(.x, 0) + [19]),
            ("is_eq_exact", [43] + B.compact(.f, 0) + B.compact(.x, 0) + B.compact(.x, 1) + [19]),
            ("test_arity", [58] + B.compact(.f, 0) + B.compact(.x, 0) + B.compact(.u, 2) + [19]),
            ("jump", [61] + B.compact(.f, 0)),
            ("call", [4] + B.compact(.u, 0) + B.compact(.f, 0) + [19]),
            ("call_only", [6] + B.compact(.u, 0) + B.compact(.f, 0)),
            ("select_val target", [59] + B.compact(.x, 0) + B.compact(.f, 2) + B.extended(1) + B.compact(.u, 2)
                + B.compact(.i, 1) + B.compact(.f, 0)),
            ("catch handler", [12] + B.compact(.u, 1) + B.compact(.u, 0) + [62] + B.compact(.y, 0) + B.compact(.f, 0)
                + [18] + B.compact(.u, 1) + [19]),
        ]
        for (i, (name, body)) in cases.enumerated() {
            let error = try loadError("loader_label0_\(i)", body: body)
            #expect(error != nil, "\(name) with {f,0} loaded")
            #expect(error?.description.contains("expected a jump target") == true, "\(name): \(String(describing: error))")
            #expect(error?.description.contains("f/0 after label 2") == true, "\(name): \(String(describing: error))")
        }
    }

    @Test func realTargetsStillLoad() throws {
        // is_integer {f,1} {x,0}; return
        #expect(try loadError("loader_label_ok", body: [45] + B.compact(.f, 1) + B.compact(.x, 0) + [19]) == nil)
    }

    /// Every function of every module of the installed Erlang/OTP (and of the private OTP 29,
    /// when present) translates, each into the slot laid out for it before translation.
    @Test func everyOTPFunctionTranslates() throws {
        let roots = ["/usr/lib/erlang/lib",
                     Fixtures.root.deletingLastPathComponent().appendingPathComponent(".otp/29/root/usr/lib/erlang/lib").path]
        var checked = 0
        for root in roots where FileManager.default.fileExists(atPath: root) {
            let files = FileManager.default.enumerator(atPath: root)?.compactMap { $0 as? String }.filter { $0.hasSuffix(".beam") } ?? []
            for file in files {
                let beam = try BeamModule(bytes: Fixtures.bytes(root + "/" + file), deferringCode: true)
                #expect(throws: Never.self, "\(root)/\(file)") { _ = try ModuleLoader.load(beam, translateAll: true) }
                checked += 1
            }
        }
        if checked == 0 { print("LoaderValidationTests: no Erlang/OTP installation found; skipped") }
    }

    /// Loading translates nothing: a function that cannot be translated only fails when
    /// something calls it, and the others translate.
    @Test func functionsTranslateOneByOne() throws {
        let bytes = B.moduleWithABrokenFunction("loader_lazy")
        let beam = try BeamModule(bytes: bytes, deferringCode: true)
        let module = try ModuleLoader.load(beam)
        #expect(module.functions.map(\.arity) == [0, 0])
        #expect(module.translator.translate(0) == nil)
        let failure = module.translator.translate(1)
        #expect(failure?.message.contains("deallocate 1 with no stack frame in loader_lazy:broken/0") == true,
                "\(String(describing: failure))")
        #expect(module.translator.translate(1)?.message == failure?.message)
        #expect(throws: ModuleLoadError.self) { _ = try ModuleLoader.load(beam, translateAll: true) }
    }
}
