// Generic instruction → internal instruction translation, one case per generic opcode.

import BeamFile

extension Emitter {
    mutating func translate(_ instruction: InstructionView) throws(ModuleLoadError) {
        let a = instruction.operands
        switch instruction.opcode {
        case .label:
            let label = try number(a[0])
            guard label < labels.count, labels[label] < 0 else { throw error("label \(label) defined twice") }
            guard code.count < Int(Int32.max) else { throw error("the function is too large") }
            labels[label] = Int32(code.count)
            definedLabels.append(label)
            lastLabel = label
            if let bif = pendingNative {
                // The function's body stays, unreachable: calls run the native version.
                emit(.callBif)
                emitNumber(bif)
                pendingNative = nil
            }
        case .line, .executableLine:
            let item = try number(a[0])
            if let last = lineEntries.last, last.offset == code.count {
                lineEntries[lineEntries.count - 1].item = item
            } else {
                lineEntries.append((code.count, item))
            }
        case .debugLine, .intCodeEnd, .nifStart, .onLoad, .fclearerror, .fcheckerror:
            break
        case .funcInfo:
            guard case .atom(let f) = a[1] else { throw error("bad func_info") }
            let arity = try number(a[2])
            currentFunction = "\(beam.name):\(beam.atom(f))/\(arity)"
            frameLimit = 0
            pendingNative = BifRegistry.lookup(module: moduleName, function: atoms[f - 1], arity: arity)
            emit(.funcInfo)
            try emitSource(a[0])
            try emitSource(a[1])
            emitNumber(arity)

        // Calls
        case .call:
            emit(.call); try emitArity(a[0]); try emitTarget(a[1], use: .call)
        case .callLast:
            emit(.callLast); try emitArity(a[0]); try emitTarget(a[1], use: .call); try emitNumberOperand(a[2])
        case .callOnly:
            emit(.callOnly); try emitArity(a[0]); try emitTarget(a[1], use: .call)
        case .callExt:
            emit(.callExt); try emitArity(a[0]); emit(try importEntry(a[1]).rawValue)
        case .callExtLast where callsNoReturn(a[1]):
            // As ERTS does for BIFs: the frame stays (the call never returns), so a frame size
            // that does not match, as in error blocks shared by several paths, is harmless.
            emit(.callExt); try emitArity(a[0]); emit(try importEntry(a[1]).rawValue)
        case .callExtLast:
            if try emitInlineBif(a[0], a[1]) {
                emit(.deallocate); try emitNumberOperand(a[2]); emit(.return)
            } else {
                emit(.callExtLast); try emitArity(a[0]); emit(try importEntry(a[1]).rawValue); try emitNumberOperand(a[2])
            }
        case .callExtOnly:
            if try emitInlineBif(a[0], a[1]) {
                emit(.return)
            } else {
                emit(.callExtOnly); try emitArity(a[0]); emit(try importEntry(a[1]).rawValue)
            }
        case .apply:
            emit(.apply); try emitArity(a[0])
        case .applyLast:
            emit(.applyLast); try emitArity(a[0]); try emitNumberOperand(a[1])
        case .callFun:
            emit(.callFun); try emitArity(a[0])
        case .callFun2:
            emit(.callFun2); try emitArity(a[1]); try emitSource(a[2])
        case .return:
            emit(.return)

        // BIFs
        case .bif0:
            emit(.bif0); emitNumber(try bif(a[0])); try emitDestination(a[1])
        case .bif1:
            emit(.bif1); try emitLabel(a[0]); emitNumber(try bif(a[1])); try emitSource(a[2]); try emitDestination(a[3])
        case .bif2:
            emit(.bif2); try emitLabel(a[0]); emitNumber(try bif(a[1]))
            try emitSource(a[2]); try emitSource(a[3]); try emitDestination(a[4])
        case .bif3:
            emit(.bif3); try emitLabel(a[0]); emitNumber(try bif(a[1]))
            try emitSource(a[2]); try emitSource(a[3]); try emitSource(a[4]); try emitDestination(a[5])
        case .gcBif1:
            emit(.bif1); try emitLabel(a[0]); emitNumber(try bif(a[2])); try emitSource(a[3]); try emitDestination(a[4])
        case .gcBif2:
            let id = try bif(a[2])
            let op = Self.inlineArithmetic[BifTable.signatures[id].function].flatMap { op in
                BifTable.signatures[id].module == "erlang" ? op : nil
            } ?? .bif2
            if try translateIntegerOp(op, a, bif: id) { break }
            emit(op)
            try emitLabel(a[0]); emitNumber(id)
            try emitSource(a[3]); try emitSource(a[4]); try emitDestination(a[5])
        case .gcBif3:
            emit(.bif3); try emitLabel(a[0]); emitNumber(try bif(a[2]))
            try emitSource(a[3]); try emitSource(a[4]); try emitSource(a[5]); try emitDestination(a[6])

        // Stack and heap
        case .allocate, .allocateZero:
            let need = try number(a[0])
            frameLimit = max(frameLimit, need)
            let live = try liveCount(a[1])
            if need + 1 < 1 << 14, live < 1 << 14 {
                emit(packed(.allocateK, UInt64(need + 1), UInt64(live)))
            } else {
                emit(.allocate); emitNumber(need); emitNumber(live)
            }
        case .allocateHeap, .allocateHeapZero:
            let need = try number(a[0])
            frameLimit = max(frameLimit, need)
            let heap = try heapNeed(a[1]), live = try liveCount(a[2])
            if need + 1 < 1 << 14, live < 1 << 14, heap < 1 << 14 {
                emit(packed(.allocateK, UInt64(need + 1), UInt64(live), UInt64(heap)))
            } else {
                emit(.allocateHeap); emitNumber(need); emitNumber(heap); emitNumber(live)
            }
        case .testHeap:
            emit(.testHeap); emitNumber(try heapNeed(a[0])); try emitLive(a[1])
        case .deallocate:
            emit(.deallocate); try emitNumberOperand(a[0])
        case .trim:
            emit(.trim); try emitNumberOperand(a[0])
        case .`init`:
            emit(.initY); try emitDestination(a[0])
        case .initYregs:
            guard case .list(let registers) = a[0] else { throw error("bad init_yregs") }
            emit(.initYregs); emitNumber(registers.count)
            for register in registers { try emitDestination(register) }

        // Moves and construction
        case .move:
            try translateMove(a)
        case .swap:
            emit(.swap); try emitDestination(a[0]); try emitDestination(a[1])
        case .getList:
            if try translateData(.getList, a) { break }
            emit(.getList); try emitSource(a[0]); try emitDestination(a[1]); try emitDestination(a[2])
        case .getHd:
            emit(.getHd); try emitSource(a[0]); try emitDestination(a[1])
        case .getTl:
            emit(.getTl); try emitSource(a[0]); try emitDestination(a[1])
        case .getTupleElement:
            if try translateData(.getTupleElement, a) { break }
            emit(.getTupleElement); try emitSource(a[0]); try emitNumberOperand(a[1]); try emitDestination(a[2])
        case .setTupleElement:
            emit(.setTupleElement); try emitSource(a[0]); try emitSource(a[1]); try emitNumberOperand(a[2])
        case .putList:
            if try translateData(.putList, a) { break }
            emit(.putList); try emitSource(a[0]); try emitSource(a[1]); try emitDestination(a[2])
        case .putTuple2:
            guard case .list(let elements) = a[1] else { throw error("bad put_tuple2") }
            emit(.putTuple2); try emitDestination(a[0]); emitNumber(elements.count)
            for element in elements { try emitSource(element) }
        case .makeFun2:
            emit(.makeFun2); emit(try lambda(a[0]).rawValue)
        case .makeFun3:
            guard case .list(let free) = a[2] else { throw error("bad make_fun3") }
            let entry = try lambda(a[0])
            guard free.count == entry.freeCount else { throw error("make_fun3 free variable count mismatch") }
            emit(.makeFun3); emit(entry.rawValue); try emitDestination(a[1]); emitNumber(free.count)
            for value in free { try emitSource(value) }

        // Tests
        case .isLt: try test(.isLt, a)
        case .isGe: try test(.isGe, a)
        case .isEq: try test(.isEq, a)
        case .isNe: try test(.isNe, a)
        case .isEqExact: try test(.isEqExact, a)
        case .isNeExact: try test(.isNeExact, a)
        case .isInteger: try test(.isInteger, a)
        case .isFloat: try test(.isFloat, a)
        case .isNumber: try test(.isNumber, a)
        case .isAtom: try test(.isAtom, a)
        case .isPid: try test(.isPid, a)
        case .isReference: try test(.isReference, a)
        case .isPort: try test(.isPort, a)
        case .isNil: try test(.isNil, a)
        case .isBinary: try test(.isBinary, a)
        case .isList: try test(.isList, a)
        case .isNonemptyList: try test(.isNonemptyList, a)
        case .isTuple: try test(.isTuple, a)
        case .isBoolean: try test(.isBoolean, a)
        case .isFunction: try test(.isFunction, a)
        case .isBitstr: try test(.isBitstr, a)
        case .isMap: try test(.isMap, a)
        case .isFunction2: try test(.isFunction2, a)
        case .testArity:
            if try translateTest(.testArity, a) { break }
            emit(.testArity); try emitTarget(a[0]); try emitSource(a[1]); try emitNumberOperand(a[2])
        case .isTaggedTuple:
            if try translateTest(.isTaggedTuple, a) { break }
            emit(.isTaggedTuple); try emitTarget(a[0]); try emitSource(a[1]); try emitNumberOperand(a[2]); try emitSource(a[3])
        case .selectVal:
            guard case .list(let pairs) = a[2], pairs.count % 2 == 0 else { throw error("bad select_val") }
            emit(.selectVal); try emitSource(a[0]); try emitTarget(a[1]); emitNumber(pairs.count / 2)
            for i in stride(from: 0, to: pairs.count, by: 2) { try emitSource(pairs[i]); try emitTarget(pairs[i + 1]) }
        case .selectTupleArity:
            guard case .list(let pairs) = a[2], pairs.count % 2 == 0 else { throw error("bad select_tuple_arity") }
            emit(.selectTupleArity); try emitSource(a[0]); try emitTarget(a[1]); emitNumber(pairs.count / 2)
            for i in stride(from: 0, to: pairs.count, by: 2) { try emitNumberOperand(pairs[i]); try emitTarget(pairs[i + 1]) }
        case .jump:
            emit(.jump); try emitTarget(a[0])

        // Errors and exceptions
        case .badmatch: emit(.badmatch); try emitSource(a[0])
        case .caseEnd: emit(.caseEnd); try emitSource(a[0])
        case .ifEnd: emit(.ifEnd)
        case .tryCaseEnd: emit(.tryCaseEnd); try emitSource(a[0])
        case .badrecord: emit(.badrecord); try emitSource(a[0])
        case .catch: emit(.catch); try emitY(a[0]); try emitTarget(a[1], use: .catchTag)
        case .catchEnd: emit(.catchEnd); try emitY(a[0])
        case .try: emit(.try); try emitY(a[0]); try emitTarget(a[1], use: .catchTag)
        case .tryEnd: emit(.tryEnd); try emitY(a[0])
        case .tryCase: emit(.tryCase); try emitY(a[0])
        case .raise: emit(.raise); try emitSource(a[0]); try emitSource(a[1])
        case .rawRaise: emit(.rawRaise)
        case .buildStacktrace: emit(.buildStacktrace)

        // Floating point
        case .fmove, .fconv, .fadd, .fsub, .fmul, .fdiv, .fnegate:
            try translateFloat(instruction.opcode, a)

        // Maps
        case .putMapAssoc, .putMapExact:
            guard case .list(let pairs) = a[4], pairs.count % 2 == 0 else { throw error("bad map update") }
            emit(instruction.opcode == .putMapAssoc ? .putMapAssoc : .putMapExact)
            try emitLabel(a[0]); try emitSource(a[1]); try emitDestination(a[2]); try emitNumberOperand(a[3])
            emitNumber(pairs.count / 2)
            for item in pairs { try emitSource(item) }
        case .hasMapFields:
            guard case .list(let keys) = a[2] else { throw error("bad has_map_fields") }
            emit(.hasMapFields); try emitTarget(a[0]); try emitSource(a[1]); emitNumber(keys.count)
            for key in keys { try emitSource(key) }
        case .getMapElements:
            guard case .list(let pairs) = a[2], pairs.count % 2 == 0 else { throw error("bad get_map_elements") }
            emit(.getMapElements); try emitTarget(a[0]); try emitSource(a[1]); emitNumber(pairs.count / 2)
            for i in stride(from: 0, to: pairs.count, by: 2) { try emitSource(pairs[i]); try emitDestination(pairs[i + 1]) }

        // Records
        case .updateRecord:
            guard case .list(let updates) = a[4], updates.count % 2 == 0 else { throw error("bad update_record") }
            emit(.updateRecord); try emitNumberOperand(a[1]); try emitSource(a[2]); try emitDestination(a[3])
            emitNumber(updates.count / 2)
            for i in stride(from: 0, to: updates.count, by: 2) { try emitNumberOperand(updates[i]); try emitSource(updates[i + 1]) }

        // Messages
        case .send: emit(.send)
        case .removeMessage: emit(.removeMessage)
        case .timeout: emit(.timeout)
        case .loopRec: emit(.loopRec); try emitTarget(a[0]); try emitDestination(a[1])
        case .loopRecEnd: emit(.loopRecEnd); try emitTarget(a[0])
        case .wait: emit(.wait); try emitTarget(a[0])
        case .waitTimeout: emit(.waitTimeout); try emitTarget(a[0]); try emitSource(a[1])
        case .recvMarkerReserve: emit(.recvMarkerReserve); try emitDestination(a[0])
        case .recvMarkerBind: emit(.recvMarkerBind); try emitSource(a[0]); try emitSource(a[1])
        case .recvMarkerClear: emit(.recvMarkerClear); try emitSource(a[0])
        case .recvMarkerUse: emit(.recvMarkerUse); try emitSource(a[0])
        case .recvMark, .recvSet:
            break
        case .isAnyNativeRecord:
            // beamr has no native records (an experimental OTP 29 feature), so no term is one.
            emit(.jump); try emitLabel(a[0])

        default:
            try translateBinary(instruction)
        }
    }

