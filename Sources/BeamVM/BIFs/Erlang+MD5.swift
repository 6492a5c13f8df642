// erlang:md5/1.

import BeamFile

extension ErlangBifs {
    static func md5(_ p: Process, _ a: Arguments) -> Term {
        guard let bytes = IOList.bytes(a[0]) else { return p.badarg() }
        return p.binary(MD5.digest(bytes))
    }
}
