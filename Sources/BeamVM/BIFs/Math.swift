// math: the C library's functions on floats. Integer arguments are converted (badarith
// when too large for a float); other arguments are badarg; a result that is not a finite
// float (a domain error or overflow) is badarith, as in ERTS.

#if canImport(Glibc)
import Glibc
#endif

/// BIFs of the `math` module.
enum MathBifs {
    typealias Arguments = UnsafeMutablePointer<Term>

    /// The argument as a double: nil after recording badarg or badarith.
    static func argument(_ p: Process, _ term: Term) -> Double? {
        if term.isFloat { return term.floatValue }
        if term.isSmall { return Double(term.smallValue) }
        if term.isBignum {
            guard let value = Integers.toDouble(term) else { _ = p.fail(Atom.badarith); return nil }
            return value
        }
        _ = p.badarg()
        return nil
    }

    static func result(_ p: Process, _ value: Double) -> Term {
        value.isFinite ? p.float(value) : p.fail(Atom.badarith)
    }

    static func unary(_ p: Process, _ a: Arguments, _ f: (Double) -> Double) -> Term {
        guard let x = argument(p, a[0]) else { return .none }
        return result(p, f(x))
    }

    static func binary(_ p: Process, _ a: Arguments, _ f: (Double, Double) -> Double) -> Term {
        guard let x = argument(p, a[0]), let y = argument(p, a[1]) else { return .none }
        return result(p, f(x, y))
    }

    static func pi(_ p: Process, _ a: Arguments) -> Term { p.float(Double.pi) }

    /// math:tau/0 arrived in OTP 26; earlier releases have no such function.
    static func tau(_ p: Process, _ a: Arguments) -> Term {
        guard EmulatedRelease.number >= 26 else {
            _ = p.fail(Atom.undef)
            p.replaceBifFrame(module: Atom.math, function: Term.atom("tau"), arguments: [], info: .nil)
            return .none
        }
        return p.float(2 * Double.pi)
    }

    static func sin(_ p: Process, _ a: Arguments) -> Term { unary(p, a, Glibc.sin) }
    static func cos(_ p: Process, _ a: Arguments) -> Term { unary(p, a, Glibc.cos) }
    static func tan(_ p: Process, _ a: Arguments) -> Term { unary(p, a, Glibc.tan) }
    static func asin(_ p: Process, _ a: Arguments) -> Term { unary(p, a, Glibc.asin) }
    static func acos(_ p: Process, _ a: Arguments) -> Term { unary(p, a, Glibc.acos) }
    static func atan(_ p: Process, _ a: Arguments) -> Term { unary(p, a, Glibc.atan) }
    static func atan2(_ p: Process, _ a: Arguments) -> Term { binary(p, a, Glibc.atan2) }
    static func sinh(_ p: Process, _ a: Arguments) -> Term { unary(p, a, Glibc.sinh) }
    static func cosh(_ p: Process, _ a: Arguments) -> Term { unary(p, a, Glibc.cosh) }
    static func tanh(_ p: Process, _ a: Arguments) -> Term { unary(p, a, Glibc.tanh) }
    static func asinh(_ p: Process, _ a: Arguments) -> Term { unary(p, a, Glibc.asinh) }
    static func acosh(_ p: Process, _ a: Arguments) -> Term { unary(p, a, Glibc.acosh) }
    static func atanh(_ p: Process, _ a: Arguments) -> Term { unary(p, a, Glibc.atanh) }
    static func exp(_ p: Process, _ a: Arguments) -> Term { unary(p, a, Glibc.exp) }
    static func log(_ p: Process, _ a: Arguments) -> Term { unary(p, a, Glibc.log) }
    static func log2(_ p: Process, _ a: Arguments) -> Term { unary(p, a, Glibc.log2) }
    static func log10(_ p: Process, _ a: Arguments) -> Term { unary(p, a, Glibc.log10) }
    static func pow(_ p: Process, _ a: Arguments) -> Term { binary(p, a, Glibc.pow) }
    static func sqrt(_ p: Process, _ a: Arguments) -> Term { unary(p, a, Glibc.sqrt) }
    static func erf(_ p: Process, _ a: Arguments) -> Term { unary(p, a, Glibc.erf) }
    static func erfc(_ p: Process, _ a: Arguments) -> Term { unary(p, a, Glibc.erfc) }
    static func ceil(_ p: Process, _ a: Arguments) -> Term { unary(p, a, Glibc.ceil) }
    static func floor(_ p: Process, _ a: Arguments) -> Term { unary(p, a, Glibc.floor) }
    static func fmod(_ p: Process, _ a: Arguments) -> Term { binary(p, a, Glibc.fmod) }
}
