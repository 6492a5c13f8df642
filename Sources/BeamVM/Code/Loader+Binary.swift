// Translation of the bit-syntax instructions (construction and matching).

import BeamFile

extension Emitter {
    mutating func translateBinary(_ instruction: Instruction) throws(ModuleLoadError) {
        let a = instruction.operands
        switch instruction.opcode {
        case .bsStartMatch3:
            emit(.bsStartMatch); try emitLabel(a[0]); try emitNumberOperand(a[2]); try emitSource(a[1]); try emitDestination(a[3])
        case .bsStartMatch4:
            emit(.bsStartMatch)
            if case .label = a[0] { try emitLabel(a[0]) } else { emit(UInt64(0)) }
            try emitNumberOperand(a[1]); try emitSource(a[2]); try emitDestination(a[3])
        case .bsGetPosition:
            emit(.bsGetPosition); try emitSource(a[0]); try emitDestination(a[1]); try emitNumberOperand(a[2])
        case .bsSetPosition:
            emit(.bsSetPosition); try emitSource(a[0]); try emitSource(a[1])
        case .bsGetTail:
            emit(.bsGetTail); try emitSource(a[0]); try emitDestination(a[1]); try emitNumberOperand(a[2])
        case .bsGetInteger2, .bsGetFloat2, .bsGetBinary2:
            let op: Op = instruction.opcode == .bsGetInteger2 ? .bsGetInteger : instruction.opcode == .bsGetFloat2 ? .bsGetFloat : .bsGetBinary
            emit(op); try emitLabel(a[0]); try emitSource(a[1]); try emitNumberOperand(a[2]); try emitSource(a[3])
            try emitNumberOperand(a[4]); try emitNumberOperand(a[5]); try emitDestination(a[6])
        case .bsSkipBits2:
            emit(.bsSkipBits); try emitLabel(a[0]); try emitSource(a[1]); try emitSource(a[2])
            try emitNumberOperand(a[3]); try emitNumberOperand(a[4])
        case .bsTestTail2:
            emit(.bsTestTail); try emitLabel(a[0]); try emitSource(a[1]); try emitNumberOperand(a[2])
        case .bsTestUnit:
            emit(.bsTestUnit); try emitLabel(a[0]); try emitSource(a[1]); try emitNumberOperand(a[2])
        case .bsMatchString:
            let bits = try number(a[2])
            emit(.bsMatchString); try emitLabel(a[0]); try emitSource(a[1]); emitNumber(bits)
            emit(try stringAddress(try number(a[3]), count: (bits + 7) / 8))
        case .bsGetUtf8:
            emit(.bsGetUtf8); try emitLabel(a[0]); try emitSource(a[1]); try emitDestination(a[4])
        case .bsGetUtf16, .bsGetUtf32:
            emit(instruction.opcode == .bsGetUtf16 ? .bsGetUtf16 : .bsGetUtf32)
            try emitLabel(a[0]); try emitSource(a[1]); try emitNumberOperand(a[3]); try emitDestination(a[4])
        case .bsSkipUtf8:
            emit(.bsSkipUtf8); try emitLabel(a[0]); try emitSource(a[1])
        case .bsSkipUtf16, .bsSkipUtf32:
            emit(instruction.opcode == .bsSkipUtf16 ? .bsSkipUtf16 : .bsSkipUtf32)
            try emitLabel(a[0]); try emitSource(a[1]); try emitNumberOperand(a[3])
        case .bsMatch:
            guard case .list(let items) = a[2] else { throw error("bad bs_match") }
            emit(.bsMatch); try emitLabel(a[0]); try emitSource(a[1]); emitNumber(items.count)
            for item in items {
                if case .unsigned(let n) = item { emitNumber(n) } else { try emitSource(item) }
            }
        case .bsCreateBin:
            guard case .list(let items) = a[5], items.count % 6 == 0 else { throw error("bad bs_create_bin") }
            emit(.bsCreateBin); try emitLabel(a[0]); emitNumber(try heapNeed(a[1])); try emitNumberOperand(a[2])
            try emitNumberOperand(a[3]); try emitDestination(a[4]); emitNumber(items.count / 6)
            for start in stride(from: 0, to: items.count, by: 6) {
                let segment = Array(items[start..<start + 6])
                guard case .atom(let typeIndex) = segment[0] else { throw error("bad bs_create_bin segment type") }
                try emitSource(segment[0])
                emitNumber(try number(segment[1]))
                emitNumber(try number(segment[2]))
                try emitSource(segment[3])
                if beam.atom(typeIndex) == "string" {
                    guard case .integer(let size) = segment[5], size >= 0 else { throw error("bad string segment") }
                    let unit = try number(segment[2])
                    emit(try stringAddress(try number(segment[4]), count: Int(size) * unit / 8))
                } else {
                    try emitSource(segment[4])
                }
                try emitSource(segment[5])
            }
        default:
            throw error("unsupported instruction \(instruction.opcode.name) (opcode \(instruction.opcode.rawValue))")
        }
    }
}
