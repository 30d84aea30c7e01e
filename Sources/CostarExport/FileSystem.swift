import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Small POSIX file operations whose errors name the path and the system's reason in one line.
public enum FileSystem {
    /// What is at a path.
    enum Kind: Equatable { case missing, file, folder, other }

    /// What is at `path` (following symbolic links).
    static func kind(_ path: String) -> Kind {
        var info = stat()
        guard stat(path, &info) == 0 else { return .missing }
        switch info.st_mode & S_IFMT {
        case S_IFDIR: return .folder
        case S_IFREG: return .file
        default: return .other
        }
    }

    /// The whole content of the file at `path`.
    static func read(_ path: String) throws -> Data {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw failure(path, "cannot read") }
        defer { close(fd) }
        var info = stat()
        if fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFDIR {
            throw ExportError(path: path, problem: "is a folder, not a file")
        }
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = buffer.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw failure(path, "cannot read")
            }
            if count == 0 { break }
            data.append(contentsOf: buffer[0..<count])
        }
        return data
    }

    /// Writes `data` to a new file at `path` (which must not exist yet).
    static func create(_ path: String, _ data: Data) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw failure(path, "cannot create file") }
        var failed: ExportError?
        if data.withUnsafeBytes({ writeAll(fd, $0) }) < data.count { failed = failure(path, "cannot write") }
        if close(fd) != 0, failed == nil { failed = failure(path, "cannot write") }
        if let failed { throw failed }
    }

    /// Writes all of `bytes` to the open file `fd`, again after an interrupting signal; returns how many bytes were
    /// written: all of them, or those before the error `errno` then names.
    public static func writeAll(_ fd: Int32, _ bytes: UnsafeRawBufferPointer) -> Int {
        guard let base = bytes.baseAddress else { return 0 }
        var done = 0
        while done < bytes.count {
            let n = write(fd, base + done, bytes.count - done)
            if n < 0 {
                if errno == EINTR { continue }
                return done
            }
            done += n
        }
        return done
    }

    /// Creates the folder at `path` (its parent must exist).
    static func makeFolder(_ path: String) throws {
        guard mkdir(path, 0o755) == 0 else { throw failure(path, "cannot create folder") }
    }

    /// Creates the folder at `path` and any missing parents; returns the folders it created, outermost first.
    @discardableResult
    static func makeFolders(_ path: String) throws -> [String] {
        switch kind(path) {
        case .folder: return []
        case .missing:
            let parent = (path as NSString).deletingLastPathComponent
            var created: [String] = []
            if !parent.isEmpty, parent != path { created = try makeFolders(parent) }
            try makeFolder(path)
            return created + [path]
        case .file, .other:
            throw ExportError(path: path, problem: "cannot create folder: a file is in the way")
        }
    }

    /// Renames `from` to `to`, atomically replacing a file at `to`.
    static func move(_ from: String, to: String) throws {
        guard rename(from, to) == 0 else { throw failure(to, "cannot move into place") }
    }

    /// Removes the file at `path`, ignoring errors.
    static func removeFile(_ path: String) { _ = unlink(path) }

    /// Removes the empty folder at `path`, ignoring errors.
    static func removeEmptyFolder(_ path: String) { _ = rmdir(path) }

    /// Removes `path` and everything under it, ignoring errors.
    static func removeTree(_ path: String) {
        if kind(path) != .missing { try? FileManager.default.removeItem(atPath: path) }
    }

    private static func failure(_ path: String, _ action: String) -> ExportError {
        ExportError(path: path, problem: "\(action): \(errnoText(errno))")
    }
}
