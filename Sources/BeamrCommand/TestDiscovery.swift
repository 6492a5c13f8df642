// Finding tests as gleeunit (through eunit) finds them: the test modules are the modules
// of the project's own package whose name ends in `_test`, or whose Gleam source lives
// under `test/` (gleeunit runs every module compiled from the test directory); their tests
// are the exported zero-arity functions whose name ends in `_test`. Tests keep a fixed
// order (modules by name, functions in source order) so reports are the same every run.

import BeamFile
import BeamVM

/// One test function.
struct TestCase {
    /// The Erlang module name (`app@sub_test`).
    var module: String
    var function: String
    /// The source file the compiler recorded (`test/app/sub_test.gleam`) and the
    /// function's line, when the module has a line table.
    var file: String?
    var line: Int?
    /// Whether the module was compiled from Gleam (values are then shown in Gleam's syntax).
    var isGleam: Bool

    /// `app/sub_test`: the module as Gleam names it.
    var gleamModule: String { FailureReport.gleamModuleName(module) }
    /// `app/sub_test.parse_test`.
    var name: String { gleamModule + "." + function }
}

enum TestDiscovery {
    /// The tests in `directories` (the program's own ebin directories), in order.
    /// - Parameter filters: when not empty, keep tests whose name (Gleam's or Erlang's
    ///   `module.function`) contains one of them.
    /// - Returns: the tests, and a message for each module that could not be read.
    static func discover(in directories: [String], filters: [String]) -> (tests: [TestCase], problems: [String]) {
        var tests: [TestCase] = []
        var problems: [String] = []
        var seen = Set<String>()
        for directory in directories {
            for name in FileSystem.listDirectory(directory).sorted() where name.hasSuffix(".beam") {
                let moduleName = String(name.dropLast(5))
                guard !seen.contains(moduleName) else { continue }
                seen.insert(moduleName)
                // Only modules named like tests, or Gleam modules, can hold tests: skip the
                // parse of plain Erlang modules.
                let path = Bundler.join(directory, name)
                guard moduleName.hasSuffix("_test") || mayBeGleamTestModule(path) else { continue }
                let beam: BeamModule
                do {
                    beam = try BeamFileReader.load(path)
                } catch {
                    problems.append("\(path): \(error)")
                    continue
                }
                guard isTestModule(beam) else { continue }
                for test in self.tests(in: beam) {
                    if filters.isEmpty || filters.contains(where: { test.name.contains($0) || "\(test.module).\(test.function)".contains($0) }) {
                        tests.append(test)
                    }
                }
            }
        }
        return (tests, problems)
    }

    /// Whether the file names a `test/...gleam` source (a cheap look at the raw bytes
    /// before parsing: the Line chunk stores file names as plain text).
    static func mayBeGleamTestModule(_ path: String) -> Bool {
        guard let bytes = try? FileSystem.readFile(path) else { return false }
        let needle = Array("test/".utf8)
        guard bytes.count > needle.count else { return false }
        return bytes.withUnsafeBufferPointer { buffer in
            var i = 0
            while i + needle.count <= buffer.count {
                if buffer[i] == needle[0], buffer[i + 1] == needle[1], buffer[i + 2] == needle[2],
                   buffer[i + 3] == needle[3], buffer[i + 4] == needle[4] { return true }
                i += 1
            }
            return false
        }
    }

    static func isTestModule(_ beam: BeamModule) -> Bool {
        if beam.name.hasSuffix("_test") { return true }
        return beam.lines?.files.contains { $0.hasPrefix("test/") && $0.hasSuffix(".gleam") } ?? false
    }

    /// The module's tests in source order, each with the line of its definition.
    static func tests(in beam: BeamModule) -> [TestCase] {
        let candidates = beam.exports.filter { $0.arity == 0 && beam.atom($0.function).hasSuffix("_test") }
        guard !candidates.isEmpty else { return [] }
        var locations: [String: (file: String, line: Int)] = [:]
        var lastLine: Operand?
        for instruction in beam.instructions {
            switch instruction.opcode {
            case .line:
                lastLine = instruction.operands.first
            case .funcInfo:
                if instruction.operands.count == 3, case .atom(let function) = instruction.operands[1],
                   case .unsigned(0) = instruction.operands[2],
                   case .unsigned(let item)? = lastLine, let place = beam.lines?.location(item) {
                    locations[beam.atom(function)] = place
                }
                lastLine = nil
            case .label:
                break
            default:
                lastLine = nil
            }
        }
        let isGleam = beam.lines?.files.contains { $0.hasSuffix(".gleam") } ?? false
        return candidates.sorted { $0.label < $1.label }.map { entry in
            let function = beam.atom(entry.function)
            let place = locations[function]
            return TestCase(module: beam.name, function: function, file: place?.file, line: place?.line, isGleam: isGleam)
        }
    }
}
