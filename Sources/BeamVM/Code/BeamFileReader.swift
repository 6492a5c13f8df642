import BeamFile

/// Why a module file could not be read.
package enum ModuleFileError: Error, CustomStringConvertible {
    case system(SystemError)
    case load(BeamLoadError)

    package var description: String {
        switch self {
        case .system(let error): return error.description
        case .load(let error): return error.description
        }
    }
}

/// Reads and parses `.beam` files from disk.
package enum BeamFileReader {
    /// Reads and parses one file; errors name the file. `deferringCode` parses it for
    /// loading (see `BeamModule.deferred`).
    package static func load(_ path: String, deferringCode: Bool = false) throws(ModuleFileError) -> BeamModule {
        let bytes: [UInt8]
        do { bytes = try FileSystem.readFile(path) } catch { throw .system(error) }
        do { return try BeamModule(bytes: bytes, deferringCode: deferringCode) } catch { throw .load(error.inFile(path)) }
    }
}
