// The VM's side of the kernel services started on first use (Preloaded/beamr_boot.erl):
// when to start them, and the state of their boot.
//
// Three things start the boot: the first call into a module that reads the services' ETS
// tables (`logger`, `application_controller`), a lookup of or send to `kernel_sup`, and a
// crash report to log. A process whose call started or met the boot continues in
// beamr_boot:boot_then_apply/3, which waits and then makes the call; the boot's own
// processes (marked `partOfBoot`, which their children inherit) call straight through.

import Synchronization

enum KernelServices {
    private enum Phase { case idle, booting(Term), booted }

    private static let phase = MutexBox<Phase>(.idle)
    /// Set once the boot has finished: the fast check on the paths that start it.
    private static let isBooted = Atomic<Bool>(false)

    /// Whether the first call into `module` by `p` must wait for the boot.
    static func mustWait(_ p: Process, calling module: Term) -> Bool {
        if p.partOfBoot || isBooted.load(ordering: .acquiring) { return false }
        return module == Atom.logger || module == Atom.applicationController
    }

    /// The code of beamr_boot:boot_then_apply/3, with the call `module:function(x0...)`
    /// turned into its three arguments.
    static func waitThenCall(_ p: Process, module: Term, function: Term, arity: Int,
                             _ x: UnsafeMutablePointer<Term>) -> UnsafePointer<UInt64>? {
        let arguments = p.list(Array(UnsafeBufferPointer(start: x, count: arity)))
        x[0] = module
        x[1] = function
        x[2] = arguments
        let entry = ExportTable.shared.entry(module: Atom.beamrBoot, function: Atom.bootThenApply, arity: 3)
        guard CodeServer.shared.ensureLoaded(Atom.beamrBoot) != nil, entry.isDefined else { return nil }
        return UnsafePointer(bitPattern: UInt(entry.address))
    }

    /// The boot process, spawning it the first time; `booted` once the boot is over.
    static func startBoot() -> Term {
        phase.withLock { phase in
            switch phase {
            case .booted:
                return Atom.booted
            case .booting(let pid):
                return pid
            case .idle:
                var options = SpawnOptions()
                options.partOfBoot = true
                let (process, _) = Spawner.spawn(from: nil, module: Atom.beamrBoot, function: Atom.boot,
                                                 arguments: [], options: options)
                phase = .booting(process.pid)
                return process.pid
            }
        }
    }

    /// Where log events go: the `logger` process once it runs, else the boot process
    /// (which forwards them when the boot is done), starting the boot if needed.
    static func logDestination() -> Term {
        if let logger = NameRegistry.shared.whereis(Atom.logger) { return logger }
        let boot = startBoot()
        return boot == Atom.booted ? (NameRegistry.shared.whereis(Atom.logger) ?? Atom.undefined) : boot
    }

    /// Spawns the process that becomes `kernel_sup` when kernel starts, registered at once
    /// so that calls made meanwhile wait in its queue (see beamr_boot:kernel_sup/0).
    static func spawnKernelSupervisor() -> Term {
        var options = SpawnOptions()
        options.partOfBoot = true
        options.registeredName = Atom.kernelSup
        let (process, _) = Spawner.spawn(from: nil, module: Atom.beamrBoot, function: Atom.kernelSup,
                                         arguments: [], options: options)
        return process.pid
    }

    // MARK: Natives of beamr_boot

    /// `beamr_boot:start_boot()`.
    static func startBootBif(_ p: Process, _ a: UnsafeMutablePointer<Term>) -> Term { startBoot() }

    /// `beamr_boot:booted()`: the boot is over.
    static func bootedBif(_ p: Process, _ a: UnsafeMutablePointer<Term>) -> Term {
        phase.withLock { $0 = .booted }
        isBooted.store(true, ordering: .releasing)
        return Atom.ok
    }
}

extension Atom {
    public static let beamrBoot = Term.atom("beamr_boot")
    public static let bootThenApply = Term.atom("boot_then_apply")
    public static let boot = Term.atom("boot")
    public static let booted = Term.atom("booted")
    public static let kernelSup = Term.atom("kernel_sup")
    public static let applicationController = Term.atom("application_controller")
}
