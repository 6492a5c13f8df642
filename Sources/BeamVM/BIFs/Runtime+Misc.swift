// BIFs that OTP's own modules need from the runtime (kernel and stdlib internals).

extension ErlangBifs {
    /// `net_kernel:dflag_unicode_io/1`: every local process can take Unicode I/O requests.
    static func dflagUnicodeIO(_ p: Process, _ a: Arguments) -> Term { .true }
}
