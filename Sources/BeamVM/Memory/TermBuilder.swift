// Builds runtime terms from decoded external terms: module literals (into a literal area)
// and `binary_to_term` results (onto a process heap).

import BeamFile

/// Where built terms go: a bump pointer over reserved words, and what to do with each new
/// refc-binary object.
struct TermSink {
    var top: UnsafeMutablePointer<Term>
    var linkRefc: (UnsafeMutablePointer<Term>) -> Void
    /// Memory beyond the reserved words, for objects whose size is only known once their
    /// parts exist (the nodes of large maps, whose shape follows the keys' hashes).
    var extra: (Int) -> UnsafeMutablePointer<Term>

    mutating func take(_ words: Int) -> UnsafeMutablePointer<Term> {
        let result = top
        top += words
        return result
    }
}

enum TermBuilder {
    /// Words needed to build a term.
    static func words(_ term: ExternalTerm) -> Int {
        switch term {
        case .integer(let value): return Term.fitsSmall(Int(value)) ? 0 : 2
        case .bigInteger(_, let limbs): return 1 + limbs.count
        case .float: return 2
        case .atom, .nil: return 0
        case .tuple(let elements): return 1 + elements.count + elements.reduce(0) { $0 + words($1) }
        case .list(let elements, let tail): return 2 * elements.count + elements.reduce(0) { $0 + words($1) } + words(tail)
        case .binary(let bytes, let bits): return Process.binaryWords(bytes.count) + (bits == 8 ? 0 : 4)
        case .map(let pairs):
            let own = pairs.count <= MapOps.flatLimit ? MapOps.flatWords(pairs.count) : 0
            return own + pairs.reduce(0) { $0 + words($1.key) + words($1.value) }
        case .export: return 2
        case .closure(let closure):
            return 3 + closure.freeVariables.count + closure.freeVariables.reduce(0) { $0 + words($1) } + words(closure.pid)
        case .pid, .port: return 5
        case .reference: return 2
        }
    }

