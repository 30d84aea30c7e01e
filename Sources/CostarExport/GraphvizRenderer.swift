import CGraphviz
import Foundation

/// An output format of ``GraphvizRenderer``.
public enum DiagramFormat: String, Sendable, CaseIterable {
    /// DOT source with every attribute, before layout (re-render with `sfdp -Tsvg graph.dot`).
    case dot
    /// Scalable vector graphics.
    case svg
    /// Portable network graphics (anti-aliased, via cairo).
    case png
    /// Portable document format (vector, via cairo).
    case pdf
}

/// The rendered drawings of one network.
public struct Diagrams: Sendable, Equatable {
    /// `graph.dot`: DOT source with every attribute, before layout.
    public var dot: Data
    /// `graph.svg`.
    public var svg: Data
    /// `graph.png`.
    public var png: Data
    /// `graph.pdf`.
    public var pdf: Data

    /// Creates a set of drawings.
    public init(dot: Data, svg: Data, png: Data, pdf: Data = Data()) {
        self.dot = dot
        self.svg = svg
        self.png = png
        self.pdf = pdf
    }

    /// Creates a set of drawings from ``GraphvizRenderer/render(_:formats:)`` output (missing formats are empty).
    public init(_ rendered: [DiagramFormat: Data]) {
        self.init(dot: rendered[.dot] ?? Data(), svg: rendered[.svg] ?? Data(), png: rendered[.png] ?? Data(),
                  pdf: rendered[.pdf] ?? Data())
    }

    /// The files to write, named `<base>.dot`, `<base>.svg`, `<base>.png` and `<base>.pdf` (empty ones left out).
    public func files(named base: String) -> [(name: String, data: Data)] {
        [("dot", dot), ("svg", svg), ("png", png), ("pdf", pdf)].filter { !$0.1.isEmpty }.map { (base + "." + $0.0, $0.1) }
    }
}

/// The one place Costar calls Graphviz: builds a cgraph graph from a ``DiagramPlan``, lays it out and renders it
/// into memory.
///
/// Owns a Graphviz context (`GVC_t`). Graphviz is not thread-safe, so the renderer is not `Sendable`: create it
/// and use it on one thread. Calls are also serialised through a process-wide lock, so two renderers on different
/// threads do not run Graphviz at the same time. Every graph, layout and buffer is freed before a call returns.
public final class GraphvizRenderer {
    private let context: OpaquePointer
    private static let lock = NSLock()

    /// Creates a Graphviz context with the installed plugins. Only errors, not warnings, go to stderr.
    public init() throws {
        Self.lock.lock()
        defer { Self.lock.unlock() }
        costar_quiet_warnings()
        guard let context = gvContext() else {
            throw ExportError(path: "graphviz", problem: "cannot create a Graphviz context")
        }
        self.context = context
    }

    deinit {
        Self.lock.lock()
        gvFreeContext(context)
        Self.lock.unlock()
    }

    /// Draws a report: DOT source, SVG, PNG and PDF from one layout.
    public func diagrams(for report: NetworkReport, options: DiagramOptions = DiagramOptions()) throws -> Diagrams {
        try diagrams(for: DiagramPlan(report: report, options: options))
    }

    /// Draws a plan: DOT source, SVG, PNG and PDF from one layout.
    public func diagrams(for plan: DiagramPlan) throws -> Diagrams {
        Diagrams(try render(plan, formats: DiagramFormat.allCases))
    }

    /// Renders a plan in the given formats; the layout runs once, and only if a format other than `.dot` is asked.
    public func render(_ plan: DiagramPlan, formats: [DiagramFormat]) throws -> [DiagramFormat: Data] {
        Self.lock.lock()
        defer { Self.lock.unlock() }
        let graph = try build(plan)
        defer { agclose(graph) }
        var out: [DiagramFormat: Data] = [:]
        if formats.contains(.dot) { out[.dot] = try writeDot(graph) }
        let images = formats.filter { $0 != .dot }
        guard !images.isEmpty else { return out }
        // sfdp draws its start positions from the C library's rand() without seeding it, so without this a layout
        // would depend on every layout made before it in the process; reseeding gives each graph the layout it
        // gets on its own (as `costar render` draws it).
        srand(1)
        guard gvLayout(context, graph, plan.engine.rawValue) == 0 else {
            throw ExportError(path: "graphviz", problem: "\(plan.engine.rawValue) layout failed (is the layout plugin installed? try libgvc6-config-update -c)")
        }
        defer { gvFreeLayout(context, graph) }
        for format in images where out[format] == nil {
            switch format {
            case .png: out[format] = try renderPNG(graph)
            case .svg: out[format] = SVGViewBox.corrected(try renderData(graph, format: "svg"))
            case .pdf: out[format] = Self.fixedCreationDate(try renderData(graph, format: "pdf"))
            case .dot: break
            }
        }
        return out
    }

