#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A text file written as it is produced: UTF-8 bytes gathered in a 1 MiB buffer and written out whenever it fills,
/// so a large export (a `graph.json` of a million captions) never exists as one `String` in memory.
///
/// A `TextOutputStream`, so `print(_:to:)` and the exporters' `write(…, to:)` functions can target it as well as a
/// `String`. Write errors are remembered and thrown by ``close()``.
public final class TextSink: TextOutputStream {
    private let descriptor: Int32
    private let path: String
    private var buffer: [UInt8] = []
    private var failure: ExportError?
    private var closed = false
    private static let capacity = 1 << 20

    /// Creates (or truncates) the file at `path` for writing.
    public init(path: String) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else {
            throw ExportError(path: path, problem: "cannot create the file (\(String(cString: strerror(errno))))")
        }
        descriptor = fd
        self.path = path
        buffer.reserveCapacity(Self.capacity)
    }

    deinit { if !closed { _ = posixClose(descriptor) } }

    /// Appends text.
    public func write(_ string: String) {
        var string = string
        string.withUTF8 { bytes in append(bytes) }
    }

    /// Appends raw bytes.
    ///
    /// A run of at least an eighth of the buffer (a ``ByteWriter``'s buffer when it fills) is written out at once,
    /// after what is buffered, rather than copied into the buffer first.
    public func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        if bytes.count >= Self.capacity / 8 {
            flush()
            writeOut(bytes)
            return
        }
        if buffer.count + bytes.count > Self.capacity { flush() }
        buffer.append(contentsOf: bytes)
    }

    /// Appends the bytes of `data`-like contiguous storage.
    public func append(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { append($0) }
    }

    /// Writes out what is buffered.
    public func flush() {
        guard !buffer.isEmpty else { return }
        buffer.withUnsafeBufferPointer { writeOut($0) }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Flushes, closes the file, and throws the first write error, if any.
    public func close() throws {
        flush()
        guard !closed else { return }
        closed = true
        if posixClose(descriptor) != 0, failure == nil {
            failure = ExportError(path: path, problem: "cannot write the file (\(String(cString: strerror(errno))))")
        }
        if let failure { throw failure }
    }

    private func writeOut(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard failure == nil, var p = bytes.baseAddress else { return }
        var left = bytes.count
        while left > 0 {
            let n = posixWrite(descriptor, p, left)
            if n < 0 {
                if errno == EINTR { continue }
                failure = ExportError(path: path, problem: "cannot write the file (\(String(cString: strerror(errno))))")
                return
            }
            p += n
            left -= n
        }
    }
}

private func posixClose(_ fd: Int32) -> Int32 { close(fd) }
private func posixWrite(_ fd: Int32, _ p: UnsafePointer<UInt8>, _ count: Int) -> Int { write(fd, p, count) }

/// Where an exporter writes: a ``TextSink`` (a file being streamed) or a `String` (in memory).
public struct TextSinkStream: TextOutputStream {
    /// The text gathered when there is no sink.
    public private(set) var text: String
    private let sink: TextSink?

    /// A stream that gathers text in memory, starting with `text`.
    public init(text: String) {
        self.text = text
        sink = nil
    }

    /// A stream into `sink`.
    public init(sink: TextSink) {
        text = ""
        self.sink = sink
    }

    /// Appends text.
    public mutating func write(_ string: String) {
        if let sink { sink.write(string) } else { text += string }
    }

    /// The file this stream writes to, if any (for writers that hand over bytes directly).
    var sinkReference: TextSink? { sink }
}
