import BeamFile

struct Disassembler {
    let module: BeamModule
    init(_ module: BeamModule) { self.module = module }
    func listing() -> String { "{module, \(module.name)}.\n" }
}
