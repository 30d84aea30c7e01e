/// Layout engines suited to co-appearance networks (all fast with straight edges).
public enum LayoutEngine: String, Sendable, CaseIterable {
    /// Scalable force-directed placement: fast and good for larger networks.
    case sfdp
    /// Stress majorisation: tidier for small networks.
    case neato
    /// Radial: one person in the middle, rings by distance (used for ego pictures).
    case twopi

    /// Below this many people drawn the automatic choice is neato, from it sfdp.
    public static let sfdpThreshold = 100

    /// The engine chosen by size: neato for fewer than ``sfdpThreshold`` people, sfdp for more.
    public static func automatic(people: Int) -> LayoutEngine { people < sfdpThreshold ? .neato : .sfdp }
}

/// The measure that sets a person's circle area (and name size).
public enum NodeSizeMeasure: String, Sendable, CaseIterable {
    /// Weighted PageRank: the "most connected" ranking.
    case pagerank
    /// Number of companions.
    case degree
    /// Normalised betweenness: how much of a bridge the person is.
    case betweenness

    /// The measure's name in captions ("PageRank").
    public var title: String {
        switch self {
        case .pagerank: return "PageRank"
        case .degree: return "degree"
        case .betweenness: return "betweenness"
        }
    }

    /// The person's value of the measure.
    public func value(of person: NetworkReport.Person) -> Double {
        switch self {
        case .pagerank: return person.pagerank
        case .degree: return Double(person.degree)
        case .betweenness: return person.betweenness
        }
    }
}

/// How a network diagram looks and how large it may be.
public struct DiagramOptions: Sendable, Equatable {
    /// Draw at most this many people: when the network is larger, the top ones by PageRank plus the bridges between
    /// communities (see ``bridgeShare``); the caption says what was left out.
    public var maxPeople: Int
    /// Draw only ties of at least this weight (0 draws every tie).
    public var minWeight: Double
    /// The measure that sets circle area and name size.
    public var sizeBy: NodeSizeMeasure
    /// The layout engine; `nil` chooses by size (``LayoutEngine/automatic(people:)``).
    public var engine: LayoutEngine?
    /// When the network is larger than ``maxPeople``: the share of the places kept for bridges, the people of
    /// highest betweenness with ties into other communities who are not already among the top by PageRank.
    public var bridgeShare: Double
    /// When the network is larger than ``maxPeople``: each person drawn keeps only this many of their strongest
    /// ties to other people drawn (a tie is drawn when it is among the strongest of either end); 0 keeps all.
    public var tiesPerPerson: Int
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
    /// Circle diameter in inches of the most central person; area is proportional to the measure in between.
    public var maxDiameter: Double
    /// First line of the diagram's title; `nil` for the default ("Co-appearance network: <label>", …).
    public var title: String?

