/// The bytes a JSON string cannot hold as they are: the quote, the backslash and the control characters below
/// 0x20. Reading JSON stops at them; writing JSON escapes them.
public enum JSONSpecialBytes {
    /// True when one of the eight bytes of `word` is a quote, a backslash or below 0x20 (exact, no false alarm: the
    /// usual has-a-zero-byte test on the word's differences from each special byte, and its has-a-byte-below-n
    /// variant for the controls).
    @inlinable @inline(__always)
    public static func occur(in word: UInt64) -> Bool {
        let low: UInt64 = 0x0101_0101_0101_0101, high: UInt64 = 0x8080_8080_8080_8080
        @inline(__always) func zeroByte(_ v: UInt64) -> UInt64 { (v &- low) & ~v & high }
        let quote = zeroByte(word ^ (low &* 0x22)), backslash = zeroByte(word ^ (low &* 0x5C))
        let control = (word &- low &* 0x20) & ~word & high
        return quote | backslash | control != 0
    }

    /// True when `byte` is a quote, a backslash or a control character.
    @inlinable @inline(__always)
    public static func contains(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == 0x22 || byte == 0x5C
    }
}
