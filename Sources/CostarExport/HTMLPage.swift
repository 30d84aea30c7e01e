import Foundation
import CostarCorpus

/// `index.html`: one self-contained page for readers — for each network (each year, and all years) its diagram,
/// a sortable table of the guests with every measure, the strongest ties and the communities; then what changed
/// from year to year; and a search box that filters the people and shows a person's captions.
///
/// The page works offline and from a `file://` address: CSS and a small vanilla script are inline, the diagrams
/// are the Graphviz SVGs inlined (XML prolog and doctype removed, element ids made unique per diagram), the caption
/// texts travel as a JSON block, and nothing is loaded from anywhere (no fonts, no CDN). Community colours are the
/// diagrams' (``DiagramPlan/colour(ofCommunity:)``, Paul Tol's colour-blind-safe palette). The same input always
/// gives the same page: no dates or random ids.
public enum HTMLPage {
    /// What the page lists and how it is titled.
    public struct Options: Sendable, Equatable {
        /// The page title, also the header's brand line.
        public var title: String
        /// Most guests in each network's table (the most connected ones); the table says when some are left out.
        public var guestRows: Int
        /// Ties in each network's "Strongest ties".
        public var strongestTies: Int
        /// Members named per community card.
        public var membersPerCommunity: Int
        /// Rows in each of a comparison's ties kept, new and lost lists.
        public var comparisonTies: Int
        /// Names in each of a comparison's new and gone lists, and rows of its returning guests.
        public var comparisonPeople: Int
        /// Neighbours named per person in the search panel ("Photographed most with").
        public var companions: Int
        /// Most community cards per network (the largest communities); the rest are counted.
        public var communityCards: Int
        /// Most people the search data holds in full: above it (counting each person once over every network), it
        /// holds only the people of the page's tables, strongest ties and comparison lists.
        public var searchablePeople: Int
        /// Most captions quoted per person in the search panel (the first ones); the panel gives the full count.
        public var captionsPerPerson: Int

        /// Creates options; by default up to 500 guests per table, 15 strongest ties, 60 members per community and
        /// 40 community cards, 20 ties and 200 people per comparison list, 6 companions; the search holds everyone
        /// up to 5,000 people, and up to 25 captions a person.
        public init(title: String = "Costar: who was photographed with whom", guestRows: Int = 500,
                    strongestTies: Int = 15, membersPerCommunity: Int = 60, comparisonTies: Int = 20,
                    comparisonPeople: Int = 200, companions: Int = 6, communityCards: Int = 40,
                    searchablePeople: Int = 5000, captionsPerPerson: Int = 25) {
            self.title = title
            self.guestRows = guestRows
            self.strongestTies = strongestTies
            self.membersPerCommunity = membersPerCommunity
            self.comparisonTies = comparisonTies
            self.comparisonPeople = comparisonPeople
            self.companions = companions
            self.communityCards = communityCards
            self.searchablePeople = searchablePeople
            self.captionsPerPerson = captionsPerPerson
        }
    }

    /// Renders the page: one section per network, in the order given (each with its diagram as SVG data, e.g.
    /// ``Diagrams/svg``), then one section per comparison; the sections are written at once. `data` is the page's data
    /// block (``dataBlock(_:comparisons:options:)`` of the same reports, comparisons and options) when it is already
    /// being made; otherwise it is made on another thread while the sections are written.
    public static func render(sections: [(report: NetworkReport, svg: Data)], comparisons: [Comparison],
                              options: Options = Options(), data: Pending<String>? = nil) -> String {
        let ids = sectionIDs(sections.map(\.report.label))
        let data = data ?? Pending { dataBlock(sections.map(\.report), comparisons: comparisons, options: options) }
        var body = header(sections: sections.map(\.report), ids: ids, comparisons: comparisons, options: options)
        body += "<main>\n"
        body += intro(sections.map(\.report))
        let parts = Parallel.map(sections.count + comparisons.count) { i in
            i < sections.count
                ? network(sections[i].report, svg: sections[i].svg, id: ids[i], index: i, options: options)
                : comparison(comparisons[i - sections.count], options: options)
        }
        for part in parts { body += part }
        body += "</main>\n"
        body += panel()
        body += footer(sections.map(\.report))
        body += "<script type=\"application/json\" id=\"costar-data\">"
            + data.wait()
            + "</script>\n"
        body += "<script>\n" + script + "</script>\n"
        return """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="generator" content="Costar">
            <title>\(esc(options.title))</title>
            <style>
            \(style)</style>
            </head>
            <body>

            """ + body + "</body>\n</html>\n"
    }

    // MARK: - Page parts

