// erlang: spawning, links, monitors, exit signals, registration and process flags.

extension ErlangBifs {
    // MARK: Spawn

    static func spawnFun(_ p: Process, _ fun: Term, _ options: SpawnOptions) -> Term {
        guard fun.isFunction, Interpreter.funArity(fun) == 0 else { return p.badarg() }
        return spawnResult(p, Spawner.spawn(from: p, module: Atom.erlang, function: Atom.apply, arguments: [fun, .nil],
                                             options: options), options)
    }

    static func spawnMFA(_ p: Process, _ module: Term, _ function: Term, _ arguments: Term, _ options: SpawnOptions) -> Term {
        guard module.isAtom, function.isAtom, let list = arguments.listElements else { return p.badarg() }
        return spawnResult(p, Spawner.spawn(from: p, module: module, function: function, arguments: list, options: options), options)
    }

    static func spawnResult(_ p: Process, _ spawned: (Process, UInt64), _ options: SpawnOptions) -> Term {
        options.monitor ? p.tuple(spawned.0.pid, p.reference(spawned.1)) : spawned.0.pid
    }

    static func spawn1(_ p: Process, _ a: Arguments) -> Term { spawnFun(p, a[0], SpawnOptions()) }
    static func spawn3(_ p: Process, _ a: Arguments) -> Term { spawnMFA(p, a[0], a[1], a[2], SpawnOptions()) }
    static func spawnLink1(_ p: Process, _ a: Arguments) -> Term { spawnFun(p, a[0], SpawnOptions(link: true)) }
    static func spawnLink3(_ p: Process, _ a: Arguments) -> Term { spawnMFA(p, a[0], a[1], a[2], SpawnOptions(link: true)) }
    static func spawnMonitor1(_ p: Process, _ a: Arguments) -> Term { spawnFun(p, a[0], SpawnOptions(monitor: true)) }
    static func spawnMonitor3(_ p: Process, _ a: Arguments) -> Term { spawnMFA(p, a[0], a[1], a[2], SpawnOptions(monitor: true)) }

    static func spawnOpt2(_ p: Process, _ a: Arguments) -> Term {
        guard let options = spawnOptions(a[1]) else { return p.badarg() }
        return spawnFun(p, a[0], options)
    }

    static func spawnOpt4(_ p: Process, _ a: Arguments) -> Term {
        guard let options = spawnOptions(a[3]) else { return p.badarg() }
        return spawnMFA(p, a[0], a[1], a[2], options)
    }

    static func spawnOptions(_ list: Term) -> SpawnOptions? {
        guard let items = list.listElements else { return nil }
        var options = SpawnOptions()
        for item in items {
            if item == Atom.link { options.link = true; continue }
            if item == Atom.monitor { options.monitor = true; continue }
            guard item.isTuple, item.tupleArity == 2 else { return nil }
            let key = item.tupleElement(0), value = item.tupleElement(1)
            switch key {
            case Atom.priority:
                guard let priority = Priority(atom: value) else { return nil }
                options.priority = priority
            case Atom.minHeapSize:
                guard value.isSmall, value.smallValue >= 0 else { return nil }
                options.minHeapSize = Swift.max(value.smallValue, ProcessHeap.defaultMinimumSize)
            case Atom.maxHeapSize:
                if value.isSmall, value.smallValue >= 0 {
                    options.maxHeapSize = value.smallValue
                } else if value.isMap, case let size = MapOps.get(value, Atom.size), size.isSmall {
                    options.maxHeapSize = size.smallValue
                    options.maxHeapKill = MapOps.get(value, Atom.kill) != .false
                    options.maxHeapReport = MapOps.get(value, Atom.errorLogger) != .false
                } else {
                    return nil
                }
            case Atom.monitor:
                options.monitor = true
            case Atom.fullsweepAfter, Atom.messageQueueData, Atom.minBinVheapSize, Atom.async_dist:
                break
            default:
                return nil
            }
        }
        return options
    }

    // MARK: Links and monitors

    static func link(_ p: Process, _ a: Arguments) -> Term {
        let pid = a[0]
        guard pid.isPid else { return p.badarg() }
        if pid == p.pid || p.links.contains(pid) { return .true }
        guard Signals.sendControl(.link, to: pid, from: p.pid, near: p.home) else {
            if p.trapExit {
                p.queue.append(MessageNode.make(.message, term: p.tuple(Atom.exitTag, pid, Atom.noproc), from: pid))
                return .true
            }
            return p.fail(Atom.noproc)
        }
        p.links.insert(pid)
        return .true
    }

