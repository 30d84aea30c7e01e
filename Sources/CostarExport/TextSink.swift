#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A text file written as it is produced: UTF-8 bytes gathered in a 1 MiB buffer and written out whenever it fills,
/// so a large export (a `graph.json` of a million captions) never exists as one `String` in memory.
///
/// On Linux the file is opened for direct I/O (`O_DIRECT`) where the file system allows it: whole buffers go from
/// this buffer to the disk without passing through the page cache, and only the last partial buffer is written
/// through it. Copying into the page cache is what most of the cost of writing is on the machines Costar is
/// benchmarked on (a virtual machine: `dd` of 2 GB costs 4.5 s of system time buffered, 0.13 s direct), and an
/// analysis of a million captions writes 4.5 GB. Where direct I/O is refused, the file is written as usual.
///
/// A `TextOutputStream`, so `print(_:to:)` and the exporters' `write(…, to:)` functions can target it as well as a
/// `String`. Write errors are remembered and thrown by ``close()``.
public final class TextSink: TextOutputStream {
    private let descriptor: Int32
    private let path: String
    /// `capacity` bytes aligned to `alignment`, of which the first `count` are waiting to be written.
    private let buffer: UnsafeMutableRawPointer
    private var count = 0
    /// Whether the file is open for direct I/O (every write then starts at a multiple of `alignment`).
    private var direct: Bool
    private var failure: ExportError?
    private var closed = false
    private static let capacity = 1 << 20
    /// The buffer address and write size direct I/O needs (the file system's logical block size, at most a page).
    private static let alignment = 4096

    /// Creates (or truncates) the file at `path` for writing.
    public init(path: String) throws {
        let flags = O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC
        var fd = Self.directIOFlag == 0 ? -1 : open(path, flags | Self.directIOFlag, 0o644)
        direct = fd >= 0
        if fd < 0 { fd = open(path, flags, 0o644) }
        guard fd >= 0 else {
            throw ExportError(path: path, problem: "cannot create the file (\(String(cString: strerror(errno))))")
        }
        descriptor = fd
        self.path = path
        buffer = UnsafeMutableRawPointer.allocate(byteCount: Self.capacity, alignment: Self.alignment)
    }

    deinit {
        if !closed { _ = posixClose(descriptor) }
        buffer.deallocate()
    }

    /// Appends text.
    public func write(_ string: String) {
        var string = string
        string.withUTF8 { bytes in append(bytes) }
    }

    /// Appends raw bytes.
    public func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard var from = bytes.baseAddress else { return }
        var left = bytes.count
        while left > 0 {
            let n = min(left, Self.capacity - count)
            (buffer + count).copyMemory(from: from, byteCount: n)
            count += n
            from += n
            left -= n
            if count == Self.capacity { writeBuffered(upTo: count) }
        }
    }

    /// Appends the bytes of `data`-like contiguous storage.
    public func append(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { append($0) }
    }

    /// Flushes, closes the file, and throws the first write error, if any.
    public func close() throws {
        guard !closed else { return }
        // Whole blocks go out directly; the rest after switching direct I/O off, as a file's end need not be
        // block-aligned.
        writeBuffered(upTo: count - count % Self.alignment)
        if count > 0 {
            if direct { endDirectIO() }
            writeBuffered(upTo: count)
        }
        closed = true
        if posixClose(descriptor) != 0, failure == nil {
            failure = ExportError(path: path, problem: "cannot write the file (\(String(cString: strerror(errno))))")
        }
        if let failure { throw failure }
    }

    /// Writes the first `end` buffered bytes and moves the rest to the buffer's start.
    private func writeBuffered(upTo end: Int) {
        guard end > 0 else { return }
        writeOut(UnsafeRawBufferPointer(start: buffer, count: end))
        if end < count { buffer.copyMemory(from: buffer + end, byteCount: count - end) }
        count -= end
    }

    private func writeOut(_ bytes: UnsafeRawBufferPointer) {
        guard failure == nil else { return }
        var done = FileSystem.writeAll(descriptor, bytes)
        // A file system may accept O_DIRECT at open and refuse the writes: write the rest through the page cache.
        if done < bytes.count, errno == EINVAL, direct {
            endDirectIO()
            done += FileSystem.writeAll(descriptor, UnsafeRawBufferPointer(rebasing: bytes[done...]))
        }
        if done < bytes.count {
            failure = ExportError(path: path, problem: "cannot write the file (\(String(cString: strerror(errno))))")
        }
    }

    /// Switches the file to ordinary (page-cache) writes.
    private func endDirectIO() {
        _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) & ~Self.directIOFlag)
        direct = false
    }

    /// `O_DIRECT`, which Swift's Glibc module does not export (its value differs by architecture); 0 where there is
    /// none.
    private static let directIOFlag: Int32 = {
        #if os(Linux) && arch(x86_64)
        return 0o40000
        #elseif os(Linux) && arch(arm64)
        return 0o200000
        #else
        return 0
        #endif
    }()
}

private func posixClose(_ fd: Int32) -> Int32 { close(fd) }

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
