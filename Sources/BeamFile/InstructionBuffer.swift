// Decoded instructions in flat storage. An `[Instruction]` costs one operand array per
// instruction: an allocation and a free each, and reference counting wherever an instruction
// is copied. The loader decodes a function on its first call, checks it and translates it,
// then throws it away, so it decodes into one reusable buffer instead and reads the
// instructions in place.

/// A run of decoded instructions: their opcodes, and all their operands in one block.
///
/// - Invariant: the views the subscript returns point into the buffer. They stay valid until
///   the buffer is next appended to or cleared (growing moves the block), or is freed. A
///   holder of views keeps the buffer alive and does not decode into it while it uses them.
public final class InstructionBuffer: RandomAccessCollection {
    // The loader reads these for every instruction: dynamic exclusivity checks would cost
    // more than the reads. Only the owner's thread touches a buffer.
    @exclusivity(unchecked) @usableFromInline var opcodes: UnsafeMutablePointer<Opcode>
    /// Where instruction `i`'s operands start in `operands`; entry `count` is where the next
    /// one's start (so it always equals `operandCount`).
    @exclusivity(unchecked) @usableFromInline var starts: UnsafeMutablePointer<Int32>
    @exclusivity(unchecked) @usableFromInline var operands: UnsafeMutablePointer<Operand>
    @exclusivity(unchecked) private var instructionCapacity: Int
    @exclusivity(unchecked) private var operandCapacity: Int
    /// Initialised operands: `operands[0..<operandCount]`.
    @exclusivity(unchecked) private var operandCount = 0
    /// Where the operands that hold references (lists, big integers) are: the only ones
    /// that need deinitialising. Most functions have few, and visiting every operand to
    /// deinitialise it cost more than decoding it.
    @exclusivity(unchecked) private var referencing: [Int32] = []
    @exclusivity(unchecked) public private(set) var count = 0

    public static let initialCapacity = 64

    public init(capacity: Int = initialCapacity) {
        instructionCapacity = Swift.max(capacity, 1)
        operandCapacity = 2 * instructionCapacity
        (opcodes, starts, operands) = Self.blocks(instructions: instructionCapacity, operands: operandCapacity)
    }

    /// Empty blocks for that many instructions and operands (`starts` holds its first entry).
    private static func blocks(instructions: Int, operands: Int)
        -> (UnsafeMutablePointer<Opcode>, UnsafeMutablePointer<Int32>, UnsafeMutablePointer<Operand>) {
        let starts = UnsafeMutablePointer<Int32>.allocate(capacity: instructions + 1)
        starts[0] = 0
        return (.allocate(capacity: instructions), starts, .allocate(capacity: operands))
    }

    /// A buffer holding copies of `instructions`.
    public convenience init(_ instructions: [Instruction]) {
        self.init(capacity: instructions.count)
        for instruction in instructions {
            begin(instruction.opcode)
            for operand in instruction.operands { append(operand) }
        }
    }

    deinit {
        deinitializeOperands()
        opcodes.deallocate()
        starts.deallocate()
        operands.deallocate()
    }

    @inlinable public var startIndex: Int { 0 }
    @inlinable public var endIndex: Int { count }

    /// The instruction at `index`, read in place (see the type's invariant).
    @inlinable
    public subscript(index: Int) -> InstructionView {
        precondition(index >= 0 && index < count, "instruction index out of range")
        let start = Int(starts[index])
        return InstructionView(opcode: opcodes[index],
                               operands: OperandView(base: operands + start, count: Int(starts[index + 1]) - start))
    }

    /// The operands of a run of instructions, which lie one after the other.
    @inlinable
    public func operands(of instructions: ClosedRange<Int>) -> OperandView {
        precondition(instructions.lowerBound >= 0 && instructions.upperBound < count, "instruction index out of range")
        let start = Int(starts[instructions.lowerBound])
        return OperandView(base: operands + start, count: Int(starts[instructions.upperBound + 1]) - start)
    }

    /// Empties the buffer, keeping its memory.
    public func removeAll() {
        deinitializeOperands()
        operandCount = 0
        count = 0
    }

