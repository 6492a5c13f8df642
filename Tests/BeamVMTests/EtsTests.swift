import Testing
@testable import BeamVM

/// ETS storage: ERTS's bucket order for hash tables, tree order, deletions while fixed, and
/// tables shared by processes on several threads.
struct EtsTests {
    /// first/next order of a set holding {1} .. {20}, recorded from OTP 25 and OTP 29.
    static let order25 = [16, 3, 7, 4, 8, 2, 9, 1, 10, 13, 6, 14, 18, 17, 11, 12, 19, 15, 5, 20]
    static let order29 = [11, 18, 6, 19, 7, 1, 17, 8, 14, 5, 13, 10, 15, 2, 20, 12, 3, 4, 16, 9]
    /// The first 20 keys of the same walk over {1} .. {1000} (the table has grown to 1000
    /// buckets), inserted one by one.
    static let grown25 = [747, 301, 785, 494, 639, 575, 667, 852, 429, 583, 214, 389, 840, 567, 145, 247, 758, 231, 368, 300]
    static let grown29 = [235, 583, 748, 477, 795, 406, 903, 383, 410, 496, 636, 976, 106, 151, 979, 293, 443, 128, 953, 580]

    /// The keys of a hash storage in first/next order.
    static func walk(_ storage: EtsHashStorage) -> [Term] {
        var keys: [Term] = []
        var node = storage.firstLive(from: 0)?.node
        while let current = node {
            let key = current.key(1)
            keys.append(key)
            node = storage.liveAfter(key).node
        }
        return keys
    }

    static func filled(_ keys: [Term], legacy: Bool, _ p: Process) -> EtsHashStorage {
        var storage = EtsHashStorage(keypos: 1, legacy: legacy)
        for key in keys { storage.insert(p.tuple(key), kind: .set, fixed: false) }
        return storage
    }

    @Test(arguments: [true, false])
    func integerKeysFollowErtsBuckets(legacy: Bool) {
        let p = Process(serial: 1)
        let small = Self.filled((1...20).map { .small($0) }, legacy: legacy, p)
        defer { small.destroy() }
        #expect(Self.walk(small) == (legacy ? Self.order25 : Self.order29).map { .small($0) })
        let big = Self.filled((1...1000).map { .small($0) }, legacy: legacy, p)
        defer { big.destroy() }
        #expect(big.active == 1000)
        #expect(Array(Self.walk(big).prefix(20)) == (legacy ? Self.grown25 : Self.grown29).map { .small($0) })
    }

    @Test(arguments: [true, false])
    func atomKeysHashByName(legacy: Bool) {
        let p = Process(serial: 1)
        let names = ["apple", "banana", "cherry", "d", "e", "f", "g"]
        let storage = Self.filled(names.map { .atom($0) }, legacy: legacy, p)
        defer { storage.destroy() }
        let expected = legacy ? ["apple", "banana", "d", "e", "f", "g", "cherry"] : ["banana", "d", "e", "f", "g", "apple", "cherry"]
        #expect(Self.walk(storage) == expected.map { .atom($0) })
    }

    @Test func hashStorageAgreesWithAReference() {
        let p = Process(serial: 1)
        var storage = EtsHashStorage(keypos: 1, legacy: false)
        defer { storage.destroy() }
        var reference: Set<Int> = []
        var random = SplitMix(state: 5)
        for step in 0..<20000 {
            let n = Int(random.next() % 3000)
            let fixed = step % 5000 > 4000
            if random.next() % 3 == 0 {
                let removed = storage.delete(.small(n), hash: storage.hashValue(.small(n)), fixed: fixed)
                #expect(removed == (reference.remove(n) != nil ? 1 : 0))
            } else {
                storage.insert(p.tuple(.small(n), .small(step)), kind: .set, fixed: fixed)
                reference.insert(n)
            }
            if step % 5000 == 4999 { storage.purge() }
        }
        #expect(storage.count == reference.count)
        #expect(Set(Self.walk(storage).map(\.smallValue)) == reference)
        #expect(storage.active == max(EtsHashStorage.initialBuckets, storage.active))
    }

    @Test func bagsKeepInsertionOrderAndSkipDuplicates() {
        let p = Process(serial: 1)
        var bag = EtsHashStorage(keypos: 1)
        defer { bag.destroy() }
        let key = Term.atom("k")
        for v in [1, 2, 1, 3] { bag.insert(p.tuple(key, .small(v)), kind: .bag, fixed: false) }
        #expect(bag.lookup(key, hash: bag.hashValue(key)).map { $0.object.tupleElement(1) } == [1, 2, 3].map { .small($0) })
        var dbag = EtsHashStorage(keypos: 1)
        defer { dbag.destroy() }
        for v in [1, 2, 1] { dbag.insert(p.tuple(key, .small(v)), kind: .duplicateBag, fixed: false) }
        #expect(dbag.lookup(key, hash: dbag.hashValue(key)).count == 3)
        #expect(dbag.delete(key, hash: dbag.hashValue(key), object: p.tuple(key, .small(1)), fixed: false) == 2)
    }

