import Testing

@testable import BeamVM

/// The generated name table the loader finds operand-kind variants in.
@Suite struct OpNamesTests {
    @Test func everyOpIsFoundByItsName() {
        var raw: UInt64 = 0
        while let op = Op(rawValue: raw) {
            #expect(Op.byName[String(describing: op)] == op, "\(op)")
            raw += 1
        }
        #expect(Op.byName.count == Int(raw))
    }
}
