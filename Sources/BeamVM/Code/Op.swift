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
//
// Specialised and fused ops (the last group) pack their register operands into the head
// word beside the opcode, so that one load fetches the op and its registers:
//
//   bit  63       50 49       36 35       22 21        8 7        0
//       +-----------+-----------+-----------+-----------+----------+
//       |    r3     |    r2     |    r1     |    r0     |    op    |
//       +-----------+-----------+-----------+-----------+----------+
//
//   R  a 14-bit register field:  x(n) = n << 1      y(n) = (n + 1) << 1 | 1
//      (y(n) is word n + 1 above the stack top, as for S operands)
//   X  an x register index n, unshifted;  Y  a stack slot n + 1 for y(n), unshifted
//   K  a 14-bit number
//
// Their other operands (constants, labels, BIF numbers) follow in whole words, listed in
// each case's comment after the packed fields.

/// An internal opcode.
@frozen
public enum Op: UInt64, Sendable {
    // Functions and calls
    case lazyEntry = 0          //     (the entry of a function not translated yet: zero, as
                                //     a fresh code buffer's words are; see ModuleLoader)
    case funcInfo               // module, function, arity (terms)
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
    case testHeapPutTuple2      // N heap words (at least arity + 1), N live, D, N arity, S...
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

    // Specialised and fused forms (packed fields, see the header comment; field i holds
    // operand i, and a constant operand leaves its field empty). Suffix letters name the
    // operand kinds: X, Y, R (x or y) and C (the constant in the word after the head).
    // Tests and tuple tests: head | C or 0 | L. Arithmetic: head | S2 | L | B | S1 | D,
    // the generic operand words that the slow path reads (S2 is the constant, if any).
    case moveXX                 // X src, X dst
    case moveXY                 // X src, Y dst
    case moveYX                 // Y src, X dst
    case moveYY                 // Y src, Y dst
    case moveCX                 // -, X dst; C
    case moveCY                 // -, Y dst; C
    case moveTwoXYXY            // src, dst, src, dst   (two moves, in order)
    case moveTwoYXYX            // src, dst, src, dst   (two moves, in order)
    case moveTwoXXXX            // src, dst, src, dst   (two moves, in order)
    case moveTwoXYXX            // src, dst, src, dst   (two moves, in order)
    case moveTwoXXYX            // src, dst, src, dst   (two moves, in order)
    case moveTwoYXXX            // src, dst, src, dst   (two moves, in order)
    case moveTwoXXXY            // src, dst, src, dst   (two moves, in order)
    case moveTwoYXYY            // src, dst, src, dst   (two moves, in order)
    case moveTwoRRRR            // src, dst, src, dst   (two moves, in order)
    case moveReturn             // R src                          (move src x0 + return)
    case moveReturnC            // ; C
    case deallocateReturn       // K words popped (frame size + 1)
    case moveDeallocateReturn   // R src, K words
    case moveDeallocateReturnC  // -, K words; C
    case isEqExactXC            // a, b; C immediate (or 0), L
    case isEqExactYC            // a, b; C immediate (or 0), L
    case isEqExactXX            // a, b; C immediate (or 0), L
    case isEqExactRR            // a, b; C immediate (or 0), L
    case isNeExactXC            // a, b; C immediate (or 0), L
    case isNeExactYC            // a, b; C immediate (or 0), L
    case isNeExactXX            // a, b; C immediate (or 0), L
    case isNeExactRR            // a, b; C immediate (or 0), L
    case isLtXX                 // a, b; C small (or 0), L
    case isLtXC                 // a, b; C small (or 0), L
    case isLtCX                 // a, b; C small (or 0), L
    case isLtRR                 // a, b; C small (or 0), L
    case isLtRC                 // a, b; C small (or 0), L
    case isLtCR                 // a, b; C small (or 0), L
    case isGeXX                 // a, b; C small (or 0), L
    case isGeXC                 // a, b; C small (or 0), L
    case isGeCX                 // a, b; C small (or 0), L
    case isGeRR                 // a, b; C small (or 0), L
    case isGeRC                 // a, b; C small (or 0), L
    case isGeCR                 // a, b; C small (or 0), L
    case isNilX                 // a; L
    case isNilR                 // a; L
    case isNonemptyListX        // a; L
    case isNonemptyListR        // a; L
    case isTupleR               // R; L
    case isTupleArityX          // a, K arity; C atom (or 0), L   (is_tuple + test_arity, test_arity, is_tagged_tuple)
    case isTupleArityR          // a, K arity; C atom (or 0), L   (is_tuple + test_arity, test_arity, is_tagged_tuple)
    case isTaggedTupleX         // a, K arity; C atom (or 0), L   (is_tuple + test_arity, test_arity, is_tagged_tuple)
    case isTaggedTupleR         // a, K arity; C atom (or 0), L   (is_tuple + test_arity, test_arity, is_tagged_tuple)
    case getListXXX             // list, head, tail
    case getListXYX             // list, head, tail
    case getListXXY             // list, head, tail
    case getListRRR             // list, head, tail
    case isListGetListXXX       // list, head, tail; L         (is_nonempty_list + get_list)
    case isListGetListRRR       // list, head, tail; L
    case getTupleElementXX      // tuple, dst, K index
    case getTupleElementYX      // tuple, dst, K index
    case getTupleElementRR      // tuple, dst, K index
    case getTupleElementTwoXXX  // tuple, dst, dst, K index    (elements index and index + 1)
    case getTupleElementTwoRRR  // tuple, dst, dst, K index
    case putListXXX             // head, tail, dst
    case putListYXX             // head, tail, dst
    case putListRRR             // head, tail, dst
    case testHeapPutListRRR     // head, tail, dst; N heap words (at least 2), N live   (test_heap + put_list)
    case allocateK              // K words (frame + 1), K live, K heap words   (allocate, allocate_heap)
    case testHeapPutPairRR      // R, R, R dst; N heap words (at least 3), N live   (test_heap + put_tuple2 of 2)
    case moveCall               // R src, X dst, K arity; C or 0, L       (move + call)
    case moveCallC              // -, X dst, K arity; C, L
    case moveCallOnly           // R src, X dst, K arity; C or 0, L       (move + call_only)
    case moveCallOnlyC          // -, X dst, K arity; C, L
    case moveCallLast           // R src, X dst, K arity, K words; C or 0, L   (move + call_last)
    case moveCallLastC          // -, X dst, K arity, K words; C, L
    case isTupleArityGetTwoX    // X tuple, K arity, X dst, X dst; C 0, L, N index   (+ two get_tuple_element)
    case isTaggedTupleGetTwoX   // X tuple, K arity, X dst, X dst; C atom, L, N index
    case fmoveXF                // X src, K float register
    case fmoveYF                // Y src, K float register
    case fmoveCF                // -, K float register; C float
    case fstoreFX               // K float register, X dst
    case fstoreFY               // K float register, Y dst
    case fconvXF                // X src, K float register
    case fconvYF                // Y src, K float register
    case faddFFF                  // K, K, K dst (float registers)
    case fsubFFF                  // K, K, K dst
    case fmulFFF                  // K, K, K dst
    case fdivFFF                  // K, K, K dst
    case fnegateFF               // K, K dst
    case plusXXX                // a, b, dst; S2, L, B, S1, D
    case plusXCX                // a, b, dst; S2, L, B, S1, D
    case plusYXX                // a, b, dst; S2, L, B, S1, D
    case plusYCX                // a, b, dst; S2, L, B, S1, D
    case plusXYX                // a, b, dst; S2, L, B, S1, D
    case plusRRR                // a, b, dst; S2, L, B, S1, D
    case plusRCR                // a, b, dst; S2, L, B, S1, D
    case minusXXX               // a, b, dst; S2, L, B, S1, D
    case minusXCX               // a, b, dst; S2, L, B, S1, D
    case minusYXX               // a, b, dst; S2, L, B, S1, D
    case minusYCX               // a, b, dst; S2, L, B, S1, D
    case minusXYX               // a, b, dst; S2, L, B, S1, D
    case minusRRR               // a, b, dst; S2, L, B, S1, D
    case minusRCR               // a, b, dst; S2, L, B, S1, D
    case bitAndXCX              // a, b, dst; S2, L, B, S1, D
    case bitAndRRR              // a, b, dst; S2, L, B, S1, D
    case bitAndRCR              // a, b, dst; S2, L, B, S1, D

    /// The op in a code word. - Precondition: the word was written by the loader.
    @inline(__always)
    static func decode(_ word: UInt64) -> Op {
        unsafeBitCast(UInt8(truncatingIfNeeded: word), to: Op.self)
    }
}
