public import GuidepostCore
public import StoreCore

/// The port through which Casework keeps cases and the audit trail (beside Operations'
/// `EventLog`). Guarantees every adapter keeps (checked by `CaseStoreConformance` in
/// TestSupport):
/// - **Versioned updates.** `update` stores the case only if the stored version is
///   `expectedVersion`; otherwise `.conflict`, and nothing changes (two officers editing the
///   same case: the second re-reads and tries again).
/// - **Audited together.** Each write appends its audit entry in the same transaction: both or
///   neither.
/// - **Append-only, linked audit trail.** Entries are numbered 1, 2, 3, … and linked by hash
///   (`AuditChain.link` on the last stored entry, under the store's lock), with any number of
///   concurrent writers; entries are never changed or removed.
/// - **Identity sealed.** Stores keep `SealedIdentity` bytes as given; no plaintext identity
///   ever reaches them.
public protocol CaseStore: Sendable {
    /// Stores a new case; `.conflict` if its id exists. Returns the audit entry written.
    @discardableResult
    func create(_ stored: StoredCase, audit: AuditDraft) async throws(StoreError) -> AuditEntry
    /// Replaces a case whose stored version is `expectedVersion`. Returns the audit entry written.
    @discardableResult
    func update(_ stored: StoredCase, expectedVersion: Int, audit: AuditDraft) async throws(StoreError) -> AuditEntry
    /// One case; `.notFound` if absent.
    func load(_ id: CaseID) async throws(StoreError) -> StoredCase
    /// Every case, sorted by id.
    func all() async throws(StoreError) -> [StoredCase]
    /// Appends an audit entry on its own (a read, a refusal).
    @discardableResult
    func audit(_ draft: AuditDraft) async throws(StoreError) -> AuditEntry
    /// The audit trail in order.
    func auditTrail() async throws(StoreError) -> [AuditEntry]
}
