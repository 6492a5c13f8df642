// Map instructions: building maps with `=>` and `:=`, and matching keys.

extension Interpreter {
    @inline(__always)
    static func mapInstruction(_ p: Process, _ pc: UnsafePointer<UInt64>, _ x: UnsafeMutablePointer<Term>) -> UnsafePointer<UInt64>? {
        switch Op.decode(pc[0]) {
        case .getMapElements:
            let map = source(pc[2], x, p)
            let count = Int(pc[3])
            guard map.isMap else { return codeAddress(pc[1]) }
            // All keys must be present before any destination is written.
            var values: [Term] = []
            values.reserveCapacity(count)
            for i in 0..<count {
                let value = MapOps.get(map, source(pc[4 + 2 * i], x, p))
                if value.isNone { return codeAddress(pc[1]) }
                values.append(value)
            }
            for i in 0..<count { store(pc[5 + 2 * i], values[i], x, p) }
            return pc + 4 + 2 * count
        case .hasMapFields:
            let map = source(pc[2], x, p)
            let count = Int(pc[3])
            guard map.isMap else { return codeAddress(pc[1]) }
            for i in 0..<count where MapOps.get(map, source(pc[4 + i], x, p)).isNone { return codeAddress(pc[1]) }
            return pc + 4 + count
        default:
            let exact = pc[0] == Op.putMapExact.rawValue
            let map = source(pc[2], x, p)
            let count = Int(pc[5])
            var pairs: [(key: Term, value: Term)] = []
            pairs.reserveCapacity(count)
            for i in 0..<count { pairs.append((source(pc[6 + 2 * i], x, p), source(pc[7 + 2 * i], x, p))) }
            guard map.isMap else {
                if pc[1] != 0 { return codeAddress(pc[1]) }
                _ = p.fail(p.tuple(Atom.badmap, map))
                return nil
            }
            let result = exact ? MapOps.update(p, map, pairs) : MapOps.put(p, map, pairs)
            if result.isNone {
                if pc[1] != 0 { return codeAddress(pc[1]) }
                return nil
            }
            store(pc[3], result, x, p)
            return pc + 6 + 2 * count
        }
    }
}

extension MapOps {
    /// `Map#{K => V, ...}`.
    static func put(_ p: Process, _ map: Term, _ pairs: [(key: Term, value: Term)]) -> Term {
        var all = entries(map)
        all.append(contentsOf: pairs)
        return make(p, all)
    }

    /// `Map#{K := V, ...}`: every key must exist, else `{badkey, K}`.
    static func update(_ p: Process, _ map: Term, _ pairs: [(key: Term, value: Term)]) -> Term {
        for pair in pairs where get(map, pair.key).isNone {
            return p.fail(p.tuple(Atom.badkey, pair.key))
        }
        return put(p, map, pairs)
    }

    /// The pairs of a map in key order.
    static func entries(_ map: Term) -> [(key: Term, value: Term)] {
        let n = size(map), keys = self.keys(map), values = self.values(map)
        return (0..<n).map { (keys.tupleElement($0), values[$0]) }
    }
}