    /// Creates options; the defaults draw up to 150 people (a fifth of the places for bridges, six ties each when
    /// capped), every tie, circle area by PageRank, the layout by size, at 96 dpi, at most 4000 px wide or high,
    /// names in Liberation Sans from 12 to 20 pt, circles from 0.2 to 1.3 inches.
    public init(maxPeople: Int = 150, minWeight: Double = 0, sizeBy: NodeSizeMeasure = .pagerank,
                engine: LayoutEngine? = nil, bridgeShare: Double = 0.2, tiesPerPerson: Int = 6, dpi: Double = 96,
                maxPixels: Int = 4000, fontname: String = "Liberation Sans", minFontSize: Double = 12,
                maxFontSize: Double = 20, minDiameter: Double = 0.2, maxDiameter: Double = 1.3, title: String? = nil) {
        self.maxPeople = maxPeople
        self.minWeight = minWeight
        self.sizeBy = sizeBy
        self.engine = engine
        self.bridgeShare = bridgeShare
        self.tiesPerPerson = tiesPerPerson
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
///
/// An attribute value written in angle brackets (`<…>`) is an HTML-like label, as in DOT; the graph's `label`
/// is one (the title and the legend).
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

    /// One line of the legend: a swatch and what it stands for.
    public struct LegendEntry: Sendable, Equatable {
        /// Colour of the swatch (a circle's fill).
        public var fill: String
        /// Colour of a line drawn after the swatch, when ties are coloured too; `nil` for none.
        public var line: String?
        /// The text, e.g. "Community 0 — Janelle Monáe, Dwyane Wade, … (15 people)".
        public var text: String

        /// Creates a legend line.
        public init(fill: String, line: String? = nil, text: String) {
            self.fill = fill
            self.line = line
            self.text = text
        }
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
    /// The diagram's title, one line per entry (the graph label shows them above the legend).
    public var titleLines: [String]
    /// What was left out, in one line ("Showing 150 of 12,638 people: …"), or `nil` when everything is drawn.
    public var caption: String?
    /// The legend under the title.
    public var legend: [LegendEntry]
    /// The people drawn as bridges between communities rather than for their PageRank, by betweenness.
    public var bridges: [String]

    /// Whether some people were left out because of ``DiagramOptions/maxPeople``.
    public var isTruncated: Bool { nodes.count < totalPeople }

    /// Colours for the communities with most people drawn (the first for the one with most): Paul Tol's "light"
    /// scheme, distinct for colour-blind readers and light enough for dark text. The legend names each.
    public static let communityPalette = ["#77AADD", "#EE8866", "#EEDD88", "#FFAABB", "#99DDFF", "#44BB99", "#BBCC33", "#AAAA00"]
    /// Colour of people in the smaller communities beyond the palette.
    public static let otherCommunityColour = "#DDDDDD"
    /// Colour of text and outlines.
    public static let inkColour = "#1A1A1A"

    /// The palette colour at position `id` (the grey beyond it): the colour of the community with the `id`-th most
    /// people drawn.
    public static func colour(ofCommunity id: Int) -> String {
        id >= 0 && id < communityPalette.count ? communityPalette[id] : otherCommunityColour
    }

    /// Circle diameter for a measure: area proportional to the value, the largest `maxDiameter`, none below
    /// `minDiameter`.
    public static func diameter(value: Double, maxValue: Double, options: DiagramOptions) -> Double {
        guard maxValue > 0, value > 0 else { return options.minDiameter }
        return max(options.minDiameter, options.maxDiameter * min(1, value / maxValue).squareRoot())
    }

    /// Font size for a measure: from `minFontSize` to `maxFontSize`, by the square root of the share of the maximum.
    public static func fontSize(value: Double, maxValue: Double, options: DiagramOptions) -> Double {
        guard maxValue > 0, value > 0 else { return options.minFontSize }
        let t = min(1, (value / maxValue).squareRoot())
        return options.minFontSize + (options.maxFontSize - options.minFontSize) * t
    }

    /// Circle diameter for a PageRank (``diameter(value:maxValue:options:)``).
    public static func diameter(pagerank: Double, maxPagerank: Double, options: DiagramOptions) -> Double {
        diameter(value: pagerank, maxValue: maxPagerank, options: options)
    }

    /// Font size for a PageRank (``fontSize(value:maxValue:options:)``).
    public static func fontSize(pagerank: Double, maxPagerank: Double, options: DiagramOptions) -> Double {
        fontSize(value: pagerank, maxValue: maxPagerank, options: options)
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

    /// Plans the drawing of a report: everyone, or above `options.maxPeople` the people and ties
    /// ``DiagramSelection`` keeps; circle area by `options.sizeBy`, colour by community, with a legend.
    public init(report: NetworkReport, options: DiagramOptions = DiagramOptions()) {
        let selection = DiagramSelection(report: report, options: options)
        let n = { (x: Double) in NumberFormat.decimal(x, significant: 4) }
        var title = [options.title ?? "Co-appearance network: \(report.label)"]
        if let caption = selection.caption {
            title.append(caption)
        } else {
            let ties = selection.ties.count == report.ties.count
                ? Self.count(report.ties.count, "tie")
                : "\(Self.grouped(selection.ties.count)) of \(Self.count(report.ties.count, "tie")) (weight ≥ \(n(options.minWeight)))"
            title.append("\(Self.count(report.people.count, "person", "people")), \(ties), "
                + "\(Self.count(report.counts.communities, "community", "communities")), "
                + "from \(Self.count(report.counts.captionUnits, "caption"))")
        }
        title.append("Circle area: \(options.sizeBy.title) · colour: community · line width and shade: tie weight")

        let maxValue = selection.people.map { options.sizeBy.value(of: $0) }.max() ?? 0
        let colours = Self.communityColours(selection.people)
        let people = selection.people.map { p in
            Mark(name: p.name, size: options.sizeBy.value(of: p), fill: colours[p.community] ?? Self.otherCommunityColour,
                 tooltip: Self.tooltip(p))
        }
        let ties = selection.ties.map { t in
            Line(source: t.source, target: t.target, weight: t.weight, colour: nil, tooltip: Self.tooltip(t))
        }
        self.init(marks: people, lines: ties, maxSize: maxValue, titleLines: title, caption: selection.caption,
                  legend: Self.communityLegend(report: report, drawn: selection.people, colours: colours),
                  totalPeople: report.people.count, totalTies: report.ties.count, options: options)
        bridges = selection.bridges
    }

    /// A person as the planner draws it, whatever the picture (network, ego, comparison).
    struct Mark {
        var name: String
        /// The measure for circle area and name size (any scale; compared with the largest drawn).
        var size: Double
        var fill: String
        var tooltip: String
        /// Attributes that override the computed ones (the ego's outline).
        var extra: [String: String] = [:]
    }

    /// A tie as the planner draws it.
    struct Line {
        var source: String
        var target: String
        var weight: Double
        /// Line colour; `nil` for a grey shaded by weight.
        var colour: String?
        var tooltip: String
    }

    /// Turns marks and lines into Graphviz attributes: the one place the look is decided.
    init(marks: [Mark], lines: [Line], maxSize: Double, titleLines: [String], caption: String?,
         legend: [LegendEntry], totalPeople: Int, totalTies: Int, options: DiagramOptions,
         engine chosen: LayoutEngine? = nil, extraGraphAttributes: [String: String] = [:]) {
        let n = { (x: Double) in NumberFormat.decimal(x, significant: 4) }
        let minWeight = lines.map(\.weight).min() ?? 0, maxWeight = lines.map(\.weight).max() ?? 0
        let engine = chosen ?? options.engine ?? LayoutEngine.automatic(people: marks.count)
        self.engine = engine
        self.totalPeople = totalPeople
        self.totalTies = totalTies
        self.titleLines = titleLines
        self.caption = caption
        self.legend = legend
        self.bridges = []

        let pixelsInches = NumberFormat.decimal(Double(options.maxPixels) / options.dpi, significant: 6, maxDecimals: 3)
        var graph = [
            "label": "<" + Self.titleHTML(titleLines, legend: legend, options: options) + ">",
            "labelloc": "t",
            "labeljust": "c",
            "fontname": options.fontname,
            "fontsize": n(options.maxFontSize),
            "fontcolor": Self.inkColour,
            "bgcolor": "white",
            "pad": "0.4",
            "dpi": n(options.dpi),
            "size": "\(pixelsInches),\(pixelsInches)",
            "layout": engine.rawValue,
            "overlap": "prism",
            "sep": "+8",
            "splines": "false",
            "outputorder": "edgesfirst",
            "pack": "true",
        ]
        switch engine {
        case .sfdp, .neato:
            // prism's default first spreads the layout to 4× the average label size: far too sparse for small
            // graphs; 1× leaves the rest to the overlap removal.
            graph["overlap_scaling"] = "-1"
            if engine == .neato { graph["mode"] = "major" }
        case .twopi:
            graph["ranksep"] = "2.2"
        }
        graph.merge(extraGraphAttributes) { $1 }
        graphAttributes = graph
        nodeDefaults = [
            "shape": "circle",
            "fixedsize": "shape",
            "style": "filled",
            "fontname": options.fontname,
            "fontsize": n(options.minFontSize),
            "fontcolor": Self.inkColour,
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
        nodes = marks.map { m in
            var attributes = [
                "label": "<" + Self.nameHTML(m.name) + ">",
                "width": n(Self.diameter(value: m.size, maxValue: maxSize, options: options)),
                "fontsize": n(Self.fontSize(value: m.size, maxValue: maxSize, options: options)),
                "fillcolor": m.fill,
                "tooltip": m.tooltip,
            ]
            attributes.merge(m.extra) { $1 }
            return Node(name: m.name, attributes: attributes)
        }
        edges = lines.map { t in
            let s = Self.strength(weight: t.weight, minWeight: minWeight, maxWeight: maxWeight)
            return Edge(source: t.source, target: t.target, attributes: [
                "penwidth": n(Self.penWidth(strength: s)),
                "color": t.colour ?? Self.lineColour(strength: s),
                "weight": n(t.weight),
                "tooltip": t.tooltip,
            ])
        }
    }

    /// A person's name as an HTML-like label on a translucent white backing, so names stay legible over lines.
    static func nameHTML(_ name: String) -> String {
        "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"1\" STYLE=\"ROUNDED\" BGCOLOR=\"#FFFFFFB3\">"
            + "<TR><TD>" + escapeHTML(name) + "</TD></TR></TABLE>"
    }

    // MARK: - Tooltips and legend

    /// Most caption ids named in a tie's tooltip.
    static let tooltipCaptionLimit = 12

    /// A person's tooltip: name, rank, degree, PageRank, betweenness, community, captions.
    static func tooltip(_ p: NetworkReport.Person) -> String {
        let n = { (x: Double) in NumberFormat.decimal(x, significant: 3) }
        return escapeLabel(p.name) + "\\nrank \(p.rank) · degree \(p.degree) · PageRank \(n(p.pagerank))"
            + " · betweenness \(n(p.betweenness))\\ncommunity \(p.community) · \(count(p.captions.count, "caption"))"
    }

    /// A tie's tooltip: the two names, the weight and the caption ids.
    static func tooltip(_ t: NetworkReport.Tie) -> String {
        escapeLabel("\(t.source) & \(t.target)") + "\\nweight \(NumberFormat.decimal(t.weight, significant: 4))"
            + " · \(count(t.captions.count, "caption"))\\n" + captionList(t.captions)
    }

    /// Caption ids for a tooltip, cut after ``tooltipCaptionLimit``.
    static func captionList(_ ids: [String]) -> String {
        let shown = ids.prefix(tooltipCaptionLimit).map(escapeLabel).joined(separator: ", ")
        return ids.count > tooltipCaptionLimit ? shown + " … and \(ids.count - tooltipCaptionLimit) more" : shown
    }

    /// Names shown per community in the legend.
    static let legendNames = 3

    /// The palette colour of each community among the people drawn: the one with most people drawn gets the first
    /// colour, and so on (ties by id); communities beyond the palette get none (they are drawn grey).
    static func communityColours(_ drawn: [NetworkReport.Person]) -> [Int: String] {
        var count: [Int: Int] = [:]
        for p in drawn { count[p.community, default: 0] += 1 }
        let order = count.keys.sorted { count[$0]! != count[$1]! ? count[$0]! > count[$1]! : $0 < $1 }
        var colours: [Int: String] = [:]
        for (i, id) in order.prefix(communityPalette.count).enumerated() { colours[id] = communityPalette[i] }
        return colours
    }

    /// One legend line per coloured community, named by its top drawn members, then one for the grey rest.
    static func communityLegend(report: NetworkReport, drawn: [NetworkReport.Person], colours: [Int: String]) -> [LegendEntry] {
        var drawnMembers: [Int: [String]] = [:]
        for p in drawn { drawnMembers[p.community, default: []].append(p.name) }
        var size: [Int: Int] = [:]
        for c in report.communities { size[c.id] = c.members.count }
        var entries: [LegendEntry] = []
        let coloured = colours.keys.sorted { communityPalette.firstIndex(of: colours[$0]!)! < communityPalette.firstIndex(of: colours[$1]!)! }
        for id in coloured {
            let names = drawnMembers[id] ?? []
            let total = size[id] ?? names.count
            let shown = names.prefix(legendNames).joined(separator: ", ")
            let more = total > min(names.count, legendNames) ? ", …" : ""
            entries.append(LegendEntry(fill: colours[id]!,
                                       text: "Community \(id) — \(shown)\(more) (\(count(total, "person", "people")))"))
        }
        let others = drawnMembers.filter { colours[$0.key] == nil }
        if !others.isEmpty {
            let people = others.values.map(\.count).reduce(0, +)
            entries.append(LegendEntry(fill: otherCommunityColour,
                                       text: "\(count(others.count, "other community", "other communities")) "
                                           + "(\(count(people, "person", "people")) drawn)"))
        }
        return entries
    }

    /// The graph label: the title lines, centred, then the legend in two columns when it is long.
    static func titleHTML(_ lines: [String], legend: [LegendEntry], options: DiagramOptions) -> String {
        let n = { (x: Double) in NumberFormat.decimal(x, significant: 4) }
        var html = "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"3\">"
        for (i, line) in lines.enumerated() {
            let size = i == 0 ? options.maxFontSize + 8 : options.minFontSize + 4
            let text = i == 0 ? "<B>" + escapeHTML(line) + "</B>" : escapeHTML(line)
            let colour = i == 0 ? inkColour : "#333333"
            html += "<TR><TD><FONT POINT-SIZE=\"\(n(size))\" COLOR=\"\(colour)\">\(text)</FONT></TD></TR>"
        }
        if !legend.isEmpty {
            // Each entry is one left-aligned cell, its swatch a coloured glyph: Graphviz stretches a nested table to
            // its cell and spreads the extra width over the columns, which would part swatches from their text.
            let columns = legend.count > 4 ? 2 : 1
            let rows = (legend.count + columns - 1) / columns
            let size = n(options.minFontSize + 4), glyph = n(options.minFontSize + 20)
            html += "<TR><TD><TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"1\">"
            for row in 0..<rows {
                html += "<TR>"
                for column in 0..<columns {
                    // Column-major, so the legend reads down the first column, then the second.
                    let i = column * rows + row
                    if column > 0 { html += "<TD WIDTH=\"40\"></TD>" }
                    guard i < legend.count else { html += "<TD></TD>"; continue }
                    let e = legend[i]
                    var swatch = "<FONT POINT-SIZE=\"\(glyph)\" COLOR=\"\(e.fill)\">●</FONT>"
                    if let line = e.line { swatch += "<FONT POINT-SIZE=\"\(glyph)\" COLOR=\"\(line)\"><B>—</B></FONT>" }
                    html += "<TD ALIGN=\"LEFT\" BALIGN=\"LEFT\">" + swatch
                        + "<FONT POINT-SIZE=\"\(size)\"> " + escapeHTML(e.text) + "</FONT></TD>"
                }
                html += "</TR>"
            }
            html += "</TABLE></TD></TR>"
        }
        return html + "</TABLE>"
    }

    // MARK: - Text

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

    /// Escapes a text for an HTML-like label.
    public static func escapeHTML(_ text: String) -> String {
        var out = ""
        for c in text {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\n", "\r": out += " "
            default: out.append(c)
            }
        }
        return out
    }

    /// An integer with thousands separators: `12638` → `12,638`.
    public static func grouped(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return value < 0 ? "-" + out : out
    }

    /// `1 tie`, `1,234 ties`.
    static func count(_ value: Int, _ singular: String, _ plural: String? = nil) -> String {
        grouped(value) + " " + (value == 1 ? singular : plural ?? singular + "s")
    }
}
