// A map from 64-bit keys, for the tables the loader consults for most of what it loads: the
// export table and the BIF registry (keyed by a packed module, function and arity) and the
// op variants (keyed by a hash of family and kinds). Swift's Dictionary hashes each key with
// SipHash, which costs more than the rest of the lookup; these keys are made by beamr, not
// chosen by an attacker, so a multiplicative hash spreads them well enough.

/// An open-addressing map from `UInt64` keys to values: linear probing in a power-of-two
/// table kept at most half full. Entries are never removed.
struct WordMap<Value> {
    private var keys: [UInt64]
    /// Which slots hold an entry (probing reads these, not the values).
    private var used: [Bool]
    private var values: [Value?]
    /// 64 minus the table's size in bits: a key's slot is the top bits of its hash.
    private var shift: UInt64
    private(set) var count = 0

    init(capacity: Int = 8) {
        var bits: UInt64 = 4
        while 1 << bits < 2 * capacity { bits += 1 }
        keys = Array(repeating: 0, count: 1 << bits)
        used = Array(repeating: false, count: 1 << bits)
        values = Array(repeating: nil, count: 1 << bits)
        shift = 64 - bits
    }

    /// Where `key` is, or the empty slot where it would go.
    private func slot(_ key: UInt64) -> Int {
        let mask = keys.count - 1
        var i = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
        while used[i], keys[i] != key { i = (i + 1) & mask }
        return i
    }

    subscript(key: UInt64) -> Value? {
        values[slot(key)]
    }

    /// Adds `value` under `key`, or replaces the value there.
    mutating func set(_ key: UInt64, _ value: Value) {
        var i = slot(key)
        if !used[i] {
            if 2 * (count + 1) > keys.count {
                grow()
                i = slot(key)
            }
            count += 1
            used[i] = true
            keys[i] = key
        }
        values[i] = value
    }

    private mutating func grow() {
        var larger = WordMap(capacity: keys.count)
        for i in keys.indices where used[i] { larger.set(keys[i], values[i]!) }
        self = larger
    }
}

extension WordMap: Sendable where Value: Sendable {}
