// Creating processes.

/// Options of spawn_opt.
struct SpawnOptions {
    var link = false
    var monitor = false
    var priority: Priority = .normal
    var minHeapSize = ProcessHeap.defaultMinimumSize
    var maxHeapSize = 0
    /// Whether exceeding `maxHeapSize` kills the process, and whether it is reported.
    var maxHeapKill = true
    var maxHeapReport = true
    /// A name to register the process under before it can run (servers started on demand).
    var registeredName: Term = .nil
    /// The group leader, instead of the parent's.
    var groupLeader: Term = .none
    /// The process group the new process is a job of, and its index there.
    var group: (ProcessGroup, Int)?
}

enum Spawner {
    /// Creates and queues a process calling `module:function(arguments...)`. The arguments
    /// are copied from the parent's heap. Returns the process and, with `monitor`, the
    /// monitor reference id.
    static func spawn(from parent: Process?, module: Term, function: Term, arguments: [Term],
                      options: SpawnOptions = SpawnOptions()) -> (Process, UInt64) {
        let child = Process(serial: ProcessTable.shared.newSerial(), minHeapSize: options.minHeapSize)
        child.priority = options.priority
        child.maxHeapSize = options.maxHeapKill ? options.maxHeapSize : 0
        child.maxHeapReport = options.maxHeapReport
        child.groupLeader = options.groupLeader.isNone ? parent?.groupLeader ?? .none : options.groupLeader
        if let (group, index) = options.group {
            child.group = group
            child.groupIndex = index
        }
        var copies: [Term] = []
        for argument in arguments {
            let words = TermCopy.words(argument)
            var top = child.allocate(words)
            var offHeap = child.offHeap
            copies.append(TermCopy.copy(argument, to: &top, offHeap: &offHeap))
            child.offHeap = offHeap
        }
        let entry = ExportTable.shared.entry(module: module, function: function, arity: arguments.count)
        child.pc = UnsafePointer(bitPattern: UInt(entry.address))
        child.cp = UInt64(UInt(bitPattern: Runtime.exitStub))
        child.savedRegisters = copies
        child.initialCall = (module, function, arguments.count)
        var monitorReference: UInt64 = 0
        if let parent {
            child.home = parent.home
            if options.link {
                parent.links.insert(child.pid)
                child.links.insert(parent.pid)
            }
            if options.monitor {
                monitorReference = Unique.nextReference()
                parent.monitors[monitorReference] = (child.pid, .nil)
                child.monitoredBy[monitorReference] = (parent.pid, .nil)
            }
        }
        ProcessTable.shared.insert(child)
        if !options.registeredName.isNil { _ = NameRegistry.shared.register(options.registeredName, child.pid) }
        let pool = SchedulerPool.shared!
        pool.startThreadsIfNeeded()
        pool.enqueue(child, on: parent?.home)
        return (child, monitorReference)
    }
}
