// The small fixed-layout tables of a module: imports, exports, local functions, lambdas.

/// An imported function (ImpT entry). Atom indexes are 1-based into `BeamModule.atoms`.
public struct Import: Equatable, Sendable {
    public var module: Int
    public var function: Int
    public var arity: Int
}

/// An exported or local function (ExpT or LocT entry).
public struct FunctionEntry: Equatable, Sendable {
    public var function: Int
    public var arity: Int
    public var label: Int
}

/// A lambda (FunT entry): the code behind a `fun`.
public struct Lambda: Equatable, Sendable {
    public var function: Int
    public var arity: Int
    public var label: Int
    public var index: Int
    public var freeCount: Int
    public var oldUniq: UInt32
}

extension ByteReader {
    mutating func atomIndex(_ atoms: Int, what: String) throws(BeamLoadError) -> Int {
        let start = offset
        let value = try i32()
        guard value > 0, Int(value) <= atoms else {
            throw error(.badIndex, "\(what) atom index \(value) out of range (\(atoms) atoms)", at: start)
        }
        return Int(value)
    }

    mutating func arity() throws(BeamLoadError) -> Int {
        let start = offset
        let value = try i32()
        guard (0...255).contains(value) else { throw error(.badIndex, "bad arity \(value)", at: start) }
        return Int(value)
    }

    mutating func label(_ labels: Int) throws(BeamLoadError) -> Int {
        let start = offset
        let value = try i32()
        guard value > 0, Int(value) < labels else { throw error(.badIndex, "label \(value) out of range", at: start) }
        return Int(value)
    }

    mutating func imports(atoms: Int) throws(BeamLoadError) -> [Import] {
        let count = try count(minimumItemSize: 12, what: "import")
        var result: [Import] = []
        result.reserveCapacity(count)
        for _ in 0..<count {
            let module = try atomIndex(atoms, what: "import module")
            let function = try atomIndex(atoms, what: "import function")
            result.append(Import(module: module, function: function, arity: try arity()))
        }
        return result
    }

    mutating func functionEntries(atoms: Int, labels: Int) throws(BeamLoadError) -> [FunctionEntry] {
        let count = try count(minimumItemSize: 12, what: "function")
        var result: [FunctionEntry] = []
        result.reserveCapacity(count)
        for _ in 0..<count {
            let function = try atomIndex(atoms, what: "function")
            let arity = try arity()
            result.append(FunctionEntry(function: function, arity: arity, label: try label(labels)))
        }
        return result
    }

    mutating func lambdas(atoms: Int, labels: Int) throws(BeamLoadError) -> [Lambda] {
        let count = try count(minimumItemSize: 24, what: "lambda")
        var result: [Lambda] = []
        result.reserveCapacity(count)
        for _ in 0..<count {
            let function = try atomIndex(atoms, what: "lambda")
            let arity = try arity()
            let label = try label(labels)
            let index = Int(try u32())
            let freeStart = offset
            let free = try i32()
            // The arity is that of the function behind the fun, whose first arguments are
            // the free variables, so it counts them.
            guard (0...Int32(arity)).contains(free) else {
                throw error(.badIndex, "bad free variable count \(free) for arity \(arity)", at: freeStart)
            }
            result.append(Lambda(function: function, arity: arity, label: label, index: index,
                                 freeCount: Int(free), oldUniq: try u32()))
        }
        return result
    }
}
