// The portable term hashes of ERTS: `make_hash2` behind erlang:phash2/1,2 and the older
// `make_hash` behind erlang:phash/2. Their values are part of Erlang's external contract
// (programs store them, partition data by them), so every step follows ERTS exactly,
// including the order in which compound terms are visited and the 32-bit wraparound.
//
// make_hash2 is built on Bob Jenkins' 96-bit mix: each primitive value is added to two
// words `a` and `b` (each preloaded with a per-type constant) and mixed into the running
// hash `c`. Lists of bytes are packed four to a word first. Map pairs are hashed
// independently of each other and combined with xor, so map order does not matter.

/// Term hashing compatible with ERTS.
enum TermHash {
    // MARK: - Shared pieces

    /// hashpjw over an atom's UTF-8 name, folding two-byte sequences that encode Latin-1
    /// characters back into one byte, as ERTS's atom table does.
    static func atomHash(_ atom: Term) -> UInt32 {
        let name = atom.atomName.buffer
        var h: UInt32 = 0
        var i = 0
        while i < name.count {
            var v = name[i]
            i += 1
            if i < name.count && (v & 0xFE) == 0xC2 && (name[i] & 0xC0) == 0x80 {
                v = UInt8(truncatingIfNeeded: UInt32(v) << 6) | (name[i] & 0x3F)
                i += 1
            }
            h = (h << 4) &+ UInt32(v)
            let g = h & 0xF000_0000
            if g != 0 {
                h ^= g >> 24
                h ^= g
            }
        }
        return h
    }

    /// The 32-bit words of a local pid's number, a port's number and a reference's first
    /// number, as ERTS hashes them.
    static func pidNumber(_ pid: Term) -> UInt32 { UInt32(truncatingIfNeeded: pid.pidSerial) }
    static func portNumber(_ port: Term) -> UInt64 { port.portSerial }
    static func referenceNumber(_ reference: Term) -> UInt32 { UInt32(truncatingIfNeeded: reference.boxedPointer[1].raw) }

    // MARK: - make_hash2

    static let golden: UInt32 = 0x9E37_79B9
    /// golden * k mod 2^32, k = 2...19.
    static func constant(_ k: UInt32) -> UInt32 { golden &* k }

    @inline(__always)
    static func mix(_ a: inout UInt32, _ b: inout UInt32, _ c: inout UInt32) {
        a = a &- b &- c; a ^= c >> 13
        b = b &- c &- a; b ^= a << 8
        c = c &- a &- b; c ^= b >> 13
        a = a &- b &- c; a ^= c >> 12
        b = b &- c &- a; b ^= a << 16
        c = c &- a &- b; c ^= b >> 5
        a = a &- b &- c; a ^= c >> 3
        b = b &- c &- a; b ^= a << 10
        c = c &- a &- b; c ^= b >> 15
    }

    /// Jenkins' lookup2 over bytes, seeded with `initial`.
    static func blockHash(_ bytes: [UInt8], initial: UInt32) -> UInt32 {
        var a = golden, b = golden, c = initial
        func word(_ i: Int) -> UInt32 {
            UInt32(bytes[i]) | UInt32(bytes[i + 1]) << 8 | UInt32(bytes[i + 2]) << 16 | UInt32(bytes[i + 3]) << 24
        }
        var i = 0
        while bytes.count - i >= 12 {
            a = a &+ word(i)
            b = b &+ word(i + 4)
            c = c &+ word(i + 8)
            mix(&a, &b, &c)
            i += 12
        }
        c = c &+ UInt32(truncatingIfNeeded: bytes.count)
        let rest = bytes.count - i
        if rest >= 11 { c = c &+ UInt32(bytes[i + 10]) << 24 }
        if rest >= 10 { c = c &+ UInt32(bytes[i + 9]) << 16 }
        if rest >= 9 { c = c &+ UInt32(bytes[i + 8]) << 8 }
        if rest >= 8 { b = b &+ UInt32(bytes[i + 7]) << 24 }
        if rest >= 7 { b = b &+ UInt32(bytes[i + 6]) << 16 }
        if rest >= 6 { b = b &+ UInt32(bytes[i + 5]) << 8 }
        if rest >= 5 { b = b &+ UInt32(bytes[i + 4]) }
        if rest >= 4 { a = a &+ UInt32(bytes[i + 3]) << 24 }
        if rest >= 3 { a = a &+ UInt32(bytes[i + 2]) << 16 }
        if rest >= 2 { a = a &+ UInt32(bytes[i + 1]) << 8 }
        if rest >= 1 { a = a &+ UInt32(bytes[i]) }
        mix(&a, &b, &c)
        return c
    }