    /// Builds a term into `sink`, which must have `words(term)` words reserved.
    /// Returns nil for terms that cannot exist here (a closure of a module that is not
    /// loaded, or whose code differs).
    static func build(_ term: ExternalTerm, into sink: inout TermSink) -> Term? {
        switch term {
        case .integer(let value):
            if Term.fitsSmall(Int(value)) { return .small(Int(value)) }
            let object = sink.take(2)
            object[0] = Header.make(value < 0 ? .negativeBig : .positiveBig, 1)
            object[1] = Term(raw: value.magnitude)
            return .boxed(object)
        case .bigInteger(let negative, let limbs):
            let object = sink.take(1 + limbs.count)
            object[0] = Header.make(negative ? .negativeBig : .positiveBig, limbs.count)
            for (i, limb) in limbs.enumerated() { object[1 + i] = Term(raw: limb) }
            return .boxed(object)
        case .float(let value):
            let object = sink.take(2)
            object[0] = Header.make(.float, 1)
            object[1] = Term(raw: value.bitPattern)
            return .boxed(object)
        case .atom(let name):
            guard let index = AtomTable.shared.intern(name) else { return nil }
            return .atom(index)
        case .nil:
            return .nil
        case .tuple(let elements):
            let object = sink.take(1 + elements.count)
            object[0] = Header.tuple(elements.count)
            for (i, element) in elements.enumerated() {
                guard let value = build(element, into: &sink) else { return nil }
                object[1 + i] = value
            }
            return .boxed(object)
        case .list(let elements, let tail):
            let cells = sink.take(2 * elements.count)
            for (i, element) in elements.enumerated() {
                guard let value = build(element, into: &sink) else { return nil }
                cells[2 * i] = value
                cells[2 * i + 1] = i + 1 < elements.count ? .list(cells + 2 * (i + 1)) : .nil
            }
            guard let end = build(tail, into: &sink) else { return nil }
            cells[2 * elements.count - 1] = end
            return .list(cells)
        case .binary(let bytes, let bits):
            let binary = buildBinary(bytes, into: &sink)
            if bits == 8 { return binary }
            let object = sink.take(4)
            object[0] = Header.make(.subBinary, 3)
            object[1] = Term(raw: UInt64((bytes.count - 1) * 8 + bits))
            object[2] = Term(raw: 0)
            object[3] = binary
            return .boxed(object)
        case .map(let pairs) where pairs.count > MapOps.flatLimit:
            var built: [(key: Term, value: Term)] = []
            built.reserveCapacity(pairs.count)
            for pair in pairs {
                guard let key = build(pair.key, into: &sink), let value = build(pair.value, into: &sink) else { return nil }
                built.append((key, value))
            }
            let (keys, values) = MapOps.normalise(built)
            // A map with a repeated key is malformed, as ERTS's decoder sees it.
            guard keys.count == pairs.count else { return nil }
            return MapOps.build(keys: keys, values: values, allocate: sink.extra)
        case .map(let pairs):
            let memory = sink.take(MapOps.flatWords(pairs.count))
            var built: [(key: Term, value: Term)] = []
            for pair in pairs {
                guard let key = build(pair.key, into: &sink), let value = build(pair.value, into: &sink) else { return nil }
                built.append((key, value))
            }
            let (keys, values) = MapOps.normalise(built)
            // A map with a repeated key is malformed, as ERTS's decoder sees it.
            guard keys.count == pairs.count else { return nil }
            return MapOps.writeFlat(keys: keys, values: values, at: memory)
        case .export(let module, let function, let arity):
            guard let m = AtomTable.shared.intern(module), let f = AtomTable.shared.intern(function) else { return nil }
            let entry = ExportTable.shared.entry(module: .atom(m), function: .atom(f), arity: arity)
            let object = sink.take(2)
            object[0] = Header.make(.export, 1)
            object[1] = Term(raw: entry.rawValue)
            return .boxed(object)
        case .closure(let closure):
            // Only funs of loaded modules can be rebuilt: the code must exist.
            guard let module = CodeRegistry.shared.module(named: .atom(closure.module)),
                  closure.index >= 0, closure.index < module.lambdas.count,
                  closure.uniq == module.checksum else { return nil }
            let entry = module.lambdas[closure.index]
            guard entry.freeCount == closure.freeVariables.count, entry.arity == closure.arity else { return nil }
            let count = closure.freeVariables.count
            let object = sink.take(3 + count)
            object[0] = Header.make(.closure, 2 + count)
            object[1] = Term(raw: entry.rawValue)
            for (i, variable) in closure.freeVariables.enumerated() {
                guard let value = build(variable, into: &sink) else { return nil }
                object[2 + i] = value
            }
            guard let pid = build(closure.pid, into: &sink) else { return nil }
            object[2 + count] = pid
            return .boxed(object)
        case .pid(_, let id, let serial, _):
            let object = sink.take(5)
            Filler.fill(object, 5)
            return .pid(UInt64(serial) << 32 | UInt64(id))
        case .port(_, let id, _):
            let object = sink.take(5)
            Filler.fill(object, 5)
            return .port(id)
        case .reference(_, _, let ids):
            let object = sink.take(2)
            object[0] = Header.make(.reference, 1)
            object[1] = Term(raw: ReferenceIds.id(ids))
            return .boxed(object)
        }
    }

