import Foundation

/// Reads files and folders into documents split into caption units.
///
/// A folder is read recursively: every `.txt`, `.text` or `.md` file as an article, `.jsonl` / `.ndjson` as JSON
/// Lines, `.csv` as CSV, in path order; hidden files are skipped. A file named on the command line is read by its
/// extension, and as an article when it has none of these.
public enum CorpusLoader {
    /// The extensions read from folders.
    public static let articleExtensions: Set<String> = ["txt", "text", "md"]
    /// JSON Lines extensions.
    public static let jsonLinesExtensions: Set<String> = ["jsonl", "ndjson"]

    /// Reads every path. Throws a ``CorpusError`` naming the first file that cannot be read.
    public static func load(paths: [String], defaultDate: String? = nil) throws -> [SourceDocument] {
        if let defaultDate, !isISODate(defaultDate) {
            throw CorpusError(path: "--date", problem: "'\(defaultDate)' is not a date written YYYY-MM-DD")
        }
        var documents: [SourceDocument] = []
        for path in paths {
            for file in try files(at: path) {
                documents += try read(file: file, defaultDate: defaultDate)
            }
        }
        return documents
    }

    /// The files a path stands for: itself, or the readable files below a folder, sorted.
    static func files(at path: String) throws -> [String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw CorpusError(path: path, problem: "no such file or folder")
        }
        guard isDirectory.boolValue else { return [path] }
        guard let walker = FileManager.default.enumerator(atPath: path) else {
            throw CorpusError(path: path, problem: "the folder cannot be read")
        }
        var found: [String] = []
        while let relative = walker.nextObject() as? String {
            let name = (relative as NSString).lastPathComponent
            if name.hasPrefix(".") { walker.skipDescendants(); continue }
            let ext = (name as NSString).pathExtension.lowercased()
            if articleExtensions.contains(ext) || jsonLinesExtensions.contains(ext) || ext == "csv" {
                let full = (path as NSString).appendingPathComponent(relative)
                var dir: ObjCBool = false
                if FileManager.default.fileExists(atPath: full, isDirectory: &dir), !dir.boolValue { found.append(full) }
            }
        }
        return found.sorted()
    }

    /// Reads one file by its extension.
    public static func read(file: String, defaultDate: String?) throws -> [SourceDocument] {
        guard let data = FileManager.default.contents(atPath: file) else {
            throw CorpusError(path: file, problem: "cannot be read (permission denied or not a regular file)")
        }
        let bytes = [UInt8](data)
        if bytes.prefix(8192).contains(0) { throw CorpusError(path: file, problem: "not a text file (it holds NUL bytes)") }
        let name = (file as NSString).lastPathComponent
        let ext = (name as NSString).pathExtension.lowercased()
        if jsonLinesExtensions.contains(ext) {
            return RecordReader.documents(try RecordReader.jsonLines(bytes, path: file, defaultDate: defaultDate), fileName: name)
        }
        if ext == "csv" {
            return RecordReader.documents(try RecordReader.csv(bytes, path: file, defaultDate: defaultDate), fileName: name)
        }
        // Invalid UTF-8 is replaced, never fatal: odd text must not stop a run.
        let text = String(decoding: bytes, as: UTF8.self)
        let document: Document
        do {
            document = try ArticleReader.document(name: name, text: text, defaultDate: defaultDate)
        } catch let error as CorpusError {
            throw CorpusError(path: file, problem: error.problem)
        }
        return [SourceDocument(name: document.name, date: document.date, units: Segmenter.units(of: document))]
    }
}
