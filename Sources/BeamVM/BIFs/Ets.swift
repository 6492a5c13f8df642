// ets: creating tables, inserting, looking up and deleting objects.
//
// Every BIF resolves its table argument with `open`, which locks the table and checks the
// caller's access rights, recording ERTS's `error_info` cause (`type`, `id`, `access`) when
// it cannot. Objects are copied into the table when stored and onto the caller's heap when
// returned.

enum EtsBifs {
    typealias Arguments = UnsafeMutablePointer<Term>

    /// The table `term` designates, locked (for writing when `lockWrite`, else for reading)
    /// after checking that the caller may read it or, when `write`, update it. On failure
    /// records badarg with ERTS's cause and returns nil.
    static func open(_ p: Process, _ term: Term, write: Bool, lockWrite: Bool? = nil) -> EtsTable? {
        guard EtsRegistry.isIdentifier(term) else {
            _ = p.etsBadarg(Atom.type)
            return nil
        }
        guard let table = EtsRegistry.shared.find(term) else {
            _ = p.etsBadarg(EtsAtom.id)
            return nil
        }
        if lockWrite ?? write { table.lockWrite() } else { table.lockRead() }
        guard table.alive else {
            table.unlock()
            _ = p.etsBadarg(EtsAtom.id)
            return nil
        }
        guard table.allows(p.pid, write: write) else {
            table.unlock()
            _ = p.etsBadarg(EtsAtom.access)
            return nil
        }
        return table
    }

    /// Whether `object` may be stored in a table with key position `keypos`.
    @inline(__always) static func isObject(_ object: Term, keypos: Int) -> Bool {
        object.isTuple && object.tupleArity >= keypos
    }

    /// The objects of an insert argument (one tuple or a proper list of them), or nil.
    static func objects(_ term: Term, keypos: Int) -> [Term]? {
        if isObject(term, keypos: keypos) { return [term] }
        guard term.isList || term.isNil else { return nil }
        var result: [Term] = []
        var cursor = term
        while cursor.isList {
            guard isObject(cursor.head, keypos: keypos) else { return nil }
            result.append(cursor.head)
            cursor = cursor.tail
        }
        return cursor.isNil ? result : nil
    }

    /// A list of copies of stored objects.
    static func copies(_ p: Process, _ nodes: [EtsNodePointer]) -> Term {
        p.list(nodes.map { p.copyIn($0) })
    }

    // MARK: - new/2

    static func new(_ p: Process, _ a: Arguments) -> Term {
        let name = a[0]
        guard name.isAtom, let options = parseOptions(a[1]) else { return p.badarg() }
        guard let table = EtsRegistry.shared.create(name: name, owner: p.pid, options: options) else {
            return p.etsBadarg(EtsAtom.alreadyExists)
        }
        return table.identifier(p)
    }

    static func parseOptions(_ list: Term) -> EtsTable.Options? {
        guard let items = list.listElements else { return nil }
        var options = EtsTable.Options()
        for item in items {
            switch item {
            // As in ERTS, `set` and `protected` (the defaults) never override another choice.
            case EtsAtom.set, EtsAtom.protected: break
            case EtsAtom.orderedSet: options.kind = .orderedSet
            case EtsAtom.bag: options.kind = .bag
            case EtsAtom.duplicateBag: options.kind = .duplicateBag
            case EtsAtom.public: options.access = .public
            case EtsAtom.private: options.access = .private
            case EtsAtom.namedTable: options.named = true
            case EtsAtom.compressed: options.compressed = true
            default:
                guard item.isTuple, item.tupleArity >= 2 else { return nil }
                let key = item.tupleElement(0), value = item.tupleElement(1)
                if item.tupleArity == 3 {
                    guard key == EtsAtom.heir, value.isLocalPid else { return nil }
                    options.heir = value
                    options.heirData = item.tupleElement(2)
                    continue
                }
                guard item.tupleArity == 2 else { return nil }
                switch key {
                case EtsAtom.keypos:
                    guard value.isSmall, value.smallValue >= 1 else { return nil }
                    options.keypos = value.smallValue
                case EtsAtom.heir:
                    // `{heir, Pid}` (an heir told nothing) came with OTP 27.
                    guard value == Atom.none || (value.isLocalPid && EtsRelease.since(27)) else { return nil }
                    options.heir = value
                    options.heirData = .none
                case EtsAtom.readConcurrency:
                    guard value == .true || value == .false else { return nil }
                    options.readConcurrency = value == .true
                case EtsAtom.writeConcurrency:
                    guard value == .true || value == .false || value == EtsAtom.auto else { return nil }
                    options.writeConcurrency = value
                case EtsAtom.decentralizedCounters:
                    guard value == .true || value == .false else { return nil }
                    options.decentralizedCounters = value == .true
                default:
                    return nil
                }
            }
        }
        return options
    }

