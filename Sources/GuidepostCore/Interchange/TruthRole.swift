/// Whose a truth object is, when it is one of our own (ROK) units: a truth line carries
/// `"role"` only for those, so scorers can tell our own people from the people they watch for.
/// A ROK guidance team that walks into the band and back south is not a crosser (issue 19).
///
/// Lines without `"role"` (every object that is not ROK, and every truth file written before
/// the field existed) read as before.
public enum TruthRole: String, Sendable, Codable, CaseIterable, Hashable {
    /// A ROK guidance team (sent to meet a person and guide them in).
    case rokGuidanceTeam = "rok-guidance-team"
    /// A ROK reaction team.
    case rokReactionTeam = "rok-reaction-team"
    /// A ROK Navy boat.
    case rokNavy = "rok-navy"
}
