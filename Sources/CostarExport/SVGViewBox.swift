import Foundation

/// Graphviz before 2.44 writes an SVG's `viewBox` in points while it scales the drawing by dpi/72 inside it, so at
/// any dpi other than 72 a browser cuts off the right and bottom of `graph.svg`. The drawing's extent is the root's
/// `width` and `height`; ``corrected(_:)`` makes the `viewBox` say so.
public enum SVGViewBox {
    /// The SVG with its root `viewBox` set to `0 0 width height` (unchanged when the attributes are missing).
    public static func corrected(_ data: Data) -> Data {
        guard var text = String(data: data, encoding: .utf8), let svg = text.range(of: "<svg"),
              let close = text[svg.upperBound...].firstIndex(of: ">") else { return data }
        let root = text[svg.lowerBound..<close]
        guard let width = value("width", in: root).flatMap(points), let height = value("height", in: root).flatMap(points),
              let viewBox = root.range(of: "viewBox=\"") ,
              let end = root[viewBox.upperBound...].firstIndex(of: "\"") else { return data }
        text.replaceSubrange(viewBox.upperBound..<end, with: "0 0 \(width) \(height)")
        return Data(text.utf8)
    }

    static func value(_ name: String, in tag: Substring) -> Substring? {
        guard let r = tag.range(of: " " + name + "=\"") ?? tag.range(of: "\n" + name + "=\""),
              let q = tag[r.upperBound...].firstIndex(of: "\"") else { return nil }
        return tag[r.upperBound..<q]
    }

    /// "1618pt" → "1618".
    static func points(_ s: Substring) -> String? {
        let number = s.hasSuffix("pt") ? s.dropLast(2) : s
        return Double(number) == nil ? nil : String(number)
    }
}
