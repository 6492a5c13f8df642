import BeamFile
import BeamVM

/// `beamr inspect --check`: parses every `.beam` below some directories (or named files).
enum CheckCommand {
    /// Prints one line per failure and a summary with the parsing time; returns the number
    /// of failures (a path that does not exist counts as one).
    static func run(_ roots: [String]) throws -> Int {
        var files: [String] = []
        var missing = 0
        for root in roots {
            if FileSystem.isDirectory(root) {
                files += FileSystem.findFiles(under: root, suffix: ".beam")
            } else if FileSystem.exists(root) {
                files.append(root)
            } else {
                missing += 1
                print("FAIL \(root): no such file or directory")
            }
        }
        var failed = 0
        let clock = ContinuousClock()
        let start = clock.now
        for file in files {
            do {
                _ = try BeamFileReader.load(file)
            } catch {
                failed += 1
                print("FAIL \(error)")
            }
        }
        let elapsed = clock.now - start
        let milliseconds = Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
        let tenths = Int((milliseconds * 10).rounded())
        let time = "\(tenths / 10).\(tenths % 10) ms"
        print("\(files.count) files, \(files.count - failed) loaded, \(failed) failed (\(time))")
        return failed + missing
    }
}
