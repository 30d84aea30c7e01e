#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The bytes of an exported file, gathered in a buffer (256 KiB by default) and handed on whenever it fills: straight into the
/// file when writing to a ``TextSink``, otherwise into a byte array read back by ``text``.
///
/// The exporters (`graph.json`, GraphML, GEXF, CSV) write millions of small pieces (names, caption ids, numbers);
/// doing it byte by byte into one buffer, with integers spelled by hand and no intermediate `String`s, is what lets
/// a million-caption network be written at disk speed.
final class ByteWriter {
    private let base: UnsafeMutablePointer<UInt8>
    private var count = 0
    private let sink: TextSink?
    private var gathered: [UInt8] = []
    private let capacity: Int

    /// A writer into `sink`, or into memory when `sink` is nil, with a buffer of `capacity` bytes.
    init(sink: TextSink?, capacity: Int = 1 << 18) {
        self.sink = sink
        self.capacity = max(capacity, 32)
        base = .allocate(capacity: self.capacity)
    }

    deinit { base.deallocate() }

    /// Runs `body` with a writer into `out`: straight into the file when `out` streams into a ``TextSink``,
    /// otherwise gathered and written to `out` as one string at the end.
    static func writing(to out: inout some TextOutputStream, _ body: (ByteWriter) -> Void) {
        let sink = (out as? TextSinkStream)?.sinkReference
        let writer = ByteWriter(sink: sink)
        body(writer)
        writer.flush()
        if sink == nil { out.write(writer.text) }
    }

    /// What was written, when writing into memory.
    var text: String {
        flush()
        return String(decoding: gathered, as: UTF8.self)
    }

    /// Hands the buffered bytes on.
    func flush() {
        guard count > 0 else { return }
        let bytes = UnsafeBufferPointer(start: base, count: count)
        if let sink { sink.append(bytes) } else { gathered.append(contentsOf: bytes) }
        count = 0
    }

    /// Appends one byte.
    @inline(__always)
    func byte(_ b: UInt8) {
        if count == capacity { flush() }
        base[count] = b
        count += 1
    }

    /// Appends raw bytes.
    func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress, !bytes.isEmpty else { return }
        if count + bytes.count > capacity {
            flush()
            if bytes.count > capacity {
                if let sink { sink.append(bytes) } else { gathered.append(contentsOf: bytes) }
                return
            }
        }
        (base + count).update(from: source, count: bytes.count)
        count += bytes.count
    }

    /// Appends a literal.
    func append(_ text: StaticString) {
        text.withUTF8Buffer { append($0) }
    }

    /// Appends a string as it is.
    func append(_ text: String) {
        var text = text
        text.withUTF8 { append($0) }
    }

    /// Appends an integer in decimal.
    func append(_ value: Int) {
        if value < 0 { byte(0x2D) }
        var v = value.magnitude
        var digits = 1
        var rest = v
        while rest >= 10 { rest /= 10; digits += 1 }
        if count + digits > capacity { flush() }
        var i = count + digits
        count = i
        repeat {
            i -= 1
            base[i] = 0x30 + UInt8(truncatingIfNeeded: v % 10)
            v /= 10
        } while v > 0
    }

    /// Appends `text` with the bytes of `set` replaced by what `escape` writes; the rest is copied in runs.
    func append(_ text: String, escaping set: ByteSet, _ escape: (UInt8, ByteWriter) -> Void) {
        var text = text
        text.withUTF8 { bytes in
            var start = 0
            var i = set.firstIndex(in: bytes, from: 0)
            while i < bytes.count {
                append(UnsafeBufferPointer(rebasing: bytes[start..<i]))
                escape(bytes[i], self)
                start = i + 1
                i = set.firstIndex(in: bytes, from: start)
            }
            append(UnsafeBufferPointer(rebasing: bytes[start...]))
        }
    }

    /// Appends `items` separated by `separator`, each written by `body`.
    func join<S: Sequence>(_ items: S, separator: UInt8, _ body: (S.Element, ByteWriter) -> Void) {
        var first = true
        for item in items {
            if !first { byte(separator) }
            first = false
            body(item, self)
        }
    }
}

/// A set of bytes that text is searched for before it is escaped: every control byte (below 0x20) and a few others.
/// The search reads eight bytes at a time and looks at single bytes only around a match, so text with nothing to
/// escape (nearly all of it) costs a fraction of a byte-by-byte loop.
struct ByteSet: Sendable {
    private let repeated: [UInt64]
    private let member: [Bool]

    /// The control bytes and `others`.
    init(controlsAnd others: [UInt8]) {
        repeated = others.map { UInt64($0) &* 0x0101_0101_0101_0101 }
        var member = [Bool](repeating: false, count: 256)
        for b in 0..<0x20 { member[b] = true }
        for b in others { member[Int(b)] = true }
        self.member = member
    }

    /// Whether `byte` is in the set.
    func contains(_ byte: UInt8) -> Bool { member[Int(byte)] }

    /// The index of the first byte of the set in `bytes` at or after `start`, or `bytes.count`.
    func firstIndex(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var i = start
        let n = bytes.count
        if let base = bytes.baseAddress {
            let raw = UnsafeRawPointer(base)
            let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
            // Eight bytes at a time: a word has a byte below 0x20 or equal to a member only if this finds one (it
            // may also flag a byte after a real one, which the byte loop below sorts out).
            while i + 8 <= n {
                let x = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                var hit = (x &- 0x20 &* ones) & ~x & highs
                for r in repeated {
                    let v = x ^ r
                    hit |= (v &- ones) & ~v & highs
                }
                if hit != 0 { break }
                i += 8
            }
        }
        while i < n && !member[Int(bytes[i])] { i += 1 }
        return i
    }

    /// Whether `text` holds a byte of the set.
    func occurs(in text: String) -> Bool {
        var text = text
        return text.withUTF8 { firstIndex(in: $0, from: 0) < $0.count }
    }
}
