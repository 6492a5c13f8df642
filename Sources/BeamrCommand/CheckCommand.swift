import BeamFile
import BeamVM

/// `beamr inspect --check`: loads every `.beam` below some directories.
enum CheckCommand {
    /// Returns the number of files that failed to load.
    static func run(_ roots: [String]) throws -> Int {
        var files: [String] = []
        for root in roots { files += FileSystem.findFiles(under: root, suffix: ".beam") }
        var failures = 0
        let clock = ContinuousClock()
        let start = clock.now
        for file in files {
            do {
                _ = try BeamFileReader.load(file)
            } catch {
                failures += 1
                print("FAIL \(error)")
            }
        }
        let elapsed = clock.now - start
        print("\(files.count) files, \(files.count - failures) loaded, \(failures) failed (\(elapsed))")
        return failures
    }
}
