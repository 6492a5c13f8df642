// Which modules a program needs: a reachability walk over functions, not whole modules, so
// calling io:format/2 pulls in the few modules it really reaches rather than everything
// `io` imports (the parser, the file server, ...).
//
// Edges of a function: local calls and fun creations (labels and FunT entries), external
// calls (call_ext), external fun literals, and, where the function makes a dynamic call
// (apply, spawn/3, M:F(...) with a variable module), the literal atoms it mentions that
// name modules. A program's own modules are taken whole: every function is a root, since
// behaviours and callbacks reach them dynamically. A library module that code names while
// starting a behaviour (gen_server:start_link/4 with the module as an argument) is reached
// the same way: its callbacks are called by name, so its exports are roots. A literal
// `{Module, Function, Args}` naming an exported function is an edge: that is how supervisor
// child specs and application callbacks name code. Calls to functions beamr implements
// natively need no module.

import BeamFile

/// The modules reachable from a program's roots.
public struct ModuleClosure {
    /// Where a module comes from.
    public struct Source {
        public var bytes: [UInt8]
        /// Part of the program (taken whole) rather than a library.
        public var own: Bool
        /// Built into beamr: followed for its dependencies but not included.
        public var builtIn: Bool

        public init(bytes: [UInt8], own: Bool, builtIn: Bool = false) {
            self.bytes = bytes
            self.own = own
            self.builtIn = builtIn
        }
    }

    /// Modules to include, in the order they were reached.
    public private(set) var modules: [String] = []
    /// For each included module, the function that first reached it ("m:f/a", or "root").
    public private(set) var reachedFrom: [String: String] = [:]
    /// The function being followed, for `reachedFrom`.
    var current = "root"
    /// Modules called but found nowhere.
    public private(set) var missing: [String] = []
    /// Modules that could not be parsed, with the reason.
    public private(set) var unreadable: [(name: String, reason: String)] = []

    let finder: (String) -> Source?
    var sources: [String: Source?] = [:]
    let isNative: (String, String, Int) -> Bool
    var graphs: [String: ModuleGraph?] = [:]
    var reached: Set<FunctionKey> = []
    var work: [FunctionKey] = []
    var included: Set<String> = []

    struct FunctionKey: Hashable {
        var module: String
        /// Index into the module graph's functions.
        var index: Int
    }

    /// - Parameters:
    ///   - find: the module's bytes and origin, or nil when it is nowhere.
    ///   - isNative: whether beamr implements `module:function/arity` itself.
    public init(find: @escaping (String) -> Source?, isNative: @escaping (String, String, Int) -> Bool) {
        self.finder = find
        self.isNative = isNative
    }

    /// Adds a function as a root (every arity when `arity` is nil; every function when `function` is nil).
    public mutating func addRoot(module: String, function: String? = nil, arity: Int? = nil) {
        guard let graph = graph(module) else { return }
        for (index, entry) in graph.functions.enumerated()
        where (function == nil || entry.name == function) && (arity == nil || entry.arity == arity) {
            if function != nil && !graph.own && !entry.exported { continue }
            enqueue(FunctionKey(module: module, index: index))
        }
        run()
        current = "root"
    }

    mutating func enqueue(_ key: FunctionKey) {
        if reached.insert(key).inserted { work.append(key) }
    }

    mutating func find(_ module: String) -> Source? {
        if let cached = sources[module] { return cached }
        let found = finder(module)
        sources[module] = .some(found)
        return found
    }

    mutating func graph(_ module: String) -> ModuleGraph? {
        if let cached = graphs[module] { return cached }
        guard let source = find(module) else {
            graphs[module] = .some(nil)
            missing.append(module)
            return nil
        }
        let built: ModuleGraph?
        do {
            built = try ModuleGraph(BeamModule(bytes: source.bytes), own: source.own)
        } catch {
            unreadable.append((module, error.description))
            built = nil
        }
        graphs[module] = .some(built)
        guard let built else { return nil }
        if !source.builtIn && included.insert(module).inserted {
            modules.append(module)
            reachedFrom[module] = current
        }
        if source.own {
            for index in built.functions.indices { enqueue(FunctionKey(module: module, index: index)) }
        }
        return built
    }

    mutating func rootExports(_ module: String, _ graph: ModuleGraph) {
        for index in graph.functions.indices where graph.functions[index].exported {
            enqueue(FunctionKey(module: module, index: index))
        }
    }

    /// A module named where a behaviour starts: a callback module when it exists.
    mutating func reachCallbacks(_ module: String) {
        guard find(module) != nil, let graph = graph(module) else { return }
        rootExports(module, graph)
    }