    /// What is still to do while hashing a compound term.
    enum Pending {
        case term(Term)
        /// End of a map: restore the saved hash and fold in the xor of the pair hashes.
        case mapTail(savedHash: UInt32, savedXor: UInt32)
        /// End of one key-value pair: xor its hash into the pairs' hash.
        case mapPair
    }

    /// ERTS's `make_hash2`: the full 32-bit value behind phash2.
    static func hash2(_ root: Term) -> UInt32 {
        if root.isAtom { return atomHash(root) }
        if root.isSmall { var h: UInt32 = 0; mixSmall(root.smallValue, &h); return h }
        var hash: UInt32 = 0
        var xorPairs: UInt32 = 0
        var stack: [Pending] = []
        var term = root

        @inline(__always) func mix2(_ x: UInt32, _ y: UInt32, _ k: UInt32) {
            var a = k &+ x, b = k &+ y
            mix(&a, &b, &hash)
        }

        while true {
            var descend = false
            switch term.primaryTag {
            case 1:
                // Byte elements are packed four to a word; the first other element is
                // hashed next, with the rest of the list pending. After the last byte
                // the tail itself (usually []) is hashed next.
                var packed: UInt32 = 0, count = 0
                var cell = term
                while cell.head.isSmall && cell.head.smallValue >= 0 && cell.head.smallValue <= 255 {
                    packed = packed << 8 &+ UInt32(cell.head.smallValue)
                    if count == 3 {
                        mix2(packed, 0, constant(4))
                        packed = 0
                        count = 0
                    } else {
                        count += 1
                    }
                    term = cell.tail
                    if !term.isList { break }
                    cell = term
                }
                if count > 0 { mix2(packed, 0, constant(4)) }
                if term.isList {
                    stack.append(.term(cell.tail))
                    term = cell.head
                }
                descend = true
            case 3:
                if term.isSmall {
                    mixSmall(term.smallValue, &hash)
                } else if term.isAtom {
                    if hash == 0 { hash = atomHash(term) } else { mix2(atomHash(term), 0, constant(3)) }
                } else if term.isNil {
                    if hash == 0 { hash = 3_468_870_702 } else { mix2(2, 0, constant(2)) }
                } else if term.isLocalPid {
                    mix2(pidNumber(term), 0, constant(5))
                } else if term.isLocalPort {
                    let number = portNumber(term)
                    mix2(UInt32(truncatingIfNeeded: number), UInt32(truncatingIfNeeded: number >> 32), constant(6))
                }
            default:
                descend = hashBoxed(&term, &hash, &xorPairs, &stack)
            }
            if descend { continue }
            // Done with `term`: continue with what is pending.
            var next: Term? = nil
            while next == nil {
                guard let pending = stack.popLast() else { return hash }
                switch pending {
                case .term(let t): next = t
                case .mapTail(let savedHash, let savedXor):
                    let pairs = xorPairs
                    hash = savedHash
                    mix2(pairs, 0, constant(19))
                    xorPairs = savedXor
                case .mapPair:
                    xorPairs ^= hash
                    hash = 0
                }
            }
            term = next!
        }
    }

    /// Small integers: 28-bit values as a signed 32-bit number (negative ones mixed twice),
    /// larger ones like a one-digit bignum.
    @inline(__always)
    static func mixSmall(_ value: Int, _ hash: inout UInt32) {
        if value >= -(1 << 27) && value < (1 << 27) {
            let y = Int32(value)
            if y < 0 {
                var a = golden &+ UInt32(bitPattern: -y), b = golden
                mix(&a, &b, &hash)
            }
            var a = golden &+ UInt32(bitPattern: y), b = golden
            mix(&a, &b, &hash)
        } else {
            let magnitude = UInt64(value.magnitude)
            let k = value < 0 ? constant(10) : constant(11)
            var a = k &+ UInt32(truncatingIfNeeded: magnitude), b = k &+ UInt32(truncatingIfNeeded: magnitude >> 32)
            mix(&a, &b, &hash)
        }
    }

