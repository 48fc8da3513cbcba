/// Where a case came from in the operations log: the run and the incident whose custody opened
/// it. Strings, not Operations' types: Casework and Operations never import each other; the
/// composition root copies the ids across.
public struct CaseOrigin: Hashable, Sendable, Codable {
    public var run: String
    public var incident: String

    public init(run: String, incident: String) {
        self.run = run
        self.incident = incident
    }
}
