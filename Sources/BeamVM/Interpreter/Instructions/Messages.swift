// Sending, and receiving: scanning the queue, suspending, timeouts and reference markers.

extension Exec {
    @inline(__always) static func send(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        guard Interpreter.send(p, to: m.x[0], m.x[1]) else { return m.badarg(p) }
        m.x[0] = m.x[1]
        m.pc += 1
        m.reds &-= 1
        if _slowPath(!p.terminationReason.isNone) { return m.stop(p, .terminated(reason: p.terminationReason)) }
        return .next
    }

    @inline(__always) static func loopRec(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        if p.queue.current == nil {
            p.takeInbox()
            if _slowPath(!p.terminationReason.isNone) { return m.stop(p, .terminated(reason: p.terminationReason)) }
        }
        if let node = p.queue.current {
            m.store(m.pc[2], node.pointee.term)
            return m.skip(3)
        }
        m.pc = codeAddress(m.pc[1])
        return .next
    }

    @inline(__always) static func loopRecEnd(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        p.queue.advance()
        return m.call(p, codeAddress(m.pc[1]), live: 0)
    }

    @inline(__always) static func removeMessage(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        Interpreter.removeMessage(p)
        return m.skip(1)
    }

    @inline(__always) static func timeout(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        p.queue.resetSave()
        p.timedOut = false
        return m.skip(1)
    }

    @inline(__always) static func wait(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        guard let next = Interpreter.wait(p, resumeAt: codeAddress(m.pc[1]), cp: m.cp) else { return m.stop(p, .waiting) }
        if _slowPath(!p.terminationReason.isNone) { return m.stop(p, .terminated(reason: p.terminationReason)) }
        m.pc = next
        return .next
    }

    @inline(__always) static func waitTimeout(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        if p.timedOut {
            p.timedOut = false
            return m.skip(3)
        }
        // A woken receive does not read its timeout again: the timer set on the first pass
        // stands (the x registers are not kept across the wait).
        if p.receiveTimer == 0 {
            let timeout = m.source(m.pc[2])
            if timeout == Term.small(0) { return m.skip(3) }
            guard timeout == Atom.infinity || (timeout.isSmall && timeout.smallValue > 0) else {
                return m.raised(p, Interpreter.raiseError(p, Atom.timeoutValue, m.pc, m.cp, m.x))
            }
            if timeout.isSmall {
                let id = Unique.nextReference()
                p.receiveTimer = id
                _ = TimerService.shared.schedule(milliseconds: timeout.smallValue, id: id, .receiveTimeout(p, id))
            } else {
                p.receiveTimer = Process.endlessReceive
            }
        }
        guard let next = Interpreter.wait(p, resumeAt: codeAddress(m.pc[1]), cp: m.cp) else { return m.stop(p, .waiting) }
        if _slowPath(!p.terminationReason.isNone) { return m.stop(p, .terminated(reason: p.terminationReason)) }
        m.pc = next
        return .next
    }

    @inline(__always) static func recvMarkerReserve(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        p.takeInbox()
        p.queue.markerNode = p.queue.tail
        p.queue.markerReserved = true
        p.queue.markerReference = 0
        m.store(m.pc[1], .small(1))
        return m.skip(2)
    }

    @inline(__always) static func recvMarkerBind(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        let reference = m.source(m.pc[2])
        if reference.isBoxed && reference.boxedSubtag == Subtag.reference.rawValue {
            p.queue.markerReference = reference.boxedPointer[1].raw
        }
        return m.skip(3)
    }

    @inline(__always) static func recvMarkerClear(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        let reference = m.source(m.pc[1])
        if reference.isBoxed && reference.boxedSubtag == Subtag.reference.rawValue,
           p.queue.markerReference == reference.boxedPointer[1].raw {
            p.queue.markerReserved = false
            p.queue.markerReference = 0
        }
        return m.skip(2)
    }

    @inline(__always) static func recvMarkerUse(_ m: inout Machine, _ p: Process, _ word: UInt64) -> Step {
        let reference = m.source(m.pc[1])
        if p.queue.markerReserved, reference.isBoxed, reference.boxedSubtag == Subtag.reference.rawValue,
           p.queue.markerReference == reference.boxedPointer[1].raw {
            p.queue.savePrevious = p.queue.markerNode
        }
        return m.skip(2)
    }
}
