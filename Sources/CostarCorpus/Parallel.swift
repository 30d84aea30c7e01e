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
            // Each iteration writes only its own slot.
            forEach(count, sharing: buffer) { i, slots in slots[i] = body(i) }
        }
        return results.map { $0! }
    }

    /// `body(i, &elements[i])` for every index, run concurrently: each call changes its own element only.
    public static func forEach<T>(_ elements: inout [T], _ body: @Sendable (Int, inout T) -> Void) {
        elements.withUnsafeMutableBufferPointer { buffer in
            forEach(buffer.count, sharing: buffer) { i, elements in body(i, &elements[i]) }
        }
    }

    /// `body(0, buffer) … body(count - 1, buffer)` run concurrently. The caller sees that no two calls touch the same
    /// element and that no call writes what another reads.
    public static func forEach<T>(_ count: Int, sharing buffer: UnsafeMutableBufferPointer<T>,
                                  _ body: @Sendable (Int, UnsafeMutableBufferPointer<T>) -> Void) {
        let shared = Shared(buffer: buffer)
        if count == 1 { return body(0, buffer) }
        DispatchQueue.concurrentPerform(iterations: count) { body($0, shared.buffer) }
    }

    /// `body(0, buffer) … body(count - 1, buffer)` run concurrently, each only reading `buffer`; the results in order.
    public static func map<T, R>(_ count: Int, reading buffer: UnsafeBufferPointer<T>,
                                 _ body: @Sendable (Int, UnsafeBufferPointer<T>) -> R) -> [R] {
        let shared = Shared(buffer: UnsafeMutableBufferPointer(mutating: buffer))
        return map(count) { body($0, UnsafeBufferPointer(shared.buffer)) }
    }

    /// `0..<count` cut into `parts` consecutive ranges of nearly equal size.
    public static func ranges(_ count: Int, parts: Int) -> [Range<Int>] {
        let parts = max(1, min(parts, count))
        return (0..<parts).map { (count * $0 / parts)..<(count * ($0 + 1) / parts) }
    }
}

/// A buffer handed to concurrent iterations (each touches its own elements).
private struct Shared<T>: @unchecked Sendable {
    let buffer: UnsafeMutableBufferPointer<T>
}
