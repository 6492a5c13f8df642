// ets: facts about tables (info, whereis, all) and changes to them as a whole (rename,
// give_away, setopts).

extension EtsBifs {
    // MARK: - info

    static let infoItems: [Term] = [
        EtsAtom.id, EtsAtom.decentralizedCounters, EtsAtom.readConcurrency, EtsAtom.writeConcurrency,
        EtsAtom.compressed, EtsAtom.memory, EtsAtom.owner, EtsAtom.heir, Atom.name, EtsAtom.size, EtsAtom.node,
        EtsAtom.namedTable, Atom.type, EtsAtom.keypos, EtsAtom.protection,
    ]

    static func info1(_ p: Process, _ a: Arguments) -> Term {
        guard EtsRegistry.isIdentifier(a[0]) else { return p.etsBadarg(Atom.type) }
        guard let table = EtsRegistry.shared.find(a[0]) else { return Atom.undefined }
        table.lockRead()
        defer { table.unlock() }
        guard table.alive else { return Atom.undefined }
        return p.list(infoItems.map { p.tuple($0, info(p, table, $0)!) })
    }

    static func info2(_ p: Process, _ a: Arguments) -> Term {
        guard EtsRegistry.isIdentifier(a[0]) else { return p.etsBadarg(Atom.type) }
        guard let table = EtsRegistry.shared.find(a[0]) else { return Atom.undefined }
        table.lockRead()
        defer { table.unlock() }
        guard table.alive else { return Atom.undefined }
        guard let value = info(p, table, a[1]) else { return p.badarg() }
        return value
    }

    /// The value of one info item, or nil for an unknown item. - Precondition: lock held.
    static func info(_ p: Process, _ table: EtsTable, _ item: Term) -> Term? {
        switch item {
        case EtsAtom.id: return table.reference(p)
        case EtsAtom.decentralizedCounters: return .bool(table.decentralizedCounters)
        case EtsAtom.readConcurrency: return .bool(table.readConcurrency)
        case EtsAtom.writeConcurrency: return table.writeConcurrency
        case EtsAtom.compressed: return .bool(table.compressed)
        case EtsAtom.memory: return .small(table.memoryWords)
        case EtsAtom.owner: return table.owner
        case EtsAtom.heir: return table.heir
        case Atom.name: return table.name
        case EtsAtom.size: return .small(table.count)
        case EtsAtom.node: return Atom.nonode
        case EtsAtom.namedTable: return .bool(table.named)
        case Atom.type: return table.kind.atom
        case EtsAtom.keypos: return .small(table.keypos)
        case EtsAtom.protection: return table.access.atom
        case EtsAtom.fixed: return .bool(table.isFixed)
        case EtsAtom.safeFixed, EtsAtom.safeFixedMonotonicTime:
            guard table.isFixed else { return .false }
            let fixers = p.list(table.fixations.sorted { $0.key.raw < $1.key.raw }.map { p.tuple($0.key, .small($0.value)) })
            if item == EtsAtom.safeFixed {
                let micro = Int(table.fixedAt.system / 1000)
                let time = p.tuple(.small(micro / 1_000_000_000_000), .small(micro / 1_000_000 % 1_000_000), .small(micro % 1_000_000))
                return p.tuple(time, fixers)
            }
            return p.tuple(Integers.make(p, Int(table.fixedAt.monotonic)), fixers)
        case EtsAtom.stats:
            let active = table.isOrdered ? table.count : table.hash.active
            return p.tuple(.small(active), p.float(0), p.float(0), p.float(0), .small(0), .small(0), .small(0), .small(1))
        case Atom.binary:
            return p.list(binaries(p, table))
        default:
            return nil
        }
    }

