/// Layout engines suited to co-appearance networks (both force-directed, both fast with straight edges).
public enum LayoutEngine: String, Sendable, CaseIterable {
    /// Scalable force-directed placement: fast and good for larger networks.
    case sfdp
    /// Stress majorisation: tidier for small networks.
    case neato
}

/// How a network diagram looks and how large it may be.
public struct DiagramOptions: Sendable, Equatable {
    /// Draw at most this many people, the top ones by the "most connected" ranking (PageRank); the label says so.
    public var maxPeople: Int
    /// The layout engine.
    public var engine: LayoutEngine
    /// Pixels per inch of the PNG (and the scale at which font sizes are meant).
    public var dpi: Double
    /// Largest width or height of the PNG in pixels; larger drawings are scaled down to fit.
    public var maxPixels: Int
    /// Font for all text: a fontconfig family name installed on the machine.
    public var fontname: String
    /// Font size in points of the least central person's name (at least 12 stays legible at 100%).
    public var minFontSize: Double
    /// Font size in points of the most central person's name.
    public var maxFontSize: Double
    /// Circle diameter in inches of the least central people.
    public var minDiameter: Double
    /// Circle diameter in inches of the most central person; area is proportional to PageRank in between.
    public var maxDiameter: Double
    /// First line of the diagram's title; `nil` for "Co-appearance network: <label>".
    public var title: String?

    /// Creates options; the defaults draw up to 150 people with sfdp at 96 dpi, at most 4000 px wide or high,
    /// names in Liberation Sans from 12 to 20 pt, circles from 0.2 to 1.3 inches.
    public init(maxPeople: Int = 150, engine: LayoutEngine = .sfdp, dpi: Double = 96, maxPixels: Int = 4000,
                fontname: String = "Liberation Sans", minFontSize: Double = 12, maxFontSize: Double = 20,
                minDiameter: Double = 0.2, maxDiameter: Double = 1.3, title: String? = nil) {
        self.maxPeople = maxPeople
        self.engine = engine
        self.dpi = dpi
        self.maxPixels = maxPixels
        self.fontname = fontname
        self.minFontSize = minFontSize
        self.maxFontSize = maxFontSize
        self.minDiameter = minDiameter
        self.maxDiameter = maxDiameter
        self.title = title
    }
}

/// Everything a Graphviz drawing of a network needs, as attribute strings: worked out from a report by pure code,
/// then handed to ``GraphvizRenderer``.
public struct DiagramPlan: Sendable, Equatable {
    /// One person to draw.
    public struct Node: Sendable, Equatable {
        /// The person's name (the node's id).
        public var name: String
        /// Node attributes (`label`, `width`, `fillcolor`, …).
        public var attributes: [String: String]
    }

    /// One tie to draw.
    public struct Edge: Sendable, Equatable {
        /// One end's name.
        public var source: String
        /// The other end's name.
        public var target: String
        /// Edge attributes (`penwidth`, `color`, …).
        public var attributes: [String: String]
    }

    /// The layout engine.
    public var engine: LayoutEngine
    /// Attributes of the whole graph.
    public var graphAttributes: [String: String]
    /// Node attribute defaults; every attribute a node sets has a default here.
    public var nodeDefaults: [String: String]
    /// Edge attribute defaults; every attribute an edge sets has a default here.
    public var edgeDefaults: [String: String]
    /// The people drawn, most connected first.
    public var nodes: [Node]
    /// The ties among the people drawn, heaviest first.
    public var edges: [Edge]
    /// Number of people in the network (drawn or not).
    public var totalPeople: Int
    /// Number of ties in the network (drawn or not).
    public var totalTies: Int
    /// The diagram's title, one line per entry.
    public var titleLines: [String]

    /// Whether some people were left out because of ``DiagramOptions/maxPeople``.
    public var isTruncated: Bool { nodes.count < totalPeople }

    /// Colours for the largest communities: Paul Tol's "light" scheme, distinct for colour-blind readers and
    /// light enough for dark text.
    public static let communityPalette = ["#77AADD", "#EE8866", "#EEDD88", "#FFAABB", "#99DDFF", "#44BB99", "#BBCC33", "#AAAA00"]
    /// Colour of people in the smaller communities beyond the palette.
    public static let otherCommunityColour = "#DDDDDD"

    /// The fill colour of community `id` (0 is the largest).
    public static func colour(ofCommunity id: Int) -> String {
        id >= 0 && id < communityPalette.count ? communityPalette[id] : otherCommunityColour
    }

    /// Circle diameter for a PageRank: area proportional to PageRank, the largest `maxDiameter`, none below `minDiameter`.
    public static func diameter(pagerank: Double, maxPagerank: Double, options: DiagramOptions) -> Double {
        guard maxPagerank > 0, pagerank > 0 else { return options.minDiameter }
        return max(options.minDiameter, options.maxDiameter * (pagerank / maxPagerank).squareRoot())
    }

    /// Font size for a PageRank: from `minFontSize` to `maxFontSize`, by the square root of the share of the maximum.
    public static func fontSize(pagerank: Double, maxPagerank: Double, options: DiagramOptions) -> Double {
        guard maxPagerank > 0, pagerank > 0 else { return options.minFontSize }
        let t = min(1, (pagerank / maxPagerank).squareRoot())
        return options.minFontSize + (options.maxFontSize - options.minFontSize) * t
    }

