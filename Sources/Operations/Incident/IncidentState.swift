/// Where an incident stands (issue 6): the main line from first sighting to a closed case,
/// and the off-ramps when it goes another way.
public enum IncidentState: String, Hashable, Sendable, Codable, CaseIterable {
    // The main line.
    case detected
    case tracking
    case assessed
    case guiding
    case secured
    case questioning
    case intentConfirmed = "intent_confirmed"
    case handedOver = "handed_over"
    case closed
    // Off-ramps.
    /// Track lost; a search is on. Reacquiring the person resumes tracking.
    case lost
    /// The person (or party) crossed back north.
    case retreated
    /// The person is hurt (mine, gunfire); evacuation comes before anything else.
    case casualty
    /// A body was recovered (2019-07-31, the Imjin).
    case bodyRecovered = "body_recovered"
    /// The person walked into the neighbouring sector's stretch and its watch took the incident
    /// on (`IncidentHandover`); this copy follows nothing more unless the person comes back.
    case transferred

    /// True for states from which only closing is possible.
    public var isTerminal: Bool { self == .closed }
}
