// `++`, `--` and the list functions ERTS implements in C. `--` removes, for each element
// of the right list, its first occurrence (by =:=) in the left list; for long right lists
// it counts the right elements in a hash table so the cost stays linear.

/// List BIFs of the `erlang` and `lists` modules.
enum ListBifs {
    typealias Arguments = UnsafeMutablePointer<Term>

    /// Right operands up to this length are searched directly.
    static let linearSubtractLimit = 16

    /// Copies the left list's cells into one allocation, the last pointing at the right
    /// list (a hot path of Gleam-style list code: no intermediate array).
    static func append(_ p: Process, _ a: Arguments) -> Term {
        let left = a[0]
        if left.isNil { return a[1] }
        var count = 0
        var cursor = left
        while cursor.isList {
            count += 1
            cursor = cursor.tail
        }
        guard cursor.isNil else { return p.badarg() }
        let cells = p.allocate(2 * count)
        cursor = left
        for i in 0..<count {
            cells[2 * i] = cursor.head
            cells[2 * i + 1] = .list(cells + 2 * (i + 1))
            cursor = cursor.tail
        }
        cells[2 * count - 1] = a[1]
        return .list(cells)
    }

    static func subtract(_ p: Process, _ a: Arguments) -> Term {
        guard let left = a[0].listElements, let right = a[1].listElements else { return p.badarg() }
        if left.isEmpty || right.isEmpty { return a[0] }
        var kept: [Term] = []
        kept.reserveCapacity(left.count)
        if right.count <= linearSubtractLimit {
            var removed = [Bool](repeating: false, count: left.count)
            for element in right {
                if let i = left.indices.first(where: { !removed[$0] && TermOrder.exactlyEqual(left[$0], element) }) {
                    removed[i] = true
                }
            }
            for (i, element) in left.enumerated() where !removed[i] { kept.append(element) }
        } else {
            var counts: [ExactKey: Int] = [:]
            for element in right { counts[ExactKey(element), default: 0] += 1 }
            for element in left {
                let key = ExactKey(element)
                if let count = counts[key], count > 0 {
                    counts[key] = count - 1
                } else {
                    kept.append(element)
                }
            }
        }
        return kept.count == left.count ? a[0] : p.list(kept)
    }

    static func reverse2(_ p: Process, _ a: Arguments) -> Term {
        var result = a[1]
        var cursor = a[0]
        while cursor.isList {
            result = p.cons(cursor.head, result)
            cursor = cursor.tail
        }
        return cursor.isNil ? result : p.badarg()
    }

    /// lists:reverse/1 is Erlang code in OTP that matches up to two elements and hands the
    /// rest to reverse/2 (a BIF, so reverse/1's frame stays); its failures look like that
    /// code's.
    static func reverse1(_ p: Process, _ a: Arguments) -> Term {
        let list = a[0]
        guard list.isNil || list.isList && (list.tail.isNil || list.tail.isList) else {
            return p.functionClause(module: Atom.lists, function: Atom.reverse, arguments: [list],
                                    file: "lists.erl", line: EmulatedRelease.number >= 26 ? 292 : 175)
        }
        if list.isNil || list.tail.isNil { return list }
        let first = list.head, second = list.tail.head, rest = list.tail.tail
        var arguments: [Term] = [rest, p.cons(second, p.cons(first, .nil))]
        return arguments.withUnsafeMutableBufferPointer { buffer in
            let result = reverse2(p, buffer.baseAddress!)
            if result.isNone {
                p.replaceBifFrame(module: Atom.lists, function: Atom.reverse, arguments: Array(buffer))
                let location = p.list([p.tuple(Atom.file, p.charList("lists.erl")),
                                       p.tuple(Atom.line, .small(EmulatedRelease.number >= 26 ? 299 : 182))])
                p.exceptionExtraFrame = p.tuple(Atom.lists, Atom.reverse, .small(1), location)
            }
            return result
        }
    }

    /// Finds the first tuple whose element `position` equals (==) `key`; nil when none,
    /// `.none` after recording badarg.
    static func keySearch(_ p: Process, _ a: Arguments) -> Term? {
        guard a[1].isSmall, a[1].smallValue >= 1 else { return p.badarg() }
        let key = a[0], index = a[1].smallValue - 1
        var cursor = a[2]
        while cursor.isList {
            let element = cursor.head
            if element.isTuple, index < element.tupleArity, TermOrder.equal(element.tupleElement(index), key) {
                return element
            }
            cursor = cursor.tail
        }
        return cursor.isNil ? nil : p.badarg()
    }

    static func keyfind(_ p: Process, _ a: Arguments) -> Term { keySearch(p, a) ?? .false }

    static func keymember(_ p: Process, _ a: Arguments) -> Term {
        guard let found = keySearch(p, a) else { return .false }
        return found.isNone ? found : .true
    }

    static func keysearch(_ p: Process, _ a: Arguments) -> Term {
        guard let found = keySearch(p, a) else { return .false }
        return found.isNone ? found : p.tuple(Atom.value, found)
    }

    static func member(_ p: Process, _ a: Arguments) -> Term {
        var cursor = a[1]
        while cursor.isList {
            if TermOrder.exactlyEqual(cursor.head, a[0]) { return .true }
            cursor = cursor.tail
        }
        return cursor.isNil ? .false : p.badarg()
    }
}

/// A term as a dictionary key under exact equality (=:=), hashed with make_hash2.
struct ExactKey: Hashable {
    let term: Term
    let hash: UInt32

    init(_ term: Term) {
        self.term = term
        hash = TermHash.hash2(term)
    }

    static func == (a: ExactKey, b: ExactKey) -> Bool { a.hash == b.hash && TermOrder.exactlyEqual(a.term, b.term) }
    func hash(into hasher: inout Hasher) { hasher.combine(hash) }
}