    /// BIFs of arity 2 whose small-integer case the interpreter does inline; the op keeps
    /// the operand layout of `bif2`.
    static let inlineArithmetic: [String: Op] = [
        "+": .plus, "-": .minus, "*": .times, "band": .bitAnd, "bor": .bitOr, "bxor": .bitXor,
        "bsl": .shiftLeft, "bsr": .shiftRight,
    ]

    /// A tail call to a BIF of up to three arguments becomes a BIF instruction on x0..x2
    /// (the caller then returns), as ERTS's loader does: the BIF runs in the caller's frame,
    /// so an exception it raises shows the calling function and line in its stack trace.
    mutating func emitInlineBif(_ arity: Operand, _ target: Operand) throws(ModuleLoadError) -> Bool {
        let count = try number(arity)
        let entry = try importEntry(target)
        guard count <= 3, let bif = entry.bif, !BifRegistry.traps(bif), isRealBif(entry) else { return false }
        let ops: [Op] = [.bif0, .bif1, .bif2, .bif3]
        emit(ops[count])
        if count > 0 { emit(UInt64(0)) }
        emitNumber(bif)
        for i in 0..<count { try emitSource(.x(i)) }
        try emitDestination(.x(0))
        return true
    }

    mutating func test(_ op: Op, _ a: OperandView) throws(ModuleLoadError) {
        if try translateTest(op, a) { return }
        emit(op)
        try emitTarget(a[0])
        for operand in a.dropFirst() { try emitSource(operand) }
    }

