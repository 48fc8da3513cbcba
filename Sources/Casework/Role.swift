/// What a user does in casework. Each role has a home agency, a default record scope and, in
/// `FieldAccess` and `EventAccess`, the fields and events it may touch (after UNICEF's Primero:
/// per-record scope, per-field read/write by role).
public enum Role: String, Hashable, Sendable, Codable, CaseIterable {
    /// Military: holds the person from custody through military questioning.
    case custodyOfficer = "custody-officer"
    /// Protection centre: identity verification, screening, the protection decision, and the
    /// repatriation of those who ask to go home.
    case investigator
    /// Hanawon: the 12 weeks of settlement support, grants paid.
    case settlementOfficer = "settlement-officer"
    /// Residence protection: the 5 years after Hanawon.
    case protectionOfficer = "protection-officer"
    /// Speaks in public: sees the state of cases, never identity.
    case publicAffairs = "public-affairs"
    /// Reads everything but identity, and the audit trail; changes nothing.
    case auditor

    /// The agency a user of this role works for.
    public var agency: Agency {
        switch self {
        case .custodyOfficer: .military
        case .investigator: .protectionCentre
        case .settlementOfficer: .settlementCentre
        case .protectionOfficer: .residenceProtection
        case .publicAffairs: .publicAffairs
        case .auditor: .audit
        }
    }

    /// The record scope a user of this role has unless configured otherwise.
    public var defaultScope: Scope {
        switch self {
        case .custodyOfficer, .investigator, .settlementOfficer: .agency
        case .protectionOfficer: .selfOnly
        case .publicAffairs, .auditor: .all
        }
    }
}
