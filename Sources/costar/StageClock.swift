import Foundation

/// Times the stages of a run and reports each one's wall time and the process's peak memory so far
/// (`costar analyze --timings`), for `make bench`.
struct StageClock {
    var enabled: Bool
    private var last = DispatchTime.now()

    init(enabled: Bool) { self.enabled = enabled }

    /// Ends the current stage: prints `timing<TAB>stage<TAB>seconds<TAB>peak MiB` on stderr when enabled.
    mutating func lap(_ stage: String) {
        let now = DispatchTime.now()
        if enabled {
            let seconds = Double(now.uptimeNanoseconds - last.uptimeNanoseconds) / 1e9
            log("timing\t\(stage)\t\(String(format: "%.3f", seconds))\t\(String(format: "%.0f", StageClock.peakMiB()))")
        }
        last = DispatchTime.now()
    }

    /// Peak resident memory of this process in MiB (VmHWM on Linux).
    static func peakMiB() -> Double {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }) else { return 0 }
        let kib = Double(line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first ?? "0") ?? 0
        return kib / 1024
    }
}
