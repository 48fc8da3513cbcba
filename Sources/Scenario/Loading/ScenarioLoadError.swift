public import GuidepostCore

/// Everything wrong with a scenario file, each problem naming file, line, column and field,
/// in the order they appear in the file.
public struct ScenarioLoadError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The problems, in file order.
    public var issues: [InputError]

    /// An error holding `issues`, sorted by line and column.
    public init(issues: [InputError]) {
        self.issues = issues.sorted { ($0.line ?? 0, $0.column ?? 0) < ($1.line ?? 0, $1.column ?? 0) }
    }

    /// The first problem in the file.
    public var first: InputError? { issues.first }

    /// One problem a line, compiler style.
    public var description: String { issues.map(\.description).joined(separator: "\n") }
}
