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
        return .small(queue.count)
    }

    /// `write(Buffer, IOVec)`.
    static func write(_ p: Process, _ a: Arguments) -> Term {
        guard let queue = Resources.queue(a[0]), let bytes = IOList.bytes(a[1]) else { return p.badarg() }
        bytes.withUnsafeBytes { queue.append($0) }
        return Atom.ok
    }

    /// `copying_read(Buffer, Size)` and `read(Buffer, Size)`: the first `Size` bytes as a
    /// binary, taken off the queue.
    static func read(_ p: Process, _ a: Arguments) -> Term {
        guard let queue = Resources.queue(a[0]), a[1].isSmall, a[1].smallValue >= 0,
              a[1].smallValue <= queue.count else { return p.badarg() }
        let count = a[1].smallValue
        let result = queue.bytes.withUnsafeBytes { p.binary(UnsafeRawBufferPointer(rebasing: $0[queue.start..<queue.start + count])) }
        queue.skip(count)
        return result
    }

    /// `read_iovec(Buffer, Size)`: the same as a one-element list.
    static func readIOVec(_ p: Process, _ a: Arguments) -> Term {
        let binary = read(p, a)
        return binary.isNone ? binary : p.list([binary])
    }

    /// `peek_head(Buffer)`: the queued bytes, left in place.
    static func peekHead(_ p: Process, _ a: Arguments) -> Term {
        guard let queue = Resources.queue(a[0]) else { return p.badarg() }
        return queue.bytes.withUnsafeBytes { p.binary(UnsafeRawBufferPointer(rebasing: $0[queue.start...])) }
    }

    /// `skip(Buffer, Size)`.
    static func skip(_ p: Process, _ a: Arguments) -> Term {
        guard let queue = Resources.queue(a[0]), a[1].isSmall, a[1].smallValue >= 0,
              a[1].smallValue <= queue.count else { return p.badarg() }
        queue.skip(a[1].smallValue)
        return Atom.ok
    }

    /// `wipe(Buffer)`.
    static func wipe(_ p: Process, _ a: Arguments) -> Term {
        guard let queue = Resources.queue(a[0]) else { return p.badarg() }
        queue.wipe()
        return Atom.ok
    }

    /// `find_byte_index(Buffer, Byte)`: `{ok, Index}` or `not_found`.
    static func findByteIndex(_ p: Process, _ a: Arguments) -> Term {
        guard let queue = Resources.queue(a[0]), a[1].isSmall, a[1].smallValue >= 0, a[1].smallValue < 256 else {
            return p.badarg()
        }
        let byte = UInt8(a[1].smallValue)
        guard let index = queue.bytes[queue.start...].firstIndex(of: byte) else { return Atom.notFound }
        return p.tuple(Atom.ok, .small(index - queue.start))
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
