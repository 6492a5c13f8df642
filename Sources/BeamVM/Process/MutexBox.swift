import Synchronization

/// A mutex-protected value held by a class, so it can live in `let` properties of shared
/// objects.
final class MutexBox<Value>: @unchecked Sendable { // @unchecked: all access goes through `mutex`
    private let mutex: Mutex<Value>

    init(_ value: sending Value) { mutex = Mutex(value) }

    func withLock<Result>(_ body: (inout sending Value) throws -> sending Result) rethrows -> sending Result {
        try mutex.withLock(body)
    }
}