    /// `{Id, Size, RefCount}` for each refc binary held by the table's objects.
    static func binaries(_ p: Process, _ table: EtsTable) -> [Term] {
        var result: [Term] = []
        func add(_ node: EtsNodePointer) {
            var object = node.pointee.offHeap
            while let current = object {
                let storage = BinaryStorage(raw: UnsafeMutableRawPointer(bitPattern: UInt(current[2].raw))!)
                result.append(p.tuple(Integers.make(p, unsigned: UInt64(UInt(bitPattern: storage.raw))),
                                      .small(Int(current[1].raw)), .small(storage.refcount)))
                object = OffHeapList.next(current)
            }
        }
        if table.isOrdered {
            table.tree.forEach(reverse: false) { node in
                add(node)
                return true
            }
        } else {
            for i in 0..<table.hash.active {
                var node = table.hash.buckets[i]
                while let current = node {
                    if !current.isDeleted { add(current) }
                    node = current.pointee.left
                }
            }
        }
        return result
    }

    // MARK: - Names

    static func whereis(_ p: Process, _ a: Arguments) -> Term {
        guard a[0].isAtom else { return p.badarg() }
        guard let table = EtsRegistry.shared.find(a[0]) else { return Atom.undefined }
        return table.reference(p)
    }

    /// `ets:all/0` (Erlang code in ets.erl that gathers the tables from every scheduler,
    /// answered natively): named tables by name, the others by reference.
    static func all(_ p: Process, _ a: Arguments) -> Term {
        p.list(EtsRegistry.shared.all().reversed().map { table in
            table.lockRead()
            defer { table.unlock() }
            return table.identifier(p)
        })
    }

    static func rename(_ p: Process, _ a: Arguments) -> Term {
        guard let table = open(p, a[0], write: true, lockWrite: false) else { return .none }
        table.unlock()
        let name = a[1]
        guard name.isAtom, EtsRegistry.shared.rename(table, to: name) else { return p.badarg() }
        return table.named ? name : table.reference(p)
    }

    // MARK: - Ownership

    static func giveAway(_ p: Process, _ a: Arguments) -> Term {
        guard let table = open(p, a[0], write: true, lockWrite: false) else { return .none }
        let owner = table.owner, identifier = table.identifier(p)
        table.unlock()
        let pid = a[1]
        guard pid.isLocalPid, let target = ProcessTable.shared.lookup(pid) else { return p.badarg() }
        guard owner == p.pid else { return p.etsBadarg(EtsAtom.notOwner) }
        guard pid != p.pid else { return p.etsBadarg(EtsAtom.owner) }
        guard EtsRegistry.shared.transfer(table, to: pid) else { return p.badarg() }
        Signals.send(p.tuple(EtsAtom.transfer, identifier, p.pid, a[2]), to: target, from: p)
        return .true
    }

    static func setopts(_ p: Process, _ a: Arguments) -> Term {
        guard let table = open(p, a[0], write: true) else { return .none }
        defer { table.unlock() }
        guard table.owner == p.pid else { return p.badarg() }
        var options: [Term] = []
        if a[1].isTuple { options = [a[1]] } else if let list = a[1].listElements { options = list } else { return p.badarg() }
        var heir: (Term, Term)? = nil
        for option in options {
            guard option.isTuple, option.tupleElement(0) == EtsAtom.heir else { return p.badarg() }
            if option.tupleArity == 2 && option.tupleElement(1) == Atom.none {
                heir = (Atom.none, .none)
            } else if option.tupleArity == 2 && option.tupleElement(1).isLocalPid && EtsRelease.since(27) {
                heir = (option.tupleElement(1), .none)
            } else if option.tupleArity == 3 && option.tupleElement(1).isLocalPid {
                heir = (option.tupleElement(1), option.tupleElement(2))
            } else {
                return p.badarg()
            }
        }
        if let (pid, data) = heir {
            if let old = table.heirData { EtsNode.free(old) }
            table.heirData = data.isNone ? nil : EtsNode.make(data)
            table.heir = pid
        }
        return .true
    }
}
