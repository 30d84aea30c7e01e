import ArgumentParser
import Foundation
import CostarExtraction

/// `costar people`: every identity, its spellings, where it was seen and why spellings were merged.
struct People: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List every person found, with each spelling seen, where, and why spellings were merged.",
        discussion: "Use it to audit identities; correct them with an alias file (--aliases)."
    )

    @OptionGroup var input: InputOptions

    func run() throws {
        keepFreedMemoryUntilTheEnd()
        var quiet = StageClock(timings: false, showsProgress: false)
        let result = try input.extract(audits: true, timedBy: &quiet)
        var out = ""
        for p in result.people {
            let spellings = p.spellings.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map { "\($0.key) ×\($0.value)" }
            out += "\(p.name)\n  spellings: \(spellings.joined(separator: ", "))\n  units: \(p.units.joined(separator: " "))\n"
            for r in p.reasons { out += "  merged: \(r)\n" }
        }
        FileHandle.standardOutput.write(Data(out.utf8))
    }
}
