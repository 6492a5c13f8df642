// The hash functions ERTS uses to place keys in the hash array mapped tries of large maps.
// The order in which a large map iterates, prints and lists its keys follows these hashes,
// so they are reproduced bit for bit. Two generations exist:
//
//  * OTP 25 and earlier (`legacy`): `make_internal_hash(Key, Salt)`, 32 bits built with Bob
//    Jenkins' MIX over the term's words. Levels 0-7 use the eight nibbles of the hash with
//    salt 0; each further group of eight levels rehashes the key with salt `level / 8`, so
//    the trie never runs out of hash bits.
//  * OTP 26 and later: a 64-bit hash (immediates through a MurmurHash3 finaliser, other
//    terms through an incremental two-lane MurmurHash3 walk). Sixteen levels of four bits;
//    keys whose 64 bits all agree share a collision node (a tuple of leaves in key order).
//
// Immediates are hashed through their tagged word, which beamr shares with ERTS for small
// integers and nil. Atoms carry ERTS's atom-table index in that word, which depends on what
// the emulator loaded before the program; beamr's own index stands in, so large maps with
// atom keys hash consistently but not in the same order as ERTS.

/// Which generation of ERTS map hashing beamr reproduces.
public enum MapHash {
    /// True to reproduce OTP 25 and earlier. Chosen once at start-up, before any map exists.
    // nonisolated(unsafe): set once by the launcher before any process runs.
    nonisolated(unsafe) public static var legacy = false

    /// The hash bits that choose slots from `level` on: bits 0-3 index level `level`.
    @inline(__always)
    static func bits(_ key: Term, level: Int) -> UInt64 { bits(key, level: level, legacy: legacy) }

    @inline(__always)
    static func bits(_ key: Term, level: Int, legacy: Bool) -> UInt64 {
        if legacy {
            return UInt64(legacyHash(key, salt: UInt32(truncatingIfNeeded: level >> 3)) >> UInt32(4 * (level & 7)))
        }
        return modernHash(key) >> UInt64(4 * level)
    }

    /// The hash bits for `level` given those of `level - 1` (`previous`).
    @inline(__always)
    static func next(_ previous: UInt64, _ key: Term, level: Int) -> UInt64 {
        if legacy && level & 7 == 0 { return bits(key, level: level) }
        return previous >> 4
    }

    /// Levels of the trie before keys with equal hashes share a collision node.
    @inline(__always) static var maxLevel: Int { legacy ? Int.max : 16 }
}

/// A growable stack of terms for the hash walks, starting in caller-provided storage.
struct TermStack {
    var base: UnsafeMutablePointer<Term>
    var count = 0
    var capacity: Int
    var owned = false

    init(_ storage: UnsafeMutablePointer<Term>, capacity: Int) {
        base = storage
        self.capacity = capacity
    }

    @inline(__always) var isEmpty: Bool { count == 0 }

    @inline(__always) mutating func push(_ term: Term) {
        if _slowPath(count == capacity) { grow() }
        base[count] = term
        count += 1
    }

    @inline(__always) mutating func pop() -> Term {
        count -= 1
        return base[count]
    }

    @inline(never) mutating func grow() {
        let bigger = UnsafeMutablePointer<Term>.allocate(capacity: capacity * 2)
        bigger.update(from: base, count: count)
        if owned { base.deallocate() }
        base = bigger
        capacity *= 2
        owned = true
    }

    func release() { if owned { base.deallocate() } }
}

// MARK: - OTP 25: make_internal_hash

extension MapHash {
    static let golden: UInt32 = 0x9E37_79B9
    static let internalSalt: UInt32 = 3_432_918_353
    /// Marks "the tail of a cons cell follows" on the walk stack (never a term: tag 0).
    static let cdrMarker = Term(raw: 0x44)

    @inline(__always) static func constant(_ n: UInt32) -> UInt32 { golden &* n }

