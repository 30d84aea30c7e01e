/// Name fingerprints (``WordTable/fingerprint(pieces:)``) mapped to numbers. Fingerprints are already well mixed,
/// so a fingerprint is its own hash: a lookup is a probe of an open-addressed table, without the hashing of a
/// `Dictionary<UInt64, Int>`.
struct FingerprintMap: Sendable {
    private var keys: [UInt64]
    /// The number of each slot; -1 for an empty slot.
    private var values: [Int32]
    private(set) var count = 0

    /// An empty map with room for `capacity` fingerprints before it grows.
    init(capacity: Int = 0) {
        var slots = 16
        while slots < 2 * capacity { slots *= 2 }
        keys = [UInt64](repeating: 0, count: slots)
        values = [Int32](repeating: -1, count: slots)
    }

    /// True when the map holds `f`.
    func contains(_ f: UInt64) -> Bool { self[f] != nil }

    /// The number of `f`; set a number (0 or more) to add or replace it.
    subscript(_ f: UInt64) -> Int32? {
        get {
            let s = slot(f)
            return values[s] < 0 ? nil : values[s]
        }
        set {
            guard let newValue else { preconditionFailure("FingerprintMap does not remove") }
            let s = slot(f)
            if values[s] < 0 { count += 1 }
            keys[s] = f
            values[s] = newValue
            if count * 2 > keys.count { grow() }
        }
    }

    /// The slot that holds `f`, or the empty slot where it would go.
    private func slot(_ f: UInt64) -> Int {
        let mask = keys.count - 1
        var s = Int(truncatingIfNeeded: f) & mask
        while values[s] >= 0 && keys[s] != f { s = (s + 1) & mask }
        return s
    }

    private mutating func grow() {
        let (oldKeys, oldValues) = (keys, values)
        keys = [UInt64](repeating: 0, count: oldKeys.count * 2)
        values = [Int32](repeating: -1, count: oldKeys.count * 2)
        count = 0
        for (f, v) in zip(oldKeys, oldValues) where v >= 0 { self[f] = v }
    }
}
