// erlang: the calling process, references and the process dictionary.

import Synchronization

/// Counters for unique values shared by the whole VM.
enum Unique {
    static let references = Atomic<UInt64>(0)
    static let integers = Atomic<Int>(0)

    static func nextReference() -> UInt64 { references.add(1, ordering: .relaxed).newValue }
}

extension ErlangBifs {
    static func self0(_ p: Process, _ a: Arguments) -> Term { p.pid }
    static func node0(_ p: Process, _ a: Arguments) -> Term { Atom.nonode }

    static func node1(_ p: Process, _ a: Arguments) -> Term {
        a[0].isPid || a[0].isReference || a[0].isPort ? Atom.nonode : p.badarg()
    }

    static func makeRef(_ p: Process, _ a: Arguments) -> Term {
        let object = p.allocate(2)
        object[0] = Header.make(.reference, 1)
        object[1] = Term(raw: Unique.nextReference())
        return .boxed(object)
    }

    // MARK: Process dictionary

    static func dictionaryIndex(_ p: Process, _ key: Term) -> Int? {
        var i = 0
        while i < p.dictionary.count {
            if TermOrder.exactlyEqual(p.dictionary[i], key) { return i }
            i += 2
        }
        return nil
    }

    static func put(_ p: Process, _ a: Arguments) -> Term {
        if let i = dictionaryIndex(p, a[0]) {
            let old = p.dictionary[i + 1]
            p.dictionary[i + 1] = a[1]
            return old
        }
        p.dictionary.append(a[0])
        p.dictionary.append(a[1])
        return Atom.undefined
    }

    static func get1(_ p: Process, _ a: Arguments) -> Term {
        dictionaryIndex(p, a[0]).map { p.dictionary[$0 + 1] } ?? Atom.undefined
    }

    static func get0(_ p: Process, _ a: Arguments) -> Term {
        var pairs: [Term] = []
        var i = 0
        while i < p.dictionary.count {
            pairs.append(p.tuple(p.dictionary[i], p.dictionary[i + 1]))
            i += 2
        }
        return p.list(pairs.reversed())
    }

    static func erase1(_ p: Process, _ a: Arguments) -> Term {
        guard let i = dictionaryIndex(p, a[0]) else { return Atom.undefined }
        let old = p.dictionary[i + 1]
        p.dictionary.removeSubrange(i..<i + 2)
        return old
    }

    static func erase0(_ p: Process, _ a: Arguments) -> Term {
        let all = get0(p, a)
        p.dictionary.removeAll()
        return all
    }

    static func getKeys0(_ p: Process, _ a: Arguments) -> Term {
        p.list(stride(from: 0, to: p.dictionary.count, by: 2).map { p.dictionary[$0] }.reversed())
    }

    static func getKeys1(_ p: Process, _ a: Arguments) -> Term {
        var keys: [Term] = []
        var i = 0
        while i < p.dictionary.count {
            if TermOrder.exactlyEqual(p.dictionary[i + 1], a[0]) { keys.append(p.dictionary[i]) }
            i += 2
        }
        return p.list(keys.reversed())
    }
}
