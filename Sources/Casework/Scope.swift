/// Which cases a user may see at all (Primero's record scope). Fields within a visible case
/// are then limited by `FieldAccess`.
public enum Scope: String, Hashable, Sendable, Codable, CaseIterable {
    /// Cases assigned to the user.
    case selfOnly = "self"
    /// Cases of the user's group (team or office) within their agency.
    case group
    /// Cases their agency holds, or is asked to take over.
    case agency
    /// Every case.
    case all
}
