// A scheduler's run queue: one FIFO per priority.

/// Runnable processes of one scheduler, by priority.
struct RunQueue {
    private var queues: [[Process]] = [[], [], [], []]
    private var heads = [0, 0, 0, 0]
    /// Normal-priority picks since the last low-priority one: low runs once every 8.
    private var normalStreak = 0

    var count: Int { (0..<4).reduce(0) { $0 + queues[$1].count - heads[$1] } }
    var isEmpty: Bool { count == 0 }

    mutating func push(_ process: Process) {
        queues[process.priority.rawValue].append(process)
    }

    mutating func pop() -> Process? {
        for level in 0..<2 {
            if let process = take(level) { return process }
        }
        if normalStreak >= 8 || available(2) == 0, let process = take(3) {
            normalStreak = 0
            return process
        }
        if let process = take(2) {
            normalStreak += 1
            return process
        }
        return nil
    }

    private func available(_ level: Int) -> Int { queues[level].count - heads[level] }

    private mutating func take(_ level: Int) -> Process? {
        guard heads[level] < queues[level].count else { return nil }
        let process = queues[level][heads[level]]
        heads[level] += 1
        if heads[level] > 64 && heads[level] * 2 > queues[level].count {
            queues[level].removeFirst(heads[level])
            heads[level] = 0
        } else if heads[level] == queues[level].count {
            queues[level].removeAll(keepingCapacity: true)
            heads[level] = 0
        }
        return process
    }

    /// Takes up to half of the normal and low processes, for a scheduler with nothing to do.
    mutating func stealHalf() -> [Process] {
        var stolen: [Process] = []
        for level in [2, 3, 1] {
            let n = available(level) / 2
            for _ in 0..<n { if let process = take(level) { stolen.append(process) } }
            if !stolen.isEmpty { break }
        }
        if stolen.isEmpty, available(2) == 1 || available(3) == 1 {
            if let process = take(2) ?? take(3) { stolen.append(process) }
        }
        return stolen
    }
}
