// Translation of a module's functions on their first call. Loading lays out a slot for every
// function (see ModuleLoader) whose entry holds `lazyEntry` (a zero word); running that op
// comes here, translates the function into its slot and replaces the op, so that later
// calls, from every scheduler, run the translated code directly.

import BeamFile

/// The translating part of a loaded module.
///
/// - Invariant: a slot's words other than the entry op are written only while its entry
///   still holds `lazyEntry`, and the entry op is stored last, with release ordering; a
///   thread that runs the old entry op comes here and waits for the lock.
final class FunctionTranslator: @unchecked Sendable { // @unchecked: all state is behind `state`
    private struct State {
        var emitter: Emitter
        /// Each translated function's (code offset, line item) pairs, sorted by offset: the
        /// location of the instructions from that offset on.
        var lines: [[(offset: Int, item: Int)]?]
        /// Why a function could not be translated, by function index.
        var failures: [Int: ModuleLoadError] = [:]
        var checksum: [UInt8]?
    }

    private let state: MutexBox<State>

    init(_ emitter: Emitter) {
        let count = emitter.deferred.index.functions.count
        state = MutexBox(State(emitter: emitter, lines: Array(repeating: nil, count: count)))
    }

    /// Translates function `index` unless that is done; nil on success, else why it failed
    /// (the function then stays untranslated, and every call to it fails).
    func translate(_ index: Int) -> ModuleLoadError? {
        state.withLock { (state: inout State) -> ModuleLoadError? in
            if state.lines[index] != nil { return nil }
            if let failure = state.failures[index] { return failure }
            do throws(ModuleLoadError) {
                state.lines[index] = try state.emitter.translate(function: index)
                return nil
            } catch {
                state.failures[index] = error
                return error
            }
        }
    }

    /// The module's MD5, computed when first asked for.
    var checksum: [UInt8] {
        state.withLock { (state: inout State) -> [UInt8] in
            if let checksum = state.checksum { return checksum }
            let checksum = state.emitter.deferred.checksum()
            state.checksum = checksum
            return checksum
        }
    }

    /// The line item of the instruction at a code offset in function `function`.
    func lineItem(at offset: Int, function: Int) -> Int? {
        state.withLock { (state: inout State) -> Int? in
            guard let entries = state.lines[function] else { return nil }
            var low = 0, high = entries.count - 1, found: Int?
            while low <= high {
                let mid = (low + high) / 2
                if entries[mid].offset <= offset {
                    found = entries[mid].item
                    low = mid + 1
                } else {
                    high = mid - 1
                }
            }
            return found
        }
    }
}
