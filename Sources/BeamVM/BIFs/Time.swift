// erlang: time in native units (nanoseconds, as ERTS on Linux), unit conversion with
// flooring, and unique integers. Monotonic time starts near the smallest small integer
// (-2^59), as in ERTS, and counts up from the start of the VM.

#if canImport(Glibc)
import Glibc
#endif

/// Time BIFs of the `erlang` and `os` modules.
enum TimeBifs {
    typealias Arguments = UnsafeMutablePointer<Term>

    static let nativePerSecond = 1_000_000_000

    static func clock(_ id: clockid_t) -> Int {
        var spec = timespec()
        clock_gettime(id, &spec)
        return spec.tv_sec * nativePerSecond + spec.tv_nsec
    }

    /// The monotonic clock when the VM started.
    static let start = clock(CLOCK_MONOTONIC)

    static var monotonicNative: Int { Term.smallMin + (clock(CLOCK_MONOTONIC) - start) }
    static var systemNative: Int { clock(CLOCK_REALTIME) }

    /// A time unit as parts per second (an integer term), or nil.
    static func partsPerSecond(_ unit: Term) -> Term? {
        if unit.isInteger { return Integers.compare(unit, .small(0)) > 0 ? unit : nil }
        guard unit.isAtom else { return nil }
        switch unit.atomName.string {
        case "second", "seconds": return .small(1)
        case "millisecond", "milli_seconds": return .small(1000)
        case "microsecond", "micro_seconds": return .small(1_000_000)
        case "nanosecond", "nano_seconds", "native", "perf_counter": return .small(nativePerSecond)
        default: return nil
        }
    }

    /// floor(time * to / from) for integer terms, `from` positive.
    static func convert(_ p: Process, _ time: Term, from: Term, to: Term) -> Term {
        if time.isSmall, from.isSmall, to.isSmall {
            let (product, overflow) = time.smallValue.multipliedReportingOverflow(by: to.smallValue)
            if !overflow {
                let divisor = from.smallValue
                var quotient = product / divisor
                if product % divisor != 0 && product < 0 { quotient -= 1 }
                return Integers.make(p, quotient)
            }
        }
        let product = Integers.multiply(p, time, to)
        let quotient = Integers.divide(p, product, from, quotient: true)
        let remainder = Integers.divide(p, product, from, quotient: false)
        if Integers.compare(remainder, .small(0)) < 0 { return Integers.subtract(p, quotient, .small(1)) }
        return quotient
    }

    static func inUnit(_ p: Process, _ native: Int, _ unit: Term) -> Term {
        guard let perSecond = partsPerSecond(unit) else { return p.badarg() }
        return convert(p, Integers.make(p, native), from: .small(nativePerSecond), to: perSecond)
    }

    static func monotonicTime0(_ p: Process, _ a: Arguments) -> Term { Integers.make(p, monotonicNative) }
    static func monotonicTime1(_ p: Process, _ a: Arguments) -> Term { inUnit(p, monotonicNative, a[0]) }
    static func systemTime0(_ p: Process, _ a: Arguments) -> Term { Integers.make(p, systemNative) }
    static func systemTime1(_ p: Process, _ a: Arguments) -> Term { inUnit(p, systemNative, a[0]) }
    static func timeOffset0(_ p: Process, _ a: Arguments) -> Term { Integers.make(p, systemNative - monotonicNative) }
    static func timeOffset1(_ p: Process, _ a: Arguments) -> Term { inUnit(p, systemNative - monotonicNative, a[0]) }

    static func convertTimeUnit(_ p: Process, _ a: Arguments) -> Term {
        guard a[0].isInteger, let from = partsPerSecond(a[1]), let to = partsPerSecond(a[2]) else { return p.badarg() }
        return convert(p, a[0], from: from, to: to)
    }

    /// `{MegaSecs, Secs, MicroSecs}` of the system time.
    static func timestamp(_ p: Process, _ a: Arguments) -> Term {
        let micro = systemNative / 1000
        return p.tuple(.small(micro / 1_000_000_000_000), .small(micro / 1_000_000 % 1_000_000), .small(micro % 1_000_000))
    }

    static func uniqueInteger0(_ p: Process, _ a: Arguments) -> Term {
        Integers.make(p, Term.smallMin + Unique.integers.add(1, ordering: .relaxed).oldValue)
    }

    /// Options `positive` and `monotonic`; every call returns a new integer.
    static func uniqueInteger1(_ p: Process, _ a: Arguments) -> Term {
        var positive = false
        var cursor = a[0]
        while cursor.isList {
            if cursor.head == Atom.positive {
                positive = true
            } else if cursor.head != Atom.monotonic {
                return p.badarg()
            }
            cursor = cursor.tail
        }
        guard cursor.isNil else { return p.badarg() }
        let n = Unique.integers.add(1, ordering: .relaxed).oldValue
        return Integers.make(p, positive ? n + 1 : Term.smallMin + n)
    }
}
