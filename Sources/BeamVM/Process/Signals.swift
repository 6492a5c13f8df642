// Sending messages and signals, handling the signals a process receives, and what
// happens when a process exits (exit signals to links, 'DOWN' messages to monitors).

/// Delivery of messages and signals between processes.
enum Signals {
    /// Appends a node to a process's inbox and makes the process runnable if it waits.
    /// Returns false (and frees the node) when the process has exited.
    @discardableResult
    static func deliver(_ node: UnsafeMutablePointer<MessageNode>, to target: Process, near home: Int?) -> Bool {
        let accepted = target.inbox.withLock { inbox -> Bool in
            if inbox.closed { return false }
            if let tail = inbox.tail { tail.pointee.next = node } else { inbox.head = node }
            inbox.tail = node
            return true
        }
        guard accepted else {
            MessageNode.free(node)
            return false
        }
        wake(target, near: home)
        return true
    }

    /// Makes a waiting process runnable.
    static func wake(_ target: Process, near home: Int?) {
        if target.status.compareExchange(expected: ProcessStatus.waiting, desired: ProcessStatus.runnable,
                                         ordering: .acquiringAndReleasing).exchanged {
            SchedulerPool.shared.enqueue(target, on: home)
        }
    }

    /// Sends a copy of `message` to a live process (dropped silently when it is gone).
    static func send(_ message: Term, to target: Process, from sender: Process?) {
        let node = MessageNode.make(.message, term: message, from: sender?.pid ?? .nil)
        deliver(node, to: target, near: sender?.home)
    }

    /// Sends an exit signal. Returns false when the target does not exist.
    @discardableResult
    static func sendExit(to pid: Term, from: Term, reason: Term, untrappable: Bool = false, viaLink: Bool = false,
                         near home: Int?) -> Bool {
        guard let target = ProcessTable.shared.lookup(pid) else { return false }
        let node = MessageNode.make(.exit, term: reason, from: from, untrappable: untrappable, viaLink: viaLink)
        return deliver(node, to: target, near: home)
    }

    /// Sends a bookkeeping signal (link, unlink, monitor, demonitor).
    @discardableResult
    static func sendControl(_ kind: SignalKind, to pid: Term, from: Term, reference: UInt64 = 0, name: Term = .nil,
                            near home: Int?) -> Bool {
        guard let target = ProcessTable.shared.lookup(pid) else { return false }
        return deliver(MessageNode.make(kind, term: name, from: from, reference: reference), to: target, near: home)
    }

    /// Answers a request of another process.
    static func reply(to pid: Term, reference: UInt64, _ answer: Term, from p: Process) {
        guard let target = ProcessTable.shared.lookup(pid) else { return }
        deliver(MessageNode.make(.reply, term: answer, from: p.pid, reference: reference), to: target, near: p.home)
    }

    /// `{'DOWN', Ref, process, Item, Reason}` to a monitoring process ('DOWN' replaced by
    /// the monitor's tag when it has one).
    static func sendDown(to pid: Term, reference: UInt64, item: Term, reason: Term, from p: Process) {
        MonitorTags.consume(reference) { tag in
            guard let target = ProcessTable.shared.lookup(pid) else { return }
            let message = p.tuple(tag, p.reference(reference), Atom.process, item, reason)
            deliver(MessageNode.make(.down, term: message, from: p.pid, reference: reference), to: target, near: p.home)
        }
    }

    /// Finishes an exited process: closes its inbox, applies the signals still in it,
    /// notifies links and monitors, and removes it from the tables.
    static func exitProcess(_ p: Process, reason: Term) {
        p.status.store(ProcessStatus.exited, ordering: .releasing)
        let pending = p.inbox.withLock { inbox -> UnsafeMutablePointer<MessageNode>? in
            inbox.closed = true
            let head = inbox.head
            inbox.head = nil
            inbox.tail = nil
            return head
        }
        var node = pending
        while let current = node {
            node = current.pointee.next
            switch current.pointee.kind {
            case .link: p.links.insert(current.pointee.from)
            case .unlink: p.links.remove(current.pointee.from)
            case .monitor: p.monitoredBy[current.pointee.reference] = (current.pointee.from, current.pointee.term)
            case .demonitor: p.monitoredBy[current.pointee.reference] = nil
            case .infoRequest: reply(to: current.pointee.from, reference: current.pointee.reference, Atom.undefined, from: p)
            default: break
            }
            MessageNode.free(current)
        }
        ProcessTable.shared.remove(p)
        AliasTable.shared.removeAll(of: p)
        if p.ownsResources.load(ordering: .acquiring) { Resources.release(owner: p.pid) }
        NameRegistry.shared.unregister(pid: p.pid)
        EtsRegistry.shared.processExited(p)
        for pid in p.links {
            sendExit(to: pid, from: p.pid, reason: reason, viaLink: true, near: p.home)
        }
        for (reference, watcher) in p.monitoredBy {
            let item = watcher.name.isNil ? p.pid : p.tuple(watcher.name, Atom.nonode)
            sendDown(to: watcher.pid, reference: reference, item: item, reason: reason, from: p)
        }
        for (reference, monitor) in p.monitors {
            sendControl(.demonitor, to: monitor.target, from: p.pid, reference: reference, near: p.home)
        }
        p.links = []
        p.monitoredBy = [:]
        p.monitors = [:]
        p.freeQueue()
    }
}

