/// Why a case was closed: a closed list, so the public part of a case never carries free text
/// that could name someone (free text goes into the sealed notes).
public enum CloseReason: String, Hashable, Sendable, Codable, CaseIterable {
    /// The 5 years of residence protection are over.
    case residenceProtectionEnded = "residence-protection-ended"
    /// Handed back to the North at their free request.
    case repatriated
    /// The protection decision was "not protected".
    case notProtected = "not-protected"
    /// The person died.
    case died
}