    static func header(sections: [NetworkReport], ids: [String], comparisons: [Comparison], options: Options) -> String {
        var links = zip(sections, ids).map { r, id in
            "<a href=\"#\(id)\">\(esc(r.label == "all" ? "All years" : r.label))</a>"
        }
        links += comparisons.map {
            "<a href=\"#\(comparisonID($0))\">\(esc($0.beforeLabel)) → \(esc($0.afterLabel))</a>"
        }
        return """
            <header class="top">
            <div class="topbar">
            <a class="brand" href="#top"><strong>Costar</strong><span>who was photographed with whom</span></a>
            <nav aria-label="Networks">\(links.joined())</nav>
            <label class="find"><span class="visually-hidden">Find a person</span>\
            <input type="search" id="search" placeholder="Find a person…  ( / )" autocomplete="off" spellcheck="false"></label>
            </div>
            </header>

            """
    }

    static func intro(_ reports: [NetworkReport]) -> String {
        let overall = reports.first { $0.label == "all" } ?? reports.last
        var text = "<section class=\"intro\" id=\"top\">\n<h1>Who was photographed with whom</h1>\n"
        if let r = overall {
            let documents = Set(reports.flatMap(\.documents)).count
            text += "<p class=\"lede\">From \(plural(documents, "article")) and \(plural(r.counts.captionUnits, "caption")), "
                + "Costar found <b>\(plural(r.counts.people, "person", "people"))</b> and "
                + "<b>\(plural(r.counts.ties, "tie"))</b> between them. Two people are tied when they appear together in a "
                + "caption; the more captions they share, the stronger the tie.</p>\n"
        }
        text += "<p class=\"how\">In each diagram a circle’s area shows the person’s PageRank (how central they are), its "
            + "colour their community (a group photographed mostly among themselves) and a line’s width and shade how "
            + "often two people were photographed together. Click a name anywhere, or type one in the search box, to "
            + "see that person’s captions; click a column heading to sort a table.</p>\n"
        text += "<details class=\"measures\"><summary>What the measures mean</summary>\n<dl>\n"
        for (measure, meaning) in measureExplanations {
            text += "<dt>\(esc(measure))</dt><dd>\(esc(meaning))</dd>\n"
        }
        text += "</dl>\n</details>\n</section>\n"
        return text
    }

    /// The measures of the guest table, explained.
    static let measureExplanations: [(String, String)] = {
        var list = MarkdownReport.measureExplanations.map { ($0.measure, $0.meaning) }
        let extra = [
            (after: "Closeness", ("Harmonic", "the sum of 1/distance to every other guest: like closeness, but fair to people in small groups.")),
            (after: "Clustering", ("Core", "the k-core number: the largest k such that the guest sits in a group where everyone has at least k companions.")),
        ]
        for (after, item) in extra {
            let i = (list.firstIndex { $0.0 == after } ?? list.count - 1) + 1
            list.insert(item, at: i)
        }
        list.append(("Captions", "how many captions the guest appears in."))
        return list
    }()

    static func network(_ r: NetworkReport, svg: Data, id: String, index: Int, options: Options) -> String {
        let title = r.label == "all" ? "All years" : r.label
        var s = "<section class=\"network card\" id=\"\(id)\" data-label=\"\(esc(r.label))\">\n"
        s += "<div class=\"section-head\">\n<h2>\(esc(title))</h2>\n<ul class=\"stats\">"
        s += stat(r.counts.captionUnits, "caption", "captions") + stat(r.counts.people, "person", "people")
            + stat(r.counts.ties, "tie", "ties") + stat(r.counts.communities, "community", "communities")
            + stat(r.counts.components, "component", "components")
            + "<li>modularity <b>\(fmt(r.modularity))</b></li>"
        s += "</ul>\n</div>\n"

        let (inline, width) = inlineSVG(svg, idPrefix: "d\(index)-", label: "Co-appearance network: \(title)")
        s += "<figure class=\"diagram\"" + (width.map { " style=\"--full-width:\($0)\"" } ?? "") + ">\n"
        s += "<div class=\"svg-wrap\">\n" + (inline ?? "<p class=\"empty\">No diagram.</p>") + "\n</div>\n"
        s += "<figcaption><span>Circle area: PageRank · colour: community · line width and shade: how often two "
            + "people were photographed together. Click a circle to see that person’s captions.</span>"
            + (inline == nil ? "" : "<button type=\"button\" class=\"zoom\" aria-pressed=\"false\">Full size</button>")
            + "</figcaption>\n</figure>\n"

        s += guestTable(r, options: options)
        s += "<div class=\"pair-cols\">\n"
        s += strongestTies(r, options: options)
        s += communities(r, options: options)
        s += "</div>\n</section>\n"
        return s
    }

    static func stat(_ count: Int, _ one: String, _ many: String) -> String {
        "<li><b>\(count)</b> \(count == 1 ? one : many)</li>"
    }

