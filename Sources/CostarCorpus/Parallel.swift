import Foundation

/// Work split over the cores this process may run on.
public enum Parallel {
    /// The cores the process may run on: its CPU affinity (so `taskset -c 0` means one), at least 1.
    public static var cores: Int {
        let all = max(1, ProcessInfo.processInfo.activeProcessorCount)
        // Linux states the affinity mask in /proc/self/status, as hex digits in comma-separated groups.
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("Cpus_allowed:") }) else { return all }
        let allowed = line.dropFirst("Cpus_allowed:".count).reduce(0) { $0 + (Int(String($1), radix: 16)?.nonzeroBitCount ?? 0) }
        return allowed > 0 ? min(all, allowed) : all
    }

    /// `body(0) … body(count - 1)` run concurrently; the results in order.
    public static func map<T>(_ count: Int, _ body: @Sendable (Int) -> T) -> [T] {
        if count == 1 { return [body(0)] }
        var results = [T?](repeating: nil, count: count)
        results.withUnsafeMutableBufferPointer { buffer in
            let slots = Slots<T?>(base: buffer.baseAddress!)
            // Each iteration writes only its own slot.
            DispatchQueue.concurrentPerform(iterations: count) { slots.base[$0] = body($0) }
        }
        return results.map { $0! }
    }

    /// `body(i, &elements[i])` for every index, run concurrently: each call changes its own element only.
    public static func forEach<T>(_ elements: inout [T], _ body: @Sendable (Int, inout T) -> Void) {
        elements.withUnsafeMutableBufferPointer { buffer in
            let slots = Slots<T>(base: buffer.baseAddress!)
            DispatchQueue.concurrentPerform(iterations: buffer.count) { body($0, &slots.base[$0]) }
        }
    }

    /// `0..<count` cut into `parts` consecutive ranges of nearly equal size.
    public static func ranges(_ count: Int, parts: Int) -> [Range<Int>] {
        let parts = max(1, min(parts, count))
        return (0..<parts).map { (count * $0 / parts)..<(count * ($0 + 1) / parts) }
    }
}

/// The slots handed to the concurrent iterations (each writes its own).
private struct Slots<T>: @unchecked Sendable {
    let base: UnsafeMutablePointer<T>
}
