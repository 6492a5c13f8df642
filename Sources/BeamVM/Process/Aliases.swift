// Process aliases (OTP 24): a reference that a process makes an address for itself, with
// erlang:alias/0,1 or a monitor's `{alias, Mode}` option; a message sent to an active
// alias reaches its owner, one sent to an inactive alias is dropped. gen_server:call and
// friends reply through them.
//
// The table is global so that a sender can tell whether an alias is active; its owner
// also remembers its aliases (`Process.aliases`) to drop them when it exits. Aliases that
// end with their first reply are deactivated by the send that uses them, so that only
// one message gets through.
//
// Monitor tags (`{tag, Tag}`, OTP 27) replace 'DOWN' in the monitor's message. The
// monitored process builds that message when it exits, so the tag waits here, copied
// into a fragment of its own that no garbage collection moves.

import Synchronization

/// When an alias stops being one.
enum AliasMode: UInt8 {
    /// Only unalias/1 deactivates it.
    case explicitUnalias
    /// Deactivated with its monitor (demonitor, or the 'DOWN' message arriving).
    case demonitor
    /// As `demonitor`, and also by the first message that arrives through it, which
    /// removes the monitor too.
    case replyDemonitor
    /// Deactivated by the first message that arrives through it (alias([reply])).
    case reply
}

/// Active aliases by reference id.
final class AliasTable: @unchecked Sendable { // @unchecked: guarded by `entries`
    static let shared = AliasTable()
    private let entries = MutexBox<[UInt64: (owner: Term, mode: AliasMode)]>([:])

    func activate(_ id: UInt64, owner p: Process, mode: AliasMode) {
        entries.withLock { $0[id] = (p.pid, mode) }
        p.aliases.insert(id)
    }

    /// Deactivates an alias of `p`; false when it was not one.
    @discardableResult
    func deactivate(_ id: UInt64, owner p: Process) -> Bool {
        guard p.aliases.remove(id) != nil else { return false }
        return entries.withLock { table in
            guard let entry = table[id], entry.owner == p.pid else { return false }
            table[id] = nil
            return true
        }
    }

    /// The monitor `id` of `p` has ended: an alias tied to it goes too.
    func monitorEnded(_ id: UInt64, owner p: Process) {
        guard p.aliases.contains(id) else { return }
        let tied = entries.withLock { table -> Bool in
            guard let entry = table[id], entry.mode == .demonitor || entry.mode == .replyDemonitor else { return false }
            table[id] = nil
            return true
        }
        if tied { p.aliases.remove(id) }
    }

    /// Where a message to alias `id` goes, or nil when the alias is not active; an alias
    /// that ends with its first message ends here.
    func route(_ id: UInt64) -> (owner: Term, mode: AliasMode)? {
        entries.withLock { table in
            guard let entry = table[id] else { return nil }
            if entry.mode == .reply || entry.mode == .replyDemonitor { table[id] = nil }
            return entry
        }
    }

    /// Drops the aliases of an exited process.
    func removeAll(of p: Process) {
        guard !p.aliases.isEmpty else { return }
        let ids = p.aliases
        entries.withLock { table in for id in ids { table[id] = nil } }
        p.aliases = []
    }
}

/// Tags of monitors created with `{tag, Tag}`, by monitor reference id.
enum MonitorTags {
    private static let tags = MutexBox<[UInt64: (term: Term, fragment: UnsafeMutablePointer<FragmentHeader>?)]>([:])
    /// How many tags exist, so that monitors without one cost no lock.
    private static let count = Atomic<Int>(0)

    static func set(_ id: UInt64, _ tag: Term) {
        let (term, fragment) = TermCopy.intoFragment(tag)
        tags.withLock { $0[id] = (term, fragment) }
        count.add(1, ordering: .relaxed)
    }

    /// Runs `body` with the tag of monitor `id` (or 'DOWN') and forgets the tag.
    static func consume<R>(_ id: UInt64, _ body: (Term) -> R) -> R {
        guard count.load(ordering: .relaxed) > 0, let entry = tags.withLock({ $0.removeValue(forKey: id) }) else {
            return body(Atom.down)
        }
        count.subtract(1, ordering: .relaxed)
        let result = body(entry.term)
        if let fragment = entry.fragment { Fragment.free(fragment, releasingBinaries: true) }
        return result
    }

    /// Forgets the tag of a monitor that was removed.
    static func remove(_ id: UInt64) {
        consume(id) { _ in () }
    }
}
