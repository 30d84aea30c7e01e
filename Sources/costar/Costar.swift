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

/// Asks glibc's allocator to keep memory that is freed instead of handing it back to the system: a run builds and
/// drops arrays of hundreds of megabytes (a reading's candidates and log, the units, the output), and each one
/// handed back and asked for again costs the kernel a fault and a zeroed page for every 4 KiB (at 1,000,000
/// captions, about 250,000 faults and 0.5 s of system time). Large arrays then come from the heap, not from a
/// mapping of their own, and the heap's top is neither trimmed nor grown a page at a time.
private func keepFreedMemory() {
    #if os(Linux)
    _ = mallopt(M_MMAP_THRESHOLD, 1 << 30)
    _ = mallopt(M_TRIM_THRESHOLD, Int32.max)
    _ = mallopt(M_TOP_PAD, 64 << 20)
    #endif
}