extension Process {
    /// Moves every node from the inbox to the message queue, applying signals on the way.
    /// A signal that kills the process sets `terminationReason`.
    func takeInbox() {
        let chain = inbox.withLock { inbox -> UnsafeMutablePointer<MessageNode>? in
            let head = inbox.head
            inbox.head = nil
            inbox.tail = nil
            return head
        }
        var node = chain
        while let current = node {
            node = current.pointee.next
            switch current.pointee.kind {
            case .message:
                queue.append(current)
                continue
            case .exit:
                handleExitSignal(current)
                continue
            case .link: links.insert(current.pointee.from)
            case .unlink: links.remove(current.pointee.from)
            case .monitor: monitoredBy[current.pointee.reference] = (current.pointee.from, current.pointee.term)
            case .demonitor: monitoredBy[current.pointee.reference] = nil
            case .timeout:
                if current.pointee.reference == receiveTimer {
                    receiveTimer = 0
                    timedOut = true
                }
            case .reply:
                replies.append(current)
                continue
            case .down:
                monitors[current.pointee.reference] = nil
                if !aliases.isEmpty { AliasTable.shared.monitorEnded(current.pointee.reference, owner: self) }
                current.pointee.kind = .message
                queue.append(current)
                continue
            case .aliasReply:
                endAliasMonitor(current.pointee.reference)
                current.pointee.kind = .message
                queue.append(current)
                continue
            case .infoRequest:
                let request = current.pointee.term
                let answer = info(request.tupleElement(0), status: request.tupleElement(1)) ?? Atom.undefined
                Signals.reply(to: current.pointee.from, reference: current.pointee.reference, answer, from: self)
            }
            MessageNode.free(current)
        }
    }

    /// A reply arrived through the alias of monitor `id` (`{alias, reply_demonitor}`): the
    /// alias is gone already, the monitor goes too.
    func endAliasMonitor(_ id: UInt64) {
        aliases.remove(id)
        if let monitor = monitors.removeValue(forKey: id) {
            MonitorTags.remove(id)
            Signals.sendControl(.demonitor, to: monitor.target, from: pid, reference: id, near: home)
        }
    }

    /// ERTS's exit-signal rules: `kill` from exit/2 always kills (as `killed`); a trapping
    /// process gets `{'EXIT', From, Reason}`; `normal` is ignored; anything else kills.
    private func handleExitSignal(_ node: UnsafeMutablePointer<MessageNode>) {
        let from = node.pointee.from, reason = node.pointee.term
        if node.pointee.viaLink {
            guard links.contains(from) else {
                MessageNode.free(node)
                return
            }
            links.remove(from)
        }
        if node.pointee.untrappable {
            if terminationReason.isNone { terminationReason = Atom.killed }
        } else if trapExit {
            let message = MessageNode.make(.message, term: tuple(Atom.exitTag, from, reason), from: from)
            queue.append(message)
        } else if reason != Atom.normal {
            if terminationReason.isNone {
                // The reason lives in the node's fragment: keep it with the process.
                if let fragment = node.pointee.fragment {
                    adopt(fragment)
                    node.pointee.fragment = nil
                }
                terminationReason = reason
            }
        }
        MessageNode.free(node)
    }

    /// Takes the reply to request `id`, if it has arrived; its memory joins the process.
    func takeReply(_ id: UInt64) -> Term? {
        guard let index = replies.firstIndex(where: { $0.pointee.reference == id }) else { return nil }
        let node = replies.remove(at: index)
        let term = node.pointee.term
        if let fragment = node.pointee.fragment {
            adopt(fragment)
            node.pointee.fragment = nil
        }
        node.deallocate()
        return term
    }

    /// Frees the messages left in the queue of an exited process.
    func freeQueue() {
        var node = queue.head
        while let current = node {
            node = current.pointee.next
            MessageNode.free(current)
        }
        queue = MessageQueue()
        for node in replies { MessageNode.free(node) }
        replies = []
    }

    /// A reference term with a given id.
    func reference(_ id: UInt64) -> Term {
        let object = allocate(2)
        object[0] = Header.make(.reference, 1)
        object[1] = Term(raw: id)
        return .boxed(object)
    }
}

extension Atom {
    public static let down = Term.atom("DOWN")
    public static let process = Term.atom("process")
}
