// prim_file's NIFs on paths: whole-file reads, directories, metadata, links, the working
// directory. Paths arrive as prim_file:internal_name2native/1 made them (UTF-8 bytes and a
// terminating NUL). Errors are ERTS's, including where it normalises Linux's answers.

#if canImport(Glibc)
import Glibc
#endif

extension PrimFileBifs {
    /// The NUL-terminated path in a native-name binary, or nil (badarg).
    static func nativePath(_ term: Term) -> [CChar]? {
        guard var bytes = term.binaryBytes else { return nil }
        if bytes.last != 0 { bytes.append(0) }
        return bytes.map { CChar(bitPattern: $0) }
    }

    /// Runs a path system call on an I/O thread: `ok`, or `{error, Posix}` with `remap`
    /// applied to the error number.
    static func pathCall(_ p: Process, _ paths: [Term], remap: @escaping (Int32) -> Int32 = { $0 },
                         _ call: @escaping ([UnsafePointer<CChar>]) -> Int32) -> Term {
        var native: [[CChar]] = []
        for path in paths {
            guard let bytes = nativePath(path) else { return p.badarg() }
            native.append(bytes)
        }
        return p.awaitIO { scratch in
            let status = withCStrings(native, call)
            return status == 0 ? Atom.ok : ErrnoNames.error(scratch, remap(errno))
        }
    }

    static func withCStrings<R>(_ strings: [[CChar]], _ body: ([UnsafePointer<CChar>]) -> R) -> R {
        var pointers: [UnsafeMutablePointer<CChar>] = []
        for string in strings {
            let copy = UnsafeMutablePointer<CChar>.allocate(capacity: string.count)
            copy.initialize(from: string, count: string.count)
            pointers.append(copy)
        }
        defer { for pointer in pointers { pointer.deallocate() } }
        return body(pointers.map { UnsafePointer($0) })
    }

    // MARK: Whole files

    /// `read_file_nif(Path)`: `{ok, Binary}`.
    static func readFileNif(_ p: Process, _ a: Arguments) -> Term {
        guard let path = nativePath(a[0]) else { return p.badarg() }
        return p.awaitIO { scratch in
            let fd = path.withUnsafeBufferPointer { buffer in retryingOnInterrupt { open(buffer.baseAddress!, O_RDONLY | O_CLOEXEC) } }
            if fd < 0 { return ErrnoNames.error(scratch, errno) }
            defer { close(fd) }
            var info = stat()
            guard fstat(fd, &info) == 0 else { return ErrnoNames.error(scratch, errno) }
            if (info.st_mode & S_IFMT) == S_IFDIR { return ErrnoNames.error(scratch, EISDIR) }
            return readToEnd(scratch, fd, expected: Int(info.st_size))
        }
    }

    /// Reads a descriptor to its end: `{ok, Binary}`. Starts with the size the file had
    /// (or 16 KB when that is unknown) and doubles while the file keeps giving more.
    static func readToEnd(_ p: Process, _ fd: Int32, expected: Int) -> Term {
        var capacity = expected > 0 ? expected : 16 << 10
        var storage = BinaryStorage.allocate(capacity: capacity, size: 0)
        var count = 0
        while true {
            let n = fullRead(fd, storage.bytes + count, capacity - count)
            if n < 0 {
                let error = errno
                storage.release()
                return ErrnoNames.error(p, error)
            }
            count += n
            if count < capacity || count == expected && expected > 0 && probeEnd(fd) { break }
            let larger = BinaryStorage.allocate(capacity: capacity * 2, size: 0)
            larger.bytes.update(from: storage.bytes, count: count)
            storage.release()
            storage = larger
            capacity *= 2
        }
        return p.tuple(Atom.ok, binary(p, storage, count: count))
    }

    /// Whether a file read up to its recorded size has nothing more.
    private static func probeEnd(_ fd: Int32) -> Bool {
        var byte: UInt8 = 0
        let n = read(fd, &byte, 1)
        if n <= 0 { return true }
        _ = lseek(fd, -1, SEEK_CUR)
        return false
    }

    // MARK: Directories and names

