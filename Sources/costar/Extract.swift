import ArgumentParser
import Foundation
import CostarCorpus
import CostarExtraction
import CostarExport

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
        // Only the units are printed: no audit records (spellings, units and reasons for each person).
        let result = try input.extract(try input.read(), audits: false)
        var out = OutputBuffer()
        for u in result.units {
            switch format {
            case .jsonl:
                out.append("{\"document\":"); out.appendQuoted(u.unit.document)
                out.append(",\"date\":"); out.appendQuoted(u.unit.date)
                out.append(",\"unit\":"); out.appendQuoted(u.unit.id)
                out.append(",\"kind\":"); out.appendQuoted(u.unit.kind.rawValue)
                out.append(",\"text\":"); out.appendQuoted(u.unit.text)
                out.append(",\"people\":[")
                for (i, p) in u.people.enumerated() {
                    out.append(i == 0 ? "{\"name\":" : ",{\"name\":"); out.appendQuoted(p.name)
                    out.append(",\"mention\":"); out.appendQuoted(p.mention)
                    out.append(",\"role\":"); out.appendQuoted(p.role.rawValue)
                    out.append("}")
                }
                out.append("]}\n")
            case .table:
                for p in u.people { out.append(text: "\(u.unit.id)\t\(p.role.rawValue)\t\(p.name)\t\(p.mention)\n") }
            }
            out.flushIfFull()
        }
        out.flush()
        endWithoutFreeing()
    }
}

/// Standard output through a byte buffer written in large blocks, with JSON string quoting on the bytes.
struct OutputBuffer {
    private var bytes: [UInt8] = []

    init() { bytes.reserveCapacity(1 << 20) }

    /// Appends a literal as it is, copying its bytes whole.
    mutating func append(_ literal: StaticString) {
        literal.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    /// Appends text as it is.
    mutating func append(text s: String) { bytes.append(contentsOf: s.utf8) }

    /// Appends a JSON string literal: quotes, backslashes and control characters escaped. The runs of bytes
    /// between escapes (most strings are one run) are copied whole; they are scanned eight bytes at a time.
    mutating func appendQuoted(_ s: String) {
        bytes.append(UInt8(ascii: "\""))
        withUTF8Bytes(of: s) { utf8 in
            var run = 0
            var i = ByteSet.jsonSpecial.firstIndex(in: utf8, from: 0)
            while i < utf8.count {
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[run..<i]))
                appendEscaped(utf8[i])
                run = i + 1
                i = ByteSet.jsonSpecial.firstIndex(in: utf8, from: run)
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[run...]))
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// Appends the JSON escape of a quote, a backslash or a control character, spelled as graph.json (and
    /// Foundation's JSONEncoder) spells it: the short forms where JSON has one, `\u00XX` for the rest.
    private mutating func appendEscaped(_ b: UInt8) {
        switch b {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"): bytes.append(UInt8(ascii: "\\")); bytes.append(b)
        case 0x08: bytes.append(UInt8(ascii: "\\")); bytes.append(UInt8(ascii: "b"))
        case 0x0C: bytes.append(UInt8(ascii: "\\")); bytes.append(UInt8(ascii: "f"))
        case 0x0A: bytes.append(UInt8(ascii: "\\")); bytes.append(UInt8(ascii: "n"))
        case 0x0D: bytes.append(UInt8(ascii: "\\")); bytes.append(UInt8(ascii: "r"))
        case 0x09: bytes.append(UInt8(ascii: "\\")); bytes.append(UInt8(ascii: "t"))
        default:
            let hex = Array("0123456789abcdef".utf8)
            append("\\u00")
            bytes.append(hex[Int(b >> 4)]); bytes.append(hex[Int(b & 15)])
        }
    }

    /// Writes the buffer out once it holds a megabyte.
    mutating func flushIfFull() { if bytes.count >= 1 << 20 { flush() } }

    /// Writes the buffer out to standard output (straight from the buffer, no copy). A write error (such as a reader
    /// that has gone, when SIGPIPE is ignored) leaves the rest unwritten: it has nowhere to go.
    mutating func flush() {
        _ = bytes.withUnsafeBytes { FileSystem.writeAll(STDOUT_FILENO, $0) }
        bytes.removeAll(keepingCapacity: true)
    }
}
