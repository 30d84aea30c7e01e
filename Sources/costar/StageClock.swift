import Foundation

/// Times the stages of a run. With `--timings` it prints each stage's wall time and the process's peak memory so far
/// as tab-separated `timing` lines (for `make bench`); when standard error is a terminal it keeps one progress line
/// there, naming the stage at work and, once done, its rate.
struct StageClock {
    var timings: Bool
    let showsProgress: Bool
    private var last = DispatchTime.now()
    private var count: (items: Int, noun: String)? = nil

    init(timings: Bool, showsProgress: Bool = isatty(STDERR_FILENO) == 1) {
        self.timings = timings
        self.showsProgress = showsProgress && !timings
    }

    /// Starts a stage that works through `items` things (for the rate shown when it ends).
    mutating func begin(_ stage: String, items: Int? = nil, noun: String = "captions") {
        count = items.map { ($0, noun) }
        if showsProgress {
            let what = items.map { " \(StageClock.grouped($0)) \(noun)" } ?? ""
            FileHandle.standardError.write(Data("\r\u{1B}[Kcostar: \(stage)\(what)…".utf8))
        }
        last = DispatchTime.now()
    }

    /// Ends the current stage.
    mutating func lap(_ stage: String) {
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - last.uptimeNanoseconds) / 1e9
        if timings {
            record(stage, seconds: seconds)
        } else if showsProgress {
            var line = "costar: \(stage) done in \(String(format: "%.1f", seconds)) s"
            if let count, seconds > 0 { line += " (\(StageClock.grouped(Int(Double(count.items) / seconds))) \(count.noun)/s)" }
            FileHandle.standardError.write(Data("\r\u{1B}[K\(line)".utf8))
        }
        count = nil
        last = DispatchTime.now()
    }

    /// Prints a `timing` line for a part of the current stage timed elsewhere (e.g. one measure of an analysis),
    /// without ending the stage.
    func record(_ part: String, seconds: Double) {
        guard timings else { return }
        log("timing\t\(part)\t\(String(format: "%.3f", seconds))\t\(String(format: "%.0f", StageClock.peakMiB()))")
    }

    /// Clears the progress line before the closing summary.
    func finish() {
        if showsProgress { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }

    /// 1234567 → "1,234,567".
    static func grouped(_ n: Int) -> String {
        let digits = String(n)
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return out
    }

    /// Peak resident memory of this process in MiB (VmHWM on Linux).
    static func peakMiB() -> Double {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }) else { return 0 }
        let kib = Double(line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first ?? "0") ?? 0
        return kib / 1024
    }
}
