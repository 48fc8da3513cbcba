public import GuidepostCore
public import StoreCore

/// The in-memory adapter of `CaseStore`: an actor, for tests and runs that need no file.
public actor InMemoryCaseStore: CaseStore {
    private var cases: [CaseID: StoredCase] = [:]
    private var trail: [AuditEntry] = []

    public init() {}

    @discardableResult
    public func create(_ stored: StoredCase, audit: AuditDraft) throws(StoreError) -> AuditEntry {
        guard cases[stored.file.id] == nil else { throw StoreError(.conflict, "case '\(stored.file.id)' already exists") }
        cases[stored.file.id] = stored
        return append(audit)
    }

    @discardableResult
    public func update(_ stored: StoredCase, expectedVersion: Int, audit: AuditDraft) throws(StoreError) -> AuditEntry {
        guard let current = cases[stored.file.id] else { throw StoreError(.notFound, "no case '\(stored.file.id)'") }
        guard current.file.version == expectedVersion else {
            throw StoreError(
                .conflict,
                "case '\(stored.file.id)' is at version \(current.file.version), not \(expectedVersion): someone changed it meanwhile; read it again and retry")
        }
        cases[stored.file.id] = stored
        return append(audit)
    }

    public func load(_ id: CaseID) throws(StoreError) -> StoredCase {
        guard let c = cases[id] else { throw StoreError(.notFound, "no case '\(id)'") }
        return c
    }

    public func all() -> [StoredCase] { cases.keys.sorted().compactMap { cases[$0] } }

    @discardableResult
    public func audit(_ draft: AuditDraft) -> AuditEntry { append(draft) }

    public func auditTrail() -> [AuditEntry] { trail }

    private func append(_ draft: AuditDraft) -> AuditEntry {
        let entry = AuditChain.link(draft, after: trail.last)
        trail.append(entry)
        return entry
    }
}