    static func guestTable(_ r: NetworkReport, options: Options) -> String {
        let rows = r.people.prefix(options.guestRows)
        typealias P = NetworkReport.Person
        let numbers: [(String, String, (P) -> Double, Bool)] = [
            ("Degree", "Degree", { Double($0.degree) }, true),
            ("Weighted", "Weighted degree", \.weightedDegree, false),
            ("PageRank", "PageRank", \.pagerank, false),
            ("Betweenness", "Betweenness", \.betweenness, false),
            ("Closeness", "Closeness", \.closeness, false),
            ("Harmonic", "Harmonic", \.harmonic, false),
            ("Eigenvector", "Eigenvector", \.eigenvector, false),
            ("Clustering", "Clustering", \.clustering, false),
            ("Core", "Core", { Double($0.coreNumber) }, true),
        ]
        let meaning = Dictionary(measureExplanations, uniquingKeysWith: { a, _ in a })
        var s = "<div class=\"block\">\n<h3>Most connected guests</h3>\n<p class=\"note\">"
        s += rows.count < r.people.count
            ? "The top \(rows.count) of \(r.people.count) people, ranked by PageRank."
            : "All \(plural(r.people.count, "person", "people")), ranked by PageRank."
        s += " Click a column heading to sort; hover over it for what it means.</p>\n"
        s += "<div class=\"table-wrap\">\n<table class=\"guests sortable\">\n<thead><tr>"
        s += th("#", "Rank by PageRank (then degree, then name)", numeric: true, sorted: "ascending")
        s += th("Guest", "The person’s name", numeric: false)
        for (label, key, _, _) in numbers { s += th(label, meaning[key] ?? "", numeric: true) }
        s += th("Community", meaning["Community"] ?? "", numeric: true)
        s += th("Captions", meaning["Captions"] ?? "", numeric: true)
        s += "</tr></thead>\n<tbody>\n"
        for p in rows {
            s += "<tr data-name=\"\(esc(p.name))\"><td class=\"num\" data-v=\"\(p.rank)\">\(p.rank)</td>"
            s += "<td class=\"name\">\(dot(p.community))\(person(p.name))</td>"
            for (_, _, value, integer) in numbers {
                let v = value(p)
                s += "<td class=\"num\" data-v=\"\(XMLText.double(v))\">\(integer ? String(Int(v)) : fmt(v))</td>"
            }
            s += "<td class=\"num\" data-v=\"\(p.community)\">\(dot(p.community))\(p.community)</td>"
            s += "<td class=\"num\" data-v=\"\(p.captions.count)\">\(p.captions.count)</td></tr>\n"
        }
        s += "</tbody>\n</table>\n<p class=\"nomatch\" hidden>No one in this network matches.</p>\n</div>\n</div>\n"
        return s
    }

    /// A sortable column heading; `smallestFirst` columns (ranks) sort ascending on the first click.
    static func th(_ label: String, _ title: String, numeric: Bool, sorted: String? = nil, smallestFirst: Bool = false) -> String {
        "<th scope=\"col\"" + (numeric ? " class=\"num\" data-type=\"num\"" : "")
            + (smallestFirst ? " data-first=\"ascending\"" : "")
            + (sorted.map { " aria-sort=\"\($0)\"" } ?? "")
            + "><button type=\"button\" title=\"\(esc(title))\">\(esc(label))</button></th>"
    }

    static func strongestTies(_ r: NetworkReport, options: Options) -> String {
        var s = "<div class=\"block\">\n<h3>Strongest ties</h3>\n"
        guard r.counts.ties > 0 else { return s + "<p class=\"note\">No one was photographed with anyone else.</p>\n</div>\n" }
        let top = r.ties.prefix(options.strongestTies)
        let maxWeight = top.map(\.weight).max() ?? 1
        let community = communities(ofEndsOf: top, in: r)
        s += "<p class=\"note\">" + (top.count < r.counts.ties ? "The \(top.count) heaviest of \(r.counts.ties) ties." : "All \(plural(r.counts.ties, "tie")), heaviest first.")
            + " The bar shows the weight (\(r.policy.weighting == "newman" ? "Newman’s weight" : "shared captions")).</p>\n"
        s += "<ol class=\"ties\">\n"
        for t in top {
            let share = maxWeight > 0 ? max(4, Int((t.weight / maxWeight * 100).rounded())) : 4
            s += "<li><span class=\"pair\">\(dot(community[t.source] ?? -1))\(person(t.source)) <span class=\"amp\">&amp;</span> "
                + "\(dot(community[t.target] ?? -1))\(person(t.target))</span>"
                + "<span class=\"wbar\" aria-hidden=\"true\"><span style=\"width:\(share)%\"></span></span>"
                + "<span class=\"w\" title=\"\(plural(t.captions.count, "shared caption"))\">\(fmt(t.weight))</span></li>\n"
        }
        s += "</ol>\n</div>\n"
        return s
    }

