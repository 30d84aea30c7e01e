import Foundation

/// Reads caption records: JSON Lines (`{"date": "...", "caption": "...", "source": "..."}` a line) and CSV
/// (`date,caption[,source]` with a header row, RFC 4180 quoting). Each record is one caption unit; records that
/// share a `source` form one document (so first names resolve within it); without a source, the file is the
/// document.
public enum RecordReader {
    /// One caption record.
    public struct Record: Sendable, Equatable {
        /// `YYYY-MM-DD`.
        public var date: String
        /// The caption text.
        public var caption: String
        /// The document it belongs to, if given.
        public var source: String?
        /// The line (JSON Lines) or row (CSV) number in the file, from 1.
        public var line: Int
    }

    /// Parses JSON Lines. Blank lines are skipped; any other line must be an object with string `date` and `caption`.
    /// A large file is cut at line feeds into one piece a core, and the pieces are read at once; the records, and
    /// the first error, come in file order.
    public static func jsonLines(_ data: [UInt8], path: String, defaultDate: String?) throws -> [Record] {
        let results = data.withUnsafeBufferPointer { all in
            let pieces = lineAlignedPieces(all, count: all.count < 1 << 20 ? 1 : Parallel.cores)
            // Each piece's first line number is one more than the line feeds before it.
            let feeds = Parallel.map(pieces.count, reading: all) { p, all in p == pieces.count - 1 ? 0 : lineFeeds(in: all, pieces[p]) }
            let firstLines = feeds.indices.map { p in 1 + feeds[..<p].reduce(0, +) }
            return Parallel.map(pieces.count, reading: all) { p, all in
                Result { try jsonLines(all, pieces[p], firstLine: firstLines[p], path: path, defaultDate: defaultDate) }
            }
        }
        var records = try results[0].get()
        for piece in results.dropFirst() { records += try piece.get() }
        return records
    }