    /// Empties the buffer, and gives its memory back if it has room for more than `limit`
    /// operands: a buffer that outlives its use should not keep a large function's worth.
    public func removeAll(keepingCapacityUpTo limit: Int) {
        removeAll()
        guard operandCapacity > limit || instructionCapacity > limit else { return }
        opcodes.deallocate()
        starts.deallocate()
        operands.deallocate()
        instructionCapacity = Self.initialCapacity
        operandCapacity = 2 * Self.initialCapacity
        (opcodes, starts, operands) = Self.blocks(instructions: instructionCapacity, operands: operandCapacity)
    }

    /// Reserves room for `instructions` more instructions with `operands` more operands.
    /// Reserving more than is used costs address space only: the pages never written are
    /// never touched. Growing as the buffer fills would copy it into fresh pages each time.
    func reserve(instructions: Int, operands: Int) {
        growInstructions(to: count + instructions)
        growOperands(to: operandCount + operands)
    }

    /// Starts an instruction; its operands follow with `append`.
    func begin(_ opcode: Opcode) {
        if count == instructionCapacity { growInstructions(to: 2 * instructionCapacity) }
        opcodes[count] = opcode
        count += 1
        starts[count] = Int32(operandCount)
    }

    /// Adds an operand to the last instruction begun.
    func append(_ operand: Operand) {
        if operandCount == operandCapacity { growOperands(to: 2 * operandCapacity) }
        switch operand {
        case .list, .bigInteger: referencing.append(Int32(operandCount))
        default: break
        }
        (operands + operandCount).initialize(to: operand)
        operandCount += 1
        starts[count] = Int32(operandCount)
    }

    private func deinitializeOperands() {
        for i in referencing { (operands + Int(i)).deinitialize(count: 1) }
        referencing.removeAll(keepingCapacity: true)
    }

    private func growInstructions(to capacity: Int) {
        guard capacity > instructionCapacity else { return }
        let newOpcodes = UnsafeMutablePointer<Opcode>.allocate(capacity: capacity)
        newOpcodes.moveInitialize(from: opcodes, count: count)
        opcodes.deallocate()
        opcodes = newOpcodes
        let newStarts = UnsafeMutablePointer<Int32>.allocate(capacity: capacity + 1)
        newStarts.moveInitialize(from: starts, count: count + 1)
        starts.deallocate()
        starts = newStarts
        instructionCapacity = capacity
    }

    private func growOperands(to capacity: Int) {
        guard capacity > operandCapacity else { return }
        let moved = UnsafeMutablePointer<Operand>.allocate(capacity: capacity)
        moved.moveInitialize(from: operands, count: operandCount)
        operands.deallocate()
        operands = moved
        operandCapacity = capacity
    }
}

/// One instruction of an `InstructionBuffer`, read in place: valid while the buffer's
/// contents are (see `InstructionBuffer`).
public struct InstructionView {
    public let opcode: Opcode
    public let operands: OperandView

    @inlinable
    init(opcode: Opcode, operands: OperandView) {
        self.opcode = opcode
        self.operands = operands
    }
}

/// An instruction's operands, in an `InstructionBuffer`.
public struct OperandView: RandomAccessCollection {
    @usableFromInline let base: UnsafePointer<Operand>
    public let count: Int

    @inlinable
    init(base: UnsafeMutablePointer<Operand>, count: Int) {
        self.base = UnsafePointer(base)
        self.count = count
    }

    @inlinable public var startIndex: Int { 0 }
    @inlinable public var endIndex: Int { count }

    @inlinable
    public subscript(index: Int) -> Operand {
        precondition(index >= 0 && index < count, "operand index out of range")
        return base[index]
    }
}

extension OperandView: CustomStringConvertible {
    /// As the operands' array prints, for error messages.
    public var description: String { Array(self).description }
}

extension Instruction {
    /// An owned copy of an instruction read in place.
    public init(_ view: InstructionView) {
        self.init(view.opcode, Array(view.operands))
    }
}