    /// The community of each end of `ties` (the first ties of `r`), by name: read by position when the report knows
    /// its ties' ends, otherwise looked up among everyone.
    static func communities(ofEndsOf ties: ArraySlice<NetworkReport.Tie>, in r: NetworkReport) -> [String: Int] {
        guard let ends = r.tieEnds(first: ties.count) else {
            return Dictionary(r.people.map { ($0.name, $0.community) }, uniquingKeysWith: { a, _ in a })
        }
        var community: [String: Int] = [:]
        for (t, e) in zip(ties, ends) {
            community[t.source] = r.people[Int(e.source)].community
            community[t.target] = r.people[Int(e.target)].community
        }
        return community
    }

    static func communities(_ r: NetworkReport, options: Options) -> String {
        var s = "<div class=\"block\">\n<h3>Communities</h3>\n"
        s += "<p class=\"note\">Groups photographed mostly among themselves (Louvain method), largest first; members by PageRank.</p>\n"
        let groups = r.communities.sorted { ($0.members.count, -$0.id) > ($1.members.count, -$1.id) }
        let alone = groups.filter { $0.members.count == 1 }.map { $0.members[0] }
        let cards = shownCommunities(r, options: options)
        s += "<div class=\"communities\">\n"
        for g in cards {
            s += "<div class=\"community\" style=\"--c:\(DiagramPlan.colour(ofCommunity: g.id))\">"
                + "<h4>\(dot(g.id))Community \(g.id) <span>· \(plural(g.members.count, "person", "people"))</span></h4>"
                + "<p>" + names(g.members, limit: options.membersPerCommunity) + "</p></div>\n"
        }
        let hidden = groups.count - alone.count - cards.count
        if hidden > 0 {
            s += "<p class=\"note\">… and \(plural(hidden, "smaller community", "smaller communities")): every community "
                + "is in <code>report.md</code> and <code>graph.json</code>.</p>\n"
        }
        if !alone.isEmpty {
            s += "<div class=\"community alone\"><h4>On their own <span>· \(plural(alone.count, "person", "people"))</span></h4>"
                + "<p>" + names(alone, limit: options.membersPerCommunity) + "</p></div>\n"
        }
        s += "</div>\n</div>\n"
        return s
    }

    /// The communities with a card on the page: those of more than one person, largest first, at most
    /// ``Options/communityCards``.
    static func shownCommunities(_ r: NetworkReport, options: Options) -> [NetworkReport.Community] {
        let groups = r.communities.filter { $0.members.count > 1 }
            .sorted { ($0.members.count, -$0.id) > ($1.members.count, -$1.id) }
        return Array(groups.prefix(options.communityCards))
    }

