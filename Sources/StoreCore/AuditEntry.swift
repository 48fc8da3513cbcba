/// One entry of the append-only, tamper-evident audit trail: a draft, numbered, and linked to
/// the entry before it by hash. Editing, removing or reordering any stored entry breaks the
/// chain at that point, which `AuditChain.verify` reports.
public struct AuditEntry: Hashable, Sendable, Codable {
    /// Position in the trail: 1, 2, 3, … without gaps.
    public var seq: Int
    public var draft: AuditDraft
    /// The hash of the entry before (64 zeros for the first), lowercase hex SHA-256.
    public var previousHash: String
    /// SHA-256 over this entry's canonical form and `previousHash`, lowercase hex.
    public var hash: String

    public init(seq: Int, draft: AuditDraft, previousHash: String, hash: String) {
        self.seq = seq
        self.draft = draft
        self.previousHash = previousHash
        self.hash = hash
    }
}
