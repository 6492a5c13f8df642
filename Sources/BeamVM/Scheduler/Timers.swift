// The timer service: one thread, started on first use, keeps timers in a heap ordered by
// deadline and sleeps until the earliest. Receive timeouts, send_after and start_timer all
// go through it, with millisecond resolution.

import Synchronization

/// What happens when a timer expires.
enum TimerAction {
    /// Ends a `receive ... after` of a process (the timer's id is in the signal).
    case receiveTimeout(Process, UInt64)
    /// Delivers a prepared message node to a pid or a registered name.
    case message(destination: Term, node: UnsafeMutablePointer<MessageNode>)
    /// Ends a job of a process group that ran out of time.
    case expire(ProcessGroup, index: Int)
}

/// All pending timers.
final class TimerService: @unchecked Sendable { // @unchecked: guarded by `state`
    static let shared = TimerService()

    struct Entry {
        var deadline: UInt64
        var id: UInt64
    }

    struct State {
        var heap: [Entry] = []
        var actions: [UInt64: (deadline: UInt64, action: TimerAction)] = [:]
        var started = false
    }

    private let state = MutexBox(State())
    private let parker = Parker()

    /// Starts a timer of `milliseconds`; returns its id (also used as the timer reference).
    func schedule(milliseconds: Int, id: UInt64 = Unique.nextReference(), _ action: TimerAction) -> UInt64 {
        let deadline = Clock.monotonicNanoseconds() + UInt64(max(milliseconds, 0)) * 1_000_000
        let (startThread, isEarliest) = state.withLock { state -> (Bool, Bool) in
            state.actions[id] = (deadline, action)
            state.heap.append(Entry(deadline: deadline, id: id))
            Self.siftUp(&state.heap, state.heap.count - 1)
            let start = !state.started
            state.started = true
            return (start, state.heap[0].id == id)
        }
        if startThread {
            BeamVM.startThread { [unowned self] in self.loop() }
        } else if isEarliest {
            parker.unpark()
        }
        return id
    }

    /// Cancels a timer; returns the milliseconds it had left, or nil if it already fired.
    func cancel(_ id: UInt64) -> Int? {
        let removed = state.withLock { $0.actions.removeValue(forKey: id) }
        guard let removed else { return nil }
        if case .message(_, let node) = removed.action { MessageNode.free(node) }
        return remaining(removed.deadline)
    }

    /// Milliseconds left on a timer, or nil.
    func read(_ id: UInt64) -> Int? {
        state.withLock { $0.actions[id] }.map { remaining($0.deadline) }
    }

    private func remaining(_ deadline: UInt64) -> Int {
        let now = Clock.monotonicNanoseconds()
        return deadline > now ? Int((deadline - now + 999_999) / 1_000_000) : 0
    }

    private func loop() {
        while true {
            let now = Clock.monotonicNanoseconds()
            var due: [TimerAction] = []
            let next = state.withLock { state -> UInt64? in
                while let top = state.heap.first, top.deadline <= now {
                    Self.popHeap(&state.heap)
                    if let action = state.actions.removeValue(forKey: top.id) { due.append(action.action) }
                }
                // Drop cancelled entries at the top so the sleep is not cut short for nothing.
                while let top = state.heap.first, state.actions[top.id] == nil { Self.popHeap(&state.heap) }
                return state.heap.first?.deadline
            }
            for action in due { fire(action) }
            parker.park(deadline: next)
        }
    }

    private func fire(_ action: TimerAction) {
        switch action {
        case .receiveTimeout(let process, let id):
            let node = MessageNode.make(.timeout, term: .nil, from: .nil, reference: id)
            Signals.deliver(node, to: process, near: nil)
        case .message(let destination, let node):
            let target = destination.isAtom ? NameRegistry.shared.whereis(destination).flatMap(ProcessTable.shared.lookup)
                                            : ProcessTable.shared.lookup(destination)
            if let target { Signals.deliver(node, to: target, near: nil) } else { MessageNode.free(node) }
        case .expire(let group, let index):
            group.expire(index)
        }
    }

    // MARK: - Binary heap on deadlines

    private static func siftUp(_ heap: inout [Entry], _ start: Int) {
        var child = start
        while child > 0 {
            let parent = (child - 1) / 2
            if heap[parent].deadline <= heap[child].deadline { break }
            heap.swapAt(parent, child)
            child = parent
        }
    }

    private static func popHeap(_ heap: inout [Entry]) {
        heap.swapAt(0, heap.count - 1)
        heap.removeLast()
        var parent = 0
        while true {
            let left = 2 * parent + 1, right = left + 1
            var smallest = parent
            if left < heap.count && heap[left].deadline < heap[smallest].deadline { smallest = left }
            if right < heap.count && heap[right].deadline < heap[smallest].deadline { smallest = right }
            if smallest == parent { return }
            heap.swapAt(parent, smallest)
            parent = smallest
        }
    }
}
