// Message passing from the interpreter's side: `!`, taking a matched message out of the
// queue, and suspending in `receive`.

extension Interpreter {
    /// `Destination ! Message`: to a pid, a registered name, `{Name, Node}` or an alias. Returns false
    /// for a destination that is not a process or a registered name (badarg).
    @inline(never)
    static func send(_ p: Process, to destination: Term, _ message: Term) -> Bool {
        var target = destination
        if destination.isTuple, destination.tupleArity == 2, destination.tupleElement(0).isAtom,
           destination.tupleElement(1) == Atom.nonode {
            // {Name, Node}: a name that is not registered drops the message silently.
            target = destination.tupleElement(0)
            if NameRegistry.shared.whereis(target) == nil && !OnDemandServers.isServerName(target) { return true }
        }
        if target.isAtom {
            if let pid = NameRegistry.shared.whereis(target) {
                target = pid
            } else if OnDemandServers.isServerName(target) {
                target = OnDemandServers.server(named: target, from: p)
            } else {
                return false
            }
        }
        guard target.isPid else {
            if let alias = target.localReferenceID { return sendToAlias(p, alias, message) }
            return false
        }
        if target == p.pid {
            // To self: no copy needed beyond keeping the term alive outside the heap.
            p.queue.append(MessageNode.make(.message, term: message, from: p.pid))
            return true
        }
        if let receiver = ProcessTable.shared.lookup(target) {
            Signals.send(message, to: receiver, from: p)
        }
        return true
    }

    /// A send to a reference: delivered when it is an active alias, dropped otherwise.
    @inline(never)
    static func sendToAlias(_ p: Process, _ alias: UInt64, _ message: Term) -> Bool {
        guard let (owner, mode) = AliasTable.shared.route(alias) else { return true }
        if owner == p.pid {
            if mode == .replyDemonitor { p.endAliasMonitor(alias) } else if mode == .reply { p.aliases.remove(alias) }
            p.queue.append(MessageNode.make(.message, term: message, from: p.pid))
            return true
        }
        let kind: SignalKind = mode == .replyDemonitor ? .aliasReply : .message
        let node = MessageNode.make(kind, term: message, from: p.pid, reference: alias)
        if let receiver = ProcessTable.shared.lookup(owner) { Signals.deliver(node, to: receiver, near: p.home) }
        return true
    }

    /// `remove_message`: the current message leaves the queue and its memory joins the
    /// process; a pending receive timer is cancelled.
    @inline(__always)
    static func removeMessage(_ p: Process) {
        if let node = p.queue.removeCurrent() {
            if let fragment = node.pointee.fragment {
                p.adopt(fragment)
                node.pointee.fragment = nil
            }
            node.deallocate()
        }
        if p.receiveTimer != 0 {
            _ = TimerService.shared.cancel(p.receiveTimer)
            p.receiveTimer = 0
        }
        p.timedOut = false
    }

    /// Suspends in `receive` unless a message or signal arrived meanwhile (then returns
    /// where to continue). Returns nil when the process must leave the scheduler thread:
    /// it waits, or a sender has already queued it again.
    @inline(never)
    static func wait(_ p: Process, resumeAt: UnsafePointer<UInt64>, cp: UInt64) -> UnsafePointer<UInt64>? {
        p.pc = resumeAt
        p.cp = cp
        p.status.store(ProcessStatus.waiting, ordering: .sequentiallyConsistent)
        let pending = p.inbox.withLock { $0.head != nil }
        if pending {
            if p.status.compareExchange(expected: ProcessStatus.waiting, desired: ProcessStatus.running,
                                        ordering: .acquiringAndReleasing).exchanged {
                // Take what arrived now: a receive without clauses (`receive after T`) goes
                // straight back to its wait, which must then find the inbox empty, its
                // timeout flag set or an exit signal applied (the caller checks for one).
                p.takeInbox()
                return resumeAt
            }
        }
        return nil
    }
}

extension Atom {
    public static let timeoutValue = Term.atom("timeout_value")
}