    @inline(__always)
    static func mix(_ a: inout UInt32, _ b: inout UInt32, _ c: inout UInt32) {
        a &-= b; a &-= c; a ^= c >> 13
        b &-= c; b &-= a; b ^= a << 8
        c &-= a; c &-= b; c ^= b >> 13
        a &-= b; a &-= c; a ^= c >> 12
        b &-= c; b &-= a; b ^= a << 16
        c &-= a; c &-= b; c ^= b >> 5
        a &-= b; a &-= c; a ^= c >> 3
        b &-= c; b &-= a; b ^= a << 10
        c &-= a; c &-= b; c ^= b >> 15
    }

    /// UINT32_HASH_2: mixes two words, each offset by a type constant, into `hash`.
    @inline(__always)
    static func mix2(_ x: UInt32, _ y: UInt32, _ k: UInt32, into hash: inout UInt32) {
        var a = k &+ x, b = k &+ y
        mix(&a, &b, &hash)
    }

    /// CONST_HASH: a light mix of a type constant.
    @inline(__always)
    static func constantMix(_ k: UInt32, into hash: inout UInt32) {
        hash ^= k
        hash = (hash << 17) ^ (hash >> 15)
    }

    /// Bob Jenkins' block hash over bytes, continuing from `initial`.
    static func blockHash(_ bytes: UnsafePointer<UInt8>, _ length: Int, _ initial: UInt32) -> UInt32 {
        var a = golden, b = golden, c = initial
        var k = bytes, remaining = length
        @inline(__always) func word(_ p: UnsafePointer<UInt8>) -> UInt32 {
            UInt32(p[0]) | UInt32(p[1]) << 8 | UInt32(p[2]) << 16 | UInt32(p[3]) << 24
        }
        while remaining >= 12 {
            a &+= word(k); b &+= word(k + 4); c &+= word(k + 8)
            mix(&a, &b, &c)
            k += 12
            remaining -= 12
        }
        c &+= UInt32(truncatingIfNeeded: length)
        if remaining >= 11 { c &+= UInt32(k[10]) << 24 }
        if remaining >= 10 { c &+= UInt32(k[9]) << 16 }
        if remaining >= 9 { c &+= UInt32(k[8]) << 8 }
        if remaining >= 8 { b &+= UInt32(k[7]) << 24 }
        if remaining >= 7 { b &+= UInt32(k[6]) << 16 }
        if remaining >= 6 { b &+= UInt32(k[5]) << 8 }
        if remaining >= 5 { b &+= UInt32(k[4]) }
        if remaining >= 4 { a &+= UInt32(k[3]) << 24 }
        if remaining >= 3 { a &+= UInt32(k[2]) << 16 }
        if remaining >= 2 { a &+= UInt32(k[1]) << 8 }
        if remaining >= 1 { a &+= UInt32(k[0]) }
        mix(&a, &b, &c)
        return c
    }

    /// `make_internal_hash(term, salt)` of OTP 25.
    static func legacyHash(_ term: Term, salt: UInt32) -> UInt32 {
        var hash = salt ^ internalSalt
        if term.primaryTag == 3 {
            mix2(UInt32(truncatingIfNeeded: term.raw), UInt32(truncatingIfNeeded: term.raw >> 32), golden, into: &hash)
            return hash
        }
        return withUnsafeTemporaryAllocation(of: Term.self, capacity: 32) { buffer in
            var stack = TermStack(buffer.baseAddress!, capacity: 32)
            legacyWalk(term, &hash, &stack)
            stack.release()
            return hash
        }
    }

    static func legacyWalk(_ start: Term, _ hash: inout UInt32, _ stack: inout TermStack) {
        var term = start
        while true {
            switch term.primaryTag {
            case 1:
                var bytes: UInt32 = 0, count = 0
                var cell = term
                while true {
                    let head = cell.head
                    guard head.isSmall, head.smallValue >= 0, head.smallValue <= 255 else { break }
                    bytes = bytes << 8 &+ UInt32(head.smallValue)
                    if count == 3 {
                        mix2(bytes, 0, constant(4), into: &hash)
                        count = 0
                        bytes = 0
                    } else {
                        count += 1
                    }
                    cell = cell.tail
                    if !cell.isList { break }
                }
                if count > 0 { mix2(bytes, UInt32(count), constant(22), into: &hash) }
                term = cell
                if cell.isList {
                    let tail = cell.tail
                    constantMix(constant(17), into: &hash)
                    stack.push(tail)
                    if !tail.isList { stack.push(cdrMarker) }
                    term = cell.head
                }
                continue
            case 2:
                if legacyBoxed(&term, &hash, &stack) { continue }
            default:
                mix2(UInt32(truncatingIfNeeded: term.raw), UInt32(truncatingIfNeeded: term.raw >> 32), golden, into: &hash)
            }
            // pop_next
            while true {
                if stack.isEmpty { return }
                term = stack.pop()
                if term.raw == cdrMarker.raw {
                    constantMix(constant(18), into: &hash)
                    continue
                }
                break
            }
        }
    }

