// The applications' resource files a bundle carries. application:start/1 reads `<app>.app`
// for the application and each one it depends on, then calls its callback module; on a
// machine without Erlang/OTP those files must come from the bundle. Taken: every `.app` in
// the program's own directories, the applications the entry names, and everything they
// depend on, transitively.

import BeamBundle
import BeamVM

struct ApplicationFiles {
    /// Where each application's file is: the first found, as the code path searches.
    var available: [String: (path: String, own: Bool)] = [:]
    /// The files taken, by application name.
    var taken: [String: (resource: AppResource, bytes: [UInt8])] = [:]
    var order: [String] = []

    mutating func add(path: String, own: Bool) {
        let base = path.split(separator: "/").last.map(String.init) ?? path
        let name = String(base.dropLast(4))
        guard available[name] == nil else { return }
        available[name] = (path, own)
    }

    /// Takes the applications of the program's own directories (after every `add`, so their
    /// dependencies are known).
    mutating func requireOwn() {
        for (name, found) in available.sorted(by: { $0.key < $1.key }) where found.own { require(name) }
    }

    /// Takes the named applications and what they depend on; names without a file are left
    /// out (the program fails to start them as it would on a node that lacks them).
    mutating func require(_ names: String...) {
        var pending = names.reversed() as [String]
        while let name = pending.popLast() {
            guard taken[name] == nil, let found = available[name], let bytes = try? FileSystem.readFile(found.path),
                  let resource = AppResource(text: bytes) else { continue }
            taken[name] = (resource, bytes)
            order.append(name)
            pending += resource.dependencies.reversed()
        }
    }

    /// The callback modules of the applications taken. kernel's is not: beamr's boot plays it.
    func callbackModules() -> [String] {
        order.compactMap { name in name == "kernel" ? nil : taken[name]?.resource.callbackModule }
    }

    var files: [(name: String, bytes: ArraySlice<UInt8>)] {
        order.compactMap { name in taken[name].map { (name + ".app", $0.bytes[...]) } }
    }
}