    // MARK: - Insertion

    static func insert(_ p: Process, _ a: Arguments) -> Term {
        guard let table = open(p, a[0], write: true) else { return .none }
        defer { table.unlock() }
        guard var objects = objects(a[1], keypos: table.keypos) else { return p.badarg() }
        // OTP 23 to 25.2 stored a list for a bag from its last element to its first.
        if EtsRelease.legacy && table.kind == .bag && a[1].isList { objects.reverse() }
        for object in objects { table.insert(object) }
        return .true
    }

    static func insertNew(_ p: Process, _ a: Arguments) -> Term {
        guard let table = open(p, a[0], write: true) else { return .none }
        defer { table.unlock() }
        guard let objects = objects(a[1], keypos: table.keypos) else { return p.badarg() }
        for object in objects where table.contains(object.tupleElement(table.keypos - 1)) { return .false }
        for object in objects { table.insert(object) }
        return .true
    }

    // MARK: - Lookup

    static func lookup(_ p: Process, _ a: Arguments) -> Term {
        guard let table = open(p, a[0], write: false) else { return .none }
        defer { table.unlock() }
        return copies(p, table.lookup(a[1]))
    }

    static func member(_ p: Process, _ a: Arguments) -> Term {
        guard let table = open(p, a[0], write: false) else { return .none }
        defer { table.unlock() }
        return .bool(table.contains(a[1]))
    }

    static func lookupElement3(_ p: Process, _ a: Arguments) -> Term { lookupElement(p, a, defaultValue: nil) }
    static func lookupElement4(_ p: Process, _ a: Arguments) -> Term { lookupElement(p, a, defaultValue: a[3]) }

    static func lookupElement(_ p: Process, _ a: Arguments, defaultValue: Term?) -> Term {
        guard let table = open(p, a[0], write: false) else { return .none }
        defer { table.unlock() }
        let position = a[2]
        guard position.isSmall, position.smallValue >= 1 else { return p.badarg() }
        let index = position.smallValue - 1
        let nodes = table.lookup(a[1])
        if nodes.isEmpty {
            if let defaultValue { return defaultValue }
            return p.etsBadarg(Atom.badkey)
        }
        for node in nodes where node.object.tupleArity <= index { return p.badarg() }
        if table.kind == .set || table.kind == .orderedSet {
            return p.copyIn(nodes[0].object.tupleElement(index))
        }
        return p.list(nodes.map { p.copyIn($0.object.tupleElement(index)) })
    }

    static func take(_ p: Process, _ a: Arguments) -> Term {
        guard let table = open(p, a[0], write: true) else { return .none }
        defer { table.unlock() }
        let result = copies(p, table.lookup(a[1]))
        table.delete(a[1])
        return result
    }

    // MARK: - Deletion

    static func deleteTable(_ p: Process, _ a: Arguments) -> Term {
        guard let table = open(p, a[0], write: true, lockWrite: false) else { return .none }
        table.unlock()
        EtsRegistry.shared.delete(table)
        return .true
    }

    static func deleteKey(_ p: Process, _ a: Arguments) -> Term {
        guard let table = open(p, a[0], write: true) else { return .none }
        defer { table.unlock() }
        table.delete(a[1])
        return .true
    }

    static func deleteObject(_ p: Process, _ a: Arguments) -> Term {
        guard let table = open(p, a[0], write: true) else { return .none }
        defer { table.unlock() }
        guard isObject(a[1], keypos: table.keypos) else { return p.badarg() }
        table.deleteObject(a[1])
        return .true
    }

    /// `ets:internal_delete_all/2`: empties the table, returning how many objects it held.
    static func internalDeleteAll(_ p: Process, _ a: Arguments) -> Term {
        guard let table = open(p, a[0], write: true) else { return .none }
        defer { table.unlock() }
        let count = table.count
        table.removeAll()
        return .small(count)
    }
}