    /// Hashes one boxed term; true when `term` was replaced by a further term to hash.
    static func legacyBoxed(_ term: inout Term, _ hash: inout UInt32, _ stack: inout TermStack) -> Bool {
        let object = term.boxedPointer
        switch Header.subtag(object[0]) {
        case Subtag.tuple.rawValue:
            let arity = term.tupleArity
            mix2(UInt32(arity), 0, constant(9), into: &hash)
            if arity == 0 { return false }
            var i = arity
            while i > 1 { stack.push(object[i]); i -= 1 }
            term = object[1]
            return true
        case Subtag.map.rawValue:
            if MapOps.isFlat(term) || MapOps.isHead(term) {
                mix2(UInt32(truncatingIfNeeded: MapOps.size(term)), 0, constant(16), into: &hash)
            }
            if MapOps.isFlat(term) {
                let n = MapOps.size(term)
                let keys = MapOps.keys(term).boxedPointer + 1, values = MapOps.values(term)
                var i = n - 1
                while i >= 0 { stack.push(values[i]); stack.push(keys[i]); i -= 1 }
                return false
            }
            legacyNode(term, &stack)
            return false
        case Subtag.positiveBig.rawValue, Subtag.negativeBig.rawValue:
            let k = Header.subtag(object[0]) == Subtag.negativeBig.rawValue ? constant(10) : constant(11)
            for i in 0..<Header.payload(object[0]) {
                let limb = object[1 + i].raw
                mix2(UInt32(truncatingIfNeeded: limb), UInt32(truncatingIfNeeded: limb >> 32), k, into: &hash)
            }
        case Subtag.float.rawValue:
            var bits = object[1].raw
            if bits == (-0.0 as Double).bitPattern { bits = 0 }
            mix2(UInt32(truncatingIfNeeded: bits), UInt32(truncatingIfNeeded: bits >> 32), constant(12), into: &hash)
        case Subtag.heapBinary.rawValue, Subtag.refcBinary.rawValue, Subtag.subBinary.rawValue:
            let view = BitstringView(term)
            let size = view.bitSize / 8, tail = view.bitSize % 8
            let k = constant(13) &+ hash
            if size == 0 && tail == 0 { hash = k; return false }
            if view.isByteAligned {
                hash = blockHash(view.alignedBytes, size, k)
            } else {
                view.copyBytes().withUnsafeBufferPointer { hash = blockHash($0.baseAddress!, size, k) }
            }
            if tail > 0 {
                let bits = view.trailingBits
                mix2(UInt32(tail), UInt32(bits.value >> UInt8(8 - bits.count)), constant(15), into: &hash)
            }
        case Subtag.closure.rawValue:
            let entry = FunEntry(object[1])
            let free = Header.payload(object[0]) - 1
            mix2(UInt32(free), UInt32(truncatingIfNeeded: entry.module.raw), constant(20), into: &hash)
            mix2(UInt32(truncatingIfNeeded: entry.index), UInt32(truncatingIfNeeded: entry.uniq), constant(21), into: &hash)
            if free == 0 { return false }
            var i = free
            while i > 1 { stack.push(object[1 + i]); i -= 1 }
            term = object[2]
            return true
        default:
            // References, export funs and external identifiers: their words stand for them.
            for i in 1...max(1, Header.payload(object[0])) {
                let word = object[i].raw
                mix2(UInt32(truncatingIfNeeded: word), UInt32(truncatingIfNeeded: word >> 32), constant(7), into: &hash)
            }
        }
        return false
    }

