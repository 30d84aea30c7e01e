/// An input problem, described in one line that names the file and what is wrong with it.
public struct CorpusError: Error, CustomStringConvertible, Sendable, Equatable {
    /// The file or folder the problem is in.
    public var path: String
    /// What is wrong, in a few words.
    public var problem: String

    /// Creates an error.
    public init(path: String, problem: String) {
        self.path = path
        self.problem = problem
    }

    /// `path: problem`, one line.
    public var description: String { "\(path): \(problem)" }
}
