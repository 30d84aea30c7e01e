import Foundation

/// An export failure: the path it concerns and what went wrong, described in one line.
public struct ExportError: Error, Sendable, Equatable, CustomStringConvertible, LocalizedError {
    /// The file or folder concerned.
    public let path: String
    /// What went wrong, in a few words (no line breaks).
    public let problem: String

    /// Creates an error; line breaks in `problem` are folded into spaces so the description stays on one line.
    public init(path: String, problem: String) {
        self.path = path
        self.problem = problem.split(whereSeparator: \.isNewline).joined(separator: " ")
    }

    /// `path: problem`.
    public var description: String { "\(path): \(problem)" }
    /// Same as ``description``.
    public var errorDescription: String? { description }
}

/// The text of the C library's message for an `errno` value ("No such file or directory").
func errnoText(_ code: Int32) -> String {
    String(cString: strerror(code))
}