    /// The PDF with cairo's `/CreationDate (D:YYYYMMDDHHMMSSZ)` (the time of the run) replaced by the same-length
    /// `D:19700101000000Z`, so the same diagram always gives the same bytes; byte offsets, and so the cross-reference
    /// table, stay valid.
    static func fixedCreationDate(_ pdf: Data) -> Data {
        let key = Array("/CreationDate (D:".utf8)
        let bytes = [UInt8](pdf)
        guard bytes.count > key.count + 15 else { return pdf }
        for start in 0...(bytes.count - key.count - 15) where bytes[start] == key[0] {
            guard Array(bytes[start..<(start + key.count)]) == key else { continue }
            let date = start + key.count
            let digits = bytes[date..<(date + 14)]
            guard digits.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return pdf }
            var fixed = bytes
            fixed.replaceSubrange(date..<(date + 14), with: Array("19700101000000".utf8))
            return Data(fixed)
        }
        return pdf
    }

    /// Builds the cgraph graph: attributes declared once with defaults, then set per object.
    private func build(_ plan: DiagramPlan) throws -> UnsafeMutablePointer<Agraph_t> {
        guard let graph = costar_agopen_undirected("costar") else {
            throw ExportError(path: "graphviz", problem: "cannot create a graph")
        }
        var ok = true
        for key in plan.graphAttributes.keys.sorted() {
            let value = plan.graphAttributes[key]!
            if let html = Self.html(value) {
                ok = ok && costar_agattr_html(graph, costar_kind_graph(), key, html) != nil
            } else {
                ok = ok && costar_agattr(graph, costar_kind_graph(), key, value) != nil
            }
        }
        let nodeSymbols = declare(graph, kind: costar_kind_node(), defaults: plan.nodeDefaults,
                                  used: plan.nodes.flatMap(\.attributes.keys))
        let edgeSymbols = declare(graph, kind: costar_kind_edge(), defaults: plan.edgeDefaults,
                                  used: plan.edges.flatMap(\.attributes.keys))
        var nodes: [String: UnsafeMutablePointer<Agnode_t>] = [:]
        for node in plan.nodes {
            guard let n = costar_agnode(graph, node.name) else { ok = false; break }
            nodes[node.name] = n
            for (key, value) in node.attributes {
                ok = ok && set(graph, UnsafeMutableRawPointer(n), nodeSymbols[key]!, value)
            }
        }
        for edge in plan.edges {
            guard let tail = nodes[edge.source], let head = nodes[edge.target],
                  let e = costar_agedge(graph, tail, head) else { ok = false; break }
            for (key, value) in edge.attributes {
                ok = ok && set(graph, UnsafeMutableRawPointer(e), edgeSymbols[key]!, value)
            }
        }
        guard ok else {
            agclose(graph)
            throw ExportError(path: "graphviz", problem: "cannot build the graph (a node, tie or attribute was refused)")
        }
        return graph
    }

    /// The inside of an HTML-like value (`<…>`), or `nil` for a plain one.
    static func html(_ value: String) -> String? {
        value.count >= 2 && value.hasPrefix("<") && value.hasSuffix(">") ? String(value.dropFirst().dropLast()) : nil
    }

    /// Sets one attribute of one object; HTML-like values (`<…>`) become HTML-like labels.
    private func set(_ graph: UnsafeMutablePointer<Agraph_t>, _ object: UnsafeMutableRawPointer,
                     _ symbol: UnsafeMutablePointer<Agsym_t>, _ value: String) -> Bool {
        if let html = Self.html(value) { return costar_agxset_html(graph, object, symbol, html) == 0 }
        return costar_agxset(object, symbol, value) == 0
    }

    /// Declares the default of every attribute in `defaults` and in `used` (those without a default get "").
    private func declare(_ graph: UnsafeMutablePointer<Agraph_t>, kind: Int32, defaults: [String: String],
                         used: [String]) -> [String: UnsafeMutablePointer<Agsym_t>] {
        var symbols: [String: UnsafeMutablePointer<Agsym_t>] = [:]
        for key in Set(defaults.keys).union(used).sorted() {
            symbols[key] = costar_agattr(graph, kind, key, defaults[key] ?? "")
        }
        return symbols
    }

    private func writeDot(_ graph: UnsafeMutablePointer<Agraph_t>) throws -> Data {
        var length = 0
        guard let buffer = costar_agwrite_to_memory(graph, &length) else {
            throw ExportError(path: "graphviz", problem: "cannot write the DOT source")
        }
        defer { costar_free(buffer) }
        return Data(bytes: buffer, count: length)
    }

    /// The PNG of the laid-out graph: cairo's drawing taken from Graphviz's `bmp` device and written by
    /// ``PNGEncoder`` (a third of the time of Graphviz's own `png` device), or from the `png` device when the `bmp`
    /// device is missing.
    private func renderPNG(_ graph: UnsafeMutablePointer<Agraph_t>) throws -> Data {
        if let png = (try? withRendered(graph, format: "bmp:cairo") { PNGEncoder.png(fromBMP: $0) }) ?? nil { return png }
        return try renderData(graph, format: "png")
    }

    private func renderData(_ graph: UnsafeMutablePointer<Agraph_t>, format: String) throws -> Data {
        try withRendered(graph, format: format) { Data($0) }
    }

    /// Renders in `format` into Graphviz's buffer and hands it to `body` before freeing it.
    private func withRendered<T>(_ graph: UnsafeMutablePointer<Agraph_t>, format: String,
                                 _ body: (UnsafeRawBufferPointer) -> T) throws -> T {
        var result: UnsafeMutablePointer<CChar>?
        var length: UInt32 = 0
        guard gvRenderData(context, graph, format, &result, &length) == 0, let result else {
            throw ExportError(path: "graphviz", problem: "cannot render \(format) (is the renderer plugin installed?)")
        }
        defer { gvFreeRenderData(result) }
        return body(UnsafeRawBufferPointer(start: result, count: Int(length)))
    }
}

@available(*, unavailable, message: "Graphviz is not thread-safe: use a GraphvizRenderer on one thread")
extension GraphvizRenderer: Sendable {}
