import Foundation

/// Collects output files, then moves them all into a folder so that readers never see a half-written file and a
/// failure leaves the folder as it was.
///
/// A writer made with ``init()`` keeps the files in memory until ``commit(to:)``. A writer made with
/// ``init(stagingFor:)`` writes each file at once into a hidden staging folder beside the output folder, and
/// ``stream(at:_:)`` writes a file there piece by piece, so large outputs never sit in memory; if the writer is
/// dropped without a commit, the staging folder is removed.
///
/// ``commit(to:)`` writes the in-memory files into the staging folder (a hidden temporary folder beside the output
/// folder: same parent, so the final renames stay on one file system), checks that nothing in the output folder
/// blocks a file, then renames each file into place, replacing older versions. If anything fails, files already
/// moved are taken back, older versions restored, folders it created removed, and the temporary folder deleted.
public struct OutputWriter: Sendable {
    /// The files kept in memory: path relative to the output folder (`/`-separated) → content.
    public private(set) var files: [String: Data] = [:]
    /// The files already written into the staging folder (with ``init(stagingFor:)``).
    public private(set) var stagedPaths: Set<String> = []

    /// Test hook: fail with an error after this many files have been moved into place.
    var failAfterMoving: Int?

    private var staging: Staging?
    private var pendingError: ExportError?

    /// The hidden folder a staging writer writes into; removed when the last copy of the writer goes away.
    private final class Staging: @unchecked Sendable {
        let root: String
        let out: String
        let background = BackgroundWrites()

        init(root: String, out: String) {
            self.root = root
            self.out = out
            Interruption.shared.watch(root)
        }

        var files: String { root + "/new" }

        deinit {
            FileSystem.removeTree(root)
            Interruption.shared.forget(root)
        }
    }

    /// Creates an empty writer that keeps files in memory.
    public init() {}

    /// Creates an empty writer that writes every file straight into a hidden staging folder beside `outDir`
    /// (`.NAME.costar-PID.tmp`), to be moved into `outDir` by ``commit(to:)`` with the same `outDir`.
    public init(stagingFor outDir: URL) throws {
        let out = Self.clean(outDir.standardizedFileURL.path)
        let (name, parent) = try Self.split(out)
        try FileSystem.makeFolders(parent)
        let temporary = parent + "/.\(name).costar-\(getpid()).tmp"
        FileSystem.removeTree(temporary)
        try FileSystem.makeFolder(temporary)
        let staging = Staging(root: temporary, out: out)
        try FileSystem.makeFolder(staging.files)
        try FileSystem.makeFolder(temporary + "/old")
        self.staging = staging
    }

    /// Number of files the writer holds, in memory or staged.
    public var fileCount: Int { Set(files.keys).union(stagedPaths).count }

    /// Adds (or replaces) the file at `relativePath`, e.g. `"2022/nodes.csv"`. A staging writer writes it now; an
    /// error is thrown by ``commit(to:)``.
    public mutating func add(_ data: Data, at relativePath: String) {
        guard staging != nil else {
            files[relativePath] = data
            return
        }
        do {
            let path = try stagedPath(relativePath)
            try FileSystem.create(path, data)
            stagedPaths.insert(relativePath)
        } catch let error as ExportError {
            if pendingError == nil { pendingError = error }
        } catch {
            if pendingError == nil { pendingError = ExportError(path: relativePath, problem: "\(error)") }
        }
    }

    /// Adds (or replaces) a UTF-8 text file at `relativePath`.
    public mutating func add(_ text: String, at relativePath: String) {
        add(Data(text.utf8), at: relativePath)
    }

    /// Writes the text file at `relativePath` piece by piece: `body` writes to the sink. A staging writer streams it
    /// into the staging folder; an in-memory writer gathers it into a string.
    public mutating func stream(at relativePath: String, _ body: (inout TextSinkStream) throws -> Void) throws {
        guard staging != nil else {
            var stream = TextSinkStream(text: "")
            try body(&stream)
            add(stream.text, at: relativePath)
            return
        }
        let path = try stagedPath(relativePath)
        let sink = try TextSink(path: path)
        var stream = TextSinkStream(sink: sink)
        try body(&stream)
        try sink.close()
        stagedPaths.insert(relativePath)
    }

