// Messages and signals in flight, and a process's message queue.
//
// Senders copy the message into a fragment, wrap it in a node and append the node to the
// receiver's inbox under the inbox lock. Only the receiver reads the inbox: it moves every
// node to its private queue (handling signals on the way) and scans that queue in
// `receive`, remembering where the scan is (the save position) so that a receive never
// looks at a message twice.

import Synchronization

/// What a node in the inbox carries.
enum SignalKind: UInt8 {
    /// An ordinary message.
    case message
    /// An exit signal: `term` is the reason, `from` the sender; `untrappable` for
    /// `exit(Pid, kill)`.
    case exit
    /// The sender linked to the receiver.
    case link
    /// The sender removed its link.
    case unlink
    /// The sender monitors the receiver with reference `reference`.
    case monitor
    /// The sender stopped monitoring (reference `reference`).
    case demonitor
    /// The timer `reference` of a `receive ... after` expired.
    case timeout
    /// The sender asks for information about the receiver (`term` says what); the answer
    /// goes back as a `reply` with the same reference.
    case infoRequest
    /// An answer to a request this process made; kept apart from its messages.
    case reply
    /// A 'DOWN' message for monitor `reference`: a message that also ends the monitor.
    case down
    /// A message sent to alias `reference` of a monitor made with `{alias, reply_demonitor}`:
    /// it also ends the monitor.
    case aliasReply
}

/// One message or signal.
///
/// - Invariant: allocated with `MessageNode.make`, owned by exactly one queue, freed with
///   `MessageNode.free` (which does not free the fragment once it has been adopted).
struct MessageNode {
    var next: UnsafeMutablePointer<MessageNode>?
    var kind: SignalKind
    var untrappable: Bool
    /// For exit signals: sent because a linked process exited.
    var viaLink: Bool
    var term: Term
    var from: Term
    var reference: UInt64
    var fragment: UnsafeMutablePointer<FragmentHeader>?

    static func make(_ kind: SignalKind, term: Term, from: Term, reference: UInt64 = 0, untrappable: Bool = false,
                     viaLink: Bool = false) -> UnsafeMutablePointer<MessageNode> {
        let (copied, fragment) = TermCopy.intoFragment(term)
        let node = UnsafeMutablePointer<MessageNode>.allocate(capacity: 1)
        node.initialize(to: MessageNode(next: nil, kind: kind, untrappable: untrappable, viaLink: viaLink, term: copied,
                                        from: from, reference: reference, fragment: fragment))
        return node
    }

    /// Frees a node and, unless it was adopted by a process, its fragment.
    static func free(_ node: UnsafeMutablePointer<MessageNode>) {
        if let fragment = node.pointee.fragment { Fragment.free(fragment, releasingBinaries: true) }
        node.deallocate()
    }
}

/// The nodes other threads have appended and the receiver has not taken yet.
struct Inbox {
    var head: UnsafeMutablePointer<MessageNode>?
    var tail: UnsafeMutablePointer<MessageNode>?
    /// Set once the owner has exited: later nodes are refused.
    var closed = false
}

/// The receiver's own queue of messages, in arrival order.
struct MessageQueue {
    var head: UnsafeMutablePointer<MessageNode>?
    var tail: UnsafeMutablePointer<MessageNode>?
    var count = 0
    /// The node before the next message a receive looks at (nil: the head). Appending
    /// after it makes the new node the current one, so the scan resumes there.
    var savePrevious: UnsafeMutablePointer<MessageNode>?
    /// A receive marker: the node that was last when the marker was made (nil: the queue
    /// was empty), bound to a reference id; 0 means no marker.
    var markerNode: UnsafeMutablePointer<MessageNode>?
    var markerReference: UInt64 = 0
    var markerReserved = false

    /// The message a receive looks at next.
    var current: UnsafeMutablePointer<MessageNode>? {
        savePrevious == nil ? head : savePrevious!.pointee.next
    }

    mutating func append(_ node: UnsafeMutablePointer<MessageNode>) {
        node.pointee.next = nil
        if let tail {
            tail.pointee.next = node
        } else {
            head = node
        }
        tail = node
        count += 1
    }

    /// Moves the save position past the current message.
    mutating func advance() {
        if let node = current { savePrevious = node }
    }

    /// Unlinks the current message and returns it; the save position goes back to the start.
    mutating func removeCurrent() -> UnsafeMutablePointer<MessageNode>? {
        guard let node = current else { return nil }
        if let previous = savePrevious {
            previous.pointee.next = node.pointee.next
        } else {
            head = node.pointee.next
        }
        if tail == node { tail = savePrevious }
        if markerNode == node { markerNode = savePrevious }
        count -= 1
        resetSave()
        return node
    }

    mutating func resetSave() {
        savePrevious = nil
    }
}
