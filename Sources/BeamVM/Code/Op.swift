// The internal instruction set. The loader translates each generic BEAM instruction into
// one of these, followed by its operands, one 64-bit word each:
//
//   S  source: a term constant (primary tag != 0), or a register (primary tag 0):
//        x(n) = n << 4            y(n) = (n + 1) << 4 | 0b100  (offset from the stack top)
//   D  destination register, encoded as for S
//   L  code address (0: no fail label; raise instead)
//   N  untagged number
//   E  ExportEntry address      F  FunEntry address      B  BIF number
//   R  float register number
//
// Ops are named after the generic instructions they come from; operands are listed in
// each case's comment. Raw values are the declaration order starting at 0, which is also
// the enum's in-memory tag, so the interpreter can turn a code word into an `Op` without a
// lookup (`Op.decode`).

/// An internal opcode.
@frozen
public enum Op: UInt64 {
    // Functions and calls
    case funcInfo = 0           // module, function, arity (terms)
    case call                   // N arity, L target
    case callLast               // N arity, L target, N deallocate
    case callOnly               // N arity, L target
    case callExt                // N arity, E export
    case callExtLast            // N arity, E export, N deallocate
    case callExtOnly            // N arity, E export
    case apply                  // N arity
    case applyLast              // N arity, N deallocate
    case callFun                // N arity
    case callFun2               // N arity, S fun
    case callFunLast            // N arity, S fun, N deallocate (call_fun(2) | deallocate | return)
    case `return`
    case normalExit             // the continuation of a process's first call

    // BIFs
    case bif0                   // B, D
    // Arithmetic BIFs with an inline small-integer path: L fail, B, S, S, D
    case plus
    case minus
    case times
    case bitAnd
    case bitOr
    case bitXor
    case shiftLeft
    case shiftRight
    case bif1                   // L fail, B, S, D
    case bif2                   // L fail, B, S, S, D
    case bif3                   // L fail, B, S, S, S, D
    case callBif                // B   (the code of a BIF's export entry)
    case callUndefined          // E   (the code of an export entry with no module loaded)
    case applyStub              // N 2 or 3 (the code of erlang:apply/2 and apply/3)
    case awaitReply             //   (waits for the reply whose reference id is in x0)

    // Stack and heap
    case allocate               // N stack words, N live
    case allocateHeap           // N stack words, N heap words, N live
    case testHeap               // N heap words, N live
    case deallocate             // N
    case trim                   // N
    case initY                  // D
    case initYregs              // N count, D...

    // Moves and construction
    case move                   // S, D
    case swap                   // D, D
    case getList                // S, D head, D tail
    case getHd                  // S, D
    case getTl                  // S, D
    case getTupleElement        // S, N index, D
    case setTupleElement        // S value, S tuple, N index
    case putList                // S head, S tail, D
    case putTuple2              // D, N arity, S...
    case makeFun2               // F          (free variables in x0...)
    case makeFun3               // F, D, N count, S...

    // Tests: first operand is the fail label
    case isLt                   // L, S, S
    case isGe
    case isEq
    case isNe
    case isEqExact
    case isNeExact
    case isInteger              // L, S
    case isFloat
    case isNumber
    case isAtom
    case isPid
    case isReference
    case isPort
    case isNil
    case isBinary
    case isList
    case isNonemptyList
    case isTuple
    case isBoolean
    case isFunction
    case isBitstr
    case isMap
    case testArity              // L, S, N arity
    case isTaggedTuple          // L, S, N arity, S atom
    case isFunction2            // L, S, S arity
    case selectVal              // S, L fail, N count, (S value, L target)...
    case selectTupleArity       // S, L fail, N count, (N arity, L target)...
    case jump                   // L

    // Errors and exceptions
    case badmatch               // S
    case caseEnd                // S
    case ifEnd
    case tryCaseEnd             // S
    case badrecord              // S
    case `catch`                // D y, L handler
    case catchEnd               // D y
    case `try`                  // D y, L handler
    case tryEnd                 // D y
    case tryCase                // D y
    case raise                  // S trace, S value
    case rawRaise
    case buildStacktrace

    // Floating point
    case fmove                  // S, R      (to a float register)
    case fstore                 // R, D      (from a float register)
    case fconv                  // S, R
    case fadd                   // R, R, R
    case fsub
    case fmul
    case fdiv
    case fnegate                // R, R

    // Maps
    case putMapAssoc            // L, S map, D, N live, N count, S...
    case putMapExact            // L, S map, D, N live, N count, S...
    case hasMapFields           // L, S map, N count, S...
    case getMapElements         // L, S map, N count, (S key, D)...

    // Binary construction and matching (see Loader+Binary.swift for segments and commands;
    // flags are `SegmentFlags`)
    case bsCreateBin            // L, N alloc, N live, N known bits + 1 (or 0), D, N count, (N kind, N segment, N unit, N flags, S value, S size)...
    case bsInitWritable         // (x0: size hint in, writable empty binary out)
    case bsStartMatch           // L, N live, S, D       (bs_start_match3/4)
    case bsGetPosition          // S ctx, D, N live
    case bsSetPosition          // S ctx, S position
    case bsGetTail              // S ctx, D, N live
    case bsGetInteger           // L, S ctx, N live, S size (N bits with SegmentFlags.fixed), N unit, N flags, D
    case bsGetFloat             // L, S ctx, N live, S size, N unit, N flags, D
    case bsGetBinary            // L, S ctx, N live, S size (N bits with SegmentFlags.fixed), N unit, N flags, D
    case bsSkipBits             // L, S ctx, S size, N unit, N flags
    case bsTestTail             // L, S ctx, N bits
    case bsTestUnit             // L, S ctx, N unit
    case bsMatchString          // L, S ctx, N bits, N address of the bytes (in the module's strings)
    case bsGetUtf8              // L, S ctx, D
    case bsGetUtf16             // L, S ctx, N flags, D
    case bsGetUtf32             // L, S ctx, N flags, D
    case bsSkipUtf8             // L, S ctx
    case bsSkipUtf16            // L, S ctx, N flags
    case bsSkipUtf32            // L, S ctx, N flags
    case bsMatch                // L, S ctx, N words, commands... (`MatchCommand`)

    // Records (OTP 26+)
    case updateRecord           // N size, S tuple, D, N count, (N index, S value)...

    // Messages
    case send
    case removeMessage
    case timeout
    case loopRec                // L, D
    case loopRecEnd             // L
    case wait                   // L
    case waitTimeout            // L, S timeout
    case recvMarkerReserve      // D
    case recvMarkerBind         // S marker, S reference
    case recvMarkerClear        // S
    case recvMarkerUse          // S

    case nop

    /// The op in a code word. - Precondition: the word was written by the loader.
    @inline(__always)
    static func decode(_ word: UInt64) -> Op {
        unsafeBitCast(UInt8(truncatingIfNeeded: word), to: Op.self)
    }
}