    /// Heap words from a number or an allocation list (floats take 2 words, funs 3 + free).
    mutating func heapNeed(_ operand: Operand) throws(ModuleLoadError) -> Int {
        var need: Int
        if case .allocation(let words, let floats, let funs) = operand {
            need = Int(words) + 2 * Int(floats) + 3 * Int(funs)
        } else {
            need = try number(operand)
        }
        guard need <= Self.maxHeapNeed else { throw error("heap need \(need) is implausible") }
        return need
    }

    mutating func lambda(_ operand: Operand) throws(ModuleLoadError) -> FunEntry {
        guard case .unsigned(let index) = operand, index < lambdas.count else { throw error("bad lambda index \(operand)") }
        return lambdas[index]
    }

    /// A BIF called with its arguments in x0... and its result going to x0, raising (no
    /// fail label) from the current instruction.
    /// Whether an import is a BIF in ERTS (not Erlang code beamr happens to run natively).
    mutating func isRealBif(_ entry: ExportEntry) -> Bool {
        entry.bif != nil && ErlangCodeStandIns.isBuiltin(module: entry.module, function: entry.function, arity: entry.arity)
    }
}

extension Emitter {
    mutating func callsNoReturn(_ operand: Operand) -> Bool { FrameVerifier.callsNoReturn(operand, noReturnImports) }
}
