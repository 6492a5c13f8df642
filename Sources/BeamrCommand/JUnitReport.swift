// A JUnit XML report of a test run, in the shape CI systems read (Jenkins, GitLab, GitHub
// test reporters): one <testsuite> per test module, one <testcase> per test, a <failure>
// with the failure's text for each failed test, and the test's output as <system-out>.

enum JUnitReport {
    static func xml(tests: [TestCase], results: [TestResult?], sourceRoot: String?) -> String {
        var modules: [String] = []
        var byModule: [String: [Int]] = [:]
        for (index, test) in tests.enumerated() {
            if byModule[test.module] == nil { modules.append(test.module) }
            byModule[test.module, default: []].append(index)
        }
        let failures = results.filter { $0?.failure != nil }.count
        let total = results.reduce(0.0) { $0 + ($1?.seconds ?? 0) }
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        xml += "<testsuites name=\"beamr test\" tests=\"\(tests.count)\" failures=\"\(failures)\" errors=\"0\" time=\"\(seconds(total))\">\n"
        let plain = Style(enabled: false)
        for module in modules {
            let indices = byModule[module]!
            let moduleFailures = indices.filter { results[$0]?.failure != nil }.count
            let time = indices.reduce(0.0) { $0 + (results[$1]?.seconds ?? 0) }
            let name = FailureReport.gleamModuleName(module)
            xml += "  <testsuite name=\"\(escape(name))\" tests=\"\(indices.count)\" failures=\"\(moduleFailures)\" errors=\"0\" skipped=\"0\" time=\"\(seconds(time))\">\n"
            for index in indices {
                let test = tests[index]
                var attributes = "classname=\"\(escape(name))\" name=\"\(escape(test.function))\""
                if let file = test.file { attributes += " file=\"\(escape(file))\"" }
                if let line = test.line { attributes += " line=\"\(line)\"" }
                attributes += " time=\"\(seconds(results[index]?.seconds ?? 0))\""
                guard let result = results[index] else {
                    xml += "    <testcase \(attributes)><skipped/></testcase>\n"
                    continue
                }
                if result.failure == nil && result.output.isEmpty {
                    xml += "    <testcase \(attributes)/>\n"
                    continue
                }
                xml += "    <testcase \(attributes)>\n"
                if let failure = result.failure {
                    let text = FailureText.render(failure, label: "test", name: test.name, sourceRoot: sourceRoot, style: plain)
                    xml += "      <failure type=\"\(escape(failure.kind))\" message=\"\(escape(failure.message))\">\(escape(text))</failure>\n"
                }
                if !result.output.isEmpty {
                    xml += "      <system-out>\(escape(result.output))</system-out>\n"
                }
                xml += "    </testcase>\n"
            }
            xml += "  </testsuite>\n"
        }
        xml += "</testsuites>\n"
        return xml
    }

    static func seconds(_ value: Double) -> String {
        let thousandths = Int((value * 1000).rounded())
        let fraction = String(thousandths % 1000)
        return "\(thousandths / 1000)." + String(repeating: "0", count: 3 - fraction.count) + fraction
    }

    /// Escapes text for XML content and attributes; drops characters XML 1.0 cannot hold.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\n", "\t": out.unicodeScalars.append(scalar)
            case "\r": out += "&#13;"
            default:
                if scalar.value < 0x20 || (0xFFFE...0xFFFF).contains(scalar.value) {
                    out += "\\u{\(String(scalar.value, radix: 16))}"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }
}