    /// `list_dir_nif(Path)`: `{ok, [RawName]}`, the names as binaries without `.` and `..`,
    /// last read first (prim_file reverses them into the directory's order).
    static func listDirNif(_ p: Process, _ a: Arguments) -> Term {
        guard let path = nativePath(a[0]) else { return p.badarg() }
        return p.awaitIO { scratch in
            guard let directory = path.withUnsafeBufferPointer({ opendir($0.baseAddress!) }) else {
                return ErrnoNames.error(scratch, errno)
            }
            defer { closedir(directory) }
            var names: [Term] = []
            while true {
                errno = 0
                guard let entry = readdir(directory) else {
                    if errno != 0 { return ErrnoNames.error(scratch, errno) }
                    break
                }
                let name = withUnsafeBytes(of: entry.pointee.d_name) { raw -> [UInt8] in
                    Array(raw.prefix { $0 != 0 })
                }
                if name == [0x2E] || name == [0x2E, 0x2E] { continue }
                names.append(scratch.binary(name))
            }
            return scratch.tuple(Atom.ok, scratch.list(names.reversed()))
        }
    }

    /// `make_dir_nif(Path)`.
    static func makeDirNif(_ p: Process, _ a: Arguments) -> Term {
        pathCall(p, [a[0]]) { mkdir($0[0], 0o777) }
    }

    /// `del_dir_nif(Path)`: a directory that is not empty is `eexist`, as ERTS reports it.
    static func delDirNif(_ p: Process, _ a: Arguments) -> Term {
        pathCall(p, [a[0]], remap: { $0 == ENOTEMPTY ? EEXIST : $0 }) { rmdir($0[0]) }
    }

    /// `del_file_nif(Path)`: deleting a directory is `eperm`, as ERTS reports it.
    static func delFileNif(_ p: Process, _ a: Arguments) -> Term {
        pathCall(p, [a[0]], remap: { $0 == EISDIR ? EPERM : $0 }) { unlink($0[0]) }
    }

    /// `rename_nif(From, To)`.
    static func renameNif(_ p: Process, _ a: Arguments) -> Term {
        pathCall(p, [a[0], a[1]], remap: { $0 == ENOTEMPTY ? EEXIST : $0 }) { rename($0[0], $0[1]) }
    }

    /// `make_hard_link_nif(Existing, New)`.
    static func makeHardLinkNif(_ p: Process, _ a: Arguments) -> Term {
        pathCall(p, [a[0], a[1]]) { link($0[0], $0[1]) }
    }

    /// `make_soft_link_nif(Existing, New)`.
    static func makeSoftLinkNif(_ p: Process, _ a: Arguments) -> Term {
        pathCall(p, [a[0], a[1]]) { symlink($0[0], $0[1]) }
    }

    /// `read_link_nif(Path)`: `{ok, RawTarget}`.
    static func readLinkNif(_ p: Process, _ a: Arguments) -> Term {
        guard let path = nativePath(a[0]) else { return p.badarg() }
        return p.awaitIO { scratch in
            var buffer = [UInt8](repeating: 0, count: Int(PATH_MAX) + 1)
            let n = path.withUnsafeBufferPointer { name in
                buffer.withUnsafeMutableBufferPointer { readlink(name.baseAddress!, $0.baseAddress!, $0.count) }
            }
            if n < 0 { return ErrnoNames.error(scratch, errno) }
            return scratch.tuple(Atom.ok, scratch.binary(Array(buffer[0..<n])))
        }
    }