    /// Pushes the contents of a trie node as `make_internal_hash` visits them.
    static func legacyNode(_ node: Term, _ stack: inout TermStack) {
        let children = MapOps.children(node), count = MapOps.childCount(node)
        for i in 0..<count {
            let child = children[i]
            if child.isList {
                stack.push(child.tail)
                stack.push(child.head)
            } else {
                stack.push(child)
            }
        }
    }
}

// MARK: - OTP 26 and later: erts_internal_hash

extension MapHash {
    /// The type words mixed in before each kind of term.
    enum Tag {
        static let immediate: UInt64 = 1
        static let arrayElement: UInt64 = 2
        static let car: UInt64 = 3
        static let cdr: UInt64 = 4
        static let string: UInt64 = 5
        static let tuple: UInt64 = 6
        static let flatmap: UInt64 = 8
        static let headArray: UInt64 = 9
        static let headBitmap: UInt64 = 10
        static let node: UInt64 = 11
        static let binary: UInt64 = 12
        static let localFun: UInt64 = 13
        static let negativeBignum: UInt64 = 15
        static let positiveBignum: UInt64 = 16
        static let localRef: UInt64 = 17
        static let float: UInt64 = 21
    }

    static let c1: UInt64 = 0x87C3_7B91_1142_53D5
    static let c2: UInt64 = 0x4CF5_AD43_2745_937F

    @inline(__always)
    static func mix64(_ input: UInt64) -> UInt64 {
        var h = input
        h ^= h >> 33
        h = h &* 0xFF51_AFD7_ED55_8CCD
        h ^= h >> 33
        h = h &* 0xC4CE_B9FE_1A85_EC53
        h ^= h >> 33
        return h
    }

    @inline(__always) static func rotl(_ x: UInt64, _ r: UInt64) -> UInt64 { (x << r) | (x >> (64 - r)) }

    /// The two lanes and tick count of the incremental MurmurHash3 walk.
    struct Lanes {
        var alpha: UInt64 = 0
        var beta: UInt64 = 0
        var ticks: UInt64 = 0

        @inline(__always) mutating func mixAlpha(_ value: UInt64) {
            var e = value &* MapHash.c1
            e = MapHash.rotl(e, 31)
            e = e &* MapHash.c2
            alpha ^= e
            alpha = MapHash.rotl(alpha, 27)
            alpha = alpha &+ beta
            alpha = alpha &* 5 &+ 0x52DC_E729
            ticks &+= 1
        }

        @inline(__always) mutating func mixBeta(_ value: UInt64) {
            var e = value &* MapHash.c2
            e = MapHash.rotl(e, 33)
            e = e &* MapHash.c1
            beta ^= e
            beta = MapHash.rotl(beta, 31)
            beta = beta &+ alpha
            beta = beta &* 5 &+ 0x3849_5AB5
            ticks &+= 1
        }

        @inline(__always) mutating func mixImmediate(_ term: Term) {
            mixAlpha(1)
            mixBeta(term.raw)
        }

        /// IHASH_PUSH_TERM: immediates are mixed at once, other terms wait on the stack.
        @inline(__always) mutating func push(_ term: Term, _ stack: inout TermStack) {
            if term.primaryTag == 3 {
                mixImmediate(term)
            } else {
                mixAlpha(2)
                stack.push(term)
            }
        }

        func finish() -> UInt64 {
            var a = alpha ^ ticks, b = beta ^ ticks
            a = a &+ b
            b = b &+ a
            a = MapHash.mix64(a)
            b = MapHash.mix64(b)
            a = a &+ b
            b = b &+ a
            return a ^ b
        }
    }

    /// `erts_internal_hash(term)` of OTP 26 and later.
    @inline(__always)
    static func modernHash(_ term: Term) -> UInt64 {
        if term.primaryTag == 3 { return mix64(term.raw) }
        return modernWalkHash(term)
    }

    @inline(never)
    static func modernWalkHash(_ term: Term) -> UInt64 {
        withUnsafeTemporaryAllocation(of: Term.self, capacity: 32) { buffer in
            var stack = TermStack(buffer.baseAddress!, capacity: 32)
            var lanes = Lanes()
            modernWalk(term, &lanes, &stack)
            stack.release()
            return lanes.finish()
        }
    }