    static func comparison(_ c: Comparison, options: Options) -> String {
        let before = esc(c.beforeLabel), after = esc(c.afterLabel)
        var s = "<section class=\"compare card\" id=\"\(comparisonID(c))\">\n<div class=\"section-head\">\n"
        s += "<h2>\(before) → \(after): who came back</h2>\n<ul class=\"stats\">"
        let sizes = c.sizes
        s += "<li><b>\(sizes.returning)</b> returning</li><li><b>\(sizes.new)</b> new</li><li><b>\(sizes.gone)</b> gone</li>"
            + "<li><b>\(sizes.tiesKept)</b> ties kept</li><li><b>\(sizes.tiesNew)</b> new ties</li><li><b>\(sizes.tiesLost)</b> ties lost</li>"
        s += "</ul>\n</div>\n"
        s += "<p class=\"note\">\(before): \(plural(c.beforeCounts.people, "person", "people")), \(plural(c.beforeCounts.ties, "tie")). "
            + "\(after): \(plural(c.afterCounts.people, "person", "people")), \(plural(c.afterCounts.ties, "tie")). "
            + "People are matched by name, ties by their pair of names.</p>\n"

        s += "<div class=\"block\">\n<h3>Returning guests</h3>\n"
        if c.returning.isEmpty {
            s += "<p class=\"note\">No one appears in both.</p>\n"
        } else {
            let shown = c.returning.prefix(options.comparisonPeople)
            s += "<div class=\"table-wrap short\">\n<table class=\"returning sortable\">\n<thead><tr>"
            s += th("Guest", "The person’s name", numeric: false)
            s += th("Rank \(c.beforeLabel)", "Rank by PageRank in \(c.beforeLabel)", numeric: true, smallestFirst: true)
            s += th("Rank \(c.afterLabel)", "Rank by PageRank in \(c.afterLabel)", numeric: true, sorted: "ascending", smallestFirst: true)
            s += th("Change", "Places moved up (positive) or down (negative)", numeric: true)
            s += th("With, \(c.beforeLabel)", "Strongest companions in \(c.beforeLabel)", numeric: false)
            s += th("With, \(c.afterLabel)", "Strongest companions in \(c.afterLabel)", numeric: false)
            s += "</tr></thead>\n<tbody>\n"
            for g in shown {
                let change = g.rankBefore - g.rankAfter
                let arrow = change > 0 ? "<span class=\"up\">▲ \(change)</span>" : change < 0 ? "<span class=\"down\">▼ \(-change)</span>" : "<span class=\"same\">=</span>"
                s += "<tr data-name=\"\(esc(g.name))\"><td class=\"name\">\(person(g.name))</td>"
                    + "<td class=\"num\" data-v=\"\(g.rankBefore)\">\(g.rankBefore)</td>"
                    + "<td class=\"num\" data-v=\"\(g.rankAfter)\">\(g.rankAfter)</td>"
                    + "<td class=\"num\" data-v=\"\(change)\">\(arrow)</td>"
                    + "<td class=\"with\">\(companions(g.neighboursBefore))</td>"
                    + "<td class=\"with\">\(companions(g.neighboursAfter))</td></tr>\n"
            }
            s += "</tbody>\n</table>\n<p class=\"nomatch\" hidden>No one here matches.</p>\n</div>\n"
            if shown.count < sizes.returning { s += "<p class=\"note\">… and \(sizes.returning - shown.count) more.</p>\n" }
        }
        s += "</div>\n"

        s += "<div class=\"pair-cols\">\n"
        s += guestList("New in \(c.afterLabel)", c.new, of: sizes.new, empty: "No new guests.", options: options)
        s += guestList("Gone since \(c.beforeLabel)", c.gone, of: sizes.gone, empty: "Everyone came back.", options: options)
        s += "</div>\n"

        s += "<div class=\"three-cols\">\n<div class=\"block\">\n<h3>Ties kept <span class=\"count\">\(sizes.tiesKept)</span></h3>\n"
        if c.tiesKept.isEmpty {
            s += "<p class=\"note\">No pair was photographed together in both.</p>\n"
        } else {
            s += "<ol class=\"tie-list\">\n"
            for t in c.tiesKept.prefix(options.comparisonTies) {
                s += "<li>\(person(t.source)) <span class=\"amp\">&amp;</span> \(person(t.target)) "
                    + "<span class=\"w\" title=\"weight in \(before), then in \(after)\">\(fmt(t.weightBefore)) → \(fmt(t.weightAfter))</span></li>\n"
            }
            s += "</ol>\n" + more(sizes.tiesKept - min(c.tiesKept.count, options.comparisonTies))
        }
        s += "</div>\n"
        s += tieList("New ties", c.tiesNew, of: sizes.tiesNew, empty: "No new ties.", options: options)
        s += tieList("Ties lost", c.tiesLost, of: sizes.tiesLost, empty: "No ties lost.", options: options)
        s += "</div>\n</section>\n"
        return s
    }

    static func guestList(_ title: String, _ list: [Comparison.RankedGuest], of total: Int, empty: String, options: Options) -> String {
        block(title, list, of: total, empty: empty, shown: options.comparisonPeople, open: "<p class=\"chips\">", close: "</p>\n") { g in
            "<span class=\"chip\" data-name=\"\(esc(g.name))\">\(person(g.name))<small>\(g.rank)</small></span> "
        }
    }

    static func tieList(_ title: String, _ list: [Comparison.SingleTie], of total: Int, empty: String, options: Options) -> String {
        block(title, list, of: total, empty: empty, shown: options.comparisonTies, open: "<ol class=\"tie-list\">\n", close: "</ol>\n") { t in
            "<li>\(person(t.source)) <span class=\"amp\">&amp;</span> \(person(t.target)) <span class=\"w\">\(fmt(t.weight))</span></li>\n"
        }
    }

    /// A titled block of a comparison: its count (`total`, the length of the list before it was shortened), then
    /// the first `shown` items between `open` and `close` with a note of how many more there are, or the `empty` note.
    static func block<T>(_ title: String, _ list: [T], of total: Int, empty: String, shown: Int, open: String, close: String,
                         item: (T) -> String) -> String {
        var s = "<div class=\"block\">\n<h3>\(esc(title)) <span class=\"count\">\(total)</span></h3>\n"
        if list.isEmpty { return s + "<p class=\"note\">\(esc(empty))</p>\n</div>\n" }
        s += open
        let items = list.prefix(shown)
        for x in items { s += item(x) }
        s += close + more(total - items.count) + "</div>\n"
        return s
    }

    static func more(_ count: Int) -> String {
        count > 0 ? "<p class=\"note\">… and \(count) more.</p>\n" : ""
    }

    static func panel() -> String {
        """
        <aside id="panel" class="panel" hidden aria-live="polite" aria-label="Search results">
        <div class="panel-head"><h2 id="panel-title">Search</h2><button type="button" id="panel-close" aria-label="Close">×</button></div>
        <div id="panel-body"></div>
        </aside>

        """
    }

