// erlang: timers and halt.

#if canImport(Glibc)
import Glibc
#endif

extension ErlangBifs {
    /// A timer's time argument: a non-negative integer of milliseconds.
    static func milliseconds(_ t: Term) -> Int? {
        t.isSmall && t.smallValue >= 0 ? t.smallValue : nil
    }

    static func timerDestination(_ t: Term) -> Bool { t.isPid || t.isAtom }

    static func sendAfter3(_ p: Process, _ a: Arguments) -> Term {
        guard let time = milliseconds(a[0]), timerDestination(a[1]) else { return p.badarg() }
        let node = MessageNode.make(.message, term: a[2], from: p.pid)
        let id = TimerService.shared.schedule(milliseconds: time, .message(destination: a[1], node: node))
        return p.reference(id)
    }

    static func startTimer3(_ p: Process, _ a: Arguments) -> Term {
        guard let time = milliseconds(a[0]), timerDestination(a[1]) else { return p.badarg() }
        let id = Unique.nextReference()
        let reference = p.reference(id)
        let node = MessageNode.make(.message, term: p.tuple(Atom.timeout, reference, a[2]), from: p.pid)
        _ = TimerService.shared.schedule(milliseconds: time, id: id, .message(destination: a[1], node: node))
        return reference
    }

    static func sendAfter4(_ p: Process, _ a: Arguments) -> Term {
        guard relativeTime(a) else { return p.badarg() }
        return sendAfter3(p, a)
    }

    static func startTimer4(_ p: Process, _ a: Arguments) -> Term {
        guard relativeTime(a) else { return p.badarg() }
        return startTimer3(p, a)
    }

    /// Applies the options of send_after/4 and start_timer/4 (`{abs, Boolean}`): an absolute
    /// time (in milliseconds of erlang:monotonic_time/0's clock, as timer's server uses)
    /// becomes the relative time in `a[0]`, zero when it has passed. False for bad options.
    static func relativeTime(_ a: Arguments) -> Bool {
        guard let options = a[3].listElements else { return false }
        var absolute = false
        for option in options {
            guard option.isTuple, option.tupleArity == 2, option.tupleElement(0) == Atom.abs,
                  option.tupleElement(1) == .true || option.tupleElement(1) == .false else { return false }
            absolute = option.tupleElement(1) == .true
        }
        guard absolute else { return true }
        guard a[0].isSmall else { return false }
        let native = TimeBifs.monotonicNative
        let now = native >= 0 ? native / 1_000_000 : -((999_999 - native) / 1_000_000)
        a[0] = .small(Swift.max(0, a[0].smallValue - now))
        return true
    }

    static func timerId(_ t: Term) -> UInt64? {
        t.isBoxed && t.boxedSubtag == Subtag.reference.rawValue ? t.boxedPointer[1].raw : nil
    }

    static func cancelTimer1(_ p: Process, _ a: Arguments) -> Term {
        guard let id = timerId(a[0]) else { return p.badarg() }
        return TimerService.shared.cancel(id).map { .small($0) } ?? .false
    }

    static func cancelTimer2(_ p: Process, _ a: Arguments) -> Term {
        guard let id = timerId(a[0]), let options = a[1].listElements else { return p.badarg() }
        let remaining = TimerService.shared.cancel(id).map { Term.small($0) } ?? .false
        let async = options.contains { $0.isTuple && $0.tupleArity == 2 && $0.tupleElement(0) == Atom.async && $0.tupleElement(1) == .true }
        let info = !options.contains { $0.isTuple && $0.tupleArity == 2 && $0.tupleElement(0) == Atom.info && $0.tupleElement(1) == .false }
        if async {
            if info { Signals.send(p.tuple(Atom.cancelTimer, a[0], remaining), to: p, from: p) }
            return Atom.ok
        }
        return info ? remaining : Atom.ok
    }

    static func readTimer1(_ p: Process, _ a: Arguments) -> Term {
        guard let id = timerId(a[0]) else { return p.badarg() }
        return TimerService.shared.read(id).map { .small($0) } ?? .false
    }

    static func readTimer2(_ p: Process, _ a: Arguments) -> Term { readTimer1(p, a) }

    // MARK: halt

    /// Stops the VM at once with a status code (flushing standard output first).
    static func halt(_ status: Int32) -> Never {
        StandardStreams.flushAll()
        exit(status)
    }

    static func halt0(_ p: Process, _ a: Arguments) -> Term { halt(0) }

    static func halt1(_ p: Process, _ a: Arguments) -> Term {
        if a[0].isSmall, a[0].smallValue >= 0 { halt(Int32(truncatingIfNeeded: a[0].smallValue & 0xFF)) }
        if a[0] == Atom.abort { abort() }
        if let text = a[0].characters {
            StandardStreams.write(text + "\n", to: 2)
            halt(1)
        }
        return p.badarg()
    }

    static func halt2(_ p: Process, _ a: Arguments) -> Term {
        guard a[1].listElements != nil else { return p.badarg() }
        return halt1(p, a)
    }
}

extension Atom {
    public static let async = Term.atom("async")
    public static let cancelTimer = Term.atom("cancel_timer")
    public static let abort = Term.atom("abort")
    public static let abs = Term.atom("abs")
}