    /// Writes several text files on a background thread, one after another, while the caller goes on: each job writes
    /// its file to its sink. ``commit(to:)`` waits for them (and throws the first write error). A staging writer
    /// streams them into the staging folder; an in-memory writer runs the jobs at once. Jobs must only read data
    /// nobody changes.
    public mutating func streamInBackground(_ jobs: [(path: String, write: @Sendable (inout TextSinkStream) -> Void)]) throws {
        guard let staging else {
            for job in jobs { try stream(at: job.path) { job.write(&$0) } }
            return
        }
        let sinks = try jobs.map { SinkBox(sink: try TextSink(path: try stagedPath($0.path))) }
        for job in jobs { stagedPaths.insert(job.path) }
        let background = staging.background
        for (job, box) in zip(jobs, sinks) {
            background.run {
                var stream = TextSinkStream(sink: box.sink)
                job.write(&stream)
                do { try box.sink.close() } catch { background.fail(error) }
            }
        }
    }

    /// A sink handed to the writing thread.
    private struct SinkBox: @unchecked Sendable {
        let sink: TextSink
    }

    /// The two threads that write streamed files in the background (two, so they share the machine with the analysis
    /// and the diagrams), and the first error they met.
    final class BackgroundWrites: @unchecked Sendable {
        private let queues = [DispatchQueue(label: "costar.output-writer.1"), DispatchQueue(label: "costar.output-writer.2")]
        private let group = DispatchGroup()
        private let lock = NSLock()
        private var next = 0
        private var error: Error?

        /// Runs `job` on the writing threads, in turn.
        func run(_ job: @escaping @Sendable () -> Void) {
            lock.lock()
            let queue = queues[next % queues.count]
            next += 1
            lock.unlock()
            queue.async(group: group, execute: job)
        }

        func fail(_ error: Error) {
            lock.lock()
            if self.error == nil { self.error = error }
            lock.unlock()
        }

        /// Waits for every write queued so far; throws the first error.
        func wait() throws {
            group.wait()
            lock.lock()
            defer { lock.unlock() }
            if let error { throw error }
        }
    }

    private func stagedPath(_ relativePath: String) throws -> String {
        try Self.validate([relativePath])
        let path = staging!.files + "/" + relativePath
        try FileSystem.makeFolders((path as NSString).deletingLastPathComponent)
        return path
    }

    /// Writes every collected file under `outDir` (creating it and any subfolders), all or nothing, once the files
    /// written in the background are done. Throws an ``ExportError`` naming the path and the problem; on error
    /// `outDir` is left as it was.
    public func commit(to outDir: URL) throws {
        try staging?.background.wait()
        if let pendingError { throw pendingError }
        let out = Self.clean(outDir.standardizedFileURL.path)
        let (name, parent) = try Self.split(out)
        if let staging, staging.out != out {
            throw ExportError(path: out, problem: "the files were staged for \(staging.out)")
        }
        let paths = Set(files.keys).union(stagedPaths).sorted()
        try Self.validate(paths)

        // Check the destination before touching anything.
        switch FileSystem.kind(out) {
        case .file, .other: throw ExportError(path: out, problem: "is a file, not a folder")
        case .folder, .missing: break
        }
        for relative in paths { try Self.checkDestination(out, relative) }

        let temporary: String
        if let staging {
            temporary = staging.root
        } else {
            try FileSystem.makeFolders(parent)
            temporary = parent + "/.\(name).costar-\(getpid()).tmp"
            FileSystem.removeTree(temporary)
            try FileSystem.makeFolder(temporary)
            Interruption.shared.watch(temporary)
        }
        defer {
            FileSystem.removeTree(temporary)
            Interruption.shared.forget(temporary)
        }

        let staged = temporary + "/new", backups = temporary + "/old"
        if staging == nil {
            try FileSystem.makeFolder(staged)
            try FileSystem.makeFolder(backups)
        }
        for (relative, data) in files.sorted(by: { $0.key < $1.key }) {
            let path = staged + "/" + relative
            try FileSystem.makeFolders((path as NSString).deletingLastPathComponent)
            try FileSystem.create(path, data)
        }

        // Move into place, keeping a journal to undo; an interruption waits until this is done or undone.
        try Interruption.shared.shielded { try moveIntoPlace(paths, from: staged, backups: backups, to: out) }
    }

