// POSIX error numbers as the atoms Erlang reports them with (`{error, enoent}`): the
// lower-case name of the C constant, as ERTS's erl_errno_id gives it.

#if canImport(Glibc)
import Glibc
#endif

enum ErrnoNames {
    private static let names: [Int32: String] = {
        let pairs: [(Int32, String)] = [
            (EPERM, "eperm"), (ENOENT, "enoent"), (ESRCH, "esrch"), (EINTR, "eintr"), (EIO, "eio"),
            (ENXIO, "enxio"), (E2BIG, "e2big"), (ENOEXEC, "enoexec"), (EBADF, "ebadf"), (ECHILD, "echild"),
            (EAGAIN, "eagain"), (ENOMEM, "enomem"), (EACCES, "eacces"), (EFAULT, "efault"),
            (ENOTBLK, "enotblk"), (EBUSY, "ebusy"), (EEXIST, "eexist"), (EXDEV, "exdev"), (ENODEV, "enodev"),
            (ENOTDIR, "enotdir"), (EISDIR, "eisdir"), (EINVAL, "einval"), (ENFILE, "enfile"),
            (EMFILE, "emfile"), (ENOTTY, "enotty"), (ETXTBSY, "etxtbsy"), (EFBIG, "efbig"),
            (ENOSPC, "enospc"), (ESPIPE, "espipe"), (EROFS, "erofs"), (EMLINK, "emlink"), (EPIPE, "epipe"),
            (EDOM, "edom"), (ERANGE, "erange"), (EDEADLK, "edeadlk"), (ENAMETOOLONG, "enametoolong"),
            (ENOLCK, "enolck"), (ENOSYS, "enosys"), (ENOTEMPTY, "enotempty"), (ELOOP, "eloop"),
            (ENOMSG, "enomsg"), (EIDRM, "eidrm"), (ENOSTR, "enostr"), (ENODATA, "enodata"),
            (ETIME, "etime"), (ENOSR, "enosr"), (EREMOTE, "eremote"), (ENOLINK, "enolink"),
            (EPROTO, "eproto"), (EMULTIHOP, "emultihop"), (EBADMSG, "ebadmsg"), (EOVERFLOW, "eoverflow"),
            (EILSEQ, "eilseq"), (EUSERS, "eusers"), (ENOTSOCK, "enotsock"), (EDESTADDRREQ, "edestaddrreq"),
            (EMSGSIZE, "emsgsize"), (EPROTOTYPE, "eprototype"), (ENOPROTOOPT, "enoprotoopt"),
            (EPROTONOSUPPORT, "eprotonosupport"), (ESOCKTNOSUPPORT, "esocktnosupport"),
            (EOPNOTSUPP, "eopnotsupp"), (EPFNOSUPPORT, "epfnosupport"), (EAFNOSUPPORT, "eafnosupport"),
            (EADDRINUSE, "eaddrinuse"), (EADDRNOTAVAIL, "eaddrnotavail"), (ENETDOWN, "enetdown"),
            (ENETUNREACH, "enetunreach"), (ENETRESET, "enetreset"), (ECONNABORTED, "econnaborted"),
            (ECONNRESET, "econnreset"), (ENOBUFS, "enobufs"), (EISCONN, "eisconn"), (ENOTCONN, "enotconn"),
            (ESHUTDOWN, "eshutdown"), (ETOOMANYREFS, "etoomanyrefs"), (ETIMEDOUT, "etimedout"),
            (ECONNREFUSED, "econnrefused"), (EHOSTDOWN, "ehostdown"), (EHOSTUNREACH, "ehostunreach"),
            (EALREADY, "ealready"), (EINPROGRESS, "einprogress"), (ESTALE, "estale"), (EDQUOT, "edquot"),
            (ECANCELED, "ecanceled"),
        ]
        var table: [Int32: String] = [:]
        for (number, name) in pairs where table[number] == nil { table[number] = name }
        return table
    }()

    /// The atom for an error number (`unknown` for one ERTS has no name for).
    static func atom(_ number: Int32) -> Term {
        Term.atom(names[number] ?? "unknown")
    }

    /// `{error, Name}`.
    static func error(_ p: Process, _ number: Int32) -> Term {
        p.tuple(Atom.error, atom(number))
    }
}
