#if canImport(Glibc)
import Glibc
#endif

/// A value guarded by a mutex, for state shared between scheduler threads.
///
/// - Invariant: `value` is only touched inside `withLock`; the pthread mutex is
///   heap-allocated once and never moves.
final class MutexBox<Value>: @unchecked Sendable { // @unchecked: all access to `value` holds `mutex`
    private let mutex: UnsafeMutablePointer<pthread_mutex_t>
    private var value: Value

    init(_ value: Value) {
        self.value = value
        mutex = .allocate(capacity: 1)
        pthread_mutex_init(mutex, nil)
    }

    deinit {
        pthread_mutex_destroy(mutex)
        mutex.deallocate()
    }

    @inline(__always)
    func withLock<Result>(_ body: (inout Value) throws -> Result) rethrows -> Result {
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        return try body(&value)
    }
}
