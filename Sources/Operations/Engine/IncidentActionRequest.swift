public import GuidepostCore

/// An action an incident's transition asked for, as the engine hands it to the composition
/// root: which incident, when, and about whom (the field's name for the person, if known).
public struct IncidentActionRequest: Hashable, Sendable {
    public var incident: IncidentID
    /// Seconds since the run's start.
    public var t: Double
    public var action: IncidentAction
    public var subject: String?

    public init(incident: IncidentID, t: Double, action: IncidentAction, subject: String?) {
        self.incident = incident
        self.t = t
        self.action = action
        self.subject = subject
    }
}
