// I/O lists: a binary, or a possibly deep list of bytes (0..255) and binaries whose tail
// may also be a binary. Flattened with an explicit stack, so deep nesting is safe.

import BeamFile

enum IOList {
    /// The bytes of an iolist (`allowBinary`: a bare binary counts too, as in iodata), or
    /// nil when the term is not one.
    static func bytes(_ term: Term, allowBinary: Bool = true) -> [UInt8]? {
        var out: [UInt8] = []
        if term.isBitstring {
            guard allowBinary, let bytes = term.binaryBytes else { return nil }
            return bytes
        }
        guard term.isList || term.isNil else { return nil }
        var pending: [Term] = [term]
        while let item = pending.popLast() {
            var cursor = item
            while cursor.isList {
                let head = cursor.head
                if head.isSmall {
                    guard head.smallValue >= 0, head.smallValue <= 255 else { return nil }
                    out.append(UInt8(head.smallValue))
                } else if head.isBitstring {
                    guard let bytes = head.binaryBytes else { return nil }
                    out += bytes
                } else if head.isList {
                    pending.append(cursor.tail)
                    cursor = head
                    continue
                } else if !head.isNil {
                    return nil
                }
                cursor = cursor.tail
            }
            if cursor.isBitstring {
                guard let bytes = cursor.binaryBytes else { return nil }
                out += bytes
            } else if !cursor.isNil {
                return nil
            }
        }
        return out
    }
}

/// iolist BIFs of the `erlang` module.
enum IOListBifs {
    typealias Arguments = UnsafeMutablePointer<Term>

    static func listToBinary(_ p: Process, _ a: Arguments) -> Term {
        guard a[0].isList || a[0].isNil, let bytes = IOList.bytes(a[0]) else { return p.badarg() }
        return p.binary(bytes)
    }

    static func iolistToBinary(_ p: Process, _ a: Arguments) -> Term {
        if a[0].isBitstring { return a[0].binaryBytes != nil ? a[0] : p.badarg() }
        guard let bytes = IOList.bytes(a[0]) else { return p.badarg() }
        return p.binary(bytes)
    }

    static func iolistSize(_ p: Process, _ a: Arguments) -> Term {
        guard let bytes = IOList.bytes(a[0]) else { return p.badarg() }
        return .small(bytes.count)
    }

    static func binaryToList(_ p: Process, _ a: Arguments) -> Term {
        guard let bytes = a[0].binaryBytes else { return p.badarg() }
        return p.byteList(bytes)
    }

    static func md5(_ p: Process, _ a: Arguments) -> Term {
        guard let bytes = IOList.bytes(a[0]) else { return p.badarg() }
        return p.binary(MD5.digest(bytes))
    }
}