    /// The records of the lines in `range` of `all`, the first of them line number `firstLine`.
    private static func jsonLines(_ all: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, firstLine: Int, path: String,
                                  defaultDate: String?) throws -> [Record] {
        var records: [Record] = []
        var lineNumber = firstLine - 1
        var start = range.lowerBound
        while start < range.upperBound {
            let end = min(lineEnd(all, from: start), range.upperBound)
            defer { start = end + 1 }
            lineNumber += 1
            let line = UnsafeBufferPointer(rebasing: all[start..<end])
            guard line.contains(where: { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\r") && $0 != UInt8(ascii: "\t") }) else { continue }
            let fields: RecordFields = try FlatJSON.stringFields(line) ?? foundationFields(line, at: "\(path):\(lineNumber)")
            guard let caption = fields.caption else { throw CorpusError(path: "\(path):\(lineNumber)", problem: "no \"caption\" string") }
            let date = try checkedDate(fields.date, default: defaultDate, at: "\(path):\(lineNumber)")
            records.append(Record(date: date, caption: caption, source: fields.source.flatMap { $0.isEmpty ? nil : $0 }, line: lineNumber))
        }
        return records
    }

    /// `bytes` cut into `count` ranges (fewer for few bytes) of about equal size, each but the last ending just after
    /// a line feed.
    static func lineAlignedPieces(_ bytes: UnsafeBufferPointer<UInt8>, count: Int) -> [Range<Int>] {
        var pieces: [Range<Int>] = []
        var start = 0
        for p in 1..<max(count, 1) where start < bytes.count {
            let end = min(lineEnd(bytes, from: max(start, bytes.count * p / count)) + 1, bytes.count)
            pieces.append(start..<end)
            start = end
        }
        if start < bytes.count || pieces.isEmpty { pieces.append(start..<bytes.count) }
        return pieces
    }

    /// The number of line feeds in `range` of `bytes`.
    static func lineFeeds(in bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int {
        var count = 0
        var start = range.lowerBound
        while start < range.upperBound {
            start = lineEnd(bytes, from: start) + 1
            if start <= range.upperBound { count += 1 }
        }
        return count
    }

    /// Where the line that starts at `start` ends: the offset of the next line feed, or the end of the bytes.
    static func lineEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        guard start < bytes.count, let base = bytes.baseAddress,
              let feed = memchr(base + start, Int32(UInt8(ascii: "\n")), bytes.count - start) else { return bytes.count }
        return base.distance(to: feed.assumingMemoryBound(to: UInt8.self))
    }

    /// The string fields of a JSON object line that ``FlatJSON`` does not read (nested values, or not JSON at all).
    static func foundationFields<Fields: StringFields>(_ line: UnsafeBufferPointer<UInt8>, at place: @autoclosure () -> String) throws -> Fields {
        guard let object = try? JSONSerialization.jsonObject(with: Data(line), options: []), let dict = object as? [String: Any] else {
            throw CorpusError(path: place(), problem: "not a JSON object")
        }
        var fields = Fields()
        for case let (key, value as String) in dict { fields.set(key, value) }
        return fields
    }

    /// The fields of a JSON Lines record the reader keeps; the others are dropped as they are read, without a
    /// dictionary for each line.
    struct RecordFields: StringFields {
        var date: String?
        var caption: String?
        var source: String?

        mutating func set(_ key: String, _ value: String?) {
            switch Field(key) {
            case .date: date = value
            case .caption: caption = value
            case .source: source = value
            case nil: break
            }
        }

        /// The fields the reader keeps.
        enum Field {
            case date, caption, source

            /// The field a key names, if the reader keeps it. The keys differ in length, so one comparison at most
            /// is made (every line names all three).
            init?(_ key: String) {
                switch key.utf8.count {
                case 4 where key == "date": self = .date
                case 7 where key == "caption": self = .caption
                case 6 where key == "source": self = .source
                default: return nil
                }
            }
        }
    }

    /// Parses CSV with a header naming at least `caption` and, unless a default date is given, `date`.
    public static func csv(_ data: [UInt8], path: String, defaultDate: String?) throws -> [Record] {
        var rows = try CSVParser.rows(data, path: path)
        guard !rows.isEmpty else { throw CorpusError(path: path, problem: "the file is empty") }
        let header = rows.removeFirst().map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        guard let captionColumn = header.firstIndex(of: "caption") else {
            throw CorpusError(path: path, problem: "the header has no 'caption' column (expected date,caption[,source])")
        }
        let dateColumn = header.firstIndex(of: "date")
        if dateColumn == nil && defaultDate == nil {
            throw CorpusError(path: path, problem: "the header has no 'date' column (expected date,caption[,source], or pass --date)")
        }
        let sourceColumn = header.firstIndex(of: "source")
        var records: [Record] = []
        for (k, row) in rows.enumerated() {
            let line = k + 2
            if row.count == 1 && row[0].isEmpty { continue }
            guard row.count > captionColumn else {
                throw CorpusError(path: "\(path):\(line)", problem: "row has \(row.count) fields, the header has \(header.count)")
            }
            let date = try checkedDate(dateColumn.flatMap { $0 < row.count ? row[$0] : nil }, default: defaultDate, at: "\(path):\(line)")
            let source = sourceColumn.flatMap { $0 < row.count && !row[$0].isEmpty ? row[$0] : nil }
            records.append(Record(date: date, caption: row[captionColumn], source: source, line: line))
        }
        return records
    }

    static func checkedDate(_ value: String?, default defaultDate: String?, at place: @autoclosure () -> String) throws -> String {
        guard let value = value.map({ String($0.trimmingSpaces()) }), !value.isEmpty else {
            if let defaultDate { return defaultDate }
            throw CorpusError(path: place(), problem: "no date (expected \"date\": \"YYYY-MM-DD\", or pass --date)")
        }
        guard isISODate(value) else { throw CorpusError(path: place(), problem: "date '\(value)' is not written YYYY-MM-DD") }
        return value
    }

    /// Groups records into documents: by `source`, or the file name when there is none. Unit ids are `document#N`
    /// with N the record's number within its document. Many records are made into units in pieces at once.
    public static func documents(_ records: [Record], fileName: String) -> [SourceDocument] {
        // Each record's document, and its number there, in record order.
        var documents: [SourceDocument] = []
        var byName: [String: Int] = [:]
        var counts: [Int] = []
        var places: [(document: Int, number: Int)] = []
        places.reserveCapacity(records.count)
        for r in records {
            let name = r.source ?? fileName
            // A document's records usually follow one another: the last one's is looked up first.
            let d: Int
            if let last = documents.last, last.name == name {
                d = documents.count - 1
            } else if let known = byName[name] {
                d = known
            } else {
                d = documents.count
                byName[name] = d
                documents.append(SourceDocument(name: name, date: r.date, units: []))
                counts.append(0)
            }
            counts[d] += 1
            places.append((d, counts[d]))
        }
        let (names, placed) = (documents.map(\.name), places)
        let pieces = Parallel.ranges(records.count, parts: records.count < 20_000 ? 1 : Parallel.cores)
        var units = Parallel.map(pieces.count) { p in
            pieces[p].map { i in unit(records[i], document: names[placed[i].document], number: placed[i].number) }
        }
        for d in documents.indices { documents[d].units.reserveCapacity(counts[d]) }
        // Each piece's units are moved to their documents from the back (popLast moves, it does not copy).
        for p in units.indices {
            units[p].reverse()
            for i in pieces[p] { documents[places[i].document].units.append(units[p].popLast()!) }
        }
        return documents
    }

    /// The caption unit of a record, number `number` of its document: the caption trimmed, with a credit split
    /// off when it has one.
    static func unit(_ r: Record, document name: String, number n: Int) -> CaptionUnit {
        var text = Substring(r.caption).trimmingSpaces()
        var credit: Substring? = nil
        if let split = Credit.splitParenthesised(text) ?? Credit.splitTrailing(text) {
            text = split.text
            credit = split.credit
        }
        // A caption with nothing trimmed or split off is kept as it is, not copied.
        let whole = text.startIndex == r.caption.startIndex && text.endIndex == r.caption.endIndex
        return CaptionUnit(document: name, date: r.date, id: name + "#" + String(n), kind: .caption,
                           text: whole ? r.caption : String(text), credit: credit.map(String.init))
    }
}

/// A small RFC 4180 CSV parser over UTF-8 bytes: quoted fields may hold commas, doubled quotes and line breaks.
enum CSVParser {
    static func rows(_ data: [UInt8], path: String) throws -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field: [UInt8] = []
        var i = 0
        var inQuotes = false
        var line = 1
        let quote = UInt8(ascii: "\""), comma = UInt8(ascii: ","), lf = UInt8(ascii: "\n"), cr = UInt8(ascii: "\r")
        func endField() { row.append(String(decoding: field, as: UTF8.self)); field.removeAll(keepingCapacity: true) }
        while i < data.count {
            let b = data[i]
            if inQuotes {
                if b == quote {
                    if i + 1 < data.count && data[i + 1] == quote { field.append(quote); i += 2; continue }
                    inQuotes = false
                } else {
                    if b == lf { line += 1 }
                    field.append(b)
                }
            } else if b == quote && field.isEmpty {
                inQuotes = true
            } else if b == comma {
                endField()
            } else if b == lf || b == cr {
                endField()
                rows.append(row)
                row = []
                if b == cr && i + 1 < data.count && data[i + 1] == lf { i += 1 }
                line += 1
            } else {
                field.append(b)
            }
            i += 1
        }
        if inQuotes { throw CorpusError(path: "\(path):\(line)", problem: "a quoted field is never closed") }
        if !field.isEmpty || !row.isEmpty { endField(); rows.append(row) }
        return rows
    }
}
