#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CostarCorpus

/// The bytes of an exported file, gathered in a buffer (256 KiB by default) and handed on whenever it fills: straight into the
/// file when writing to a ``TextSink`` or a file descriptor (standard output), otherwise into a byte array read back by
/// ``text``.
///
/// The exporters (`graph.json`, GraphML, GEXF, CSV) write millions of small pieces (names, caption ids, numbers);
/// doing it byte by byte into one buffer, with integers spelled by hand and no intermediate `String`s, is what lets
/// a million-caption network be written at disk speed.
final class ByteWriter {
    private let base: UnsafeMutablePointer<UInt8>
    private var count = 0
    private let sink: TextSink?
    /// A file descriptor written directly (when there is no sink); -1 for none.
    private let descriptor: Int32
    private var gathered: [UInt8] = []
    private let capacity: Int

    /// A writer into `sink`, or into memory when `sink` is nil, with a buffer of `capacity` bytes.
    convenience init(sink: TextSink?, capacity: Int = 1 << 18) {
        self.init(sink: sink, descriptor: -1, capacity: capacity)
    }

    /// A writer into the open file descriptor `fd` (standard output), with a buffer of `capacity` bytes. A write
    /// error (a reader that has gone, when SIGPIPE is ignored) leaves the rest unwritten: it has nowhere to go.
    convenience init(descriptor fd: Int32, capacity: Int = 1 << 20) {
        self.init(sink: nil, descriptor: fd, capacity: capacity)
    }

    private init(sink: TextSink?, descriptor: Int32, capacity: Int) {
        self.sink = sink
        self.descriptor = descriptor
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
        handOn(UnsafeBufferPointer(start: base, count: count))
        count = 0
    }

    /// Hands bytes on to the sink, the descriptor or the gathered array.
    private func handOn(_ bytes: UnsafeBufferPointer<UInt8>) {
        if let sink {
            sink.append(bytes)
        } else if descriptor >= 0 {
            _ = FileSystem.writeAll(descriptor, UnsafeRawBufferPointer(bytes))
        } else {
            gathered.append(contentsOf: bytes)
        }
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
                handOn(bytes)
                return
            }
        }
        let n = bytes.count
        if n <= 32 {
            ByteWriter.copySmall(from: source, to: base + count, count: n)
        } else {
            (base + count).update(from: source, count: n)
        }
        count += n
    }

    /// Copies `n` bytes (1 to 32) with a few word moves instead of a call to `memmove`: most pieces the exporters
    /// write (a name, a caption id, a tag) are that short. Two moves of the same width, one from each end, cover
    /// every length between the width and twice it (they overlap in the middle).
    @inline(__always)
    private static func copySmall(from source: UnsafePointer<UInt8>, to target: UnsafeMutablePointer<UInt8>, count n: Int) {
        let from = UnsafeRawPointer(source), to = UnsafeMutableRawPointer(target)
        func move<T: FixedWidthInteger>(_: T.Type, at offset: Int) {
            to.storeBytes(of: from.loadUnaligned(fromByteOffset: offset, as: T.self), toByteOffset: offset, as: T.self)
        }
        if n >= 16 {
            move(UInt64.self, at: 0); move(UInt64.self, at: 8)
            move(UInt64.self, at: n - 16); move(UInt64.self, at: n - 8)
        } else if n >= 8 {
            move(UInt64.self, at: 0); move(UInt64.self, at: n - 8)
        } else if n >= 4 {
            move(UInt32.self, at: 0); move(UInt32.self, at: n - 4)
        } else {
            for i in 0..<n { target[i] = source[i] }
        }
    }

    /// Appends a literal.
    func append(_ text: StaticString) {
        text.withUTF8Buffer { append($0) }
    }

    /// Appends a string as it is.
    func append(_ text: String) {
        withUTF8Bytes(of: text) { append($0) }
    }

    /// Appends a finite double as Swift spells it (its `description`: the shortest digits that read back as the same
    /// value, `3.0`, `1e-05`), without the trailing `.0` of a whole number when `trimmingPointZero`. The digits go
    /// straight into the buffer, with no `String` made.
    func append(shortest value: Double, trimmingPointZero: Bool = false) {
        // A whole number below 10^15 (a tie weight, nearly always) is spelled `N.0`: written as an integer.
        if value == value.rounded(), value != 0, value.magnitude < 1e15 {
            append(Int(value))
            if !trimmingPointZero { append(".0") }
            return
        }
        var stream = DigitStream(writer: self, trimsPointZero: trimmingPointZero)
        value.write(to: &stream)
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
        withUTF8Bytes(of: text) { bytes in
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

    /// Appends `items` separated by `separator`, each written by `body` (read in place, not copied).
    func join(_ items: [String], separator: UInt8, _ body: (borrowing String, ByteWriter) -> Void) {
        for i in items.indices {
            if i > 0 { byte(separator) }
            body(items[i], self)
        }
    }
}

/// The stream `Double.write(to:)` hands its digits to: it passes them as one ASCII buffer (`_writeASCII`), which
/// goes straight into the ``ByteWriter``.
private struct DigitStream: TextOutputStream {
    let writer: ByteWriter
    /// Whether a trailing `.0` is left out (`3.0` → `3`), as `JSONEncoder` writes whole numbers.
    let trimsPointZero: Bool

    mutating func _writeASCII(_ buffer: UnsafeBufferPointer<UInt8>) {
        let n = buffer.count
        let trim = trimsPointZero && n >= 2 && buffer[n - 2] == 0x2E && buffer[n - 1] == 0x30
        writer.append(trim ? UnsafeBufferPointer(rebasing: buffer[..<(n - 2)]) : buffer)
    }

    mutating func write(_ string: String) {
        withUTF8Bytes(of: string) { _writeASCII($0) }
    }
}
