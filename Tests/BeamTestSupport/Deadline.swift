import Foundation

/// Runs work on its own thread and gives up waiting after a deadline, so a test can report
/// a hang instead of hanging. The abandoned thread keeps running until the process exits.
public final class Deadline: @unchecked Sendable {
    // @unchecked: `current` is only touched under `lock`.
    private let lock = NSLock()
    private var current = ""

    public init() {}

    /// Notes what the work is doing now, for the report if it never finishes.
    public func note(_ what: String) {
        lock.lock()
        current = what
        lock.unlock()
    }

    /// What the work noted last.
    public var lastNote: String {
        lock.lock()
        defer { lock.unlock() }
        return current
    }

    /// Runs `work` on a new thread (with a generous stack) and waits at most `seconds`.
    /// Returns false when the deadline passed first.
    public func run(seconds: Double, _ work: @escaping @Sendable () -> Void) -> Bool {
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            work()
            done.signal()
        }
        thread.stackSize = 16 << 20
        thread.start()
        return done.wait(timeout: .now() + seconds) == .success
    }
}
