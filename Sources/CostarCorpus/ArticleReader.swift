/// Reads an article: a first line ` date YYYY-MM-DD` (the rest of that line is already text), then the text.
public enum ArticleReader {
    /// Parses an article's text. `name` names the document in errors and unit ids; `defaultDate` is used when the
    /// article has no date line.
    public static func document(name: String, text: String, defaultDate: String? = nil) throws -> Document {
        let trimmed = text.drop { $0.isWhitespace }
        guard !trimmed.isEmpty else { throw CorpusError(path: name, problem: "the file is empty") }
        if let (date, rest) = dateLine(trimmed) {
            guard isISODate(date) else {
                throw CorpusError(path: name, problem: "the date line has '\(date)', expected a date written YYYY-MM-DD")
            }
            return Document(name: name, date: String(date), text: String(rest))
        }
        guard let defaultDate else {
            throw CorpusError(path: name, problem: "no date: the first line should be 'date YYYY-MM-DD' (or pass --date)")
        }
        return Document(name: name, date: defaultDate, text: String(trimmed))
    }

    /// "date 2022-05-03 The Met Gala …" or "date: 2022-05-03": the date token and the text after it.
    static func dateLine(_ s: Substring) -> (Substring, Substring)? {
        guard s.prefix(4).lowercased() == "date" else { return nil }
        var rest = s.dropFirst(4)
        guard let c = rest.first, c == ":" || c == " " || c == "\t" else { return nil }
        rest = rest.drop { $0 == ":" || $0 == " " || $0 == "\t" }
        let end = rest.firstIndex(where: \.isWhitespace) ?? rest.endIndex
        return (rest[..<end], rest[end...])
    }
}