    /// Hashes a boxed term. Returns true when `term` was replaced by a part of it that must
    /// be hashed next (the rest having been pushed on `stack`).
    static func hashBoxed(_ term: inout Term, _ hash: inout UInt32, _ xorPairs: inout UInt32,
                          _ stack: inout [Pending]) -> Bool {
        func mix2(_ x: UInt32, _ y: UInt32, _ k: UInt32) {
            var a = k &+ x, b = k &+ y
            mix(&a, &b, &hash)
        }
        let object = term.boxedPointer
        switch Subtag(rawValue: Header.subtag(object[0])) {
        case .tuple:
            let arity = term.tupleArity
            mix2(UInt32(truncatingIfNeeded: arity), 0, constant(9))
            if arity == 0 { return false }
            for i in stride(from: arity - 1, through: 1, by: -1) { stack.append(.term(term.tupleElement(i))) }
            term = term.tupleElement(0)
            return true
        case .map:
            let entries = MapOps.entries(term)
            mix2(UInt32(truncatingIfNeeded: entries.count), 0, constant(16))
            if entries.isEmpty { return false }
            stack.append(.mapTail(savedHash: hash, savedXor: xorPairs))
            hash = 0
            xorPairs = 0
            for entry in entries.reversed() {
                stack.append(.mapPair)
                stack.append(.term(entry.value))
                stack.append(.term(entry.key))
            }
            return false
        case .closure:
            let entry = FunEntry(object[1])
            let free = entry.freeCount
            mix2(UInt32(truncatingIfNeeded: free), atomHash(entry.module), golden)
            mix2(UInt32(truncatingIfNeeded: entry.index), UInt32(truncatingIfNeeded: entry.uniq), golden)
            if free == 0 { return false }
            for i in stride(from: free - 1, through: 1, by: -1) { stack.append(.term(object[2 + i])) }
            term = object[2]
            return true
        case .export:
            let entry = ExportEntry(object[1])
            mix2(UInt32(truncatingIfNeeded: entry.arity), atomHash(entry.module), golden)
            mix2(atomHash(entry.function), 0, constant(14))
            return false
        case .heapBinary, .refcBinary, .subBinary:
            let view = BitstringView(term)
            let k = constant(13) &+ hash
            let tail = view.trailingBits
            if view.byteCount == 0 && tail.count == 0 {
                hash = k
            } else {
                hash = blockHash(view.copyBytes(), initial: k)
                if tail.count > 0 {
                    mix2(UInt32(tail.count), UInt32(tail.value >> (8 - UInt8(tail.count))), constant(15))
                }
            }
            return false
        case .positiveBig, .negativeBig:
            let k = Header.subtag(object[0]) == Subtag.negativeBig.rawValue ? constant(10) : constant(11)
            for i in 0..<Header.payload(object[0]) {
                let limb = object[1 + i].raw
                mix2(UInt32(truncatingIfNeeded: limb), UInt32(truncatingIfNeeded: limb >> 32), k)
            }
            return false
        case .reference:
            mix2(referenceNumber(term), 0, constant(7))
            return false
        case .float:
            var value = term.floatValue
            if value == 0 { value = 0 }
            let bits = value.bitPattern
            mix2(UInt32(truncatingIfNeeded: bits >> 32), UInt32(truncatingIfNeeded: bits), constant(12))
            return false
        default:
            return false
        }
    }
}

// MARK: - make_hash

extension TermHash {
    /// Primes just above 2^28 that make_hash multiplies by.
    static let funny: [UInt32] = [0, 268_440_163, 268_439_161, 268_435_459, 268_436_141, 268_438_633, 268_437_017,
                                  268_438_039, 268_437_511, 268_439_627, 268_440_479, 268_440_577, 268_440_581,
                                  268_440_593, 268_440_611]

    enum LegacyPending {
        case term(Term)
        /// The rest of a list after a non-byte element.
        case rest(Term)
        /// After an improper or finished list's tail.
        case listEnd
        /// After a tuple's elements: fold in the arity.
        case tupleEnd(UInt32)
    }

