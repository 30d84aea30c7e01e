import Dispatch

/// A value computed on another thread while the caller goes on with other work; ``wait()`` returns it. Used where
/// a step has two independent halves and the other core would otherwise sit idle (the measures that run on one core
/// beside those that run on both; the all-years report's ties beside its people and captions; the page's data block
/// beside its sections, or beside the last diagrams).
public final class Pending<Value>: @unchecked Sendable {
    // Written once by the worker before `group.leave()`, read only after `group.wait()`.
    private var value: Value?
    private let group = DispatchGroup()

    /// Starts `work` on a global queue.
    public init(_ work: @escaping @Sendable () -> Value) {
        group.enter()
        DispatchQueue.global().async { [self] in
            value = work()
            group.leave()
        }
    }

    /// Waits for the work and returns its value.
    public func wait() -> Value {
        group.wait()
        return value!
    }
}
