/// The parts of a case a role may read or write. The first six are identity: sealed at rest,
/// never in a public output.
public enum CaseField: String, Hashable, Sendable, Codable, CaseIterable {
    case name
    case birthDate = "birth-date"
    /// The person's military unit (for a soldier).
    case unit
    /// Family members, who may still be in the North.
    case family
    /// Where the photograph is kept (a reference, never the image).
    case photoReference = "photo-reference"
    /// Free-text notes, which may name people.
    case notes
    /// State, history and deadlines.
    case status
    /// The operations run and incident the case came from.
    case origin
    /// The protection decision.
    case decision
    /// Who holds the case and any pending hand-over.
    case referral
    /// What entitlements depend on (household, age, disability, …).
    case support
    /// Entitlements due and payments made.
    case payments
    /// The audit trail.
    case audit

    /// Whether this field identifies the person (sealed, withheld from uncleared roles).
    public var isIdentity: Bool { Self.identity.contains(self) }

    /// The identity fields.
    public static let identity: [CaseField] = [.name, .birthDate, .unit, .family, .photoReference, .notes]
}
