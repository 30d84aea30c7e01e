import CostarCorpus
/// `graph.json` written piece by piece, byte for byte what `JSONEncoder` writes for ``NetworkReport`` with
/// `[.sortedKeys, .withoutEscapingSlashes]` and snake_case keys (see ``NetworkReport/foundationJSONData()``): no
/// spaces or line breaks, keys in byte order, doubles in their shortest round-trip spelling without a trailing `.0`,
/// non-finite doubles as the strings `"NaN"`, `"Infinity"` and `"-Infinity"`, and strings escaped as JSON requires
/// (`"`, `\`, `\b`, `\f`, `\n`, `\r`, `\t`, other controls as `\u00XX`), everything else (slashes, non-ASCII) as is.
/// Compact, as networkx's and igraph's JSON writers are: a million-caption network's file is half the size it
/// would be indented (`jq .` indents it for reading).
extension NetworkReport {
    /// Writes the report as `graph.json` (with its final newline) to `out`.
    public func writeJSON(to out: inout some TextOutputStream) {
        ByteWriter.writing(to: &out) { writeJSON(to: $0) }
    }

    /// Writes `graph.json` into `w`; a method of its own, not a closure body, so the loops read people, ties and
    /// captions in place from `self`.
    private func writeJSON(to w: ByteWriter) {
        var json = JSONWriter(w)
        json.open("{")
        json.key("captions")
        json.array(captions) { c, json in
            json.open("{")
            json.field("date", c.date)
            json.field("document", c.document)
            json.field("id", c.id)
            json.field("kind", c.kind)
            json.key("people")
            json.strings(c.people)
            json.field("text", c.text)
            json.close("}")
        }
        json.key("communities")
        json.array(communities) { c, json in
            json.open("{")
            json.field("id", c.id)
            json.key("members")
            json.strings(c.members)
            json.close("}")
        }
        json.key("counts")
        json.open("{")
        json.field("caption_units", counts.captionUnits)
        json.field("captions_with_people", counts.captionsWithPeople)
        json.field("captions_with_ties", counts.captionsWithTies)
        json.field("communities", counts.communities)
        json.field("components", counts.components)
        json.field("people", counts.people)
        json.field("ties", counts.ties)
        json.close("}")
        json.key("documents")
        json.strings(documents)
        if let estimates {
            json.key("estimates")
            json.strings(estimates)
        }
        json.field("label", label)
        json.field("modularity", modularity)
        json.key("people")
        json.array(people) { p, json in
            json.open("{")
            json.field("betweenness", p.betweenness)
            json.key("captions")
            json.strings(p.captions)
            json.field("closeness", p.closeness)
            json.field("clustering", p.clustering)
            json.field("community", p.community)
            json.field("component", p.component)
            json.field("core_number", p.coreNumber)
            json.field("degree", p.degree)
            json.field("eigenvector", p.eigenvector)
            json.field("harmonic", p.harmonic)
            json.field("name", p.name)
            json.field("pagerank", p.pagerank)
            json.field("rank", p.rank)
            if let weighted = p.weightedClustering { json.field("weighted_clustering", weighted) }
            json.field("weighted_degree", p.weightedDegree)
            json.close("}")
        }
        json.key("policy")
        json.open("{")
        json.key("kinds")
        json.strings(policy.kinds)
        json.key("roles")
        json.strings(policy.roles)
        json.field("weighting", policy.weighting)
        json.close("}")
        json.field("schema_version", schemaVersion)
        json.key("ties")
        json.array(ties) { t, json in
            json.open("{")
            json.key("captions")
            json.strings(t.captions)
            json.field("source", t.source)
            json.field("target", t.target)
            json.field("weight", t.weight)
            json.close("}")
        }
        json.close("}")
        w.byte(0x0A)
    }
}

/// The state of compact JSON output into a ``ByteWriter``: whether the current container has an element yet, so
/// elements are separated by commas.
struct JSONWriter {
    private let w: ByteWriter
    /// One bit per open container, the innermost lowest: set while the container has no element yet. Plain bits
    /// rather than an array of flags, so no element pays for a uniqueness check.
    private var empty: UInt64 = 0
    /// How many containers are open (at most 64).
    private var depth = 0
    private var afterKey = false
    /// Whether strings escape `/` as `\/` (as `JSONEncoder` does without `.withoutEscapingSlashes`) and `<` as
    /// `\u003c` (so no text can end an HTML script element).
    private let forScript: Bool

    init(_ writer: ByteWriter, forScript: Bool = false) {
        w = writer
        self.forScript = forScript
    }

    /// Starts an element: a comma after the previous one (not after a key).
    private mutating func element() {
        if afterKey { afterKey = false; return }
        if depth > 0 {
            if empty & 1 == 0 { w.byte(0x2C) }
            empty &= ~1
        }
    }

    mutating func open(_ bracket: StaticString) {
        element()
        w.append(bracket)
        precondition(depth < 64, "JSON nested more than 64 levels deep")
        empty = empty << 1 | 1
        depth += 1
    }

    mutating func close(_ bracket: StaticString) {
        empty >>= 1
        depth -= 1
        w.append(bracket)
    }

    mutating func key(_ name: StaticString) {
        element()
        w.byte(0x22)
        w.append(name)
        w.byte(0x22)
        w.byte(0x3A)
        afterKey = true
    }

    /// A key that is not a literal (a name), escaped.
    mutating func key(_ name: String) {
        element()
        string(name)
        w.byte(0x3A)
        afterKey = true
    }

    mutating func field(_ name: StaticString, _ value: String) {
        key(name)
        element()
        string(value)
    }

    /// An array element or a value after a key: a string, an integer, a double, or `null`.
    mutating func value(_ value: String) {
        element()
        string(value)
    }

    mutating func value(_ value: Int) {
        element()
        w.append(value)
    }

    mutating func value(_ value: Double) {
        element()
        number(value)
    }

    mutating func null() {
        element()
        w.append("null")
    }

    mutating func field(_ name: StaticString, _ value: Int) {
        key(name)
        element()
        w.append(value)
    }

    mutating func field(_ name: StaticString, _ value: Double) {
        key(name)
        element()
        number(value)
    }

    mutating func strings(_ values: [String]) {
        open("[")
        for i in values.indices {
            if i > 0 { w.byte(0x2C) }
            string(values[i])
        }
        close("]")
    }

    /// An array of objects, each written by `body` (read in place, not copied).
    mutating func array<T>(_ values: [T], _ body: (borrowing T, inout JSONWriter) -> Void) {
        open("[")
        for i in values.indices { body(values[i], &self) }
        close("]")
    }

    /// A double as `JSONEncoder` spells it: Swift's shortest round-trip `description` without a trailing `.0`;
    /// non-finite values as the strings `"NaN"`, `"Infinity"`, `"-Infinity"`.
    private func number(_ value: Double) {
        if value.isNaN { return w.append("\"NaN\"") }
        if value.isInfinite { return w.append(value < 0 ? "\"-Infinity\"" : "\"Infinity\"") }
        w.append(shortest: value, trimmingPointZero: true)
    }

    /// Appends a JSON string literal.
    private func string(_ value: String) { w.jsonString(value, forScript: forScript) }
}
