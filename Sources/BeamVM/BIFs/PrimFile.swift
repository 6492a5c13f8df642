// prim_file's NIFs on an open file (ERTS's prim_file_nif.c), for OTP's own prim_file.erl.
//
// Why this route: OTP's `file` module sends most requests to the `file_server_2` process
// (kernel's file_server, a gen_server) and opens files through `file_io_server`, both of
// which end in prim_file; raw files call prim_file directly. prim_file.erl itself is the
// same in every release beamr runs, down to its NIF names and answers, while the layers
// above it change between releases (OTP 25's file server keeps an ETS table, OTP 29's does
// not; `file` gained new requests). Implementing the NIFs and running everything above them
// unmodified gives each release its own behaviour, including its error handling and the
// I/O protocol of opened files, for the price of one small, stable native layer.
// `file_server_2` is started on first use (see OnDemandServers), as `user` is.
//
// Every call that can block runs on an I/O thread (`Process.awaitIO`); the caller waits
// for the answer without holding a scheduler. A handle is a reference naming an `OpenFile`
// (see Resources.swift).

#if canImport(Glibc)
import Glibc
#endif

enum PrimFileBifs {
    typealias Arguments = UnsafeMutablePointer<Term>

    // MARK: Opening and closing

    /// `open_nif(Path, Modes)`: `{ok, Handle}` or `{error, Posix}`.
    static func openNif(_ p: Process, _ a: Arguments) -> Term {
        guard let path = nativePath(a[0]), let modes = a[1].listElements else { return p.badarg() }
        var read = false, write = false, append = false, exclusive = false, sync = false, skipTypeCheck = false
        for mode in modes {
            switch mode {
            case Atom.read: read = true
            case Atom.write: write = true
            case Atom.append: append = true
            case Atom.exclusive: exclusive = true
            case Atom.sync: sync = true
            case Atom.skipTypeCheck: skipTypeCheck = true
            default: break
            }
        }
        // 'append' and 'exclusive' open for writing; no access mode at all means reading.
        if append || exclusive { write = true } else if !read && !write { read = true }
        var flags: Int32 = O_CLOEXEC
        if read && write {
            flags |= O_RDWR | O_CREAT
        } else if write {
            flags |= O_WRONLY | O_CREAT
            if !append && !exclusive { flags |= O_TRUNC }
        } else {
            flags |= O_RDONLY
        }
        if append { flags |= O_APPEND }
        if exclusive { flags |= O_EXCL }
        if sync { flags |= O_SYNC }
        let owner = p.pid
        var openedID: UInt64 = 0
        return p.awaitIO(undelivered: {
            if openedID != 0, let file = Resources.removeFile(id: openedID), file.markClosed() { _ = close(file.fd) }
        }) { scratch in
            let fd = path.withUnsafeBufferPointer { name in retryingOnInterrupt { open(name.baseAddress!, flags, 0o666) } }
            if fd < 0 { return ErrnoNames.error(scratch, errno) }
            if !skipTypeCheck {
                var info = stat()
                if fstat(fd, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR {
                    close(fd)
                    return ErrnoNames.error(scratch, EISDIR)
                }
            }
            guard let id = Resources.register(OpenFile(fd: fd, owner: owner)) else {
                close(fd)
                return ErrnoNames.error(scratch, EINVAL)
            }
            openedID = id
            return scratch.tuple(Atom.ok, scratch.reference(id))
        }
    }

    /// `close_nif(Handle)`.
    static func closeNif(_ p: Process, _ a: Arguments) -> Term {
        guard a[0].isReference else { return p.badarg() }
        guard let file = Resources.removeFile(a[0]) else { return ErrnoNames.error(p, EINVAL) }
        guard file.markClosed() else { return ErrnoNames.error(p, EINVAL) }
        return p.awaitIO { scratch in
            close(file.fd) == 0 ? Atom.ok : ErrnoNames.error(scratch, errno)
        }
    }

    /// `delayed_close_nif(Handle)`: prim_file's helper closes files of dead owners with it.
    static func delayedCloseNif(_ p: Process, _ a: Arguments) -> Term {
        guard a[0].isReference else { return p.badarg() }
        if let file = Resources.removeFile(a[0]), file.markClosed() { IOPool.shared.perform { close(file.fd) } }
        return Atom.ok
    }

    // MARK: Reading and writing

    /// `read_nif(Handle, Size)`: `{ok, Binary}`, `eof` or `{error, Posix}`.
    static func readNif(_ p: Process, _ a: Arguments) -> Term {
        guard a[1].isInteger else { return p.badarg() }
        guard a[1].isSmall, a[1].smallValue >= 0 else { return ErrnoNames.error(p, EINVAL) }
        let size = a[1].smallValue
        return withFile(p, a[0]) { scratch, fd in
            readBinary(scratch, size: size) { buffer, count in fullRead(fd, buffer, count) }
        }
    }

    /// `pread_nif(Handle, Offset, Size)`.
    static func preadNif(_ p: Process, _ a: Arguments) -> Term {
        guard a[1].isInteger, a[2].isInteger else { return p.badarg() }
        guard a[1].isSmall, a[2].isSmall, a[1].smallValue >= 0, a[2].smallValue >= 0 else {
            return ErrnoNames.error(p, EINVAL)
        }
        let offset = a[1].smallValue, size = a[2].smallValue
        return withFile(p, a[0]) { scratch, fd in
            readBinary(scratch, size: size) { buffer, count in fullRead(fd, buffer, count, at: offset) }
        }
    }

    /// `write_nif(Handle, IOVec)`: `ok` or `{error, Posix}` (everything is written at once,
    /// so never `{continue, Rest}`).
    static func writeNif(_ p: Process, _ a: Arguments) -> Term {
        guard let bytes = IOList.bytes(a[1]) else { return p.badarg() }
        return withFile(p, a[0]) { scratch, fd in
            fullWrite(fd, bytes) ? Atom.ok : ErrnoNames.error(scratch, errno)
        }
    }

    /// `pwrite_nif(Handle, Offset, IOVec)`.
    static func pwriteNif(_ p: Process, _ a: Arguments) -> Term {
        guard a[1].isInteger, let bytes = IOList.bytes(a[2]) else { return p.badarg() }
        guard a[1].isSmall, a[1].smallValue >= 0 else { return ErrnoNames.error(p, EINVAL) }
        let offset = a[1].smallValue
        return withFile(p, a[0]) { scratch, fd in
            fullWrite(fd, bytes, at: offset) ? Atom.ok : ErrnoNames.error(scratch, errno)
        }
    }

    /// `seek_nif(Handle, bof | cur | eof, Offset)`: `{ok, NewPosition}`.
    static func seekNif(_ p: Process, _ a: Arguments) -> Term {
        guard a[2].isSmall else { return p.badarg() }
        let whence: Int32
        switch a[1] {
        case Atom.bof: whence = SEEK_SET
        case Atom.cur: whence = SEEK_CUR
        case Atom.eof: whence = SEEK_END
        default: return p.badarg()
        }
        let offset = a[2].smallValue
        return withFile(p, a[0]) { scratch, fd in
            let position = lseek(fd, off_t(offset), whence)
            return position < 0 ? ErrnoNames.error(scratch, errno) : scratch.tuple(Atom.ok, .small(Int(position)))
        }
    }

    /// `sync_nif(Handle, DataOnly)`.
    static func syncNif(_ p: Process, _ a: Arguments) -> Term {
        guard a[1].isSmall else { return p.badarg() }
        let dataOnly = a[1].smallValue != 0
        return withFile(p, a[0]) { scratch, fd in
            (dataOnly ? fdatasync(fd) : fsync(fd)) == 0 ? Atom.ok : ErrnoNames.error(scratch, errno)
        }
    }

    /// `truncate_nif(Handle)`: cuts the file at the current position.
    static func truncateNif(_ p: Process, _ a: Arguments) -> Term {
        withFile(p, a[0]) { scratch, fd in
            let position = lseek(fd, 0, SEEK_CUR)
            guard position >= 0, ftruncate(fd, position) == 0 else { return ErrnoNames.error(scratch, errno) }
            return Atom.ok
        }
    }

    /// `allocate_nif(Handle, Offset, Length)`.
    static func allocateNif(_ p: Process, _ a: Arguments) -> Term {
        guard a[1].isInteger, a[2].isInteger else { return p.badarg() }
        guard a[1].isSmall, a[2].isSmall, a[1].smallValue >= 0, a[2].smallValue >= 0 else {
            return ErrnoNames.error(p, EINVAL)
        }
        let offset = a[1].smallValue, length = a[2].smallValue
        return withFile(p, a[0]) { scratch, fd in
            let status = posix_fallocate(fd, off_t(offset), off_t(length))
            return status == 0 ? Atom.ok : ErrnoNames.error(scratch, status)
        }
    }

    /// `advise_nif(Handle, Offset, Length, Advice)`.
    static func adviseNif(_ p: Process, _ a: Arguments) -> Term {
        guard a[1].isInteger, a[2].isInteger else { return p.badarg() }
        guard a[1].isSmall, a[2].isSmall, a[1].smallValue >= 0, a[2].smallValue >= 0 else {
            return ErrnoNames.error(p, EINVAL)
        }
        let advice: Int32
        switch a[3].isAtom ? a[3].atomName.string : "" {
        case "normal": advice = POSIX_FADV_NORMAL
        case "random": advice = POSIX_FADV_RANDOM
        case "sequential": advice = POSIX_FADV_SEQUENTIAL
        case "will_need": advice = POSIX_FADV_WILLNEED
        case "dont_need": advice = POSIX_FADV_DONTNEED
        case "no_reuse": advice = POSIX_FADV_NOREUSE
        default: return ErrnoNames.error(p, EINVAL)
        }
        let offset = a[1].smallValue, length = a[2].smallValue
        return withFile(p, a[0]) { scratch, fd in
            let status = posix_fadvise(fd, off_t(offset), off_t(length), advice)
            return status == 0 ? Atom.ok : ErrnoNames.error(scratch, status)
        }
    }

    /// `read_handle_info_nif(Handle)`: the `#file_info{}` of an open file.
    static func readHandleInfoNif(_ p: Process, _ a: Arguments) -> Term {
        withFile(p, a[0]) { scratch, fd in
            var info = stat()
            guard fstat(fd, &info) == 0 else { return ErrnoNames.error(scratch, errno) }
            return fileInfo(scratch, info, access: accessAtom(fd: fd))
        }
    }

    /// `ipread_s32bu_p32bu_nif(Handle, Offset, MaxSize)`: reads a 32-bit size and a 32-bit
    /// position at `Offset`, then that many bytes from that position (disk_log's index).
    static func ipreadNif(_ p: Process, _ a: Arguments) -> Term {
        guard a[1].isInteger, a[2].isInteger else { return p.badarg() }
        guard a[1].isSmall, a[2].isSmall, a[1].smallValue >= 0, a[2].smallValue < 1 << 31 else {
            return ErrnoNames.error(p, EINVAL)
        }
        let offset = a[1].smallValue, maximum = a[2].smallValue
        return withFile(p, a[0]) { scratch, fd in
            var pointer = [UInt8](repeating: 0, count: 8)
            let got = pointer.withUnsafeMutableBufferPointer { fullRead(fd, $0.baseAddress!, 8, at: offset) }
            if got < 0 { return ErrnoNames.error(scratch, errno) }
            if got < 8 { return Atom.eof }
            let size = pointer[0..<4].reduce(0) { $0 << 8 | Int($1) }
            let position = pointer[4..<8].reduce(0) { $0 << 8 | Int($1) }
            if size > maximum { return Atom.eof }
            let data = readBinary(scratch, size: size) { buffer, count in fullRead(fd, buffer, count, at: position) }
            if data == Atom.eof { return scratch.tuple(Atom.ok, scratch.tuple(.small(size), .small(position), Atom.eof)) }
            guard data.isTuple, data.tupleElement(0) == Atom.ok else { return data }
            return scratch.tuple(Atom.ok, scratch.tuple(.small(size), .small(position), data.tupleElement(1)))
        }
    }

    /// `get_handle_nif/1`, `file_desc_to_ref_nif/1`: beamr hands out no raw descriptors.
    static func notSupported(_ p: Process, _ a: Arguments) -> Term {
        p.tuple(Atom.error, Atom.enotsup)
    }

    // MARK: Helpers

    /// Runs `body` with the descriptor of an open file on an I/O thread.
    static func withFile(_ p: Process, _ handle: Term, _ body: @escaping (Process, Int32) -> Term) -> Term {
        guard handle.isReference else { return p.badarg() }
        guard let file = Resources.file(handle) else { return ErrnoNames.error(p, EINVAL) }
        return p.awaitIO { scratch in file.use(scratch) { fd in body(scratch, fd) } }
    }

    /// `{ok, Binary}` of up to `size` bytes filled by `fill` (which returns the count read,
    /// or -1 with errno set), `eof` when nothing was read (and `size` > 0).
    static func readBinary(_ p: Process, size: Int,
                           _ fill: (UnsafeMutablePointer<UInt8>, Int) -> Int) -> Term {
        guard size < 1 << 40 else { return ErrnoNames.error(p, ENOMEM) }
        let storage = BinaryStorage.allocate(capacity: size, size: 0)
        let count = fill(storage.bytes, size)
        if count < 0 {
            let error = errno
            storage.release()
            return ErrnoNames.error(p, error)
        }
        if count == 0 && size > 0 {
            storage.release()
            return Atom.eof
        }
        return p.tuple(Atom.ok, binary(p, storage, count: count))
    }

    /// A binary of the first `count` bytes of `storage` (taking over its reference): a
    /// copy when that is small or much smaller than the block.
    static func binary(_ p: Process, _ storage: BinaryStorage, count: Int) -> Term {
        if count <= heapBinaryLimit || count < storage.capacity / 2 {
            let term = p.binary(UnsafeRawBufferPointer(start: storage.bytes, count: count))
            storage.release()
            return term
        }
        storage.usedWord.pointee = Int64(count * 8)
        return p.refcBinary(storage, size: count)
    }

    /// Reads until `count` bytes, end of file or an error, as ERTS's efile_readv does.
    /// Returns the bytes read, or -1 (errno set) on an error.
    static func fullRead(_ fd: Int32, _ buffer: UnsafeMutablePointer<UInt8>, _ count: Int, at offset: Int? = nil) -> Int {
        var done = 0
        while done < count {
            let n = offset.map { pread(fd, buffer + done, count - done, off_t($0 + done)) }
                ?? read(fd, buffer + done, count - done)
            if n < 0 {
                if errno == EINTR { continue }
                return -1
            }
            if n == 0 { break }
            done += n
        }
        return done
    }

    /// Writes all of `bytes`; false (errno set) on an error.
    static func fullWrite(_ fd: Int32, _ bytes: [UInt8], at offset: Int? = nil) -> Bool {
        bytes.withUnsafeBytes { buffer in
            var done = 0
            while done < buffer.count {
                let start = buffer.baseAddress! + done
                let n = offset.map { pwrite(fd, start, buffer.count - done, off_t($0 + done)) }
                    ?? write(fd, start, buffer.count - done)
                if n < 0 {
                    if errno == EINTR { continue }
                    return false
                }
                done += n
            }
            return true
        }
    }
}

/// Repeats a system call interrupted by a signal.
func retryingOnInterrupt(_ call: () -> Int32) -> Int32 {
    while true {
        let result = call()
        if result >= 0 || errno != EINTR { return result }
    }
}

extension Atom {
    public static let read = Term.atom("read")
    public static let write = Term.atom("write")
    public static let exclusive = Term.atom("exclusive")
    public static let sync = Term.atom("sync")
    public static let skipTypeCheck = Term.atom("skip_type_check")
    public static let bof = Term.atom("bof")
    public static let cur = Term.atom("cur")
    public static let enotsup = Term.atom("enotsup")
}
