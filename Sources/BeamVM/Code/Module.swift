// A loaded module: its translated code, literals, functions, lambdas and line information.

import BeamFile

/// Where a function starts in a module's code, for stack traces and `function_clause`.
struct FunctionInfo {
    /// Offset (in words) of the function's `funcInfo` instruction.
    var start: Int
    var name: Term
    var arity: Int
}

/// The code of one version of a module.
///
/// - Invariant: `code` and the literal areas are never freed while anything may point into
///   them (code is not unloaded yet), so raw addresses into them stay valid.
public final class LoadedModule: @unchecked Sendable { // @unchecked: immutable after loading
    public let name: Term
    let code: UnsafeMutablePointer<UInt64>
    let codeSize: Int
    /// Functions sorted by start offset.
    let functions: [FunctionInfo]
    let lineTable: LineTable?
    /// Exported functions and their entry addresses.
    let exports: [(function: Term, arity: Int, address: UnsafePointer<UInt64>)]
    let lambdas: [FunEntry]
    let attributes: Term
    let compileInfo: Term
    /// Whether the module was compiled from Gleam (its line table names .gleam files).
    public let isGleam: Bool
    /// The source file recorded by the compiler, if any.
    public let sourceFile: String?
    /// The file the module was loaded from (nil for modules built into beamr).
    public var path: String?
    /// The on_load function's address, if the module has one.
    let onLoad: UnsafePointer<UInt64>?
    /// The MD5 of the module's code chunks, as ERTS computes it.
    var checksum: [UInt8] { translator.checksum }
    /// The module's own functions in the order loading first referred to them: export
    /// funs among the literals, imports, then the export table (OTP 25's export list order).
    let loadOrder: [(function: Term, arity: Int)]
    /// Translates the functions on their first call, and owns the literals and line entries.
    let translator: FunctionTranslator

    init(name: Term, code: UnsafeMutablePointer<UInt64>, codeSize: Int, functions: [FunctionInfo],
         lineTable: LineTable?, exports: [(function: Term, arity: Int, address: UnsafePointer<UInt64>)],
         lambdas: [FunEntry], attributes: Term, compileInfo: Term, sourceFile: String?,
         onLoad: UnsafePointer<UInt64>?, loadOrder: [(function: Term, arity: Int)],
         translator: FunctionTranslator) {
        self.name = name
        self.code = code
        self.codeSize = codeSize
        self.functions = functions
        self.lineTable = lineTable
        self.exports = exports
        self.lambdas = lambdas
        self.attributes = attributes
        self.compileInfo = compileInfo
        self.sourceFile = sourceFile
        self.isGleam = lineTable?.files.contains { $0.hasSuffix(".gleam") } ?? false
        self.onLoad = onLoad
        self.loadOrder = loadOrder
        self.translator = translator
    }

    /// Whether a code address lies in this module.
    func contains(_ address: UInt) -> Bool {
        let start = UInt(bitPattern: code)
        return address >= start && address < start + UInt(codeSize * 8)
    }

    /// The index of the function containing a code offset.
    func functionIndex(at offset: Int) -> Int? {
        var low = 0, high = functions.count - 1, found: Int?
        while low <= high {
            let mid = (low + high) / 2
            if functions[mid].start <= offset {
                found = mid
                low = mid + 1
            } else {
                high = mid - 1
            }
        }
        return found
    }

    /// The function containing a code offset.
    func function(at offset: Int) -> FunctionInfo? {
        functionIndex(at: offset).map { functions[$0] }
    }

    /// The source location of the instruction at `offset`.
    func location(at offset: Int) -> (file: String, line: Int)? {
        guard let lineTable, let function = functionIndex(at: offset),
              let item = translator.lineItem(at: offset, function: function) else { return nil }
        return lineTable.location(item)
    }

    /// Whether the module exports `function/arity`.
    public func exports(_ function: Term, _ arity: Int) -> Bool { export(function, arity) != nil }

    /// The address of an exported function.
    func export(_ function: Term, _ arity: Int) -> UnsafePointer<UInt64>? {
        exports.first { $0.function == function && $0.arity == arity }?.address
    }
}