    static func unlink(_ p: Process, _ a: Arguments) -> Term {
        let pid = a[0]
        guard pid.isPid else { return p.badarg() }
        if p.links.remove(pid) != nil { Signals.sendControl(.unlink, to: pid, from: p.pid, near: p.home) }
        return .true
    }

    static func monitor2(_ p: Process, _ a: Arguments) -> Term {
        guard a[0] == Atom.process else { return p.badarg() }
        return monitor(p, a[1], alias: nil, tag: nil)
    }

    /// Monitors a process (by pid, name or `{Name, Node}`); with an alias mode the
    /// reference is also an alias of the caller, with a tag the 'DOWN' message starts with it.
    static func monitor(_ p: Process, _ watched: Term, alias: AliasMode?, tag: Term?) -> Term {
        var target = watched, name: Term = .nil, item = watched
        if target.isTuple, target.tupleArity == 2, target.tupleElement(0).isAtom {
            target = target.tupleElement(0)
        }
        if target.isAtom {
            name = target
            item = p.tuple(target, Atom.nonode)
            target = NameRegistry.shared.whereis(target) ?? .nil
        } else if !target.isPid {
            return p.badarg()
        }
        let reference = Unique.nextReference()
        let referenceTerm = p.reference(reference)
        // Monitoring oneself creates neither a monitor nor an alias.
        if target == p.pid { return referenceTerm }
        if let alias { AliasTable.shared.activate(reference, owner: p, mode: alias) }
        if let tag { MonitorTags.set(reference, tag) }
        if target.isPid, Signals.sendControl(.monitor, to: target, from: p.pid, reference: reference, name: name, near: p.home) {
            p.monitors[reference] = (target, name)
        } else {
            MonitorTags.remove(reference)
            let down = p.tuple(tag ?? Atom.down, referenceTerm, Atom.process, item, Atom.noproc)
            p.queue.append(MessageNode.make(.message, term: down, from: p.pid))
            AliasTable.shared.monitorEnded(reference, owner: p)
        }
        return referenceTerm
    }

    static func demonitor1(_ p: Process, _ a: Arguments) -> Term {
        guard a[0].isBoxed, a[0].boxedSubtag == Subtag.reference.rawValue else { return p.badarg() }
        _ = removeMonitor(p, a[0].boxedPointer[1].raw)
        return .true
    }

    static func demonitor2(_ p: Process, _ a: Arguments) -> Term {
        guard a[0].isBoxed, a[0].boxedSubtag == Subtag.reference.rawValue, let options = a[1].listElements else { return p.badarg() }
        let id = a[0].boxedPointer[1].raw
        let existed = removeMonitor(p, id)
        var flushed = false
        if options.contains(Atom.flush) { flushed = flushDown(p, id) }
        if options.contains(Atom.info) { return .bool(existed && !flushed || existed) }
        return .true
    }

    static func removeMonitor(_ p: Process, _ id: UInt64) -> Bool {
        AliasTable.shared.monitorEnded(id, owner: p)
        guard let monitor = p.monitors.removeValue(forKey: id) else { return false }
        MonitorTags.remove(id)
        Signals.sendControl(.demonitor, to: monitor.target, from: p.pid, reference: id, near: p.home)
        return true
    }

    /// Removes a `{'DOWN', Ref, ...}` message for this monitor from the queue.
    static func flushDown(_ p: Process, _ id: UInt64) -> Bool {
        p.takeInbox()
        var previous: UnsafeMutablePointer<MessageNode>? = nil
        var node = p.queue.head
        while let current = node {
            let term = current.pointee.term
            if term.isTuple, term.tupleArity == 5, term.tupleElement(0) == Atom.down,
               term.tupleElement(1).isBoxed, term.tupleElement(1).boxedSubtag == Subtag.reference.rawValue,
               term.tupleElement(1).boxedPointer[1].raw == id {
                let saved = p.queue.savePrevious
                p.queue.savePrevious = previous
                if let removed = p.queue.removeCurrent() { MessageNode.free(removed) }
                p.queue.savePrevious = saved == current ? previous : saved
                return true
            }
            previous = current
            node = current.pointee.next
        }
        return false
    }