    static func buildBinary(_ bytes: [UInt8], into sink: inout TermSink) -> Term {
        if bytes.count <= heapBinaryLimit {
            let words = (bytes.count + 7) / 8
            let object = sink.take(2 + words)
            object[0] = Header.make(.heapBinary, 1 + words)
            object[1] = Term(raw: UInt64(bytes.count))
            if words > 0 { object[1 + words] = Term(raw: 0) }
            let data = UnsafeMutableRawPointer(object + 2).assumingMemoryBound(to: UInt8.self)
            bytes.withUnsafeBufferPointer { data.update(from: $0.baseAddress!, count: bytes.count) }
            return .boxed(object)
        }
        let storage = BinaryStorage.allocate(capacity: bytes.count, size: bytes.count)
        bytes.withUnsafeBufferPointer { storage.bytes.update(from: $0.baseAddress!, count: bytes.count) }
        let object = sink.take(4)
        object[0] = Header.make(.refcBinary, 3)
        object[1] = Term(raw: UInt64(bytes.count))
        object[2] = Term(raw: UInt64(UInt(bitPattern: storage.raw)))
        object[3] = Term(raw: 0)
        sink.linkRefc(object)
        return .boxed(object)
    }
}

extension TermBuilder {
    /// Builds a decoded term on a process heap (in a fragment when it does not fit), or nil
    /// when it cannot exist here.
    static func build(_ term: ExternalTerm, on p: Process) -> Term? {
        let count = words(term)
        let memory = p.allocate(max(count, 1))
        var sink = TermSink(top: memory, linkRefc: { p.linkOffHeap($0) }, extra: { p.allocate($0) })
        guard let result = build(term, into: &sink) else {
            Filler.fill(memory, max(count, 1))
            return nil
        }
        if sink.top < memory + max(count, 1) { Filler.fill(sink.top, memory + max(count, 1) - sink.top) }
        return result
    }
}

/// Unused heap words are filled with an empty-tuple-like header run so that the heap can
/// always be walked object by object.
enum Filler {
    static func fill(_ memory: UnsafeMutablePointer<Term>, _ words: Int) {
        guard words > 0 else { return }
        // One header whose payload covers the rest: a "tuple" of garbage would be scanned,
        // so use a heap-binary header, whose payload is never looked at.
        memory[0] = Header.make(.heapBinary, words - 1)
        if words > 1 { memory[1] = Term(raw: 0) }
    }
}

/// An area holding a module's literals. Literals are never moved or collected.
final class LiteralArea {
    let memory: UnsafeMutablePointer<Term>
    let words: Int
    private(set) var terms: [Term] = []
    private var refcObjects: [UnsafeMutablePointer<Term>] = []
    /// Further blocks holding the nodes of large literal maps; they live as long as the area.
    private var extraBlocks: [UnsafeMutablePointer<Term>] = []

    /// Builds every literal, returning nil if one cannot be built.
    convenience init?(_ literals: [ExternalTerm], extra: [ExternalTerm] = []) {
        let all = literals + extra
        self.init(words: all.reduce(0) { $0 + TermBuilder.words($1) }) { sink in
            var terms: [Term] = []
            terms.reserveCapacity(all.count)
            for literal in all {
                guard let term = TermBuilder.build(literal, into: &sink) else { return nil }
                terms.append(term)
            }
            return terms
        }
    }

    /// Reserves `words` and builds terms into them with `build`; nil if it fails.
    init?(words: Int, build: (inout TermSink) -> [Term]?) {
        self.words = words
        memory = .allocate(capacity: max(words, 1))
        var objects: [UnsafeMutablePointer<Term>] = []
        var blocks: [UnsafeMutablePointer<Term>] = []
        var sink = TermSink(top: memory, linkRefc: { objects.append($0) }, extra: { words in
            let block = UnsafeMutablePointer<Term>.allocate(capacity: max(words, 1))
            blocks.append(block)
            return block
        })
        guard let terms = build(&sink) else {
            memory.deallocate()
            return nil
        }
        self.terms = terms
        refcObjects = objects
        extraBlocks = blocks
        if sink.top < memory + words { Filler.fill(sink.top, memory + words - sink.top) }
    }

    /// Whether an address lies in the area.
    func contains(_ address: UInt) -> Bool {
        let start = UInt(bitPattern: memory)
        return address >= start && address < start + UInt(words * 8)
    }
}
