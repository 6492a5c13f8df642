import Testing
@testable import BeamVM

/// erlang:is_integer/3 (OTP 29), checked against what OTP 29's erl answers.
struct TypeTestBifTests {
    func isIntegerInRange(_ p: Process, _ term: Term, _ low: Term, _ high: Term) -> Term {
        let args = UnsafeMutablePointer<Term>.allocate(capacity: 3)
        defer { args.deallocate() }
        args[0] = term
        args[1] = low
        args[2] = high
        return ErlangBifs.isIntegerInRange(p, args)
    }

    @Test func integersWithinClosedBounds() {
        let p = Process(serial: 1)
        #expect(isIntegerInRange(p, .small(5), .small(1), .small(10)) == .true)
        #expect(isIntegerInRange(p, .small(1), .small(1), .small(1)) == .true)
        #expect(isIntegerInRange(p, .small(11), .small(1), .small(10)) == .false)
        #expect(isIntegerInRange(p, .small(5), .small(10), .small(1)) == .false)
        let big = [UInt64(0), 1].withUnsafeBufferPointer { Integers.make(p, negative: false, $0) }
        let bigger = [UInt64(0), 2].withUnsafeBufferPointer { Integers.make(p, negative: false, $0) }
        #expect(isIntegerInRange(p, big, .small(0), bigger) == .true)
        #expect(isIntegerInRange(p, bigger, .small(0), big) == .false)
    }

    @Test func otherTermsAreNotIntegers() {
        let p = Process(serial: 1)
        #expect(isIntegerInRange(p, .atom("a"), .small(1), .small(10)) == .false)
        #expect(isIntegerInRange(p, p.float(1.0), .small(1), .small(10)) == .false)
    }

    @Test func boundsMustBeIntegers() {
        let p = Process(serial: 1)
        #expect(isIntegerInRange(p, .small(5), .atom("a"), .small(10)).isNone)
        #expect(isIntegerInRange(p, .small(5), .small(1), p.float(1000)).isNone)
        #expect(isIntegerInRange(p, .atom("a"), .atom("b"), .atom("c")).isNone)
    }
}
