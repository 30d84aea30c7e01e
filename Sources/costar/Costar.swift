import ArgumentParser

/// `costar`: photo captions in, a network of the people in them out.
@main
struct Costar: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "costar",
        abstract: "Turn photo captions into a social network of the people in them.",
        discussion: """
        Reads articles (a first line 'date YYYY-MM-DD', then text), JSON Lines ({"date","caption","source"?}) and \
        CSV (date,caption[,source]) and finds who appears with whom. 'analyze' runs the whole pipeline.
        """,
        version: "0.1.0",
        subcommands: [Analyze.self, Extract.self, People.self, Compare.self, Render.self]
    )
}
