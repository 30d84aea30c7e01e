/// A set of name fingerprints (``WordTable/fingerprint(pieces:)``). They are already well mixed, so a fingerprint
/// is its own hash: a lookup is one probe of an open-addressed table, not the hashing of `Set<UInt64>`.
struct FingerprintSet: Sendable {
    /// Open addressing; 0 marks an empty slot (the fingerprint 0 itself is noted apart).
    private var slots: [UInt64]
    private var holdsZero = false

    /// The set of these fingerprints.
    init(_ fingerprints: some Collection<UInt64>) {
        var size = 16
        while size < fingerprints.count * 2 { size *= 2 }
        slots = [UInt64](repeating: 0, count: size)
        for f in fingerprints { insert(f) }
    }

    private mutating func insert(_ f: UInt64) {
        guard f != 0 else { holdsZero = true; return }
        let mask = slots.count - 1
        var s = Int(truncatingIfNeeded: f) & mask
        while slots[s] != 0 {
            if slots[s] == f { return }
            s = (s + 1) & mask
        }
        slots[s] = f
    }

    /// True when the set holds `f`.
    func contains(_ f: UInt64) -> Bool {
        guard f != 0 else { return holdsZero }
        let mask = slots.count - 1
        var s = Int(truncatingIfNeeded: f) & mask
        while slots[s] != 0 {
            if slots[s] == f { return true }
            s = (s + 1) & mask
        }
        return false
    }
}