    mutating func run() {
        while let key = work.popLast() {
            guard let graph = graphs[key.module].flatMap({ $0 }) else { continue }
            let function = graph.functions[key.index]
            current = "\(key.module):\(function.name)/\(function.arity)"
            for local in function.locals { enqueue(FunctionKey(module: key.module, index: local)) }
            for call in function.calls { reach(call.module, call.function, call.arity) }
            for call in function.namedCallees { reachIfExported(call.module, call.function, call.arity) }
            for module in function.callbackModules { reachCallbacks(module) }
            // Own code may name its own modules anywhere (tables of handlers); library
            // code counts only where it calls dynamically.
            if function.dynamic || graph.own {
                for atom in function.atoms where atom != key.module {
                    guard let source = find(atom), function.dynamic || source.own else { continue }
                    reachNamed(atom, by: function.atoms)
                }
            }
        }
    }

    /// An external call.
    mutating func reach(_ module: String, _ function: String, _ arity: Int) {
        if isNative(module, function, arity) { return }
        guard let graph = graph(module) else { return }
        if let index = graph.exported[FunctionName(name: function, arity: arity)] {
            enqueue(FunctionKey(module: module, index: index))
        }
    }

    /// A function named by data: followed only when its module exists and exports it, so a
    /// tuple that merely looks like `{M, F, Args}` includes nothing.
    mutating func reachIfExported(_ module: String, _ function: String, _ arity: Int) {
        guard !isNative(module, function, arity), let source = find(module),
              let names = exportNames(module, source), names.contains(function) else { return }
        reach(module, function, arity)
    }

    /// A module named by an atom in code that calls dynamically: the exports named by the
    /// other atoms there. An atom that names a module but none of its functions is taken
    /// for data (a registered name, an option), not a callee.
    mutating func reachNamed(_ module: String, by atoms: [String]) {
        guard let source = find(module) else { return }
        if !source.own {
            // Decide from the export table before including anything.
            guard let names = exportNames(module, source), names.contains(where: { atoms.contains($0) }) else { return }
        }
        guard let graph = graph(module) else { return }
        for index in graph.functions.indices where graph.functions[index].exported && atoms.contains(graph.functions[index].name) {
            enqueue(FunctionKey(module: module, index: index))
        }
    }

    var exportTables: [String: Set<String>] = [:]

    mutating func exportNames(_ module: String, _ source: Source) -> Set<String>? {
        if let names = exportTables[module] { return names }
        guard let beam = try? BeamModule(bytes: source.bytes) else { return nil }
        let names = Set(beam.exports.map { beam.atom($0.function) })
        exportTables[module] = names
        return names
    }
}

struct FunctionName: Hashable {
    var name: String
    var arity: Int
}

/// A module's functions and what each one refers to.
struct ModuleGraph {
    struct Function {
        var name: String
        var arity: Int
        var exported: Bool
        var locals: [Int] = []
        var calls: [Call] = []
        /// `{Module, Function, Args}` tuples in literals.
        var namedCallees: [Call] = []
        var atoms: [String] = []
        var dynamic = false
        /// Atoms passed to functions that take a callback module (gen_server:start_link/4, ...).
        var callbackModules: [String] = []
    }

    var functions: [Function] = []
    var exported: [FunctionName: Int] = [:]
    let own: Bool

    /// Calls through which code names its callee with data.
    static let dynamicCalls: Set<String> = [
        "erlang:apply/2", "erlang:apply/3", "erlang:spawn/3", "erlang:spawn/4", "erlang:spawn_link/3", "erlang:spawn_link/4",
        "erlang:spawn_monitor/3", "erlang:spawn_monitor/4", "erlang:spawn_opt/4", "erlang:spawn_opt/5", "erlang:make_fun/3",
        "erlang:function_exported/3", "erlang:hibernate/3", "proc_lib:spawn/3", "proc_lib:spawn_link/3", "proc_lib:spawn_opt/4",
        "proc_lib:start/3", "proc_lib:start_link/3", "proc_lib:start/4", "proc_lib:start_link/4",
    ]

    /// Instructions after which the argument registers hold other values.
    static let endsArgumentSetup: Set<Opcode> = [
        .label, .call, .callLast, .callOnly, .callExt, .callExtLast, .callExtOnly, .callFun, .callFun2, .apply, .applyLast,
    ]

    /// Functions that take a callback module as an argument (any arity).
    static let behaviourStarts: Set<String> = [
        "gen_server:start", "gen_server:start_link", "gen_server:start_monitor", "gen_server:enter_loop",
        "gen_statem:start", "gen_statem:start_link", "gen_statem:start_monitor", "gen_statem:enter_loop",
        "gen_event:add_handler", "gen_event:add_sup_handler", "gen_event:swap_handler", "gen_event:swap_sup_handler",
        "supervisor:start_link", "supervisor:start", "supervisor_bridge:start_link", "gen:start",
        "logger:add_handler",
    ]

