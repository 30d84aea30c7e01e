/// Runs `body` on the UTF-8 bytes of `text`: in place for a native or small string (no copy, no retain of a
/// mutable copy), through a contiguous copy otherwise.
@inlinable
public func withUTF8Bytes<R>(of text: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
    if let result = text.utf8.withContiguousStorageIfAvailable(body) { return result }
    var copy = text
    return copy.withUTF8(body)
}

/// A set of bytes that text is searched for before it is escaped or where a reader must stop: every control byte
/// (below 0x20) and a few others, and optionally every non-ASCII byte. The search reads eight bytes at a time and
/// looks at single bytes only around a match, so text with nothing to escape (nearly all of it) costs a fraction of
/// a byte-by-byte loop.
public struct ByteSet: Sendable {
    /// Each of the other bytes repeated in every byte of a word, in the first `otherCount` lanes. Plain values, no
    /// arrays, so reading a set kept in a `static let` retains nothing.
    @usableFromInline let repeated: SIMD8<UInt64>
    @usableFromInline let otherCount: Int
    /// One bit per byte value: whether it is in the set.
    @usableFromInline let member: SIMD4<UInt64>
    /// The high bit of every byte when the set holds the non-ASCII bytes (0x80 and up), else 0.
    @usableFromInline let highBits: UInt64

    /// The control bytes and `others` (at most eight), and the non-ASCII bytes when `nonASCII`.
    public init(controlsAnd others: [UInt8], nonASCII: Bool = false) {
        precondition(others.count <= 8, "a ByteSet holds at most eight bytes besides the controls")
        var repeated = SIMD8<UInt64>()
        var member = SIMD4<UInt64>(0xFFFF_FFFF, 0, 0, 0)
        if nonASCII { member[2] = .max; member[3] = .max }
        for (k, b) in others.enumerated() {
            repeated[k] = UInt64(b) &* 0x0101_0101_0101_0101
            member[Int(b >> 6)] |= 1 << UInt64(b & 63)
        }
        self.repeated = repeated
        otherCount = others.count
        self.member = member
        highBits = nonASCII ? 0x8080_8080_8080_8080 : 0
    }

    /// Whether `byte` is in the set.
    @inlinable
    public func contains(_ byte: UInt8) -> Bool { (member[Int(byte >> 6)] >> UInt64(byte & 63)) & 1 != 0 }

    /// The index of the first byte of the set in `bytes` at or after `start`, or `bytes.count`.
    @inlinable
    public func firstIndex(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var i = start
        let n = bytes.count
        if let base = bytes.baseAddress {
            let raw = UnsafeRawPointer(base)
            // Eight bytes at a time: a word has a byte below 0x20 or equal to a member only if this finds one (it
            // may also flag a byte after a real one, which the byte loop below sorts out).
            while i + 8 <= n {
                if mayHold(raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) { break }
                i += 8
            }
            // Fewer than eight bytes left: the last eight, which overlap those already seen, answer for them at once.
            if i + 8 > n, n >= 8, i < n, !mayHold(raw.loadUnaligned(fromByteOffset: n - 8, as: UInt64.self)) {
                return n
            }
        }
        while i < n && !contains(bytes[i]) { i += 1 }
        return i
    }

    /// Whether the eight bytes of `x` may hold a byte of the set: always when they do (and sometimes, after a
    /// byte that is one, when they do not).
    @inlinable
    func mayHold(_ x: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        var hit = ((x &- 0x20 &* ones) & ~x & highs) | (x & highBits)
        for k in 0..<otherCount {
            let v = x ^ repeated[k]
            hit |= (v &- ones) & ~v & highs
        }
        return hit != 0
    }

    /// Whether `text` holds a byte of the set.
    @inlinable
    public func occurs(in text: String) -> Bool {
        withUTF8Bytes(of: text) { firstIndex(in: $0, from: 0) < $0.count }
    }
}

extension ByteSet {
    /// The bytes a JSON string cannot hold as they are: the quote, the backslash and the controls.
    public static let jsonSpecial = ByteSet(controlsAnd: [0x22, 0x5C])
}
