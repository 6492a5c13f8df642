// Starting a program: the first process, its entry call, and running it to the end.

import BeamFile

/// How the first process of a program ended.
public enum ProgramOutcome {
    case returned(Term)
    case raised(kind: Term, reason: Term, trace: Term)
}

/// The virtual machine as the command line sees it.
public final class Runtime {
    /// The code every process's first call returns to.
    // nonisolated(unsafe): written once here, then only read.
    nonisolated(unsafe) static let exitStub: UnsafeMutablePointer<UInt64> = stub(.normalExit)
    /// The code a process runs while it waits for the reply to a request.
    nonisolated(unsafe) static let awaitReplyStub: UnsafeMutablePointer<UInt64> = stub(.awaitReply)

    static func stub(_ op: Op) -> UnsafeMutablePointer<UInt64> {
        let code = UnsafeMutablePointer<UInt64>.allocate(capacity: 2)
        code[0] = op.rawValue
        code[1] = op.rawValue
        return code
    }

    let pool: SchedulerPool

    /// - Parameters:
    ///   - codePath: directories searched for modules, in order.
    ///   - schedulers: scheduler threads (one per online core when nil).
    public init(codePath: [String], schedulers: Int? = nil) {
        _ = RuntimeStatistics.startNanoseconds
        CodeServer.shared.setPath(codePath)
        pool = SchedulerPool(count: schedulers ?? SchedulerPool.onlineCores)
        SchedulerPool.shared = pool
    }

    /// Gets ready to run `program`: adopts the release that compiled it, and creates the
    /// export entry of the entry function before the module loads, as `erl` does when it
    /// applies the entry function of a module that is not loaded yet.
    public func prepare(program: BeamModule, entry: (module: Term, function: Term, arity: Int)) {
        if let release = EmulatedRelease.release(of: program) { EmulatedRelease.set(release) }
        _ = ExportTable.shared.entry(module: entry.module, function: entry.function, arity: entry.arity)
    }

    /// The first process of a program, calling `module:function(arguments...)` with the
    /// arguments made by `makeArguments` on its heap.
    public func spawn(module: Term, function: Term, arity: Int, makeArguments: (Process) -> [Term]) -> Process {
        let process = Process(serial: ProcessTable.shared.newSerial())
        let entry = ExportTable.shared.entry(module: module, function: function, arity: arity)
        process.pc = UnsafePointer(bitPattern: UInt(entry.address))
        process.cp = UInt64(UInt(bitPattern: Runtime.exitStub))
        process.savedRegisters = makeArguments(process)
        process.initialCall = (module, function, arity)
        ProcessTable.shared.insert(process)
        return process
    }

    /// Runs the program until its first process ends.
    public func runToCompletion(_ process: Process) -> ProgramOutcome {
        pool.runMain(process)
    }
}

/// The text beamr prints for an uncaught exception: the class and reason, then one line
/// per stack frame with its source location.
public enum ExceptionReport {
    public static func format(kind: Term, reason: Term, trace: Term) -> String {
        var text = "** exception \(TermPrinter.format(kind)): \(TermPrinter.format(reason))\n"
        var first = true
        for frame in trace.listElements ?? [] {
            guard frame.isTuple, frame.tupleArity == 4 else { continue }
            let module = TermPrinter.format(frame.tupleElement(0))
            let function = TermPrinter.format(frame.tupleElement(1))
            let third = frame.tupleElement(2)
            let arguments = third.listElements
            let arity = arguments?.count ?? (third.isSmall ? third.smallValue : 0)
            var location = ""
            let info = frame.tupleElement(3).listElements ?? []
            let file = info.first { $0.isTuple && $0.tupleArity == 2 && $0.tupleElement(0) == Atom.file }
            let line = info.first { $0.isTuple && $0.tupleArity == 2 && $0.tupleElement(0) == Atom.line }
            if let file, let line, let name = file.tupleElement(1).characters {
                location = " (\(name), line \(TermPrinter.format(line.tupleElement(1))))"
            }
            text += (first ? "     in function  " : "     in call from ") + "\(module):\(function)/\(arity)\(location)\n"
            if let arguments {
                text += "        called as \(module):\(function)(\(arguments.map(TermPrinter.format).joined(separator: ", ")))\n"
            }
            first = false
        }
        return text
    }
}

extension Term {
    /// The text of a list of character codes, or nil.
    public var characters: String? {
        guard let elements = listElements else { return nil }
        var scalars = String.UnicodeScalarView()
        for element in elements {
            guard element.isSmall, let scalar = Unicode.Scalar(UInt32(truncatingIfNeeded: element.smallValue)) else { return nil }
            scalars.append(scalar)
        }
        return String(scalars)
    }
}
