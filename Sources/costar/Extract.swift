import ArgumentParser
import Foundation
import CostarCorpus
import CostarExtraction

/// `costar extract`: the people of every caption unit.
struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the people found in each caption unit.",
        discussion: """
        jsonl (default): one JSON object a unit, {"document","date","unit","kind","text","people":[{"name","mention","role"}]}, \
        where name is the resolved person, mention the words as written and role present, named or credit. \
        table: one line a person mention, tab-separated: unit, role, name, mention.
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case jsonl, table }

    @OptionGroup var input: InputOptions

    @Option(help: "Output format: jsonl or table.")
    var format: Format = .jsonl

    func run() throws {
        let (_, result) = try input.extract()
        var out = ""
        for u in result.units {
            switch format {
            case .jsonl:
                out += JSONLine.object([
                    ("document", .string(u.unit.document)), ("date", .string(u.unit.date)), ("unit", .string(u.unit.id)),
                    ("kind", .string(u.unit.kind.rawValue)), ("text", .string(u.unit.text)),
                    ("people", .array(u.people.map { p in
                        .object([("name", .string(p.name)), ("mention", .string(p.mention)), ("role", .string(p.role.rawValue))])
                    })),
                ]) + "\n"
            case .table:
                for p in u.people { out += "\(u.unit.id)\t\(p.role.rawValue)\t\(p.name)\t\(p.mention)\n" }
            }
        }
        FileHandle.standardOutput.write(Data(out.utf8))
    }
}

/// A tiny JSON writer that keeps key order (so `costar extract` prints fields in the documented order).
indirect enum JSONLine {
    case string(String)
    case number(Double)
    case array([JSONLine])
    case object([(String, JSONLine)])

    static func object(_ fields: [(String, JSONLine)]) -> String { JSONLine.object(fields).text }

    var text: String {
        switch self {
        case .string(let s): return JSONLine.quote(s)
        case .number(let d): return d == d.rounded() && abs(d) < 1e15 ? String(Int(d)) : String(d)
        case .array(let items): return "[" + items.map(\.text).joined(separator: ",") + "]"
        case .object(let fields): return "{" + fields.map { JSONLine.quote($0.0) + ":" + $0.1.text }.joined(separator: ",") + "}"
        }
    }

    static func quote(_ s: String) -> String {
        var out = "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if u.value < 0x20 { out += String(format: "\\u%04x", u.value) } else { out.unicodeScalars.append(u) }
            }
        }
        return out + "\""
    }
}