    /// ERTS's `make_hash`, behind erlang:phash/2.
    static func legacyHash(_ root: Term) -> UInt32 {
        var hash: UInt32 = 0
        var stack: [LegacyPending] = []
        var term = root

        func step(_ x: UInt32, _ prime: UInt32) {
            hash = (((hash &* prime &+ (x & 0xFF)) &* prime &+ ((x >> 8) & 0xFF)) &* prime
                    &+ ((x >> 16) & 0xFF)) &* prime &+ (x >> 24)
        }

        while true {
            var descend = false
            if term.isList {
                var cell = term
                while cell.head.isSmall && cell.head.smallValue >= 0 && cell.head.smallValue <= 255 {
                    hash = hash &* funny[2] &+ UInt32(cell.head.smallValue)
                    if !cell.tail.isList {
                        stack.append(.listEnd)
                        term = cell.tail
                        descend = true
                        break
                    }
                    cell = cell.tail
                }
                if !descend {
                    stack.append(.rest(cell.tail))
                    term = cell.head
                    descend = true
                }
            } else if term.isNil {
                hash = hash &* funny[3] &+ 1
            } else if term.isAtom {
                hash = hash &* funny[1] &+ atomHash(term)
            } else if term.isSmall {
                let value = term.smallValue
                let magnitude = UInt64(value.magnitude)
                step(UInt32(truncatingIfNeeded: magnitude), funny[2])
                if magnitude >> 32 != 0 { step(UInt32(truncatingIfNeeded: magnitude >> 32), funny[2]) }
                hash = hash &* (value < 0 ? funny[4] : funny[3])
            } else if term.isLocalPid {
                step(pidNumber(term), funny[5])
                hash = hash &* funny[6]
            } else if term.isLocalPort {
                let number = portNumber(term)
                if number >> 32 != 0 { step(UInt32(truncatingIfNeeded: number >> 32), funny[11]) }
                step(UInt32(truncatingIfNeeded: number), funny[9])
                hash = hash &* funny[10]
            } else if term.isBoxed {
                descend = legacyBoxed(&term, &hash, &stack)
            }
            if descend { continue }
            var next: Term? = nil
            while next == nil {
                guard let pending = stack.popLast() else { return hash }
                switch pending {
                case .term(let t): next = t
                case .rest(let t):
                    if !t.isList { stack.append(.listEnd) }
                    next = t
                case .listEnd: hash = hash &* funny[8]
                case .tupleEnd(let arity): hash = hash &* funny[9] &+ arity
                }
            }
            term = next!
        }
    }

    static func legacyBoxed(_ term: inout Term, _ hash: inout UInt32, _ stack: inout [LegacyPending]) -> Bool {
        let object = term.boxedPointer
        switch Subtag(rawValue: Header.subtag(object[0])) {
        case .tuple:
            let arity = term.tupleArity
            stack.append(.tupleEnd(UInt32(truncatingIfNeeded: arity)))
            if arity == 0 { return false }
            for i in stride(from: arity - 1, through: 1, by: -1) { stack.append(.term(term.tupleElement(i))) }
            term = term.tupleElement(0)
            return true
        case .positiveBig, .negativeBig:
            let count = Header.payload(object[0])
            for i in 0..<count {
                var limb = object[1 + i].raw
                let bytes = i == count - 1 && limb >> 32 == 0 ? 4 : 8
                for _ in 0..<bytes {
                    hash = hash &* funny[2] &+ UInt32(limb & 0xFF)
                    limb >>= 8
                }
            }
            hash = hash &* (Header.subtag(object[0]) == Subtag.negativeBig.rawValue ? funny[4] : funny[3])
            return false
        case .float:
            var value = term.floatValue
            if value == 0 { value = 0 }
            let bits = value.bitPattern
            hash = hash &* funny[6] &+ (UInt32(truncatingIfNeeded: bits) ^ UInt32(truncatingIfNeeded: bits >> 32))
            return false
        case .heapBinary, .refcBinary, .subBinary:
            let view = BitstringView(term)
            for byte in view.copyBytes() { hash = hash &* funny[1] &+ UInt32(byte) }
            let tail = view.trailingBits
            if tail.count > 0 {
                hash = (hash &* funny[1] &+ UInt32(tail.value >> (8 - UInt8(tail.count)))) &* funny[12] &+ UInt32(tail.count)
            }
            hash = hash &* funny[4] &+ UInt32(truncatingIfNeeded: view.byteCount)
            return false
        case .map:
            hash = hash &* funny[13] &+ funny[14] &+ hash2(term)
            return false
        case .closure:
            let entry = FunEntry(object[1])
            let free = entry.freeCount
            hash = hash &* funny[10] &+ UInt32(truncatingIfNeeded: free)
            hash = hash &* funny[1] &+ atomHash(entry.module)
            hash = hash &* funny[2] &+ UInt32(truncatingIfNeeded: entry.index)
            hash = hash &* funny[2] &+ UInt32(truncatingIfNeeded: entry.uniq)
            if free == 0 { return false }
            for i in stride(from: free - 1, through: 1, by: -1) { stack.append(.term(object[2 + i])) }
            term = object[2]
            return true
        case .export:
            let entry = ExportEntry(object[1])
            hash = hash &* funny[11] &+ UInt32(truncatingIfNeeded: entry.arity)
            hash = hash &* funny[1] &+ atomHash(entry.module)
            hash = hash &* funny[1] &+ atomHash(entry.function)
            return false
        case .reference:
            let x = referenceNumber(term)
            for shift in [0, 8, 16, 24] as [UInt32] { hash = hash &* funny[9] &+ ((x >> shift) & 0xFF) }
            hash = hash &* funny[10]
            return false
        default:
            return false
        }
    }
}