    @Test func deletedKeysStayTraversalPositionsWhileFixed() {
        let p = Process(serial: 1)
        var storage = Self.filled((1...20).map { .small($0) }, legacy: true, p)
        defer { storage.destroy() }
        storage.delete(.small(7), hash: storage.hashValue(.small(7)), fixed: true)
        #expect(storage.liveAfter(.small(7)).found)
        #expect(storage.liveAfter(.small(7)).node?.key(1) == .small(4))
        storage.purge()
        #expect(!storage.liveAfter(.small(7)).found)
        #expect(storage.count == 19)
    }

    @Test func treeKeepsTermOrder() {
        let p = Process(serial: 1)
        var tree = EtsTreeStorage(keypos: 1)
        defer { tree.destroy() }
        var reference: Set<Int> = []
        var random = SplitMix(state: 11)
        for _ in 0..<5000 {
            let n = Int(random.next() % 700)
            if random.next() % 3 == 0 {
                #expect(tree.delete(.small(n)) == (reference.remove(n) != nil))
            } else {
                tree.insert(p.tuple(.small(n)))
                reference.insert(n)
            }
        }
        var keys: [Int] = []
        tree.forEach(reverse: false) { node in
            keys.append(node.key(1).smallValue)
            return true
        }
        #expect(keys == reference.sorted())
        #expect(tree.count == reference.count)
        let middle = reference.sorted()[reference.count / 2]
        #expect(tree.after(.small(middle))?.key(1).smallValue == reference.sorted().first { $0 > middle })
        #expect(tree.before(.small(middle))?.key(1).smallValue == reference.sorted().last { $0 < middle })
        // 1.0 and 1 are the same key in an ordered set.
        tree.insert(p.tuple(p.float(1), .atom("float")))
        #expect(tree.find(.small(1))?.object.tupleElement(1) == .atom("float"))
    }

    @Test func storedObjectsHoldTheirBinaries() {
        let p = Process(serial: 1)
        let (binary, bytes) = p.newBinary(count: 200)
        bytes.initialize(repeating: 7, count: 200)
        let storage = BinaryStorage(raw: UnsafeMutableRawPointer(bitPattern: UInt(binary.boxedPointer[2].raw))!)
        #expect(storage.refcount == 1)
        var table = EtsHashStorage(keypos: 1)
        table.insert(p.tuple(.atom("k"), binary, p.tuple(binary)), kind: .set, fixed: false)
        #expect(storage.refcount == 3)
        let copy = p.copyIn(table.lookup(.atom("k"), hash: table.hashValue(.atom("k")))[0])
        #expect(storage.refcount == 5)
        #expect(TermOrder.exactlyEqual(copy.tupleElement(1), binary))
        table.delete(.atom("k"), hash: table.hashValue(.atom("k")), fixed: false)
        #expect(storage.refcount == 3)
        table.destroy()
    }

    /// Processes on several threads insert into one public table and bump shared counters.
    @Test func concurrentWritersToAPublicTable() async {
        let owner = Process(serial: 900)
        var options = EtsTable.Options()
        options.access = .public
        let table = EtsRegistry.shared.create(name: .atom("concurrent_test"), owner: owner.pid, options: options)!
        let id = table.id
        let workers = 8, perWorker = 2000
        await withTaskGroup(of: Void.self) { group in
            for w in 0..<workers {
                group.addTask {
                    let p = Process(serial: 1000 + UInt64(w))
                    let args = UnsafeMutablePointer<Term>.allocate(capacity: 3)
                    defer { args.deallocate() }
                    for i in 0..<perWorker {
                        args[0] = p.reference(id)
                        args[1] = p.tuple(.small(w * perWorker + i), .small(w))
                        _ = EtsBifs.insert(p, args)
                        args[0] = p.reference(id)
                        args[1] = .atom("total")
                        args[2] = .small(1)
                        if EtsBifs.updateCounter3(p, args).isNone {
                            args[1] = p.tuple(.atom("total"), .small(0))
                            _ = EtsBifs.insertNew(p, args)
                            args[1] = .atom("total")
                            _ = EtsBifs.updateCounter3(p, args)
                        }
                    }
                }
            }
        }
        table.lockRead()
        let count = table.count
        let total = table.lookup(.atom("total")).first?.object.tupleElement(1)
        table.unlock()
        #expect(count == workers * perWorker + 1)
        #expect(total == .small(workers * perWorker))
        EtsRegistry.shared.delete(table)
        #expect(EtsRegistry.shared.find(owner.reference(id)) == nil)
    }
}