    // MARK: Exit signals

    static func exit2(_ p: Process, _ a: Arguments) -> Term {
        let pid = a[0], reason = a[1]
        guard pid.isPid || pid.isPort else { return p.badarg() }
        if pid == p.pid {
            // A signal to oneself takes effect at once.
            if reason == Atom.kill {
                p.terminationReason = Atom.killed
            } else if p.trapExit {
                p.queue.append(MessageNode.make(.message, term: p.tuple(Atom.exitTag, p.pid, reason), from: p.pid))
                return .true
            } else if reason != Atom.normal {
                p.terminationReason = reason
            } else {
                p.terminationReason = Atom.normal
            }
            return p.raise(Atom.exit, reason)
        }
        Signals.sendExit(to: pid, from: p.pid, reason: reason, untrappable: reason == Atom.kill, near: p.home)
        return .true
    }

    // MARK: Registration

    static func register(_ p: Process, _ a: Arguments) -> Term {
        let name = a[0], pid = a[1]
        guard name.isAtom, name != Atom.undefined, pid.isPid, pid == p.pid || ProcessTable.shared.lookup(pid) != nil,
              NameRegistry.shared.register(name, pid) else { return p.badarg() }
        return .true
    }

    static func unregister(_ p: Process, _ a: Arguments) -> Term {
        guard a[0].isAtom, NameRegistry.shared.unregister(a[0]) != nil else { return p.badarg() }
        return .true
    }

    static func whereis(_ p: Process, _ a: Arguments) -> Term {
        guard a[0].isAtom else { return p.badarg() }
        if let pid = NameRegistry.shared.whereis(a[0]) { return pid }
        return OnDemandServers.isServerName(a[0]) ? OnDemandServers.server(named: a[0], from: p) : Atom.undefined
    }

    static func registered(_ p: Process, _ a: Arguments) -> Term { p.list(NameRegistry.shared.all()) }

    // MARK: Flags and queries

    static func processFlag(_ p: Process, _ a: Arguments) -> Term {
        let flag = a[0], value = a[1]
        switch flag {
        case Atom.trapExit:
            guard value == .true || value == .false else { return p.badarg() }
            let old = Term.bool(p.trapExit)
            p.trapExit = value == .true
            return old
        case Atom.priority:
            guard let priority = Priority(atom: value) else { return p.badarg() }
            let old = p.priority.atom
            p.priority = priority
            return old
        case Atom.minHeapSize:
            guard value.isSmall, value.smallValue >= 0 else { return p.badarg() }
            let old = Term.small(p.minHeapSize)
            p.minHeapSize = Swift.max(value.smallValue, ProcessHeap.defaultMinimumSize)
            return old
        case Atom.maxHeapSize:
            guard value.isSmall, value.smallValue >= 0 else { return p.badarg() }
            let old = Term.small(p.maxHeapSize)
            p.maxHeapSize = value.smallValue
            return old
        case Atom.messageQueueData, Atom.fullsweepAfter, Atom.sensitive, Atom.saveCalls:
            return Atom.undefined
        default:
            return p.badarg()
        }
    }

    static func isProcessAlive(_ p: Process, _ a: Arguments) -> Term {
        guard a[0].isPid else { return p.badarg() }
        if a[0] == p.pid { return .true }
        guard let target = ProcessTable.shared.lookup(a[0]) else { return .false }
        return .bool(target.status.load(ordering: .acquiring) != ProcessStatus.exited)
    }

    static func processes(_ p: Process, _ a: Arguments) -> Term { p.list(ProcessTable.shared.allPids()) }

    static func yield(_ p: Process, _ a: Arguments) -> Term {
        p.trap = .yield
        return .none
    }

    static func groupLeader0(_ p: Process, _ a: Arguments) -> Term {
        if p.groupLeader.isNone { p.groupLeader = StandardIO.user(from: p) }
        return p.groupLeader
    }

    static func groupLeader2(_ p: Process, _ a: Arguments) -> Term {
        guard a[0].isPid, a[1].isPid else { return p.badarg() }
        if a[1] == p.pid {
            p.groupLeader = a[0]
        } else {
            guard let target = ProcessTable.shared.lookup(a[1]) else { return p.badarg() }
            target.groupLeader = a[0]
        }
        return .true
    }