    /// `get_cwd_nif()`: `{ok, RawPath}`.
    static func getCwdNif(_ p: Process, _ a: Arguments) -> Term {
        p.awaitIO { scratch in
            var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
            guard getcwd(&buffer, buffer.count) != nil else { return ErrnoNames.error(scratch, errno) }
            let bytes = buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }
            return scratch.tuple(Atom.ok, scratch.binary(bytes))
        }
    }

    /// `set_cwd_nif(Path)`.
    static func setCwdNif(_ p: Process, _ a: Arguments) -> Term {
        pathCall(p, [a[0]]) { chdir($0[0]) }
    }

    // MARK: Metadata

    /// `read_info_nif(Path, FollowLinks)`: a `#file_info{}` with times in POSIX seconds.
    static func readInfoNif(_ p: Process, _ a: Arguments) -> Term {
        guard let path = nativePath(a[0]), a[1].isSmall else { return p.badarg() }
        let follow = a[1].smallValue != 0
        return p.awaitIO { scratch in
            path.withUnsafeBufferPointer { buffer in
                let name = buffer.baseAddress!
                var info = stat()
                guard (follow ? stat(name, &info) : lstat(name, &info)) == 0 else { return ErrnoNames.error(scratch, errno) }
                let readable = access(name, R_OK) == 0, writable = access(name, W_OK) == 0
                return fileInfo(scratch, info, access: accessAtom(readable: readable, writable: writable))
            }
        }
    }

    /// `set_permissions_nif(Path, Mode)`.
    static func setPermissionsNif(_ p: Process, _ a: Arguments) -> Term {
        guard a[1].isSmall, a[1].smallValue >= 0 else { return p.badarg() }
        let mode = mode_t(truncatingIfNeeded: a[1].smallValue)
        return pathCall(p, [a[0]]) { chmod($0[0], mode) }
    }

    /// `set_owner_nif(Path, Uid, Gid)` (-1 leaves one unchanged).
    static func setOwnerNif(_ p: Process, _ a: Arguments) -> Term {
        guard a[1].isSmall, a[2].isSmall else { return p.badarg() }
        let uid = uid_t(truncatingIfNeeded: a[1].smallValue), gid = gid_t(truncatingIfNeeded: a[2].smallValue)
        return pathCall(p, [a[0]]) { chown($0[0], uid, gid) }
    }

    /// `set_time_nif(Path, Accessed, Modified, Created)` in POSIX seconds; the creation
    /// time cannot be set on Unix.
    static func setTimeNif(_ p: Process, _ a: Arguments) -> Term {
        guard a[1].isSmall, a[2].isSmall, a[3].isSmall else { return p.badarg() }
        let accessed = a[1].smallValue, modified = a[2].smallValue
        return pathCall(p, [a[0]]) { paths in
            var times = [timespec(tv_sec: accessed, tv_nsec: 0), timespec(tv_sec: modified, tv_nsec: 0)]
            return utimensat(AT_FDCWD, paths[0], &times, 0)
        }
    }

    /// `{file_info, Size, Type, Access, Atime, Mtime, Ctime, Mode, Links, MajorDevice,
    /// MinorDevice, Inode, Uid, Gid}` as prim_file_nif.c builds it.
    static func fileInfo(_ p: Process, _ info: stat, access: Term) -> Term {
        let type: Term
        switch info.st_mode & S_IFMT {
        case S_IFCHR, S_IFBLK: type = Atom.device
        case S_IFDIR: type = Atom.directory
        case S_IFREG: type = Atom.regular
        case S_IFLNK: type = Atom.symlink
        default: type = Atom.other
        }
        return p.tuple([
            Atom.fileInfo, Integers.make(p, Int(info.st_size)), type, access,
            Integers.make(p, info.st_atim.tv_sec), Integers.make(p, info.st_mtim.tv_sec),
            Integers.make(p, info.st_ctim.tv_sec), .small(Int(info.st_mode)), .small(Int(info.st_nlink)),
            Integers.make(p, Int(info.st_dev)), Integers.make(p, Int(info.st_rdev)),
            Integers.make(p, Int(truncatingIfNeeded: info.st_ino)), .small(Int(info.st_uid)), .small(Int(info.st_gid)),
        ])
    }

    static func accessAtom(readable: Bool, writable: Bool) -> Term {
        switch (readable, writable) {
        case (true, true): return Atom.readWrite
        case (true, false): return Atom.read
        case (false, true): return Atom.write
        case (false, false): return Atom.none
        }
    }

    /// The access an open descriptor gives, from its open flags.
    static func accessAtom(fd: Int32) -> Term {
        let flags = fcntl(fd, F_GETFL)
        switch flags & O_ACCMODE {
        case O_RDWR: return Atom.readWrite
        case O_WRONLY: return Atom.write
        default: return Atom.read
        }
    }

    /// `get_device_cwd_nif/1` and `altname_nif/1` exist only on Windows.
    static func enotsup(_ p: Process, _ a: Arguments) -> Term {
        p.tuple(Atom.error, Atom.enotsup)
    }
}

extension Atom {
    public static let fileInfo = Term.atom("file_info")
    public static let device = Term.atom("device")
    public static let directory = Term.atom("directory")
    public static let regular = Term.atom("regular")
    public static let symlink = Term.atom("symlink")
    public static let other = Term.atom("other")
    public static let readWrite = Term.atom("read_write")
}
