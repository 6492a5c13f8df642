import BeamTestSupport
import Testing

@testable import BeamFile

/// The flat storage the loader decodes a function into.
@Suite struct InstructionBufferTests {
    /// Instructions of every shape: no operands, list operands, big integers.
    static func sample(_ n: Int) -> [Instruction] {
        (0..<n).map { i in
            switch i % 5 {
            case 0: Instruction(.label, [.unsigned(i + 1)])
            case 1: Instruction(.move, [.x(i % 7), .y(i % 3)])
            case 2: Instruction(.selectVal, [.x(0), .label(i), .list([.integer(Int64(i)), .label(2), .atom(3), .label(4)])])
            case 3: Instruction(.return, [])
            default: Instruction(.move, [.bigInteger(negative: i % 2 == 0, limbs: [UInt64(i), 1]), .x(1)])
            }
        }
    }

    @Test(arguments: [0, 1, 63, 64, 65, 1000])
    func holdsWhatWasAppended(_ count: Int) {
        let instructions = Self.sample(count)
        let buffer = InstructionBuffer(instructions)
        #expect(buffer.count == count)
        #expect(buffer.map(Instruction.init) == instructions)
        for (view, instruction) in zip(buffer, instructions) {
            #expect(view.operands.count == instruction.operands.count)
        }
    }

    /// A function's operands lie in one block: each takes 16 bytes.
    @Test func operandsAreSixteenBytes() {
        #expect(MemoryLayout<Operand>.stride == 16)
    }

    @Test func growsFromTheSmallestCapacity() {
        let buffer = InstructionBuffer(capacity: 1)
        let instructions = Self.sample(300)
        for instruction in instructions {
            buffer.begin(instruction.opcode)
            for operand in instruction.operands { buffer.append(operand) }
        }
        #expect(buffer.map(Instruction.init) == instructions)
    }

    @Test func operandsOfARunLieTogether() {
        let buffer = InstructionBuffer([Instruction(.move, [.x(1), .x(2)]), Instruction(.return, []),
                                        Instruction(.move, [.y(0), .x(3)])])
        #expect(Array(buffer.operands(of: 0...0)) == [.x(1), .x(2)])
        #expect(Array(buffer.operands(of: 0...2)) == [.x(1), .x(2), .y(0), .x(3)])
        #expect(buffer.operands(of: 1...1).isEmpty)
        #expect("\(buffer[0].operands)" == "\([Operand.x(1), .x(2)])")
    }

    @Test(arguments: [false, true])
    func reuseAfterRemoveAll(givingMemoryBack: Bool) {
        let buffer = InstructionBuffer(Self.sample(500))
        if givingMemoryBack { buffer.removeAll(keepingCapacityUpTo: 100) } else { buffer.removeAll() }
        #expect(buffer.isEmpty)
        let next = Self.sample(7)
        for instruction in next {
            buffer.begin(instruction.opcode)
            for operand in instruction.operands { buffer.append(operand) }
        }
        #expect(buffer.map(Instruction.init) == next)
    }

    /// Decoding function by function into one buffer gives what decoding the whole module
    /// gives.
    @Test(arguments: Fixtures.modules)
    func decodingFunctionsMatchesTheWholeModule(_ fixture: Fixtures.Module) throws {
        let bytes = try Fixtures.bytes(fixture.beamPath)
        let eager = try BeamModule(bytes: bytes)
        let deferred = try #require(try BeamModule(bytes: bytes, deferringCode: true).deferred)
        let buffer = InstructionBuffer()
        var decoded: [Instruction] = []
        for function in deferred.index.functions.indices {
            try deferred.decode(function: function, into: buffer)
            decoded += buffer.map(Instruction.init)
        }
        // The whole module's list also holds int_code_end, after the last function.
        #expect(decoded == Array(eager.instructions.dropLast()))
    }
}