    static func modernWalk(_ start: Term, _ lanes: inout Lanes, _ stack: inout TermStack) {
        var term = start
        while true {
            switch term.primaryTag {
            case 1:
                var value: UInt64 = 0, bytes: UInt64 = 0
                while term.isList {
                    let head = term.head
                    guard head.isSmall, head.smallValue >= 0, head.smallValue <= 255 else { break }
                    value = value << 8 | UInt64(head.smallValue)
                    bytes += 1
                    if bytes % 4 == 0 {
                        lanes.mixAlpha((5 | bytes << 8) | value << 32)
                        value = 0
                        bytes = 0
                    }
                    term = term.tail
                }
                if bytes > 0 { lanes.mixAlpha((5 | bytes << 8) | value << 32) }
                if term.isList {
                    let head = term.head, tail = term.tail
                    if head.primaryTag == 3 {
                        lanes.mixAlpha(1 | 3 << 32)
                        lanes.mixBeta(head.raw)
                        if !tail.isList { lanes.mixAlpha(4) }
                        term = tail
                    } else {
                        stack.push(tail)
                        if !tail.isList { stack.push(cdrMarker) }
                        lanes.mixAlpha(3)
                        term = head
                    }
                }
                continue
            case 2:
                if modernBoxed(&term, &lanes, &stack) { continue }
            default:
                lanes.mixImmediate(term)
            }
            if stack.isEmpty { return }
            term = stack.pop()
            if term.raw == cdrMarker.raw {
                lanes.mixBeta(4)
                term = stack.pop()
            }
        }
    }

    /// Hashes one boxed term; true when `term` was replaced by a further term to hash.
    static func modernBoxed(_ term: inout Term, _ lanes: inout Lanes, _ stack: inout TermStack) -> Bool {
        let object = term.boxedPointer
        switch Header.subtag(object[0]) {
        case Subtag.tuple.rawValue:
            let arity = term.tupleArity
            lanes.mixAlpha(Tag.tuple)
            lanes.mixBeta(UInt64(arity))
            if arity == 0 { return false }
            for i in 1..<arity { lanes.push(object[i], &stack) }
            term = object[arity]
            return true
        case Subtag.map.rawValue:
            if MapOps.isFlat(term) {
                let n = MapOps.size(term)
                lanes.mixAlpha(Tag.flatmap)
                lanes.mixBeta(UInt64(n))
                if n == 0 { return false }
                let keys = MapOps.keys(term).boxedPointer + 1, values = MapOps.values(term)
                for i in 0..<(n - 1) {
                    lanes.push(values[i], &stack)
                    lanes.push(keys[i], &stack)
                }
                lanes.push(values[n - 1], &stack)
                term = keys[n - 1]
                return true
            }
            if MapOps.isHead(term) {
                lanes.mixAlpha(MapOps.bitmap(term) == 0xFFFF ? Tag.headArray : Tag.headBitmap)
                lanes.mixBeta(UInt64(MapOps.size(term)))
            } else {
                lanes.mixAlpha(Tag.node)
            }
            let children = MapOps.children(term)
            for i in 0..<MapOps.childCount(term) {
                let child = children[i]
                if child.isList {
                    lanes.push(child.tail, &stack)
                    lanes.push(child.head, &stack)
                } else {
                    stack.push(child)
                }
            }
            return false
        case Subtag.heapBinary.rawValue, Subtag.refcBinary.rawValue, Subtag.subBinary.rawValue:
            let view = BitstringView(term)
            lanes.mixAlpha(Tag.binary)
            lanes.mixBeta(UInt64(view.bitSize))
            if view.bitSize >= 8 {
                if view.isByteAligned {
                    modernBytes(UnsafeBufferPointer(start: view.alignedBytes, count: view.byteCount), &lanes)
                } else {
                    view.copyBytes().withUnsafeBufferPointer { modernBytes($0, &lanes) }
                }
            }
            if view.bitSize % 8 != 0 {
                let bits = view.trailingBits
                lanes.mixAlpha(UInt64(bits.value >> UInt8(8 - bits.count)))
            }
            return false
        case Subtag.positiveBig.rawValue, Subtag.negativeBig.rawValue:
            let n = Header.payload(object[0])
            let type = Header.subtag(object[0]) == Subtag.negativeBig.rawValue ? Tag.negativeBignum : Tag.positiveBignum
            lanes.mixAlpha(type | UInt64(n) << 32)
            var i = 0
            while i + 2 <= n {
                lanes.mixAlpha(object[1 + i].raw)
                lanes.mixBeta(object[2 + i].raw)
                i += 2
            }
            if i < n { lanes.mixBeta(object[1 + i].raw) }
            return false
        case Subtag.float.rawValue:
            lanes.mixAlpha(Tag.float)
            lanes.mixBeta(object[1].raw)
            return false
        case Subtag.closure.rawValue:
            let entry = FunEntry(object[1])
            let free = Header.payload(object[0]) - 1
            lanes.mixAlpha(Tag.localFun | UInt64(free) << 32)
            lanes.mixBeta(UInt64(UInt32(truncatingIfNeeded: entry.index)) | entry.uniq << 32)
            lanes.mixAlpha(1)
            lanes.mixBeta(entry.module.raw)
            if free == 0 { return false }
            for i in 0..<(free - 1) { lanes.push(object[2 + i], &stack) }
            term = object[1 + free]
            return true
        default:
            // References, export funs and external identifiers: their words stand for them.
            lanes.mixAlpha(Tag.localRef)
            for i in 1...max(1, Header.payload(object[0])) { lanes.mixBeta(object[i].raw) }
            return false
        }
    }

