// Reading BIF arguments that hold text: lists of character codes and binaries. Slow paths
// only: the results are Swift arrays.

extension Term {
    /// The bytes of a binary (a bitstring of whole bytes), or nil.
    var binaryBytes: [UInt8]? {
        guard isBitstring else { return nil }
        let view = BitstringView(self)
        return view.isBinary ? view.copyBytes() : nil
    }

    /// The elements of a proper list of integers in 0...255, or nil.
    var byteListElements: [UInt8]? {
        var bytes: [UInt8] = []
        var cursor = self
        while cursor.isList {
            let head = cursor.head
            guard head.isSmall, head.smallValue >= 0, head.smallValue <= 255 else { return nil }
            bytes.append(UInt8(head.smallValue))
            cursor = cursor.tail
        }
        return cursor.isNil ? bytes : nil
    }

    /// The elements of a proper list of Unicode scalar values (no surrogates), or nil.
    var scalarListElements: [Unicode.Scalar]? {
        var scalars: [Unicode.Scalar] = []
        var cursor = self
        while cursor.isList {
            let head = cursor.head
            guard head.isSmall, head.smallValue >= 0, head.smallValue <= 0x10FFFF,
                  let scalar = Unicode.Scalar(UInt32(head.smallValue)) else { return nil }
            scalars.append(scalar)
            cursor = cursor.tail
        }
        return cursor.isNil ? scalars : nil
    }
}

extension Process {
    /// A list of character codes for Unicode scalars.
    func scalarList(_ scalars: some Sequence<Unicode.Scalar>) -> Term {
        list(scalars.map { .small(Int($0.value)) })
    }
}
