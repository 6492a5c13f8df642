import BeamFile
import BeamTestSupport
import Foundation
import Testing

@testable import BeamVM

/// The load-time stack frame check: real compiler output passes, unbalanced code does not.
@Suite struct FrameVerifierTests {
    typealias B = BeamBuilder

    func verify(_ body: [UInt8], labels: Int = 3) throws -> ModuleLoadError? {
        let beam = try BeamModule(bytes: B.module(body: body, labels: labels), deferringCode: true)
        do {
            try FrameVerifier.verifyAll(beam)
            return nil
        } catch {
            return error
        }
    }

    static func allocate(_ size: Int, live: Int = 0) -> [UInt8] { [12] + B.compact(.u, size) + B.compact(.u, live) }
    static func deallocate(_ size: Int) -> [UInt8] { [18] + B.compact(.u, size) }
    static let ret: [UInt8] = [19]
    static func move(_ from: [UInt8], _ to: [UInt8]) -> [UInt8] { [64] + from + to }

    @Test func balancedCodePasses() throws {
        let body = Self.allocate(2) + Self.move(B.compact(.x, 0), B.compact(.y, 1)) + Self.deallocate(2) + Self.ret
        #expect(try verify(body) == nil)
        // trim 1 keeping 1, then deallocate the rest
        let trimmed = Self.allocate(2) + [136] + B.compact(.u, 1) + B.compact(.u, 1) + Self.move(B.compact(.y, 0), B.compact(.x, 0))
            + Self.deallocate(1) + Self.ret
        #expect(try verify(trimmed) == nil)
    }

    @Test func unbalancedCodeIsRefused() throws {
        let cases: [(String, [UInt8], String)] = [
            ("deallocate of another size", Self.allocate(2) + Self.deallocate(9) + Self.ret, "deallocate 9 with a frame of 2"),
            ("return inside a frame", Self.allocate(1) + Self.ret, "return with a frame of 1"),
            ("deallocate without a frame", Self.deallocate(0) + Self.ret, "deallocate 0 with no stack frame"),
            ("no return at the end", Self.move(B.compact(.x, 0), B.compact(.x, 1)), "the code runs past the end of the function"),
            ("a branch to a label at the end", [45] + B.compact(.f, 3) + B.compact(.x, 0) + Self.ret + [1] + B.compact(.u, 3),
             "the code runs past the end of the function"),
            ("allocate twice", Self.allocate(1) + Self.allocate(1) + Self.deallocate(1) + Self.ret, "allocate 1 with a frame of 1"),
            ("y register outside the frame", Self.allocate(1) + Self.move(B.compact(.x, 0), B.compact(.y, 1)) + Self.deallocate(1) + Self.ret,
             "y(1) is used with a frame of 1"),
            ("y register without a frame", Self.move(B.compact(.y, 0), B.compact(.x, 0)) + Self.ret, "y(0) is used with no stack frame"),
            ("trim more than the frame", Self.allocate(2) + [136] + B.compact(.u, 3) + B.compact(.u, 0) + Self.deallocate(0) + Self.ret,
             "trim 3 keeping 0 with a frame of 2"),
            ("call_last dropping another size", Self.allocate(3) + [5] + B.compact(.u, 0) + B.compact(.f, 2) + B.compact(.u, 1),
             "call_last dropping 1 with a frame of 3"),
            ("call_only inside a frame", Self.allocate(0) + [6] + B.compact(.u, 0) + B.compact(.f, 2), "call_only with a frame of 0"),
        ]
        for (name, body, message) in cases {
            let error = try verify(body, labels: 4)
            #expect(error?.description.contains(message) == true, "\(name): \(String(describing: error))")
            #expect(error?.description.contains("in m:f/0") == true, "\(name)")
        }
    }

    @Test func labelsMustAgreeOnTheFrame() throws {
        // is_integer {f,3} x0 jumps to label 3 without a frame; falling into label 3 brings one.
        let body = [45] + B.compact(.f, 3) + B.compact(.x, 0) + Self.allocate(1)
            + [1] + B.compact(.u, 3) + Self.deallocate(1) + Self.ret
        let error = try verify(body, labels: 4)
        #expect(error?.description.contains("deallocate 1 with different frames on different paths") == true,
                "\(String(describing: error))")
        // A shared error block may be reached with different frames, as long as it does not
        // use the frame: badmatch {x,0}.
        let shared = [45] + B.compact(.f, 3) + B.compact(.x, 0) + Self.allocate(1)
            + [45] + B.compact(.f, 3) + B.compact(.x, 1) + Self.deallocate(1) + Self.ret
            + [1] + B.compact(.u, 3) + [72] + B.compact(.x, 0)
        #expect(try verify(shared, labels: 4) == nil)
    }

    @Test func aBackwardBranchIsCheckedAgainstCodeAlreadyPassed() throws {
        // Label 3 is first entered without a frame; the jump back to it brings one, so its
        // allocate (checked on the way down) must be checked again and refused.
        let body = [1] + B.compact(.u, 3) + [45] + B.compact(.f, 4) + B.compact(.x, 0) + Self.allocate(1)
            + [61] + B.compact(.f, 3) + [1] + B.compact(.u, 4) + Self.ret
        let error = try verify(body, labels: 5)
        #expect(error?.description.contains("allocate 1 with different frames on different paths") == true,
                "\(String(describing: error))")
    }

    @Test(arguments: Fixtures.modules)
    func fixturesPass(_ fixture: Fixtures.Module) throws {
        try FrameVerifier.verifyAll(BeamModule(bytes: Fixtures.bytes(fixture.beamPath), deferringCode: true))
    }

    /// Every module of the installed Erlang/OTP (and of the private OTP 29, when present).
    @Test func otpLibrariesPass() throws {
        let roots = ["/usr/lib/erlang/lib",
                     Fixtures.root.deletingLastPathComponent().appendingPathComponent(".otp/29/root/usr/lib/erlang/lib").path]
        var checked = 0
        for root in roots where FileManager.default.fileExists(atPath: root) {
            let files = FileManager.default.enumerator(atPath: root)?.compactMap { $0 as? String }.filter { $0.hasSuffix(".beam") } ?? []
            for file in files {
                let beam = try BeamModule(bytes: Fixtures.bytes(root + "/" + file), deferringCode: true)
                #expect(throws: Never.self, "\(root)/\(file)") { try FrameVerifier.verifyAll(beam) }
                checked += 1
            }
        }
        if checked == 0 { print("FrameVerifierTests: no Erlang/OTP installation found; skipped") }
    }
}

extension FrameVerifier {
    /// Checks every function of a module parsed with `deferringCode`.
    static func verifyAll(_ beam: BeamModule) throws(ModuleLoadError) {
        guard let deferred = beam.deferred else { throw ModuleLoadError(module: beam.name, message: "not parsed for loading") }
        let noReturn = noReturnImports(beam)
        let instructions = InstructionBuffer()
        for function in deferred.index.functions.indices {
            do { try deferred.decode(function: function, into: instructions) } catch {
                throw ModuleLoadError(module: beam.name, message: error.description)
            }
            try verify(beam, instructions, noReturn: noReturn, index: deferred.index)
        }
    }
}
