// Deep copies of terms between heaps: messages, spawn arguments and exit reasons are
// copied into a fragment owned by the receiver, as in ERTS (no sharing between processes
// except the bytes of refc binaries, whose reference count goes up).

/// Sizing and copying of terms into fresh memory.
enum TermCopy {
    /// Words a deep copy of `term` needs (shared subterms are counted each time they occur).
    static func words(_ term: Term) -> Int {
        var total = 0
        var stack: [Term] = [term]
        while let t = stack.popLast() {
            var current = t
            while true {
                if current.isList {
                    total += 2
                    stack.append(current.head)
                    current = current.tail
                    continue
                }
                guard current.isBoxed else { break }
                let object = current.boxedPointer
                let header = object[0]
                total += Header.payload(header) + 1
                switch Header.subtag(header) {
                case Subtag.tuple.rawValue, Subtag.map.rawValue:
                    let payload = Header.payload(header)
                    if payload > 0 { for i in 1...payload { stack.append(object[i]) } }
                case Subtag.closure.rawValue:
                    let payload = Header.payload(header)
                    if payload >= 2 { for i in 2...payload { stack.append(object[i]) } }
                case Subtag.subBinary.rawValue:
                    stack.append(object[3])
                case Subtag.matchContext.rawValue:
                    stack.append(object[1])
                default:
                    break
                }
                break
            }
        }
        return total
    }

    /// Copies `term` into memory starting at `top` (which must have `words(term)` words),
    /// linking copied refc binaries into `offHeap` and retaining their storage.
    static func copy(_ term: Term, to top: inout UnsafeMutablePointer<Term>,
                     offHeap: inout UnsafeMutablePointer<Term>?) -> Term {
        if term.isImmediate { return term }
        if term.isList {
            // Copy the spine iteratively so long lists do not recurse deeply.
            let first = top
            var cell = first
            var current = term
            top += 2
            while true {
                cell[0] = copy(current.head, to: &top, offHeap: &offHeap)
                let tail = current.tail
                if tail.isList {
                    let next = top
                    top += 2
                    cell[1] = .list(next)
                    cell = next
                    current = tail
                } else {
                    cell[1] = copy(tail, to: &top, offHeap: &offHeap)
                    break
                }
            }
            return .list(first)
        }
        let object = term.boxedPointer
        let header = object[0]
        let size = Header.payload(header) + 1
        let target = top
        top += size
        target.update(from: object, count: size)
        switch Header.subtag(header) {
        case Subtag.tuple.rawValue, Subtag.map.rawValue:
            if size > 1 { for i in 1..<size { target[i] = copy(object[i], to: &top, offHeap: &offHeap) } }
        case Subtag.closure.rawValue:
            if size > 2 { for i in 2..<size { target[i] = copy(object[i], to: &top, offHeap: &offHeap) } }
        case Subtag.subBinary.rawValue:
            target[3] = copy(object[3], to: &top, offHeap: &offHeap)
        case Subtag.matchContext.rawValue:
            target[1] = copy(object[1], to: &top, offHeap: &offHeap)
        case Subtag.refcBinary.rawValue:
            BinaryStorage(raw: UnsafeMutableRawPointer(bitPattern: UInt(object[2].raw))!).retain()
            OffHeapList.link(target, into: &offHeap)
        default:
            break
        }
        return .boxed(target)
    }

    /// A fragment holding a copy of `term`, or nil when the term needs no memory.
    static func intoFragment(_ term: Term) -> (term: Term, fragment: UnsafeMutablePointer<FragmentHeader>?) {
        if term.isImmediate { return (term, nil) }
        let size = words(term)
        let fragment = Fragment.allocate(capacity: size)
        var top = Fragment.words(fragment)
        var offHeap: UnsafeMutablePointer<Term>? = nil
        let copied = copy(term, to: &top, offHeap: &offHeap)
        fragment.pointee.used = size
        fragment.pointee.offHeap = offHeap
        return (copied, fragment)
    }
}

extension Process {
    /// Takes ownership of a fragment: its terms become part of this process's memory and are
    /// collected with it.
    func adopt(_ fragment: UnsafeMutablePointer<FragmentHeader>) {
        // Keep the newest fragment first: `allocateFragment` bumps into it.
        if let current = fragments {
            fragment.pointee.next = current.pointee.next
            current.pointee.next = fragment
        } else {
            fragments = fragment
        }
        fragmentWords += fragment.pointee.used
    }
}
