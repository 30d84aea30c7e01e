import ArgumentParser
import CostarCorpus
import CostarExtraction
import CostarGraph
import CostarAnalysis

/// Options shared by every command that reads a corpus.
struct InputOptions: ParsableArguments {
    @Argument(help: "Files or folders to read (.txt/.md articles, .jsonl, .csv).")
    var paths: [String]

    @Option(help: "Date (YYYY-MM-DD) for documents without one.")
    var date: String?

    @Option(help: "Alias file: TSV lines 'spelling<TAB>canonical name' that override the name rules.")
    var aliases: String?

    /// Reads the corpus; input problems become one-line errors.
    func read() throws -> [SourceDocument] {
        let documents = try CorpusLoader.load(paths: paths, defaultDate: date)
        guard documents.contains(where: { !$0.units.isEmpty }) else {
            throw InputError(description: "\(paths.joined(separator: " ")): empty corpus: no caption units found")
        }
        return documents
    }

    /// Finds the people of the documents' units; `audits: false` leaves out the list of people with their
    /// spellings and merge reasons, which only `costar people` shows.
    func extract(_ documents: consuming [SourceDocument], audits: Bool = true) throws -> Extractor.Result {
        var extractor = Extractor(aliases: try aliases.map { try Aliases(contentsOf: $0) } ?? Aliases())
        extractor.audits = audits
        return extractor.extract(consume documents)
    }

    /// Reads and extracts the corpus, timing the two stages on `clock` (`read` and `extract`); the documents are
    /// handed to the extractor, which lets them go once it has their units.
    func extract(audits: Bool, timedBy clock: inout StageClock) throws -> Extractor.Result {
        clock.begin("reading")
        let documents = try read()
        clock.lap("read")
        clock.begin("extracting", items: documents.reduce(0) { $0 + $1.units.count })
        let result = try extract(consume documents, audits: audits)
        clock.lap("extract")
        return result
    }
}

/// Which mentions and units make ties, and how the measures are computed.
struct NetworkOptions: ParsableArguments {
    @Option(help: "Unit kinds that make ties: 'caption,prose' (default: captions and prose, where prose joins only people who do something together), or 'caption'.")
    var kinds: String = "caption,prose"

    @Flag(help: "Also join people who are only named (co-mentions), not just those present.")
    var coMentions = false

    @Option(help: "Edge weighting: 'count' (captions shared) or 'newman' (each caption of n people adds 1/(n-1)).")
    var weighting: EdgeWeighting = .count

    @Option(help: "Path lengths for betweenness and closeness: 'hops' or 'weighted' (a tie of weight w has length 1/w).")
    var paths: PathChoice = .hops

    @Option(help: "Seed of the Louvain community detection.")
    var seed: UInt64 = 42

    @Option(help: "Betweenness: 'exact'; 'approx[:EPSILON]', sampled shortest paths, every value within EPSILON (default 0.01) of the exact one with probability 0.9; or 'auto' (default), exact up to about 4,000 people and 23,000 ties (2,500 and 15,000 with --paths weighted), sampled above.")
    var betweenness: String = "auto"

    @Option(help: "Closeness and harmonic centrality: 'exact'; 'approx[:EPSILON]', sampled sources, every average distance within EPSILON (default 0.1) times the diameter with high probability; or 'auto' (default), exact up to the same size as for --betweenness.")
    var closeness: String = "auto"

    func policy() throws -> EdgePolicy {
        var kindSet = Set<UnitKind>()
        for k in kinds.split(separator: ",") {
            guard let kind = UnitKind(rawValue: k.trimmingCharacters(in: .whitespaces).lowercased()) else {
                throw ValidationError("--kinds: '\(k)' is not a unit kind (caption, prose)")
            }
            kindSet.insert(kind)
        }
        guard !kindSet.isEmpty else { throw ValidationError("--kinds: name at least one unit kind (caption, prose)") }
        return EdgePolicy(roles: coMentions ? [.present, .named] : [.present], kinds: kindSet, weighting: weighting)
    }

    func validate() throws {
        _ = try Self.mode(betweenness, option: "--betweenness", defaultEpsilon: AnalysisOptions.automaticBetweennessEpsilon)
        _ = try Self.mode(closeness, option: "--closeness", defaultEpsilon: AnalysisOptions.automaticClosenessEpsilon)
    }

    var analysisOptions: AnalysisOptions {
        let metric: PathMetric = paths == .hops ? .hops : .inverseWeight
        // validate() has checked both modes.
        let betweennessMode = (try? Self.mode(betweenness, option: "--betweenness",
                                              defaultEpsilon: AnalysisOptions.automaticBetweennessEpsilon)) ?? .automatic
        let closenessMode = (try? Self.mode(closeness, option: "--closeness",
                                            defaultEpsilon: AnalysisOptions.automaticClosenessEpsilon)) ?? .automatic
        return AnalysisOptions(betweennessMetric: metric, closenessMetric: metric, louvainSeed: seed,
                               betweennessMode: betweennessMode, closenessMode: closenessMode)
    }

    /// Parses `exact`, `approx`, `approx:EPSILON` (0 < EPSILON < 1) or `auto`; anything else is a one-line error.
    static func mode(_ text: String, option: String, defaultEpsilon: Double) throws -> ComputationMode {
        let value = text.trimmingCharacters(in: .whitespaces).lowercased()
        switch value {
        case "exact": return .exact
        case "auto": return .automatic
        case "approx": return .approximate(epsilon: defaultEpsilon)
        default:
            if value.hasPrefix("approx:") {
                let number = value.dropFirst("approx:".count)
                guard let epsilon = Double(number), epsilon > 0, epsilon < 1 else {
                    throw ValidationError("\(option): '\(number)' is not an epsilon between 0 and 1 (e.g. approx:0.02)")
                }
                return .approximate(epsilon: epsilon)
            }
            throw ValidationError("\(option): '\(text)' is not a mode (exact, approx, approx:EPSILON or auto)")
        }
    }
}

extension EdgeWeighting: ExpressibleByArgument {}
/// How path lengths are counted, as the command line spells it.
enum PathChoice: String, ExpressibleByArgument, CaseIterable {
    case hops, weighted
}
