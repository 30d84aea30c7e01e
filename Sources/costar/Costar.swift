import ArgumentParser
#if os(Linux)
import CMalloc
#endif

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

    /// Runs the command with the allocator keeping the memory a stage frees for the next.
    static func main() {
        keepFreedMemory()
        main(nil)
    }
}

/// Asks glibc's allocator to keep memory that is freed for the arrays asked for next: a run builds and drops arrays
/// of hundreds of megabytes (a reading's candidates and log, the units, the output), and each one that gets a
/// mapping of its own is handed back when freed and costs the kernel a fault and a zeroed page for every 4 KiB when
/// the next is made. Arrays below 1 GiB come from the heap instead, where freed room is used again (at 1,000,000
/// captions, `extract` takes 365,000 page faults instead of 621,000). The heap's top is still trimmed as usual,
/// which keeps the peak of `analyze` at 1,000,000 captions near 1.7 GiB (1.5 GiB with glibc's defaults; 1.9 GiB
/// when nothing is trimmed).
private func keepFreedMemory() {
    #if os(Linux)
    _ = mallopt(M_MMAP_THRESHOLD, 1 << 30)
    #endif
}

/// For a command that reads, extracts and writes once (`extract`, `people`): the heap's top is not trimmed either,
/// since each stage asks for about as much memory as the one before freed; what is handed back is only asked for
/// again, a fault and a zeroed page at a time (at 1,000,000 captions 338,000 faults instead of 401,000, with the same
/// peak). `analyze`, whose many stages would leave a larger peak, keeps trimming.
func keepFreedMemoryUntilTheEnd() {
    #if os(Linux)
    _ = mallopt(M_TRIM_THRESHOLD, Int32.max)
    #endif
}