    /// Where a weight falls between the lightest and heaviest drawn ties (0 to 1; 0 when all weigh the same).
    public static func strength(weight: Double, minWeight: Double, maxWeight: Double) -> Double {
        maxWeight > minWeight ? min(1, max(0, (weight - minWeight) / (maxWeight - minWeight))) : 0
    }

    /// Line width of a tie: 1 point for the lightest to 5 for the heaviest.
    public static func penWidth(strength: Double) -> Double { 1 + 4 * strength }

    /// Line colour of a tie: light grey for the lightest to dark grey for the heaviest.
    public static func lineColour(strength: Double) -> String {
        let level = Int((192 - 128 * strength).rounded())
        let hex = String(level, radix: 16, uppercase: true)
        let byte = hex.count == 1 ? "0" + hex : hex
        return "#" + byte + byte + byte
    }

    /// Plans the drawing of a report: the top `options.maxPeople` people by rank and the ties among them.
    public init(report: NetworkReport, options: DiagramOptions = DiagramOptions()) {
        let people = Array(report.people.sorted { $0.isMoreConnected(than: $1) }.prefix(max(0, options.maxPeople)))
        let drawn = Set(people.map(\.name))
        let ties = report.ties.filter { drawn.contains($0.source) && drawn.contains($0.target) }
        let maxPagerank = people.map(\.pagerank).max() ?? 0
        let minWeight = ties.map(\.weight).min() ?? 0, maxWeight = ties.map(\.weight).max() ?? 0
        let n = { (x: Double) in NumberFormat.decimal(x, significant: 4) }

        engine = options.engine
        totalPeople = report.people.count
        totalTies = report.ties.count
        var title = [options.title ?? "Co-appearance network: \(report.label)"]
        if people.count < report.people.count {
            title.append("Showing the top \(people.count) of \(report.people.count) people by PageRank "
                + "and the \(ties.count) ties among them (of \(report.ties.count))")
        } else {
            title.append("\(report.people.count) people, \(report.ties.count) ties, "
                + "\(report.counts.communities) communities, from \(report.counts.captionUnits) captions")
        }
        title.append("Circle area: PageRank · colour: community · line width and shade: tie weight")
        titleLines = title

        let pixelsInches = NumberFormat.decimal(Double(options.maxPixels) / options.dpi, significant: 6, maxDecimals: 3)
        graphAttributes = [
            "label": title.map(Self.escapeLabel).joined(separator: "\\n"),
            "labelloc": "t",
            "fontname": options.fontname,
            "fontsize": n(options.maxFontSize + 4),
            "fontcolor": "#1A1A1A",
            "bgcolor": "white",
            "pad": "0.4",
            "dpi": n(options.dpi),
            "size": "\(pixelsInches),\(pixelsInches)",
            "layout": options.engine.rawValue,
            "overlap": "prism",
            "sep": "+8",
            "splines": "false",
            "outputorder": "edgesfirst",
            "pack": "true",
        ]
        nodeDefaults = [
            "shape": "circle",
            "fixedsize": "shape",
            "style": "filled",
            "fontname": options.fontname,
            "fontsize": n(options.minFontSize),
            "fontcolor": "#1A1A1A",
            "color": "#4D4D4D",
            "penwidth": "0.8",
            "fillcolor": Self.otherCommunityColour,
            "width": n(options.minDiameter),
            "label": "\\N",
            "tooltip": "",
        ]
        edgeDefaults = [
            "color": Self.lineColour(strength: 0),
            "penwidth": "1",
            "weight": "1",
            "tooltip": "",
        ]
        nodes = people.map { p in
            Node(name: p.name, attributes: [
                "label": Self.escapeLabel(p.name),
                "width": n(Self.diameter(pagerank: p.pagerank, maxPagerank: maxPagerank, options: options)),
                "fontsize": n(Self.fontSize(pagerank: p.pagerank, maxPagerank: maxPagerank, options: options)),
                "fillcolor": Self.colour(ofCommunity: p.community),
                "tooltip": Self.escapeLabel("\(p.name): rank \(p.rank), PageRank \(n(p.pagerank)), \(p.degree) companions, community \(p.community)"),
            ])
        }
        edges = ties.map { t in
            let s = Self.strength(weight: t.weight, minWeight: minWeight, maxWeight: maxWeight)
            return Edge(source: t.source, target: t.target, attributes: [
                "penwidth": n(Self.penWidth(strength: s)),
                "color": Self.lineColour(strength: s),
                "weight": n(t.weight),
                "tooltip": Self.escapeLabel("\(t.source) & \(t.target): weight \(n(t.weight)), \(t.captions.count) captions"),
            ])
        }
    }

    /// Escapes a text for a Graphviz label, where backslashes start escape sequences (`\n`, `\N`, …).
    public static func escapeLabel(_ text: String) -> String {
        var out = ""
        for c in text {
            switch c {
            case "\\": out += "\\\\"
            case "\n", "\r": out += " "
            default: out.append(c)
            }
        }
        return out
    }
}
