import Foundation

extension NetworkReport {
    /// The report as `graph.json`: compact JSON with sorted keys and snake_case names, ending in a newline.
    /// Numbers print in their shortest round-trip form, so the same report always gives the same bytes. Written by
    /// ``writeJSON(to:)``; the bytes are those of ``foundationJSONData()``.
    public func jsonData() throws -> Data {
        var text = ""
        writeJSON(to: &text)
        return Data(text.utf8)
    }

    /// The report encoded by Foundation's `JSONEncoder` (compact, sorted keys, snake_case, no escaped
    /// slashes, non-finite numbers as strings): the reference ``writeJSON(to:)`` matches byte for byte.
    func foundationJSONData() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        encoder.nonConformingFloatEncodingStrategy = .convertToString(
            positiveInfinity: "Infinity", negativeInfinity: "-Infinity", nan: "NaN")
        var data = try encoder.encode(self)
        data.append(0x0A)
        return data
    }

    /// Decodes a report from ``jsonData()`` output. `name` names the source in the error.
    public static func decode(_ data: Data, name: String) throws -> NetworkReport {
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        decoder.nonConformingFloatDecodingStrategy = .convertFromString(
            positiveInfinity: "Infinity", negativeInfinity: "-Infinity", nan: "NaN")
        let report: NetworkReport
        do {
            report = try decoder.decode(NetworkReport.self, from: data)
        } catch let error as DecodingError {
            throw ExportError(path: name, problem: "not a Costar graph.json: " + Self.describe(error))
        } catch {
            throw ExportError(path: name, problem: "not a Costar graph.json: \(error)")
        }
        guard report.schemaVersion == currentSchemaVersion else {
            throw ExportError(path: name, problem: "graph.json format version \(report.schemaVersion) is not supported (expected \(currentSchemaVersion))")
        }
        return report
    }

    /// Loads a `graph.json` file written by ``jsonData()``; errors name the file and the problem in one line.
    public static func load(from url: URL) throws -> NetworkReport {
        try decode(try FileSystem.read(url.path), name: url.path)
    }

    private static func describe(_ error: DecodingError) -> String {
        func snake(_ key: String) -> String {
            key.reduce(into: "") { out, c in
                if c.isUppercase { out += "_" + c.lowercased() } else { out.append(c) }
            }
        }
        func place(_ path: [CodingKey]) -> String {
            let text = path.map { $0.intValue.map { "[\($0)]" } ?? "." + snake($0.stringValue) }.joined()
            return text.isEmpty ? "top level" : String(text.drop { $0 == "." })
        }
        switch error {
        case .keyNotFound(let key, let context):
            let at = context.codingPath.isEmpty ? "" : " in " + place(context.codingPath)
            return "missing key '\(snake(key.stringValue))'\(at)"
        case .typeMismatch(let type, let context):
            return "wrong type at \(place(context.codingPath)) (expected \(type))"
        case .valueNotFound(let type, let context):
            return "missing value at \(place(context.codingPath)) (expected \(type))"
        case .dataCorrupted(let context):
            return context.codingPath.isEmpty ? "invalid JSON" : "invalid value at \(place(context.codingPath))"
        @unknown default:
            return "cannot decode"
        }
    }
}
