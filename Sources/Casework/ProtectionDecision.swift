/// The protection decision (domain.md §5.2 step 3): the Consultative Council deliberates; the
/// NIS director decides special-protection cases.
public enum ProtectionDecision: String, Hashable, Sendable, Codable, CaseIterable {
    case protected
    /// Special protection (elite or at-risk arrivals; decided by the NIS director).
    case specialProtection = "special-protection"
    /// Not protected (e.g. serious crimes or spy screening): no settlement support; the case closes.
    case notProtected = "not-protected"

    /// Whether the person goes on to Hanawon and residence protection.
    public var leadsToSettlement: Bool { self != .notProtected }
}
