import Foundation

/// Removes the staging folders of unfinished output when the process is interrupted (Ctrl-C, `kill`, a closed
/// terminal), so that an interrupted run leaves nothing half-written beside the output folder either.
///
/// The signals are caught by dispatch sources rather than C handlers, so the removal runs as ordinary code on a
/// queue of its own; the process then exits with 128 + the signal number, as a shell expects.
final class Interruption: @unchecked Sendable {
    /// The registry of the process.
    static let shared = Interruption()

    private let lock = NSLock()
    /// Held while files are moved into place: an interruption waits for it, so the move finishes or is undone.
    private let critical = NSLock()
    private var folders: Set<String> = []
    private var sources: [DispatchSourceSignal] = []
    private let queue = DispatchQueue(label: "costar.interruption")

    /// Removes `folder` if the process is interrupted before ``forget(_:)``.
    func watch(_ folder: String) {
        lock.lock()
        defer { lock.unlock() }
        folders.insert(folder)
        guard sources.isEmpty else { return }
        for sig in [SIGINT, SIGTERM, SIGHUP] {
            signal(sig, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: sig, queue: queue)
            source.setEventHandler { [unowned self] in self.interrupted(by: sig) }
            source.resume()
            sources.append(source)
        }
    }

    /// Runs `body` with interruptions held back until it returns.
    func shielded<T>(_ body: () throws -> T) rethrows -> T {
        critical.lock()
        defer { critical.unlock() }
        return try body()
    }

    /// The folder is finished with (moved into place or removed).
    func forget(_ folder: String) {
        lock.lock()
        folders.remove(folder)
        lock.unlock()
    }

    private func interrupted(by sig: Int32) {
        critical.lock()   // never released: the process ends here
        lock.lock()
        let pending = folders
        lock.unlock()
        for folder in pending { FileSystem.removeTree(folder) }
        exit(128 + sig)
    }
}