    /// The whole bytes of a bitstring's hash: 16-byte blocks, then the MurmurHash3 tail.
    static func modernBytes(_ bytes: UnsafeBufferPointer<UInt8>, _ lanes: inout Lanes) {
        let byteCount = bytes.count
        let base = bytes.baseAddress!
        @inline(__always) func read(_ at: Int) -> UInt64 {
            var value: UInt64 = 0
            for i in 0..<8 { value |= UInt64(base[at + i]) << UInt64(8 * i) }
            return value
        }
        var it = 0
        while it + 16 <= byteCount {
            lanes.mixAlpha(read(it))
            lanes.mixBeta(read(it + 8))
            it += 16
        }
        let rest = byteCount - it
        if rest > 8 {
            var value: UInt64 = 0
            for i in stride(from: rest - 1, through: 8, by: -1) { value ^= UInt64(base[it + i]) << UInt64(8 * (i - 8)) }
            value = value &* c2
            value = rotl(value, 33)
            value = value &* c1
            lanes.beta ^= value
        }
        if rest > 0 {
            var value: UInt64 = 0
            for i in stride(from: min(rest, 8) - 1, through: 0, by: -1) { value ^= UInt64(base[it + i]) << UInt64(8 * i) }
            value = value &* c1
            value = rotl(value, 31)
            value = value &* c2
            lanes.alpha ^= value
        }
    }
}

// MARK: - Choosing the generation

#if canImport(Glibc)
import Glibc
#endif
import BeamFile

extension MapHash {
    /// Picks the hashing generation of the OTP release a program was compiled for: the
    /// environment variable BEAMR_OTP_RELEASE when set, else the compiler version recorded
    /// in the module (OTP 25 ships compiler 8.2; OTP 26 brought 8.3 and the new hashing).
    public static func select(for module: BeamModule) {
        if let release = getenv("BEAMR_OTP_RELEASE").map({ String(cString: $0) }), let number = Int(release) {
            legacy = number <= 25
            return
        }
        guard let version = compilerVersion(module.compileInfo) else { return }
        let parts = version.split(separator: ".").compactMap { Int($0) }
        guard parts.count >= 2 else { return }
        legacy = parts[0] < 8 || (parts[0] == 8 && parts[1] < 3)
    }

    static func compilerVersion(_ info: ExternalTerm?) -> String? {
        guard case .list(let items, _)? = info else { return nil }
        for item in items {
            if case .tuple(let pair) = item, pair.count == 2, pair[0] == .atom("version"),
               case .list(let chars, _) = pair[1] {
                return String(String.UnicodeScalarView(chars.compactMap {
                    if case .integer(let c) = $0 { return Unicode.Scalar(UInt32(c)) }
                    return nil
                }))
            }
        }
        return nil
    }
}
