import Foundation

/// A user's corrections, read from a TSV file:
/// - `spelling<TAB>canonical` makes a spelling (or a resolved name) one person with the canonical name;
/// - `!spelling<TAB>other name` keeps a spelling apart from a person the rules would join it to ("!Chlöe<TAB>Chloe
///   Bailey": "Chlöe" stays a person of her own).
/// Lines starting with `#` are comments.
public struct Aliases: Sendable {
    /// Folded spelling → canonical name.
    public private(set) var canonicalByKey: [String: String] = [:]
    /// Folded spelling → folded names it must not be joined to.
    public private(set) var apart: [String: Set<String>] = [:]

    /// No aliases.
    public init() {}

    /// Parses alias lines.
    public init(tsv text: String, path: String = "aliases") throws {
        for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            guard fields.count == 2, !fields[0].isEmpty, !fields[1].isEmpty, fields[0] != "!" else {
                throw AliasError(description: "\(path):\(n + 1): expected 'spelling<TAB>canonical name' (or '!spelling<TAB>other name' to keep two people apart)")
            }
            if fields[0].hasPrefix("!") {
                apart[Aliases.key(String(fields[0].dropFirst())), default: []].insert(Aliases.key(fields[1]))
            } else {
                canonicalByKey[Aliases.key(fields[0])] = fields[1]
            }
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
        WordTable(lexicon: NameLexicon()).key(of: s)
    }

    /// True when the alias file keeps `spelling` apart from the person `name`.
    public func keepsApart(_ spelling: String, from name: String) -> Bool {
        !apart.isEmpty && apart[Aliases.key(spelling)]?.contains(Aliases.key(name)) == true
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
