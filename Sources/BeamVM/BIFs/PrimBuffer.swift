// prim_buffer's NIFs: the byte queue prim_file reads ahead into (and raw_file_io_delayed
// collects delayed writes in). The queue is a `ByteQueue` named by a reference (see
// Resources.swift); these operations touch memory only, so they run on the scheduler.

enum PrimBufferBifs {
    typealias Arguments = UnsafeMutablePointer<Term>

    /// `new()`.
    static func new(_ p: Process, _ a: Arguments) -> Term {
        p.reference(Resources.newQueue(owner: p))
    }

    /// `size(Buffer)`.
    static func size(_ p: Process, _ a: Arguments) -> Term {
        guard let queue = Resources.queue(a[0]) else { return p.badarg() }
        return .small(queue.withContents { $0.count })
    }

    /// `write(Buffer, IOVec)`.
    static func write(_ p: Process, _ a: Arguments) -> Term {
        guard let queue = Resources.queue(a[0]), let bytes = IOList.bytes(a[1]) else { return p.badarg() }
        bytes.withUnsafeBytes { data in queue.withContents { $0.append(data) } }
        return Atom.ok
    }

    /// `copying_read(Buffer, Size)` and `read(Buffer, Size)`: the first `Size` bytes as a
    /// binary, taken off the queue.
    static func read(_ p: Process, _ a: Arguments) -> Term {
        guard let queue = Resources.queue(a[0]), a[1].isSmall, a[1].smallValue >= 0 else { return p.badarg() }
        let count = a[1].smallValue
        let result = queue.withContents { contents -> Term in
            guard count <= contents.count else { return .none }
            let start = contents.start
            let binary = contents.bytes.withUnsafeBytes { p.binary(UnsafeRawBufferPointer(rebasing: $0[start..<start + count])) }
            contents.skip(count)
            return binary
        }
        return result.isNone ? p.badarg() : result
    }

    /// `read_iovec(Buffer, Size)`: the same as a one-element list.
    static func readIOVec(_ p: Process, _ a: Arguments) -> Term {
        let binary = read(p, a)
        return binary.isNone ? binary : p.list([binary])
    }

    /// `peek_head(Buffer)`: the queued bytes, left in place.
    static func peekHead(_ p: Process, _ a: Arguments) -> Term {
        guard let queue = Resources.queue(a[0]) else { return p.badarg() }
        return queue.withContents { contents in
            contents.bytes.withUnsafeBytes { p.binary(UnsafeRawBufferPointer(rebasing: $0[contents.start...])) }
        }
    }

    /// `skip(Buffer, Size)`.
    static func skip(_ p: Process, _ a: Arguments) -> Term {
        guard let queue = Resources.queue(a[0]), a[1].isSmall, a[1].smallValue >= 0 else { return p.badarg() }
        let count = a[1].smallValue
        let skipped = queue.withContents { contents -> Bool in
            guard count <= contents.count else { return false }
            contents.skip(count)
            return true
        }
        return skipped ? Atom.ok : p.badarg()
    }

    /// `wipe(Buffer)`.
    static func wipe(_ p: Process, _ a: Arguments) -> Term {
        guard let queue = Resources.queue(a[0]) else { return p.badarg() }
        queue.withContents { $0.wipe() }
        return Atom.ok
    }

    /// `find_byte_index(Buffer, Byte)`: `{ok, Index}` or `not_found`.
    static func findByteIndex(_ p: Process, _ a: Arguments) -> Term {
        guard let queue = Resources.queue(a[0]), a[1].isSmall, a[1].smallValue >= 0, a[1].smallValue < 256 else {
            return p.badarg()
        }
        let byte = UInt8(a[1].smallValue)
        let index = queue.withContents { contents in
            contents.bytes[contents.start...].firstIndex(of: byte).map { $0 - contents.start }
        }
        guard let index else { return Atom.notFound }
        return p.tuple(Atom.ok, .small(index))
    }

    /// `try_lock(Buffer)`: `acquired` or `busy`.
    static func tryLock(_ p: Process, _ a: Arguments) -> Term {
        guard let queue = Resources.queue(a[0]) else { return p.badarg() }
        return queue.locked.compareExchange(expected: false, desired: true, ordering: .acquiring).exchanged
            ? Atom.acquired : Atom.busy
    }

    /// `unlock(Buffer)`.
    static func unlock(_ p: Process, _ a: Arguments) -> Term {
        guard let queue = Resources.queue(a[0]) else { return p.badarg() }
        queue.locked.store(false, ordering: .releasing)
        return Atom.ok
    }
}

extension Atom {
    public static let notFound = Term.atom("not_found")
    public static let acquired = Term.atom("acquired")
    public static let busy = Term.atom("busy")
}
