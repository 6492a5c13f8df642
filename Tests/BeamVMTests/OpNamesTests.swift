import Testing

@testable import BeamVM

/// The generated name table the loader finds operand-kind variants in.
@Suite struct OpNamesTests {
    @Test func everyOpIsListedWithItsName() {
        var raw: UInt64 = 0
        while let op = Op(rawValue: raw) {
            #expect(Int(raw) < Op.named.count && Op.named[Int(raw)] == (String(describing: op), op), "\(op)")
            raw += 1
        }
        #expect(Op.named.count == Int(raw))
    }
}
