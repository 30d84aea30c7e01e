import Foundation

/// Collects output files in memory, then writes them all into a folder so that readers never see a half-written
/// file and a failure leaves the folder as it was.
///
/// ``commit(to:)`` writes every file into a hidden temporary folder beside the output folder (same parent, so the
/// final renames stay on one file system), checks that nothing in the output folder blocks a file, then renames
/// each file into place, replacing older versions. If anything fails, files already moved are taken back, older
/// versions restored, folders it created removed, and the temporary folder deleted.
public struct OutputWriter: Sendable {
    /// The files to write: path relative to the output folder (`/`-separated) → content.
    public private(set) var files: [String: Data] = [:]

    /// Test hook: fail with an error after this many files have been moved into place.
    var failAfterMoving: Int?

    /// Creates an empty writer.
    public init() {}

    /// Adds (or replaces) the file at `relativePath`, e.g. `"2022/nodes.csv"`.
    public mutating func add(_ data: Data, at relativePath: String) {
        files[relativePath] = data
    }

    /// Adds (or replaces) a UTF-8 text file at `relativePath`.
    public mutating func add(_ text: String, at relativePath: String) {
        files[relativePath] = Data(text.utf8)
    }

    /// Writes every collected file under `outDir` (creating it and any subfolders), all or nothing.
    /// Throws an ``ExportError`` naming the path and the problem; on error `outDir` is left as it was.
    public func commit(to outDir: URL) throws {
        let out = Self.clean(outDir.standardizedFileURL.path)
        let name = (out as NSString).lastPathComponent
        let parent = (out as NSString).deletingLastPathComponent
        guard !name.isEmpty, name != "/", !parent.isEmpty else {
            throw ExportError(path: out, problem: "cannot write into the root folder")
        }
        let paths = files.keys.sorted()
        try Self.validate(paths)

        // Check the destination before touching anything.
        switch FileSystem.kind(out) {
        case .file, .other: throw ExportError(path: out, problem: "is a file, not a folder")
        case .folder, .missing: break
        }
        for relative in paths { try Self.checkDestination(out, relative) }

        try FileSystem.makeFolders(parent)
        let temporary = parent + "/.\(name).costar-\(getpid()).tmp"
        FileSystem.removeTree(temporary)
        try FileSystem.makeFolder(temporary)
        defer { FileSystem.removeTree(temporary) }

        let staged = temporary + "/new", backups = temporary + "/old"
        try FileSystem.makeFolder(staged)
        try FileSystem.makeFolder(backups)
        for relative in paths {
            let path = staged + "/" + relative
            try FileSystem.makeFolders((path as NSString).deletingLastPathComponent)
            try FileSystem.create(path, files[relative]!)
        }

        // Move into place, keeping a journal to undo.
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
