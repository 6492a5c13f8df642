// What re:run returns for a match: the `{capture, ValueSpec, Type}` option resolved
// against a compiled pattern, and the result built from PCRE2's offset vector, following
// ERTS (erl_bif_re.c) to the letter:
//
//  - `all` and `all_but_first` stop at the highest group that took part in the match
//    (pcre2_match's return value), so trailing unset groups are left out;
//  - an explicit list reports every entry, `{-1,0}` / `[]` / `<<>>` for unset groups,
//    out-of-range numbers and unknown names;
//  - a duplicated name (dupnames) gives the first of its groups that is set;
//  - `none`, `[]`, and `all_names` without named groups give plain `match`.

/// A resolved capture specification.
struct RegexCapture {
    enum Kind { case index, list, binary, none }

    /// One requested value: a group number (negative for none), or, for a duplicated
    /// name, the groups to try in order.
    enum Item {
        case group(Int)
        case firstSet([Int])
    }

    var kind = Kind.index
    /// nil for `all` (from `skip` on); otherwise the requested items.
    var items: [Item]?
    /// 1 for `all_but_first`.
    var skip = 0

    /// The default: every group, as indexes.
    static let all = RegexCapture()

    /// The specification from an option's values and type, or nil when it is malformed.
    static func resolve(values: Term, type: Term, regex: CompiledRegex) -> RegexCapture? {
        var spec = RegexCapture()
        switch type {
        case Atom.index: spec.kind = .index
        case ReAtom.list: spec.kind = .list
        case Atom.binary: spec.kind = .binary
        default: return nil
        }
        switch values {
        case Atom.all:
            break
        case Atom.none, .nil:
            spec.kind = .none
        case ReAtom.allButFirst:
            spec.skip = 1
        case ReAtom.first:
            spec.items = [.group(0)]
        case ReAtom.allNames:
            let names = regex.names
            guard !names.isEmpty else {
                spec.kind = .none
                return spec
            }
            var items: [Item] = []
            var previous: UnsafeBufferPointer<UInt8>?
            for entry in names {
                if regex.hasDuplicateNames, let previous, previous.elementsEqual(entry.name) { continue }
                previous = entry.name
                items.append(regex.hasDuplicateNames ? item(for: Array(entry.name), in: regex) : .group(entry.group))
            }
            spec.items = items
        default:
            guard values.isList else { return nil }
            var items: [Item] = []
            var rest = values
            while rest.isList {
                let value = rest.head
                rest = rest.tail
                if let number = RegexOptions.cInt(value) {
                    items.append(.group(number))
                } else if let name = nameBytes(value) {
                    items.append(item(for: name, in: regex))
                } else {
                    return nil
                }
            }
            guard rest.isNil else { return nil }
            spec.items = items
        }
        return spec
    }

    /// A group name given as an atom, a binary or a character list.
    static func nameBytes(_ term: Term) -> [UInt8]? {
        if term.isAtom { return Array(term.atomName.buffer) }
        guard term.isBitstring || term.isList else { return nil }
        return IOList.bytes(term)
    }

    static func item(for name: [UInt8], in regex: CompiledRegex) -> Item {
        let groups = regex.groups(named: name)
        switch groups.count {
        case 0: return .group(-1)
        case 1: return .group(groups[0])
        default: return regex.hasDuplicateNames ? .firstSet(groups) : .group(-1)
        }
    }

    // MARK: - Results

    /// `{match, Captured}` or `match` for a successful match; `count` is pcre2_match's
    /// return value (one more than the highest group set).
    func result(_ p: Process, count: Int, ovector: UnsafePointer<Int>, subject: borrowing RegexSubject,
                subjectTerm: Term) -> Term {
        if kind == .none { return ReAtom.match }
        var values: [Term] = []
        if let items {
            values.reserveCapacity(items.count)
            for item in items {
                var group: Int
                switch item {
                case .group(let n): group = n
                case .firstSet(let groups): group = groups.first { ovector[2 * $0] != Self.unset } ?? -1
                }
                if group >= count { group = -1 }
                values.append(value(p, group: group, ovector: ovector, subject: subject, subjectTerm: subjectTerm))
            }
        } else if skip < count {
            values.reserveCapacity(count - skip)
            for group in skip..<count {
                values.append(value(p, group: group, ovector: ovector, subject: subject, subjectTerm: subjectTerm))
            }
        }
        return p.tuple(ReAtom.match, p.list(values))
    }

    /// PCRE2_UNSET as the offset vector holds it.
    static let unset = Int(bitPattern: UInt.max)

    /// One group's value; group -1 (or an unset group) is the empty value.
    func value(_ p: Process, group: Int, ovector: UnsafePointer<Int>, subject: borrowing RegexSubject,
               subjectTerm: Term) -> Term {
        var start = -1, length = 0
        if group >= 0 && ovector[2 * group] != Self.unset {
            start = ovector[2 * group]
            length = ovector[2 * group + 1] - start
        }
        switch kind {
        case .index, .none:
            return p.tuple(.small(start), .small(length))
        case .binary:
            guard start >= 0 else { return p.binary([]) }
            if subject.isBinary { return p.slice(of: subjectTerm, bitOffset: start * 8, bitSize: length * 8) }
            return p.binary(UnsafeRawBufferPointer(start: subject.bytes + start, count: length))
        case .list:
            guard start >= 0, length > 0 else { return .nil }
            let cells = p.allocate(2 * length)
            for i in 0..<length {
                cells[2 * i] = .small(Int(subject.bytes[start + i]))
                cells[2 * i + 1] = i + 1 < length ? .list(cells + 2 * (i + 1)) : .nil
            }
            return .list(cells)
        }
    }
}
