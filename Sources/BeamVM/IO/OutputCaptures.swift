// Output capture buffers: where an I/O server started with a negative "file descriptor"
// (beamr_io:server/2) writes instead of standard output. A process group gives each job
// such a server as its group leader, so what a test prints is kept with its result
// instead of interleaving with other tests' output.

/// Capture buffers by id. Ids are negative so they never collide with real descriptors.
final class OutputCaptures: @unchecked Sendable { // @unchecked: guarded by `state`
    static let shared = OutputCaptures()

    private struct State {
        var buffers: [Int: [UInt8]] = [:]
        var nextId = -1
    }

    private let state = MutexBox(State())

    /// A new, empty buffer.
    func create() -> Int {
        state.withLock { state in
            let id = state.nextId
            state.nextId -= 1
            state.buffers[id] = []
            return id
        }
    }

    /// Appends to a buffer; false if it does not exist (any more).
    func append(_ bytes: [UInt8], to id: Int) -> Bool {
        state.withLock { state in
            guard state.buffers[id] != nil else { return false }
            state.buffers[id]!.append(contentsOf: bytes)
            return true
        }
    }

    /// Removes a buffer and returns what was written to it.
    func take(_ id: Int) -> [UInt8] {
        state.withLock { $0.buffers.removeValue(forKey: id) } ?? []
    }
}
