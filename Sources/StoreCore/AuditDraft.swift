public import Foundation

/// An audit entry before the store links it into the chain: who did what to which record,
/// when, and whether it was allowed. Stores turn a draft into an `AuditEntry` inside the same
/// transaction as the change it records (`AuditChain.link`), so the trail can never say
/// something happened that did not, or miss something that did.
///
/// A draft carries no identifying detail of the person a record is about: `detail` names
/// fields and states, never their values (the trail is read by auditors, who are not cleared
/// for identity).
public struct AuditDraft: Hashable, Sendable, Codable {
    /// When, to the millisecond (finer parts are dropped so the hash survives any store).
    public var at: Date
    /// The acting user's id.
    public var actor: String
    /// The acting user's role (its stable name).
    public var role: String
    /// What was attempted, e.g. `case.show`, `case.advance`, `case.pay`.
    public var action: String
    /// The record acted on (a case id), if any.
    public var record: String?
    /// Allowed and done, or refused (and nothing changed).
    public var outcome: AuditOutcome
    /// What was read or changed, or why it was refused; never a value of an identifying field.
    public var detail: String

    public init(at: Date, actor: String, role: String, action: String, record: String?, outcome: AuditOutcome, detail: String) {
        self.at = Date(timeIntervalSince1970: (at.timeIntervalSince1970 * 1000).rounded() / 1000)
        self.actor = actor
        self.role = role
        self.action = action
        self.record = record
        self.outcome = outcome
        self.detail = detail
    }

    /// Milliseconds since 1970-01-01T00:00:00Z: how stores keep `at` exactly.
    public var millis: Int64 { Int64((at.timeIntervalSince1970 * 1000).rounded()) }
}

/// Whether an audited action was carried out.
public enum AuditOutcome: String, Hashable, Sendable, Codable {
    case allowed
    case refused
}
