import Dispatch
import Foundation
import CostarExport

/// Draws diagrams on a thread of their own while the main thread goes on analysing and writing: Graphviz layout and
/// PNG/PDF rendering cost about a second per network whatever its size, so they overlap with the next network's
/// work. Graphviz is not thread-safe, so one dedicated thread owns the only renderer and runs every drawing in the
/// order asked; ``finish()`` waits for them and hands back the files (or the first error).
final class DiagramQueue: @unchecked Sendable {
    private let thread = SerialThread()
    // Touched only on the thread.
    private var renderer: GraphvizRenderer?
    private var files: [(path: String, data: Data)] = []
    private var svgs: [String: Data] = [:]
    private var failure: Error?

    /// Creates the thread and its Graphviz context; throws when Graphviz cannot start.
    init() throws {
        var error: Error?
        thread.sync { [self] in
            do { renderer = try GraphvizRenderer() } catch let e { error = e }
        }
        if let error {
            thread.stop()
            throw error
        }
    }

    /// Draws `report` as `graph.{dot,svg,png,pdf}` under `folder`, later.
    func draw(_ report: NetworkReport, options: DiagramOptions, folder: String) {
        thread.async { [self] in
            guard failure == nil, let renderer else { return }
            do {
                let d = try renderer.diagrams(for: report, options: options)
                for (name, data) in [("graph.dot", d.dot), ("graph.svg", d.svg), ("graph.png", d.png), ("graph.pdf", d.pdf)] {
                    files.append((folder + "/" + name, data))
                }
                svgs[folder] = d.svg
            } catch {
                failure = error
            }
        }
    }

    /// Draws the comparison of `before` and `after` as `compare-A-B.{svg,png,csv}`, later.
    func compare(_ before: NetworkReport, _ after: NetworkReport, comparison: Comparison,
                 indexes: (before: ReportIndex, after: ReportIndex), options: DiagramOptions) {
        thread.async { [self] in
            guard failure == nil, let renderer else { return }
            do {
                for file in try ComparisonDiagram.files(before: before, after: after, comparison: comparison,
                                                        indexes: indexes, options: options, renderer: renderer) {
                    files.append((file.name, file.data))
                }
            } catch {
                failure = error
            }
        }
    }

    /// Waits for every drawing and ends the thread; returns the files to write and each network's SVG by folder, or
    /// throws the first error.
    func finish() throws -> (files: [(path: String, data: Data)], svgs: [String: Data]) {
        var out: (files: [(path: String, data: Data)], svgs: [String: Data]) = ([], [:])
        var error: Error?
        thread.sync { [self] in
            renderer = nil
            if let failure { error = failure; return }
            out = (files, svgs)
            files = []
            svgs = [:]
        }
        thread.stop()
        if let error { throw error }
        return out
    }
}

/// One thread running closures in the order given.
final class SerialThread: @unchecked Sendable {
    private let condition = NSCondition()
    private var jobs: [() -> Void] = []
    private var stopping = false

    /// Starts the thread.
    init() {
        let thread = Thread { [self] in loop() }
        thread.stackSize = 16 << 20
        thread.start()
    }

    private func loop() {
        while true {
            condition.lock()
            while jobs.isEmpty && !stopping { condition.wait() }
            if jobs.isEmpty && stopping { condition.unlock(); return }
            let job = jobs.removeFirst()
            condition.unlock()
            job()
        }
    }

    /// Runs `job` later, after the jobs before it.
    func async(_ job: @escaping () -> Void) {
        condition.lock()
        jobs.append(job)
        condition.signal()
        condition.unlock()
    }

    /// Runs `job` after the jobs before it and waits for it.
    func sync(_ job: @escaping () -> Void) {
        let done = DispatchSemaphore(value: 0)
        async { job(); done.signal() }
        done.wait()
    }

    /// Lets the thread end once its jobs are done.
    func stop() {
        condition.lock()
        stopping = true
        condition.signal()
        condition.unlock()
    }
}
