// `beamr inspect` on a bundle or an escript: its entry and the modules it holds.

import BeamBundle
import BeamFile

enum ContainerListing {
    /// The listing, or nil when the file is neither a bundle nor an escript.
    static func describe(path: String, bytes: [UInt8]) -> Result<String, ArchiveError>? {
        if Bundle.isBundle(bytes) {
            return Result { () throws(ArchiveError) in bundle(try Bundle(bytes: bytes), path: path) }
        }
        if EscriptHeader.looksLikeEscript(bytes) {
            return Result { () throws(ArchiveError) in escript(try EscriptProgram(bytes: bytes, path: path)) }
        }
        return nil
    }

    static func bundle(_ bundle: Bundle, path: String) -> String {
        let entry = bundle.entry
        let call: String
        switch entry.style {
        case .noArguments: call = "no arguments"
        case .argumentList: call = "the arguments as a list of strings"
        case .atomArgument: call = "the atom \(entry.atom)"
        }
        var text = "bundle \(path) (format \(Bundle.formatVersion), written by beamr \(bundle.beamrVersion))\n"
        text += "entry \(entry.module):\(entry.function)/\(entry.arity), called with \(call)\n"
        text += table(bundle.modules.map { ($0.name, $0.size) })
        for file in bundle.files { text += "  \(file.name) \(file.size) (not a module)\n" }
        text += "\(bundle.compressedSize) bytes compressed, file \(bundle.fileSize) bytes\n"
        return text
    }

    static func escript(_ program: EscriptProgram) -> String {
        var text = "escript (\(program.header.bodyKind.rawValue) body)\n"
        if let arguments = program.header.emulatorArguments { text += "emulator arguments: \(arguments)\n" }
        text += "entry \(program.mainModule):main/1\n"
        text += table(program.modules.map { ($0.name, $0.bytes.count) })
        for file in program.otherFiles { text += "  \(file.name) \(file.bytes.count) (not a module)\n" }
        return text
    }

    static func table(_ modules: [(name: String, size: Int)]) -> String {
        let width = modules.map(\.name.count).max() ?? 0
        var text = "\(modules.count) modules:\n"
        for module in modules.sorted(by: { $0.name < $1.name }) {
            let size = String(module.size)
            text += "  " + module.name + String(repeating: " ", count: width - module.name.count + 2)
                + String(repeating: " ", count: max(0, 8 - size.count)) + size + "\n"
        }
        text += "total \(modules.reduce(0) { $0 + $1.size }) bytes in \(modules.count) modules\n"
        return text
    }
}
