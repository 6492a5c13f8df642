// File names between Erlang and the operating system: `file:native_name_encoding/0` and
// prim_file's name BIFs. As in ERTS on Linux, names are UTF-8 when the locale's character
// set is (LC_ALL, LC_CTYPE or LANG naming UTF-8), else bytes as Latin-1 characters.

#if canImport(Glibc)
import Glibc
#endif

extension PrimFileBifs {
    static let utf8Names: Bool = {
        for variable in ["LC_ALL", "LC_CTYPE", "LANG"] {
            guard let value = getenv(variable).map({ String(cString: $0) }), !value.isEmpty else { continue }
            let lower = value.lowercased()
            return lower.contains("utf-8") || lower.contains("utf8")
        }
        return false
    }()

    /// `file:native_name_encoding()`.
    static func nativeNameEncoding(_ p: Process, _ a: Arguments) -> Term {
        utf8Names ? Atom.utf8 : Atom.latin1
    }

    /// `prim_file:internal_name2native(Name)`: a flat or nested character list, or a
    /// binary, as the NUL-terminated bytes the system calls take.
    static func name2native(_ p: Process, _ a: Arguments) -> Term {
        var bytes: [UInt8]
        if a[0].isBitstring {
            let view = BitstringView(a[0])
            bytes = view.isBinary ? view.copyBytes() : []
        } else {
            bytes = []
            guard appendName(a[0], to: &bytes) else { return p.badarg() }
        }
        guard !bytes.contains(0) else { return p.badarg() }
        bytes.append(0)
        return p.binary(bytes)
    }

    /// The native bytes of a character list (flat or nested), or nil.
    static func nameBytes(_ term: Term) -> [UInt8]? {
        var bytes: [UInt8] = []
        return appendName(term, to: &bytes) ? bytes : nil
    }

    private static func appendName(_ term: Term, to bytes: inout [UInt8]) -> Bool {
        var cursor = term
        while cursor.isList {
            let head = cursor.head
            if head.isSmall {
                let value = head.smallValue
                if utf8Names {
                    guard value >= 0, let scalar = Unicode.Scalar(UInt32(truncatingIfNeeded: value)), value <= 0x10FFFF else {
                        return false
                    }
                    bytes.append(contentsOf: Array(String(Character(scalar)).utf8))
                } else {
                    guard value >= 0 && value < 256 else { return false }
                    bytes.append(UInt8(value))
                }
            } else if head.isList || head.isNil {
                guard appendName(head, to: &bytes) else { return false }
            } else {
                return false
            }
            cursor = cursor.tail
        }
        return cursor.isNil
    }

    /// `prim_file:internal_native2name(Bytes)`: the characters of a name, or
    /// `{error, warning}` when the bytes are not valid in the name encoding.
    static func native2name(_ p: Process, _ a: Arguments) -> Term {
        guard let bytes = a[0].binaryBytes else { return p.badarg() }
        guard utf8Names else { return p.list(bytes.map { .small(Int($0)) }) }
        guard let scalars = decodeUTF8(bytes) else { return p.tuple(Atom.error, Atom.warning) }
        return p.scalarList(scalars)
    }

    /// `prim_file:internal_normalize_utf8(Bytes)`: the characters of UTF-8 bytes (Linux
    /// keeps names as they are).
    static func normalizeUTF8(_ p: Process, _ a: Arguments) -> Term {
        guard let bytes = a[0].binaryBytes, let scalars = decodeUTF8(bytes) else { return p.badarg() }
        return p.scalarList(scalars)
    }

    /// `prim_file:is_translatable(Bytes)`.
    static func isTranslatable(_ p: Process, _ a: Arguments) -> Term {
        guard let bytes = a[0].binaryBytes else { return p.badarg() }
        return .bool(!utf8Names || decodeUTF8(bytes) != nil)
    }

    static func decodeUTF8(_ bytes: [UInt8]) -> [Unicode.Scalar]? {
        var scalars: [Unicode.Scalar] = []
        var decoder = UTF8()
        var iterator = bytes.makeIterator()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): scalars.append(scalar)
            case .emptyInput: return scalars
            case .error: return nil
            }
        }
    }
}

extension Atom {
    public static let warning = Term.atom("warning")
}