    init(_ module: BeamModule, own: Bool) {
        self.own = own
        let exports = Set(module.exports.map { FunctionName(name: module.atom($0.function), arity: $0.arity) })
        var labelOwner: [Int: Int] = [:]
        var bodies: [[Instruction]] = []
        var pendingLabels: [Int] = []
        for instruction in module.instructions {
            switch instruction.opcode {
            case .label:
                // Labels just before func_info belong to the function it starts.
                if case .unsigned(let label)? = instruction.operands.first { pendingLabels.append(label) }
                continue
            case .line:
                // `label; line; func_info` starts a function: the line belongs to no body.
                if !pendingLabels.isEmpty { continue }
            case .funcInfo:
                var name = "", arity = 0
                if case .atom(let index)? = instruction.operands.dropFirst().first { name = module.atom(index) }
                if case .unsigned(let value)? = instruction.operands.dropFirst(2).first { arity = value }
                let key = FunctionName(name: name, arity: arity)
                functions.append(Function(name: name, arity: arity, exported: exports.contains(key)))
                if exports.contains(key) { exported[key] = functions.count - 1 }
                bodies.append([])
            default:
                break
            }
            if !functions.isEmpty {
                for label in pendingLabels { labelOwner[label] = functions.count - 1 }
            }
            pendingLabels = []
            if !bodies.isEmpty { bodies[bodies.count - 1].append(instruction) }
        }
        for label in pendingLabels where !functions.isEmpty { labelOwner[label] = functions.count - 1 }

        for (index, body) in bodies.enumerated() {
            var function = functions[index]
            var locals: Set<Int> = []
            var atoms: Set<String> = []
            var literalCalls: [Call] = [], namedCallees: [Call] = []
            func scan(_ operand: Operand) {
                switch operand {
                case .label(let label): if let owner = labelOwner[label], owner != index { locals.insert(owner) }
                case .atom(let atom): atoms.insert(module.atom(atom))
                case .literal(let literal) where literal < module.literals.count:
                    Self.walk(module.literals[literal], atoms: &atoms, calls: &literalCalls, named: &namedCallees)
                case .typed(let inner, _): scan(inner.operand)
                case .list(let items): items.forEach(scan)
                default: break
                }
            }
            // Atoms moved into argument registers since the last call or label: the atom
            // arguments of the next call.
            var argumentAtoms: [String] = []
            for instruction in body {
                switch instruction.opcode {
                case .move:
                    if case .atom(let atom)? = instruction.operands.first, case .x? = instruction.operands.dropFirst().first {
                        argumentAtoms.append(module.atom(atom))
                    }
                case .callExt, .callExtLast, .callExtOnly:
                    if case .unsigned(let i)? = instruction.operands.dropFirst().first, i < module.imports.count {
                        let target = module.imports[i]
                        let call = (module.atom(target.module), module.atom(target.function), target.arity)
                        function.calls.append(call)
                        if Self.dynamicCalls.contains("\(call.0):\(call.1)/\(call.2)") { function.dynamic = true }
                        if Self.behaviourStarts.contains("\(call.0):\(call.1)") { function.callbackModules += argumentAtoms }
                    }
                case .makeFun2, .makeFun3:
                    if case .unsigned(let i)? = instruction.operands.first, i < module.lambdas.count,
                       let owner = labelOwner[module.lambdas[i].label] {
                        locals.insert(owner)
                    }
                case .apply, .applyLast:
                    function.dynamic = true
                default:
                    break
                }
                if Self.endsArgumentSetup.contains(instruction.opcode) { argumentAtoms = [] }
                if instruction.opcode != .funcInfo { instruction.operands.forEach(scan) }
            }
            function.calls += literalCalls
            function.namedCallees = namedCallees
            function.locals = locals.sorted()
            function.atoms = atoms.sorted()
            functions[index] = function
        }
    }

    typealias Call = (module: String, function: String, arity: Int)

    /// Atoms, external funs and `{M, F, Args}` tuples inside a literal.
    static func walk(_ term: ExternalTerm, atoms: inout Set<String>, calls: inout [Call], named: inout [Call]) {
        switch term {
        case .atom(let name): atoms.insert(name)
        case .tuple(let items):
            if items.count == 3, case .atom(let module) = items[0], case .atom(let function) = items[1] {
                switch items[2] {
                case .nil: named.append((module, function, 0))
                case .list(let arguments, .nil): named.append((module, function, arguments.count))
                default: break
                }
            }
            for item in items { walk(item, atoms: &atoms, calls: &calls, named: &named) }
        case .list(let items, let tail):
            for item in items { walk(item, atoms: &atoms, calls: &calls, named: &named) }
            walk(tail, atoms: &atoms, calls: &calls, named: &named)
        case .map(let pairs):
            for pair in pairs {
                walk(pair.key, atoms: &atoms, calls: &calls, named: &named)
                walk(pair.value, atoms: &atoms, calls: &calls, named: &named)
            }
        case .export(let module, let function, let arity): calls.append((module, function, arity))
        default: break
        }
    }
}
