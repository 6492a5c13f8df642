// BIFs that OTP's own modules need from the runtime (kernel and stdlib internals).

extension ErlangBifs {
    /// `net_kernel:dflag_unicode_io/1`: every local process can take Unicode I/O requests.
    static func dflagUnicodeIO(_ p: Process, _ a: Arguments) -> Term { .true }
}

extension ErlangBifs {
    /// `erlang:dt_spread_tag/1`: beamr has no DTrace, so there is no tag to spread; the
    /// answer only has to go back into `dt_restore_tag/1`.
    static func dtSpreadTag(_ p: Process, _ a: Arguments) -> Term {
        a[0] == .true || a[0] == .false ? .true : p.badarg()
    }

    /// `erlang:dt_restore_tag/1`.
    static func dtRestoreTag(_ p: Process, _ a: Arguments) -> Term {
        a[0] == .true ? .true : p.badarg()
    }

    /// `erlang:iolist_to_iovec/1`: the bytes as one binary in a list (none when empty).
    static func iolistToIOVec(_ p: Process, _ a: Arguments) -> Term {
        if a[0].isBitstring {
            let view = BitstringView(a[0])
            guard view.isBinary else { return p.badarg() }
            return view.bitSize == 0 ? .nil : p.list([a[0]])
        }
        guard let bytes = IOList.bytes(a[0]) else { return p.badarg() }
        return bytes.isEmpty ? .nil : p.list([p.binary(bytes)])
    }
}