    static func hibernate(_ p: Process, _ a: Arguments) -> Term {
        guard a[0].isAtom, a[1].isAtom, let arguments = a[2].listElements else { return p.badarg() }
        let entry = ExportTable.shared.entry(module: a[0], function: a[1], arity: arguments.count)
        p.savedRegisters = arguments
        p.trap = .hibernate(UnsafePointer(bitPattern: UInt(entry.address))!)
        return .none
    }

    // MARK: Sending

    static func send2(_ p: Process, _ a: Arguments) -> Term {
        guard Interpreter.send(p, to: a[0], a[1]) else { return p.badarg() }
        return a[1]
    }

    static func send3(_ p: Process, _ a: Arguments) -> Term {
        guard a[2].listElements != nil else { return p.badarg() }
        guard Interpreter.send(p, to: a[0], a[1]) else {
            if a[0].isAtom { return p.badarg() }
            return Atom.ok
        }
        return Atom.ok
    }
}

extension Priority {
    init?(atom: Term) {
        switch atom {
        case Atom.max: self = .max
        case Atom.high: self = .high
        case Atom.normal: self = .normal
        case Atom.low: self = .low
        default: return nil
        }
    }

    var atom: Term {
        switch self {
        case .max: return Atom.max
        case .high: return Atom.high
        case .normal: return Atom.normal
        case .low: return Atom.low
        }
    }
}

extension Atom {
    public static let link = Term.atom("link")
    public static let monitor = Term.atom("monitor")
    public static let priority = Term.atom("priority")
    public static let minHeapSize = Term.atom("min_heap_size")
    public static let maxHeapSize = Term.atom("max_heap_size")
    public static let fullsweepAfter = Term.atom("fullsweep_after")
    public static let messageQueueData = Term.atom("message_queue_data")
    public static let minBinVheapSize = Term.atom("min_bin_vheap_size")
    public static let async_dist = Term.atom("async_dist")
    public static let size = Term.atom("size")
    public static let flush = Term.atom("flush")
    public static let errorLogger = Term.atom("error_logger")
    public static let info = Term.atom("info")
    public static let trapExit = Term.atom("trap_exit")
    public static let sensitive = Term.atom("sensitive")
    public static let saveCalls = Term.atom("save_calls")
    public static let max = Term.atom("max")
    public static let high = Term.atom("high")
    public static let low = Term.atom("low")
}

// MARK: - process_info

extension ErlangBifs {
    static let knownInfoItems: Set<Term> = Set(Process.defaultInfoItems + [
        Atom.messages, Atom.monitors, Atom.monitoredBy, Atom.registeredName, Atom.memory, Atom.minHeapSize, Atom.maxHeapSize,
        Atom.currentStacktrace,
    ])

    static func processInfo1(_ p: Process, _ a: Arguments) -> Term {
        processInfo(p, a[0], Atom.all)
    }

    static func processInfo2(_ p: Process, _ a: Arguments) -> Term {
        let what = a[1]
        if what.isAtom {
            guard knownInfoItems.contains(what) else { return p.badarg() }
        } else {
            guard let items = what.listElements, items.allSatisfy(knownInfoItems.contains) else { return p.badarg() }
        }
        return processInfo(p, a[0], what)
    }

    static func processInfo(_ p: Process, _ pid: Term, _ what: Term) -> Term {
        guard pid.isLocalPid else { return p.badarg() }
        if pid == p.pid { return p.info(what, status: Atom.running) ?? p.badarg() }
        guard let target = ProcessTable.shared.lookup(pid) else { return Atom.undefined }
        let status: Term
        switch target.status.load(ordering: .acquiring) {
        case ProcessStatus.waiting: status = Atom.waiting
        case ProcessStatus.running: status = Atom.running
        case ProcessStatus.exited: return Atom.undefined
        default: status = Atom.runnable
        }
        let id = Unique.nextReference()
        let request = MessageNode.make(.infoRequest, term: p.tuple(what, status), from: p.pid, reference: id)
        guard Signals.deliver(request, to: target, near: p.home) else { return Atom.undefined }
        p.trap = .jump(Runtime.awaitReplyStub, [.small(Int(id))])
        return .none
    }
}
