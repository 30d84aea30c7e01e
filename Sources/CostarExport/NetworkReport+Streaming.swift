/// `graph.json` written piece by piece, byte for byte what `JSONEncoder` writes for ``NetworkReport`` with
/// `[.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]` and snake_case keys (see ``NetworkReport/jsonData()``):
/// two-space indents, `"key" : value`, keys in byte order, empty arrays as `[`, an empty line and `]`, doubles in
/// their shortest round-trip spelling without a trailing `.0`, non-finite doubles as the strings `"NaN"`,
/// `"Infinity"` and `"-Infinity"`, and strings escaped as JSON requires (`"`, `\`, `\b`, `\f`, `\n`, `\r`, `\t`,
/// other controls as `\u00XX`), everything else (slashes, non-ASCII) as is.
extension NetworkReport {
    /// Writes the report as `graph.json` (with its final newline) to `out`.
    public func writeJSON(to out: inout some TextOutputStream) {
        var w = JSONPrettyWriter()
        w.open("{")
        w.key("captions")
        w.array(captions, to: &out) { c, w in
            w.open("{")
            w.field("date", c.date)
            w.field("document", c.document)
            w.field("id", c.id)
            w.field("kind", c.kind)
            w.key("people")
            w.strings(c.people)
            w.field("text", c.text)
            w.close("}")
        }
        w.key("communities")
        w.array(communities, to: &out) { c, w in
            w.open("{")
            w.field("id", c.id)
            w.key("members")
            w.strings(c.members)
            w.close("}")
        }
        w.key("counts")
        w.open("{")
        w.field("caption_units", counts.captionUnits)
        w.field("captions_with_people", counts.captionsWithPeople)
        w.field("captions_with_ties", counts.captionsWithTies)
        w.field("communities", counts.communities)
        w.field("components", counts.components)
        w.field("people", counts.people)
        w.field("ties", counts.ties)
        w.close("}")
        w.key("documents")
        w.strings(documents)
        if let estimates {
            w.key("estimates")
            w.strings(estimates)
        }
        w.field("label", label)
        w.field("modularity", modularity)
        w.key("people")
        w.array(people, to: &out) { p, w in
            w.open("{")
            w.field("betweenness", p.betweenness)
            w.key("captions")
            w.strings(p.captions)
            w.field("closeness", p.closeness)
            w.field("clustering", p.clustering)
            w.field("community", p.community)
            w.field("component", p.component)
            w.field("core_number", p.coreNumber)
            w.field("degree", p.degree)
            w.field("eigenvector", p.eigenvector)
            w.field("harmonic", p.harmonic)
            w.field("name", p.name)
            w.field("pagerank", p.pagerank)
            w.field("rank", p.rank)
            if let weighted = p.weightedClustering { w.field("weighted_clustering", weighted) }
            w.field("weighted_degree", p.weightedDegree)
            w.close("}")
        }
        w.key("policy")
        w.open("{")
        w.key("kinds")
        w.strings(policy.kinds)
        w.key("roles")
        w.strings(policy.roles)
        w.field("weighting", policy.weighting)
        w.close("}")
        w.field("schema_version", schemaVersion)
        w.key("ties")
        w.array(ties, to: &out) { t, w in
            w.open("{")
            w.key("captions")
            w.strings(t.captions)
            w.field("source", t.source)
            w.field("target", t.target)
            w.field("weight", t.weight)
            w.close("}")
        }
        w.close("}")
        w.flush(to: &out)
        out.write("\n")
    }
}

/// The pretty-printing state of ``NetworkReport/writeJSON(to:)``: the indent, whether the current container has an
/// element yet, and a small buffer so that output goes out in pieces of a few kilobytes.
struct JSONPrettyWriter {
    private var depth = 0
    private var first: [Bool] = []
    private var afterKey = false
    private var pending = ""

    init() { pending.reserveCapacity(1 << 17) }

    /// Starts an element: a comma after the previous one, a line break and the indent (not after a key).
    private mutating func element() {
        if afterKey { afterKey = false; return }
        if let isFirst = first.last {
            if !isFirst { pending += "," }
            first[first.count - 1] = false
            pending += "\n"
            pending += String(repeating: "  ", count: depth)
        }
    }

    mutating func open(_ bracket: String) {
        element()
        pending += bracket
        depth += 1
        first.append(true)
    }

    mutating func close(_ bracket: String) {
        let wasEmpty = first.removeLast()
        depth -= 1
        pending += wasEmpty ? "\n\n" : "\n"
        pending += String(repeating: "  ", count: depth)
        pending += bracket
    }

    mutating func key(_ name: String) {
        element()
        pending += "\""
        pending += name
        pending += "\" : "
        afterKey = true
    }

    mutating func field(_ name: String, _ value: String) {
        key(name)
        element()
        JSONPrettyWriter.appendString(value, to: &pending)
    }

    mutating func field(_ name: String, _ value: Int) {
        key(name)
        element()
        pending += String(value)
    }

    mutating func field(_ name: String, _ value: Double) {
        key(name)
        element()
        pending += JSONPrettyWriter.number(value)
    }

    mutating func strings(_ values: [String]) {
        open("[")
        for v in values {
            element()
            JSONPrettyWriter.appendString(v, to: &pending)
        }
        close("]")
    }

    /// An array of objects, each written by `body`; output goes to `out` whenever 64 KB have gathered.
    mutating func array<T>(_ values: [T], to out: inout some TextOutputStream, _ body: (T, inout JSONPrettyWriter) -> Void) {
        open("[")
        for v in values {
            body(v, &self)
            if pending.utf8.count > 65536 { flush(to: &out) }
        }
        close("]")
    }

    mutating func flush(to out: inout some TextOutputStream) {
        out.write(pending)
        pending.removeAll(keepingCapacity: true)
    }

    /// A double as `JSONEncoder` spells it: Swift's shortest round-trip `description` without a trailing `.0`;
    /// non-finite values as the strings `"NaN"`, `"Infinity"`, `"-Infinity"`.
    static func number(_ value: Double) -> String {
        if value.isNaN { return "\"NaN\"" }
        if value.isInfinite { return value < 0 ? "\"-Infinity\"" : "\"Infinity\"" }
        var text = value.description
        if text.hasSuffix(".0") { text.removeLast(2) }
        return text
    }

    /// Appends a JSON string literal.
    static func appendString(_ value: String, to out: inout String) {
        out += "\""
        var clean = true
        for b in value.utf8 where b < 0x20 || b == 0x22 || b == 0x5C { clean = false; break }
        if clean {
            out += value
        } else {
            for scalar in value.unicodeScalars {
                switch scalar {
                case "\"": out += "\\\""
                case "\\": out += "\\\\"
                case "\u{8}": out += "\\b"
                case "\u{C}": out += "\\f"
                case "\n": out += "\\n"
                case "\r": out += "\\r"
                case "\t": out += "\\t"
                default:
                    if scalar.value < 0x20 {
                        let hex = String(scalar.value, radix: 16)
                        out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                    } else {
                        out.unicodeScalars.append(scalar)
                    }
                }
            }
        }
        out += "\""
    }
}
