// Convenience constructors for terms on a process heap, for slow paths (BIFs, error
// reporting). Hot instructions build terms inline instead.

extension Process {
    public func tuple(_ elements: [Term]) -> Term {
        let object = allocate(1 + elements.count)
        object[0] = Header.tuple(elements.count)
        for (i, element) in elements.enumerated() { object[1 + i] = element }
        return .boxed(object)
    }

    public func tuple(_ elements: Term...) -> Term { tuple(elements) }

    /// A proper list of `elements`, ending in `tail`.
    public func list(_ elements: [Term], tail: Term = .nil) -> Term {
        guard !elements.isEmpty else { return tail }
        let cells = allocate(2 * elements.count)
        for (i, element) in elements.enumerated() {
            cells[2 * i] = element
            cells[2 * i + 1] = i + 1 < elements.count ? .list(cells + 2 * (i + 1)) : tail
        }
        return .list(cells)
    }

    public func cons(_ head: Term, _ tail: Term) -> Term {
        let cell = allocate(2)
        cell[0] = head
        cell[1] = tail
        return .list(cell)
    }

    /// A list of character codes (an Erlang string) from Unicode scalars.
    public func charList(_ text: String) -> Term {
        list(text.unicodeScalars.map { .small(Int($0.value)) })
    }

    /// A list of byte values.
    public func byteList(_ bytes: [UInt8]) -> Term {
        list(bytes.map { .small(Int($0)) })
    }

    public func float(_ value: Double) -> Term {
        let object = allocate(2)
        object[0] = Header.make(.float, 1)
        object[1] = Term(raw: value.bitPattern)
        return .boxed(object)
    }

    /// A binary holding the UTF-8 bytes of `text`.
    public func utf8Binary(_ text: String) -> Term {
        binary(Array(text.utf8))
    }
}

extension Term {
    /// The elements of a proper list, or nil for an improper list or a non-list.
    public var listElements: [Term]? {
        var result: [Term] = []
        var cursor = self
        while cursor.isList {
            result.append(cursor.head)
            cursor = cursor.tail
        }
        return cursor.isNil ? result : nil
    }
}
