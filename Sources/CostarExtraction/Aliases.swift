import Foundation

/// A user's corrections, read from a TSV file: `spelling<TAB>canonical` makes a spelling (or a resolved name) one
/// person with the canonical name. Lines starting with `#` are comments.
public struct Aliases: Sendable {
    /// Folded spelling → canonical name.
    public private(set) var canonicalByKey: [String: String] = [:]

    /// No aliases.
    public init() {}

    /// Parses alias lines.
    public init(tsv text: String, path: String = "aliases") throws {
        for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            guard fields.count == 2, !fields[0].isEmpty, !fields[1].isEmpty else {
                throw AliasError(description: "\(path):\(n + 1): expected 'spelling<TAB>canonical name'")
            }
            canonicalByKey[Aliases.key(fields[0])] = fields[1]
        }
    }

    /// Reads an alias file.
    public init(contentsOf path: String) throws {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw AliasError(description: "\(path): cannot be read")
        }
        try self.init(tsv: String(decoding: data, as: UTF8.self), path: path)
    }

    static func key(_ s: String) -> String {
        NameKnowledge.key(Tokenizer.tokens(Substring(s))[...])
    }

    /// The canonical name for a resolved name.
    public func canonical(_ name: String) -> String {
        canonicalByKey.isEmpty ? name : canonicalByKey[Aliases.key(name)] ?? name
    }

    /// Renames and merges person records by the aliases.
    func apply(to people: [PersonRecord]) -> [PersonRecord] {
        guard !canonicalByKey.isEmpty else { return people }
        var merged: [String: PersonRecord] = [:]
        for p in people {
            let name = canonical(p.name)
            if var existing = merged[name] {
                existing.spellings.merge(p.spellings, uniquingKeysWith: +)
                existing.documents = Array(Set(existing.documents + p.documents)).sorted()
                existing.units = Array(Set(existing.units + p.units)).sorted()
                existing.reasons += p.reasons + ["'\(p.name)' joined by the alias file"]
                merged[name] = existing
            } else {
                var q = p
                if name != p.name { q.reasons.append("renamed from '\(p.name)' by the alias file") }
                q.name = name
                merged[name] = q
            }
        }
        return merged.values.sorted { $0.name < $1.name }
    }
}

/// A malformed alias file.
public struct AliasError: Error, CustomStringConvertible, Sendable {
    /// One line naming the file and the problem.
    public var description: String
}
