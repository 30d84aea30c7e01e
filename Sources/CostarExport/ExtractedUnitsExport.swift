import CostarExtraction

/// `costar extract`'s output: the people of every caption unit, written straight from the units into a file
/// descriptor (standard output) through one byte buffer, with no `String` made per line.
public enum ExtractedUnitsExport {
    /// How the units are written.
    public enum Format: String, Sendable, CaseIterable {
        /// One JSON object a unit: `{"document","date","unit","kind","text","people":[{"name","mention","role"}]}`.
        case jsonl
        /// One line a person mention, tab-separated: unit, role, name, mention.
        case table
    }

    /// Writes `units` in `format` to the open file descriptor `fd`. A write error (a reader that has gone, when
    /// SIGPIPE is ignored) leaves the rest unwritten: it has nowhere to go.
    public static func write(_ units: [ExtractedUnit], format: Format, to fd: Int32) {
        let w = ByteWriter(descriptor: fd)
        // Read in place: a copy of a unit would retain each of its strings and arrays.
        units.withUnsafeBufferPointer { all in
            for i in all.indices {
                switch format {
                case .jsonl: jsonLine(all[i], w)
                case .table: tableLines(all[i], w)
                }
            }
        }
        w.flush()
    }

    /// One unit as a JSON object on a line.
    private static func jsonLine(_ u: ExtractedUnit, _ w: ByteWriter) {
        w.append("{\"document\":"); w.jsonString(u.unit.document)
        w.append(",\"date\":"); w.jsonString(u.unit.date)
        w.append(",\"unit\":"); w.jsonString(u.unit.id)
        w.append(",\"kind\":"); w.jsonString(u.unit.kind.rawValue)
        w.append(",\"text\":"); w.jsonString(u.unit.text)
        w.append(",\"people\":[")
        u.people.withUnsafeBufferPointer { people in
            for k in people.indices {
                w.append(k == 0 ? "{\"name\":" : ",{\"name\":"); w.jsonString(people[k].name)
                w.append(",\"mention\":"); w.jsonString(people[k].mention)
                w.append(",\"role\":"); w.jsonString(people[k].role.rawValue)
                w.byte(0x7D)
            }
        }
        w.append("]}\n")
    }

    /// A unit's mentions as tab-separated lines: unit, role, name, mention (as written, unescaped).
    private static func tableLines(_ u: ExtractedUnit, _ w: ByteWriter) {
        u.people.withUnsafeBufferPointer { people in
            for k in people.indices {
                w.append(u.unit.id); w.byte(0x09)
                w.append(people[k].role.rawValue); w.byte(0x09)
                w.append(people[k].name); w.byte(0x09)
                w.append(people[k].mention); w.byte(0x0A)
            }
        }
    }
}