    static func footer(_ reports: [NetworkReport]) -> String {
        let documents = Set(reports.flatMap(\.documents)).sorted()
        var s = "<footer>\n<p>Made by Costar from \(plural(documents.count, "document")): "
        s += documents.prefix(20).map { "<code>\(esc($0))</code>" }.joined(separator: ", ")
        if documents.count > 20 { s += " and \(documents.count - 20) more" }
        s += ". This page is self-contained: it loads nothing from the network. The same data is in each folder as "
            + "<code>report.md</code>, <code>nodes.csv</code>, <code>edges.csv</code>, <code>graph.json</code>, "
            + "<code>graph.graphml</code> and <code>graph.gexf</code>.</p>\n</footer>\n"
        return s
    }

    // MARK: - Pieces

    /// A clickable name: shows the person's captions.
    static func person(_ name: String) -> String {
        "<button type=\"button\" class=\"person\">\(esc(name))</button>"
    }

    /// A community's colour dot.
    static func dot(_ community: Int) -> String {
        "<span class=\"dot\" style=\"background:\(DiagramPlan.colour(ofCommunity: community))\" aria-hidden=\"true\"></span>"
    }

    static func names(_ list: [String], limit: Int) -> String {
        var s = list.prefix(limit).map { "<span class=\"member\" data-name=\"\(esc($0))\">\(person($0))</span>" }.joined(separator: " ")
        if list.count > limit { s += " <span class=\"more\">and \(list.count - limit) more</span>" }
        return s
    }

    static func companions(_ list: [String]) -> String {
        list.isEmpty ? "<span class=\"muted\">no one</span>" : list.prefix(3).map(person).joined(separator: ", ")
            + (list.count > 3 ? " <span class=\"muted\">+\(list.count - 3)</span>" : "")
    }

    /// HTML-escapes text for content or a double-quoted attribute.
    static func esc(_ text: String) -> String { XMLText.escape(text) }

    /// A measure for display: three significant digits.
    static func fmt(_ value: Double) -> String { NumberFormat.decimal(value, significant: 3) }

    static func plural(_ count: Int, _ one: String, _ many: String? = nil) -> String {
        "\(count) " + (count == 1 ? one : many ?? one + "s")
    }

    /// Unique, URL-safe section ids: `net-2022`, `net-all`.
    static func sectionIDs(_ labels: [String]) -> [String] {
        var used = Set<String>()
        return labels.map { label in
            let base = "net-" + slug(label)
            var id = base, n = 2
            while !used.insert(id).inserted { id = base + "-\(n)"; n += 1 }
            return id
        }
    }

    static func comparisonID(_ c: Comparison) -> String {
        "compare-" + slug(c.beforeLabel) + "-" + slug(c.afterLabel)
    }

    static func slug(_ text: String) -> String {
        let s = String(text.lowercased().unicodeScalars.map { c -> Character in
            ("a"..."z").contains(c) || ("0"..."9").contains(c) ? Character(c) : "-"
        })
        return s.isEmpty ? "x" : s
    }

