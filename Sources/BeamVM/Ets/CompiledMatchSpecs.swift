// Compiled match specifications handed to Erlang code (ets:match_spec_compile/1): a
// reference whose id has `idBit` set names a program kept here.
//
// ERTS frees a compiled specification when the last reference to it is garbage collected;
// beamr's references carry no finaliser, so programs stay until the VM exits. Programs are
// only created by match_spec_compile/1 (used by dets, qlc and mnesia, which compile a few
// specifications); select continuations carry the source specification instead.

final class CompiledMatchSpecs: @unchecked Sendable { // @unchecked: guarded by `programs`
    static let shared = CompiledMatchSpecs()
    static let idBit: UInt64 = 1 << 61

    private let programs = MutexBox<[UInt64: MatchProgram]>([:])

    func register(_ program: MatchProgram) -> UInt64 {
        let id = Unique.nextReference() | Self.idBit
        programs.withLock { $0[id] = program }
        return id
    }

    /// The program a compiled-specification reference names.
    func program(_ term: Term) -> MatchProgram? {
        guard term.isBoxed(.reference) else { return nil }
        let id = term.boxedPointer[1].raw
        guard id & Self.idBit != 0 else { return nil }
        return programs.withLock { $0[id] }
    }
}