    private func moveIntoPlace(_ paths: [String], from staged: String, backups: String, to out: String) throws {
        var createdFolders: [String] = []
        var journal: [(destination: String, backup: String?, placed: Bool)] = []
        do {
            createdFolders += try FileSystem.makeFolders(out)
            for (moved, relative) in paths.enumerated() {
                if let limit = failAfterMoving, moved >= limit {
                    throw ExportError(path: out + "/" + relative, problem: "simulated failure")
                }
                let destination = out + "/" + relative
                createdFolders += try FileSystem.makeFolders((destination as NSString).deletingLastPathComponent)
                var backup: String?
                if FileSystem.kind(destination) != .missing {
                    let path = backups + "/" + relative
                    try FileSystem.makeFolders((path as NSString).deletingLastPathComponent)
                    try FileSystem.move(destination, to: path)
                    backup = path
                }
                journal.append((destination, backup, false))
                try FileSystem.move(staged + "/" + relative, to: destination)
                journal[journal.count - 1].placed = true
            }
        } catch {
            for entry in journal.reversed() {
                if let backup = entry.backup {
                    try? FileSystem.move(backup, to: entry.destination)
                } else if entry.placed {
                    FileSystem.removeFile(entry.destination)
                }
            }
            for folder in createdFolders.reversed() { FileSystem.removeEmptyFolder(folder) }
            throw error
        }
    }

    /// The last path component and the parent of an output folder; the root folder is refused.
    private static func split(_ out: String) throws -> (name: String, parent: String) {
        let name = (out as NSString).lastPathComponent
        let parent = (out as NSString).deletingLastPathComponent
        guard !name.isEmpty, name != "/", !parent.isEmpty else {
            throw ExportError(path: out, problem: "cannot write into the root folder")
        }
        return (name, parent)
    }

    /// Rejects empty, absolute and `..` paths, and a path that is also used as a folder of another.
    static func validate(_ paths: [String]) throws {
        let set = Set(paths)
        for relative in paths {
            let parts = relative.split(separator: "/", omittingEmptySubsequences: false)
            guard !relative.isEmpty, !relative.hasPrefix("/"),
                  parts.allSatisfy({ !$0.isEmpty && $0 != "." && $0 != ".." }) else {
                throw ExportError(path: relative, problem: "not a plain relative file path")
            }
            for end in 1..<parts.count {
                let folder = parts[0..<end].joined(separator: "/")
                if set.contains(folder) {
                    throw ExportError(path: folder, problem: "used both as a file and as a folder")
                }
            }
        }
    }

    /// Throws when something already in `out` stops `relative` from being written: a file where a folder is
    /// needed, or a folder where the file goes.
    static func checkDestination(_ out: String, _ relative: String) throws {
        let parts = relative.split(separator: "/").map(String.init)
        var path = out
        for (i, part) in parts.enumerated() {
            path += "/" + part
            let kind = FileSystem.kind(path)
            if kind == .missing { return }
            let last = i == parts.count - 1
            if !last, kind != .folder {
                throw ExportError(path: path, problem: "is a file, but a folder is needed to write \(relative)")
            }
            if last, kind != .file {
                throw ExportError(path: path, problem: "is a folder or special file, cannot replace it with a file")
            }
        }
    }

    private static func clean(_ path: String) -> String {
        var path = path
        while path.count > 1, path.hasSuffix("/") { path.removeLast() }
        return path
    }
}