    /// A Graphviz SVG made ready to sit inside HTML: everything before `<svg` (XML declaration, doctype, comments)
    /// dropped; the root's fixed `width` and `height` removed so CSS scales it, its `viewBox` set to the drawing's
    /// extent (`0 0 width height`, which Graphviz before 2.44 gets wrong at other than 72 dpi); the graph's own
    /// `<title>` removed (it would be the tooltip of the whole drawing); every `id` (and `url(#…)`/`href="#…"`
    /// reference) prefixed with `idPrefix` so several diagrams on one page do not clash; `role="img"` and an
    /// `aria-label` added. Returns the markup and the original width (for a "full size" view), or `nil` markup when
    /// the data holds no SVG.
    public static func inlineSVG(_ data: Data, idPrefix: String, label: String) -> (svg: String?, width: String?) {
        guard let text = String(data: data, encoding: .utf8), let start = text.range(of: "<svg"),
              let end = text.range(of: "</svg>", options: .backwards), start.lowerBound < end.lowerBound else {
            return (nil, nil)
        }
        var svg = String(text[start.lowerBound..<end.upperBound])
        var width: String?
        if let close = svg.firstIndex(of: ">") {
            var root = String(svg[..<close])
            var height: String?
            if let w = attribute("width", in: root) { width = w.value; root.removeSubrange(w.range) }
            if let h = attribute("height", in: root) { height = h.value; root.removeSubrange(h.range) }
            // Graphviz before 2.44 writes the unscaled size as the viewBox while scaling the drawing by dpi/72
            // inside it, which cuts off the right and bottom; the drawing's extent is its width and height.
            if let w = width.flatMap(number), let h = height.flatMap(number), let v = attribute("viewBox", in: root) {
                root.replaceSubrange(v.range, with: " viewBox=\"0 0 \(w) \(h)\"")
            }
            root = root.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }).joined(separator: " ")
                + " class=\"net\" role=\"img\" aria-label=\"\(esc(label))\" preserveAspectRatio=\"xMidYMid meet\""
            svg = root + svg[close...]
        }
        if let graph = svg.range(of: "class=\"graph\""),
           let open = svg.range(of: "<title>", range: graph.upperBound..<svg.endIndex),
           let close = svg.range(of: "</title>", range: open.upperBound..<svg.endIndex),
           !svg[graph.upperBound..<open.lowerBound].contains("<") {
            svg.removeSubrange(open.lowerBound..<close.upperBound)
        }
        svg = svg.replacingOccurrences(of: " id=\"", with: " id=\"\(idPrefix)")
            .replacingOccurrences(of: "url(#", with: "url(#\(idPrefix)")
            .replacingOccurrences(of: "href=\"#", with: "href=\"#\(idPrefix)")
        let widthValue = width.flatMap(cssLength)
        return (svg, widthValue)
    }

    /// The value and full range (with one leading space) of ` name="value"` in a start tag.
    static func attribute(_ name: String, in tag: String) -> (value: String, range: Range<String.Index>)? {
        for prefix in [" ", "\n", "\t"] {
            guard let r = tag.range(of: prefix + name + "=\"") else { continue }
            guard let q = tag[r.upperBound...].firstIndex(of: "\"") else { return nil }
            return (String(tag[r.upperBound..<q]), r.lowerBound..<tag.index(after: q))
        }
        return nil
    }

    /// The number of an SVG length in points or pixels (`3789pt` → `3789`), or `nil`.
    static func number(_ length: String) -> String? {
        let digits = length.hasSuffix("pt") || length.hasSuffix("px") ? String(length.dropLast(2)) : length
        return Double(digits) != nil ? digits : nil
    }

    /// An SVG length (`3789pt`, `1200px`, `800`) as a CSS length, or `nil` when it is not a plain one.
    static func cssLength(_ value: String) -> String? {
        let units = ["pt", "px", "in", "cm", "mm", ""]
        for unit in units where value.hasSuffix(unit) {
            let number = value.dropLast(unit.count)
            guard !number.isEmpty, Double(number) != nil else { continue }
            return String(number) + (unit.isEmpty ? "px" : unit)
        }
        return nil
    }

    // MARK: - Data for the script

    /// Encodable so a test can check ``json()`` against `JSONEncoder`.
    struct PageData: Encodable {
        struct Entry: Encodable {
            /// Rank and community in each network (by section), `nil` when absent.
            var ranks: [[Int]?]
            var with: [Companion]
            /// Indexes into `captions`: the person's first ``Options/captionsPerPerson`` captions.
            var captions: [Int]
            /// How many captions the person appears in, when `captions` holds only the first ones.
            var total: Int?
        }
        struct Companion: Encodable {
            var name: String
            var weight: Double
            var captions: Int
        }
        struct CaptionText: Encodable {
            var id: String
            var date: String
            var text: String
        }
        var sections: [String]
        var colours: [String]
        var people: [String: Entry]
        var captions: [CaptionText]
        /// Said when a search finds no one, when the data holds only the people the page shows.
        var note: String?

        /// The data as JSON, byte for byte what `JSONEncoder` writes with `.sortedKeys` (keys in byte order, absent
        /// optionals left out, `/` written `\/`), with `<` written `\u003c` so no text can end the script element.
        func json() -> String {
            let w = ByteWriter(sink: nil)
            var j = JSONWriter(w, forScript: true)
            j.open("{")
            j.key("captions")
            j.array(captions) { c, j in
                j.open("{")
                j.field("date", c.date)
                j.field("id", c.id)
                j.field("text", c.text)
                j.close("}")
            }
            j.key("colours")
            j.strings(colours)
            if let note { j.field("note", note) }
            j.key("people")
            j.open("{")
            for name in people.keys.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) {
                let e = people[name]!
                j.key(name)
                j.open("{")
                j.key("captions")
                j.open("[")
                for i in e.captions { j.value(i) }
                j.close("]")
                j.key("ranks")
                j.open("[")
                for rank in e.ranks {
                    guard let rank else { j.null(); continue }
                    j.open("[")
                    for x in rank { j.value(x) }
                    j.close("]")
                }
                j.close("]")
                if let total = e.total { j.field("total", total) }
                j.key("with")
                j.array(e.with) { c, j in
                    j.open("{")
                    j.field("captions", c.captions)
                    j.field("name", c.name)
                    j.field("weight", c.weight)
                    j.close("}")
                }
                j.close("}")
            }
            j.close("}")
            j.key("sections")
            j.strings(sections)
            j.close("}")
            return w.text
        }
    }

    /// The people a large page's search holds: each network's table rows and strongest ties, and the people of each
    /// comparison's lists (community cards name more people, but only these are searchable).
    static func shownPeople(_ reports: [NetworkReport], comparisons: [Comparison], options: Options) -> Set<String> {
        var names = Set<String>()
        for r in reports {
            for p in r.people.prefix(options.guestRows) { names.insert(p.name) }
            for t in r.ties.prefix(options.strongestTies) { names.insert(t.source); names.insert(t.target) }
        }
        for c in comparisons {
            for g in c.returning.prefix(options.comparisonPeople) {
                names.insert(g.name)
                names.formUnion(g.neighboursBefore.prefix(3))
                names.formUnion(g.neighboursAfter.prefix(3))
            }
            for g in c.new.prefix(options.comparisonPeople) { names.insert(g.name) }
            for g in c.gone.prefix(options.comparisonPeople) { names.insert(g.name) }
            for t in c.tiesKept.prefix(options.comparisonTies) { names.insert(t.source); names.insert(t.target) }
            for t in c.tiesNew.prefix(options.comparisonTies) { names.insert(t.source); names.insert(t.target) }
            for t in c.tiesLost.prefix(options.comparisonTies) { names.insert(t.source); names.insert(t.target) }
        }
        return names
    }

    /// The JSON block the script reads: section labels, each person's rank and community per network, strongest
    /// companions and caption indexes (the first ``Options/captionsPerPerson``, with the total when there are more),
    /// and the caption texts. Everyone is in it up to ``Options/searchablePeople`` people, otherwise only the people
    /// the page shows. `<` is written `\u003c`, so no text can end the script element.
    public static func dataBlock(_ reports: [NetworkReport], comparisons: [Comparison] = [], options: Options) -> String {
        // Everyone, unless there are too many (a network above the limit says so without counting the union).
        var everyone = Set<String>()
        if !reports.contains(where: { $0.people.count > options.searchablePeople }) {
            for r in reports { for p in r.people { everyone.insert(p.name) } }
        }
        let trimmed = everyone.isEmpty ? reports.contains { !$0.people.isEmpty } : everyone.count > options.searchablePeople
        let included = trimmed ? shownPeople(reports, comparisons: comparisons, options: options) : everyone
        everyone = []

        // Each person gets a number the first time a network lists them; everything else is kept by that number.
        // Their caption ids, network by network, each once: the order of the caption list below.
        var number: [String: Int] = [:]
        number.reserveCapacity(included.count)
        var names: [String] = []
        var entries: [PageData.Entry] = []
        var ids: [[String]] = []
        var seen: [Set<String>] = []
        var last: [Int] = []
        for (i, r) in reports.enumerated() {
            for k in r.people.indices where included.contains(r.people[k].name) {
                let name = r.people[k].name
                let n = number[name] ?? {
                    number[name] = names.count
                    names.append(name)
                    entries.append(PageData.Entry(ranks: Array(repeating: nil, count: reports.count), with: [], captions: []))
                    ids.append([])
                    seen.append([])
                    last.append(i)
                    return names.count - 1
                }()
                entries[n].ranks[i] = [r.people[k].rank, r.people[k].community]
                last[n] = i
                // Room for them all at once, so the set is not rehashed as it grows.
                seen[n].reserveCapacity(seen[n].count + r.people[k].captions.count)
                for id in r.people[k].captions where seen[n].insert(id).inserted {
                    if ids[n].count < options.captionsPerPerson { ids[n].append(id) }
                }
            }
        }
        let totals = seen.map(\.count)
        seen = []
        var wanted = Set<String>()
        for list in ids { wanted.formUnion(list) }
        var captionIndex: [String: Int] = [:]
        var captions: [PageData.CaptionText] = []
        for r in reports {
            for c in r.captions where wanted.contains(c.id) && captionIndex[c.id] == nil {
                captionIndex[c.id] = captions.count
                captions.append(PageData.CaptionText(id: c.id, date: c.date, text: c.text))
            }
        }
        // Companions come from the last network each person is in: only those networks are indexed.
        let lastOnes = Set(last), only = Set(names)
        let indexes = reports.indices.map { lastOnes.contains($0) ? ReportIndex(reports[$0], captions: false, only: only) : nil }
        var people: [String: PageData.Entry] = [:]
        people.reserveCapacity(names.count)
        for (n, name) in names.enumerated() {
            var e = entries[n]
            e.captions = Array(Set(ids[n].compactMap { captionIndex[$0] })).sorted()
            e.total = totals[n] > e.captions.count ? totals[n] : nil
            e.with = indexes[last[n]]!.neighbours(of: name, first: options.companions)
                .map { PageData.Companion(name: $0.name, weight: $0.weight, captions: $0.captions.count) }
            people[name] = e
        }
        let note = trimmed
            ? "This page’s search holds the \(people.count) people of its tables (the most connected of each network), "
                + "strongest ties and comparisons; everyone is in each folder’s nodes.csv and graph.json."
            : nil
        let data = PageData(sections: reports.map(\.label), colours: DiagramPlan.communityPalette + [DiagramPlan.otherCommunityColour],
                            people: people, captions: captions, note: note)
        return data.json()
    }
}
