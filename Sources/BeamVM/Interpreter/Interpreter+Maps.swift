// Map instructions: building maps with `=>` and `:=`, and matching keys.
//
//   put_map_assoc / put_map_exact   L, S map, D, N live, N count, (S key, S value)...
//   get_map_elements                L, S map, N count, (S key, D)...
//   has_map_fields                  L, S map, N count, S key...

extension Interpreter {
    @inline(__always)
    static func mapInstruction(_ p: Process, _ pc: UnsafePointer<UInt64>, _ x: UnsafeMutablePointer<Term>) -> UnsafePointer<UInt64>? {
        switch Op.decode(pc[0]) {
        case .getMapElements:
            let map = source(pc[2], x, p)
            let count = Int(pc[3])
            guard map.isMap else { return codeAddress(pc[1]) }
            // As in ERTS, destinations are written as keys are found; the compiler never
            // reads them on the failure path.
            for i in 0..<count {
                let value = MapOps.get(map, source(pc[4 + 2 * i], x, p))
                if value.isNone { return codeAddress(pc[1]) }
                store(pc[5 + 2 * i], value, x, p)
            }
            return pc + 4 + 2 * count
        case .hasMapFields:
            let map = source(pc[2], x, p)
            let count = Int(pc[3])
            guard map.isMap else { return codeAddress(pc[1]) }
            for i in 0..<count where MapOps.get(map, source(pc[4 + i], x, p)).isNone { return codeAddress(pc[1]) }
            return pc + 4 + count
        default:
            return putMap(p, pc, x)
        }
    }

    @inline(__always)
    static func putMap(_ p: Process, _ pc: UnsafePointer<UInt64>, _ x: UnsafeMutablePointer<Term>) -> UnsafePointer<UInt64>? {
        var map = source(pc[2], x, p)
        let count = Int(pc[5])
        guard map.isMap else {
            if pc[1] != 0 { return codeAddress(pc[1]) }
            _ = p.fail(p.tuple(Atom.badmap, map))
            return nil
        }
        // Reserve the words up front so the new map lands on the heap rather than in
        // fragments; the map is parked past the live registers while collecting.
        let live = Int(pc[4])
        let need = MapOps.putWords(map, count)
        if _slowPath(p.freeWords < need) {
            x[live] = map
            p.ensureFree(need, live: live + 1, registers: x)
            map = x[live]
        }
        if pc[0] == Op.putMapExact.rawValue {
            for i in 0..<count {
                let key = source(pc[6 + 2 * i], x, p)
                let updated = MapOps.update(p, map, key, source(pc[7 + 2 * i], x, p))
                if updated.isNone {
                    if pc[1] != 0 { return codeAddress(pc[1]) }
                    _ = p.fail(p.tuple(Atom.badkey, key))
                    return nil
                }
                map = updated
            }
        } else {
            for i in 0..<count {
                map = MapOps.put(p, map, source(pc[6 + 2 * i], x, p), source(pc[7 + 2 * i], x, p))
            }
        }
        store(pc[3], map, x, p)
        return pc + 6 + 2 * count
    }
}

extension MapOps {
    /// Words that binding `count` keys in `map` takes at most (flat maps growing past 32
    /// keys aside, which build their trie in fragments).
    @inline(__always)
    static func putWords(_ map: Term, _ count: Int) -> Int {
        if isFlat(map) { return count * flatWords(min(size(map) + count, flatLimit)) }
        return count * 160
    }
}
