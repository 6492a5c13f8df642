// process_info: what a process reports about itself. For another process the caller sends
// an info request; the target answers from its own thread when it next handles signals,
// and the caller waits for the reply (see `Op.awaitReply`).

extension Process {
    /// The items `process_info/1` returns, in ERTS's order.
    static let defaultInfoItems: [Term] = [
        Atom.currentFunction, Atom.initialCall, Atom.status, Atom.messageQueueLen, Atom.links, Atom.dictionary,
        Atom.trapExit, Atom.errorHandler, Atom.priority, Atom.groupLeader, Atom.totalHeapSize, Atom.heapSize,
        Atom.stackSize, Atom.reductions, Atom.garbageCollection, Atom.suspending,
    ]

    /// `{Item, Value}` for one item, or nil for an unknown item.
    func infoItem(_ item: Term, status statusAtom: Term) -> Term? {
        if item.isTuple {
            // {dictionary, Key}: the value, or undefined.
            let key = item.tupleElement(1)
            var i = 0
            while i < dictionary.count {
                if TermOrder.exactlyEqual(dictionary[i], key) { return tuple(item, dictionary[i + 1]) }
                i += 2
            }
            return tuple(item, Atom.undefined)
        }
        let value: Term
        switch item {
        case Atom.status: value = statusAtom
        case Atom.messageQueueLen:
            let pending = inbox.withLock { inbox -> Int in
                var count = 0
                var node = inbox.head
                while let current = node { if current.pointee.kind == .message { count += 1 }; node = current.pointee.next }
                return count
            }
            value = .small(queue.count + pending)
        case Atom.messages:
            takeInbox()
            var terms: [Term] = []
            var node = queue.head
            while let current = node { terms.append(current.pointee.term); node = current.pointee.next }
            value = list(terms)
        case Atom.links: value = list(links.sorted { $0.raw < $1.raw })
        case Atom.monitors:
            value = list(monitors.sorted { $0.key < $1.key }.map { entry in
                entry.value.name.isNil ? tuple(Atom.process, entry.value.target)
                    : tuple(Atom.process, tuple(entry.value.name, Atom.nonode))
            })
        case Atom.monitoredBy: value = list(monitoredBy.sorted { $0.key < $1.key }.map { $0.value.pid })
        case Atom.dictionary:
            var pairs: [Term] = []
            var i = 0
            while i < dictionary.count { pairs.append(tuple(dictionary[i], dictionary[i + 1])); i += 2 }
            value = list(pairs.reversed())
        case Atom.heapSize: value = .small(heapSize)
        case Atom.totalHeapSize: value = .small(heapSize + oldHeapWords + fragmentWords)
        case Atom.stackSize: value = .small(heapEnd - stackTop)
        case Atom.memory: value = .small((heapEnd - heapStart + oldHeapWords + fragmentWords) * 8 + 400)
        case Atom.reductions: value = .small(reductions)
        case Atom.registeredName:
            guard let name = NameRegistry.shared.name(of: pid) else { return tuple(item, .nil) }
            value = name
        case Atom.currentFunction:
            value = functionTuple(at: pc) ?? Atom.undefined
        case Atom.initialCall:
            value = tuple(initialCall.module, initialCall.function, .small(initialCall.arity))
        case Atom.priority: value = priority.atom
        case Atom.trapExit: value = .bool(trapExit)
        case Atom.groupLeader: value = groupLeader.isNone ? pid : groupLeader
        case Atom.errorHandler: value = Atom.errorHandler
        case Atom.garbageCollection:
            value = list([tuple(Atom.minHeapSize, .small(minHeapSize)), tuple(Atom.fullsweepAfter, .small(65535)),
                          tuple(Atom.minorGcs, .small(collections))])
        case Atom.suspending: value = .nil
        case Atom.minHeapSize: value = .small(minHeapSize)
        // The return addresses on the stack (the innermost caller's, held in a register,
        // is not among them).
        case Atom.currentStacktrace: value = StackTrace.list(self, StackTrace.capture(self, pc: nil, cp: 0))
        case Atom.maxHeapSize: value = .small(maxHeapSize)
        default: return nil
        }
        return tuple(item, value)
    }

    /// The answer to `process_info(Pid, What)`: a list for a list of items (or all items),
    /// a tuple for one item; nil when an item is unknown (badarg).
    func info(_ what: Term, status: Term) -> Term? {
        if what == .nil || what.isList {
            guard let items = what.listElements else { return nil }
            var result: [Term] = []
            for item in items {
                if item == Atom.registeredName, NameRegistry.shared.name(of: pid) == nil {
                    if items.count == 1 || what.isList { result.append(tuple(item, .nil)) }
                    continue
                }
                guard let entry = infoItem(item, status: status) else { return nil }
                result.append(entry)
            }
            return list(result)
        }
        if what == Atom.all {
            var items = Self.defaultInfoItems
            if NameRegistry.shared.name(of: pid) != nil { items.insert(Atom.registeredName, at: 0) }
            return list(items.compactMap { infoItem($0, status: status) })
        }
        if what == Atom.registeredName, NameRegistry.shared.name(of: pid) == nil { return .nil }
        return infoItem(what, status: status)
    }

    /// `{Module, Function, Arity}` of the code at an address.
    func functionTuple(at address: UnsafePointer<UInt64>?) -> Term? {
        guard let address, let module = CodeRegistry.shared.module(containing: UInt(bitPattern: address)) else { return nil }
        let offset = (Int(bitPattern: address) - Int(bitPattern: module.code)) / 8
        guard let function = module.function(at: offset) else { return nil }
        return tuple(module.name, function.name, .small(function.arity))
    }
}

extension Atom {
    public static let currentFunction = Term.atom("current_function")
    public static let initialCall = Term.atom("initial_call")
    public static let status = Term.atom("status")
    public static let messageQueueLen = Term.atom("message_queue_len")
    public static let messages = Term.atom("messages")
    public static let links = Term.atom("links")
    public static let monitors = Term.atom("monitors")
    public static let monitoredBy = Term.atom("monitored_by")
    public static let dictionary = Term.atom("dictionary")
    public static let errorHandler = Term.atom("error_handler")
    public static let groupLeader = Term.atom("group_leader")
    public static let totalHeapSize = Term.atom("total_heap_size")
    public static let heapSize = Term.atom("heap_size")
    public static let stackSize = Term.atom("stack_size")
    public static let reductions = Term.atom("reductions")
    public static let garbageCollection = Term.atom("garbage_collection")
    public static let suspending = Term.atom("suspending")
    public static let registeredName = Term.atom("registered_name")
    public static let currentStacktrace = Term.atom("current_stacktrace")
    public static let memory = Term.atom("memory")
    public static let minorGcs = Term.atom("minor_gcs")
    public static let running = Term.atom("running")
    public static let runnable = Term.atom("runnable")
    public static let waiting = Term.atom("waiting")
    public static let exiting = Term.atom("exiting")
}
