// The Code chunk: its header and the stream of generic instructions.

/// One generic instruction with its decoded operands.
public struct Instruction: Equatable, Sendable {
    public var opcode: Opcode
    public var operands: [Operand]

    public init(_ opcode: Opcode, _ operands: [Operand]) {
        self.opcode = opcode
        self.operands = operands
    }
}

/// The Code chunk's header fields.
public struct CodeHeader: Equatable, Sendable {
    /// The instruction set version (0 for every compiler since R5).
    public var instructionSet: Int
    /// The highest opcode number the compiler used.
    public var maxOpcode: Int
    public var labelCount: Int
    public var functionCount: Int
}

extension ByteReader {
    mutating func codeHeader() throws(BeamLoadError) -> (header: CodeHeader, codeStart: Int) {
        let start = offset
        let headerSize = Int(try u32())
        guard headerSize >= 16, headerSize <= remaining else {
            throw error(.badChunk, "bad code header size \(headerSize)", at: start)
        }
        let codeStart = offset + headerSize
        let instructionSet = Int(try i32())
        guard instructionSet == 0 else {
            throw error(.unsupported, "instruction set \(instructionSet) is not supported", at: start + 4)
        }
        let maxOpcode = Int(try i32())
        let labels = Int(try i32())
        let functions = Int(try i32())
        guard labels >= 0, labels <= remaining + 1, functions >= 0, functions <= remaining + 1 else {
            throw error(.countTooLarge, "label or function count exceeds the chunk", at: start)
        }
        return (CodeHeader(instructionSet: instructionSet, maxOpcode: maxOpcode, labelCount: labels,
                           functionCount: functions), codeStart)
    }

    /// Decodes instructions up to and including `int_code_end`.
    ///
    /// - Parameter atoms: the module's atoms, to name functions in error messages.
    mutating func instructions(_ limits: OperandLimits, atoms: [String]) throws(BeamLoadError) -> [Instruction] {
        let buffer = InstructionBuffer(capacity: remaining / 3)
        var context = DecodeContext(atoms: atoms)
        repeat {
            try instruction(limits, &context, into: buffer)
        } while buffer[buffer.count - 1].opcode != .intCodeEnd
        return buffer.map(Instruction.init)
    }

    /// Decodes instructions until the end of the reader's range, into `buffer`.
    mutating func instructionsToEnd(_ limits: OperandLimits, into buffer: InstructionBuffer,
                                    atoms: [String]) throws(BeamLoadError) {
        // Every instruction and every operand takes at least a byte.
        buffer.reserve(instructions: remaining, operands: remaining)
        var context = DecodeContext(atoms: atoms)
        while !isAtEnd { try instruction(limits, &context, into: buffer) }
    }

    /// Where decoding is, for error messages. (The atoms travel in here, not in a closure
    /// that names them: a closure passed down for every instruction was retained for each.)
    struct DecodeContext {
        let atoms: [String]
        var lastLabel = 0
        /// The module, name and arity atoms of the last func_info.
        var function: (module: Int, name: Int, arity: Int)?

        init(atoms: [String]) { self.atoms = atoms }

        var functionName: String { ByteReader.describe(function, atoms: atoms) }
    }

    /// A function as `module:name/arity`, from its atom indexes, for error messages.
    static func describe(_ function: (module: Int, name: Int, arity: Int)?, atoms: [String]) -> String {
        guard let function else { return "(before the first function)" }
        func name(_ index: Int) -> String { index > 0 && index <= atoms.count ? atoms[index - 1] : "?" }
        return "\(name(function.module)):\(name(function.name))/\(function.arity)"
    }

    /// Decodes one instruction into `buffer`, checking its operands against the module's
    /// tables. On failure the buffer ends with a partly decoded instruction.
    mutating func instruction(_ limits: OperandLimits, _ context: inout DecodeContext,
                              into buffer: InstructionBuffer) throws(BeamLoadError) {
        let start = offset
        let byte = try u8()
        guard let opcode = Opcode(rawValue: byte) else {
            throw error(.unknownOpcode, "unknown opcode \(byte) in \(context.functionName) after label \(context.lastLabel)",
                        at: start)
        }
        buffer.begin(opcode)
        let arity = opcode.arity
        for index in 0..<arity {
            let operand = try operand(limits)
            if case .list = operand, index != arity - 1 {
                throw error(.badOperand, "list operand is not last in \(opcode.name)", at: start)
            }
            buffer.append(operand)
        }
        switch opcode {
        case .label:
            let operands = buffer[buffer.count - 1].operands
            guard case .unsigned(let label) = operands[0], label > 0, label < limits.labels else {
                throw error(.badOperand, "bad label \(operands[0])", at: start)
            }
            context.lastLabel = label
        case .funcInfo:
            let operands = buffer[buffer.count - 1].operands
            if case .atom(let m) = operands[0], case .atom(let f) = operands[1], case .unsigned(let a) = operands[2] {
                context.function = (m, f, a)
            }
        default:
            break
        }
    }
}
