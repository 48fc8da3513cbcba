public import Foundation
public import GuidepostCore
public import StoreCore

/// The one way into casework: every call takes the acting user, checks their role, scope and
/// field rights, does the work through the store port with a version check, and writes an
/// audit entry — for reads, for changes and for refusals alike. A refused call changes nothing
/// but the audit trail.
///
/// Identity is opened only when the caller's role may read an identity field, and sealed again
/// before it reaches the store.
public struct CaseDesk: Sendable {
    public let store: any CaseStore
    public let sealer: any IdentitySealer
    public let table: EntitlementTable
    /// How many times a write re-reads and retries after another writer changed the case.
    public var retries = 5

    public init(store: any CaseStore, sealer: any IdentitySealer, table: EntitlementTable) {
        self.store = store
        self.sealer = sealer
        self.table = table
    }

    // MARK: - Opening

    /// Opens a case in military custody. Custody officers only; `identity` (what the person says
    /// of themselves) is sealed at once.
    @discardableResult
    public func open(
        _ id: CaseID, origin: CaseOrigin? = nil, identity: CaseIdentity = CaseIdentity(), group: String? = nil,
        at: Date, as who: Principal
    ) async throws(CaseError) -> CaseFile {
        let action = "case.open"
        // The bad id itself is not recorded: it could be anything typed, a name included.
        if let problem = id.problem { try await refuseInvalid(action, nil, who, at, "case id", problem) }
        guard who.role == .custodyOfficer else {
            try await refuse(action, id, who, at, "only a custody officer opens a case (custody is where casework begins)")
        }
        let written = CaseField.identity.filter { field in
            switch field {
            case .name: identity.name != nil
            case .birthDate: identity.birthDate != nil
            case .unit: identity.unit != nil
            case .family: !identity.family.isEmpty
            case .photoReference: identity.photoReference != nil
            case .notes: !identity.notes.isEmpty
            default: false
            }
        }
        if let f = written.first(where: { !FieldAccess.canWrite(who.role, $0) }) {
            try await refuse(action, id, who, at, "a \(who.role.rawValue) may not write \(f.rawValue)")
        }
        var file = CaseFile(id: id, opened: at, origin: origin, agency: .military, group: group ?? who.group)
        file.assignee = who.user
        let sealed = identity.isEmpty ? nil : try sealer.seal(identity, for: id, previous: nil)
        let detail = "opened in custody" + (origin.map { " from \($0.run) \($0.incident)" } ?? "")
            + (written.isEmpty ? "" : "; wrote \(written.map(\.rawValue).joined(separator: ", "))")
        do {
            try await store.create(StoredCase(file: file, identity: sealed), audit: draft(action, id, who, at, .allowed, detail))
        } catch {
            throw Self.map(error)
        }
        return file
    }

    // MARK: - Reading

    /// The case as `who` may see it. Audited with the parts read.
    public func show(_ id: CaseID, at: Date, as who: Principal) async throws(CaseError) -> CaseView {
        let action = "case.show"
        let stored = try await visible(id, action: action, at: at, as: who)
        let readsIdentity = CaseField.identity.contains { FieldAccess.canRead(who.role, $0) }
        let identity = readsIdentity ? try stored.identity.map { s throws(CaseError) in try sealer.open(s, for: id) } : nil
        let view = CaseView(stored, identity: identity, for: who.role, table: table)
        let read = CaseField.allCases.filter { $0 != .audit && FieldAccess.canRead(who.role, $0) }
        try await record(action, id, who, at, .allowed, "read \(read.map(\.rawValue).joined(separator: ", "))")
        return view
    }

    /// One line per case `who` may see.
    public struct Summary: Hashable, Sendable {
        public var id: CaseID
        public var state: CaseState?
        public var agency: Agency?
        public var deadline: CaseDeadline?
        public var referralTo: Agency?
    }

    /// The cases `who` may see, with state and deadline where their role reads them. Audited once.
    public func list(at: Date, as who: Principal) async throws(CaseError) -> [Summary] {
        let all: [StoredCase]
        do { all = try await store.all() } catch { throw Self.map(error) }
        let status = FieldAccess.canRead(who.role, .status)
        let referral = FieldAccess.canRead(who.role, .referral)
        let out = all.map(\.file).filter(who.canSee).map { f in
            Summary(
                id: f.id, state: status ? f.state : nil, agency: referral ? f.agency : nil,
                deadline: status ? CaseDeadline.of(f) : nil, referralTo: referral ? f.referral?.to : nil)
        }
        try await record("case.list", nil, who, at, .allowed, "listed \(out.count) case(s)")
        return out
    }

    /// Deadlines of the cases `who` may see that are due soon or overdue at `at`.
    public func reminders(at: Date, as who: Principal) async throws(CaseError) -> [(CaseID, CaseDeadline, CaseDeadline.Status)] {
        try await list(at: at, as: who).compactMap { s in
            guard let d = s.deadline, d.status(at: at) != .onTime else { return nil }
            return (s.id, d, d.status(at: at))
        }
    }

    // MARK: - The lifecycle

    /// Records a lifecycle event. The user's role must be allowed the event and their agency
    /// must hold the case.
    @discardableResult
    public func advance(_ id: CaseID, _ event: CaseEvent, at: Date, as who: Principal) async throws(CaseError) -> CaseFile {
        let action = "case.advance \(event.name.rawValue)"
        guard EventAccess.may(who.role, record: event.name) else {
            try await refuse(action, id, who, at, "a \(who.role.rawValue) may not record '\(event.name.rawValue)'")
        }
        if event.name == .protectionDecided, !FieldAccess.canWrite(who.role, .decision) {
            try await refuse(action, id, who, at, "a \(who.role.rawValue) may not write the protection decision")
        }
        return try await change(action, id, at: at, as: who, holding: true) { (s: inout StoredCase) throws(CaseError) in
            if let pending = s.file.approval {
                throw .refused(action: action, reason: "'\(pending.event.name.rawValue)' proposed by \(pending.by) awaits approval; approve or decline it first")
            }
            if let why = Approval.needed(for: event) {
                var trial = s.file
                try trial.handle(event, at: at, by: who.user)  // refused now if it would be refused on approval
                s.file.approval = Approval(event: event, by: who.user, at: at)
                s.file.touch(at: at)
                return "proposed \(Self.describe(event)); awaits a second officer's approval: \(why)"
            }
            try s.file.handle(event, at: at, by: who.user)
            return "\(s.file.history.last?.from.rawValue ?? "?") → \(s.file.state.rawValue)"
        }
    }

    /// A second officer approves the event another proposed: it takes effect now, recorded as
    /// theirs. The approver needs the same right to the event and must not be the proposer.
    @discardableResult
    public func approve(_ id: CaseID, at: Date, as who: Principal) async throws(CaseError) -> CaseFile {
        let action = "case.approve"
        return try await change(action, id, at: at, as: who, holding: true) { (s: inout StoredCase) throws(CaseError) in
            guard let pending = s.file.approval else { throw .refused(action: action, reason: "nothing on this case awaits approval") }
            guard pending.by != who.user else {
                throw .refused(action: action, reason: "\(who.user) proposed it; another officer approves (four eyes)")
            }
            guard EventAccess.may(who.role, record: pending.event.name), FieldAccess.canWrite(who.role, .decision) else {
                throw .refused(action: action, reason: "a \(who.role.rawValue) may not approve '\(pending.event.name.rawValue)'")
            }
            s.file.approval = nil
            try s.file.handle(pending.event, at: at, by: who.user)
            return "approved \(Self.describe(pending.event)) proposed by \(pending.by): \(s.file.history.last?.from.rawValue ?? "?") → \(s.file.state.rawValue)"
        }
    }

    /// A second officer declines the proposed event; the case stays as it was. The reason is
    /// sealed as a note.
    @discardableResult
    public func decline(_ id: CaseID, reason: String, at: Date, as who: Principal) async throws(CaseError) -> CaseFile {
        let action = "case.decline"
        guard !reason.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw .invalid(field: "reason", reason: "say why the proposal is declined")
        }
        return try await change(action, id, at: at, as: who, holding: true) { (s: inout StoredCase) throws(CaseError) in
            guard let pending = s.file.approval else { throw .refused(action: action, reason: "nothing on this case awaits approval") }
            guard pending.by != who.user, EventAccess.may(who.role, record: pending.event.name) else {
                throw .refused(action: action, reason: "only another officer who may record '\(pending.event.name.rawValue)' declines it")
            }
            s.file.approval = nil
            s.file.touch(at: at)
            try appendNote("proposal \(Self.describe(pending.event)) by \(pending.by) declined: \(reason)", to: &s, at: at, by: who.user)
            return "declined \(Self.describe(pending.event)) proposed by \(pending.by)"
        }
    }

    /// An event as the trail names it (public values only).
    public static func describe(_ event: CaseEvent) -> String {
        if case .protectionDecided(let d) = event { return "\(event.name.rawValue) (\(d.rawValue))" }
        return event.name.rawValue
    }

    // MARK: - Referrals and transfers

    /// Asks `to` (optionally a group or officer there) to take the case over. Across agencies
    /// only along the law's routes (`Referral.routes`); within the agency, a transfer between groups.
    @discardableResult
    public func refer(
        _ id: CaseID, to: Agency, group: String? = nil, assignee: String? = nil, at: Date, as who: Principal
    ) async throws(CaseError) -> CaseFile {
        let action = "case.refer"
        guard FieldAccess.canWrite(who.role, .referral) else {
            try await refuse(action, id, who, at, "a \(who.role.rawValue) may not refer cases")
        }
        return try await change(action, id, at: at, as: who, holding: true) { (s: inout StoredCase) throws(CaseError) in
            guard s.file.referral == nil else {
                throw .refused(action: action, reason: "a referral to \(s.file.referral!.to.rawValue) is already waiting; it must be accepted or rejected first")
            }
            var event: CaseEventName?
            if to != s.file.agency {
                guard let route = Referral.route(from: s.file.agency, state: s.file.state, to: to) else {
                    throw .refused(
                        action: action,
                        reason: "no hand-over from \(s.file.agency.rawValue) to \(to.rawValue) while the case is '\(s.file.state.rawValue)'")
                }
                if route.event == .enteredSettlementCentre, s.file.decision?.leadsToSettlement != true {
                    throw .ruleBroken(event: .enteredSettlementCentre, reason: "only a protected person is referred to Hanawon")
                }
                event = route.event
            }
            s.file.referral = Referral(to: to, group: group, assignee: assignee, event: event, by: who.user, at: at)
            s.file.touch(at: at)
            return "referred to \(to.rawValue)" + (group.map { " group \($0)" } ?? "")
        }
    }

    /// The receiving side takes the case: it moves to their agency (and group, and to them or the
    /// named officer), and the hand-over's lifecycle event is recorded.
    @discardableResult
    public func accept(_ id: CaseID, at: Date, as who: Principal) async throws(CaseError) -> CaseFile {
        let action = "case.accept"
        return try await change(action, id, at: at, as: who, holding: false) { (s: inout StoredCase) throws(CaseError) in
            guard let r = s.file.referral else { throw .refused(action: action, reason: "no referral is waiting on this case") }
            guard r.to == who.agency, r.group == nil || r.group == who.group, FieldAccess.canWrite(who.role, .referral) else {
                throw .refused(action: action, reason: "the referral is to \(r.to.rawValue)\(r.group.map { " group \($0)" } ?? ""), not to you")
            }
            if let e = r.event {
                let event: CaseEvent =
                    switch e {
                    case .handedToProtectionCentre: .handedToProtectionCentre
                    case .enteredSettlementCentre: .enteredSettlementCentre
                    default: .completedSettlementCentre
                    }
                try s.file.handle(event, at: at, by: who.user)
            } else {
                s.file.touch(at: at)
            }
            s.file.agency = r.to
            s.file.group = r.group ?? who.group
            s.file.assignee = r.assignee ?? who.user
            s.file.referral = nil
            return "accepted from \(r.by)" + (r.event.map { ": \($0.rawValue)" } ?? "")
        }
    }

    /// The receiving side declines; the case stays where it was. The reason is sealed as a note
    /// (it may name people).
    @discardableResult
    public func reject(_ id: CaseID, reason: String, at: Date, as who: Principal) async throws(CaseError) -> CaseFile {
        let action = "case.reject"
        guard !reason.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            try await refuseInvalid(action, id, who, at, "reason", "say why the referral is rejected")
        }
        return try await change(action, id, at: at, as: who, holding: false) { (s: inout StoredCase) throws(CaseError) in
            guard let r = s.file.referral else { throw .refused(action: action, reason: "no referral is waiting on this case") }
            guard r.to == who.agency, r.group == nil || r.group == who.group, FieldAccess.canWrite(who.role, .referral) else {
                throw .refused(action: action, reason: "the referral is to \(r.to.rawValue), not to you")
            }
            s.file.referral = nil
            s.file.touch(at: at)
            try appendNote("referral to \(r.to.rawValue) rejected: \(reason)", to: &s, at: at, by: who.user)
            return "rejected the referral from \(r.by)"
        }
    }

    // MARK: - Identity, notes, support, payments

    /// Sets identity fields; each needs write access.
    @discardableResult
    public func identify(_ id: CaseID, _ edit: IdentityChange, at: Date, as who: Principal) async throws(CaseError) -> CaseFile {
        let action = "case.identify"
        if let f = edit.fields.first(where: { !FieldAccess.canWrite(who.role, $0) }) {
            try await refuse(action, id, who, at, "a \(who.role.rawValue) may not write \(f.rawValue)")
        }
        if let (f, reason) = edit.problem { try await refuseInvalid(action, id, who, at, f.rawValue, reason) }
        return try await change(action, id, at: at, as: who, holding: true) { (s: inout StoredCase) throws(CaseError) in
            var identity = try s.identity.map { x throws(CaseError) in try sealer.open(x, for: id) } ?? CaseIdentity()
            edit.apply(to: &identity)
            s.identity = try sealer.seal(identity, for: id, previous: s.identity)
            s.file.touch(at: at)
            return "wrote \(edit.fields.map(\.rawValue).joined(separator: ", "))"
        }
    }

    /// Adds a free-text note (sealed with the identity).
    @discardableResult
    public func note(_ id: CaseID, _ text: String, at: Date, as who: Principal) async throws(CaseError) -> CaseFile {
        let action = "case.note"
        guard FieldAccess.canWrite(who.role, .notes) else { try await refuse(action, id, who, at, "a \(who.role.rawValue) may not write notes") }
        guard !text.isEmpty, text.count <= 10_000 else {
            try await refuseInvalid(action, id, who, at, "note", "between 1 and 10,000 characters")
        }
        return try await change(action, id, at: at, as: who, holding: true) { (s: inout StoredCase) throws(CaseError) in
            try appendNote(text, to: &s, at: at, by: who.user)
            s.file.touch(at: at)
            return "added a note"
        }
    }

    /// Sets what entitlements depend on.
    @discardableResult
    public func support(_ id: CaseID, _ profile: SupportProfile, at: Date, as who: Principal) async throws(CaseError) -> CaseFile {
        let action = "case.support"
        guard FieldAccess.canWrite(who.role, .support) else { try await refuse(action, id, who, at, "a \(who.role.rawValue) may not write support") }
        guard (1...20).contains(profile.householdSize) else {
            try await refuseInvalid(action, id, who, at, "household", "between 1 and 20 people")
        }
        return try await change(action, id, at: at, as: who, holding: true) { (s: inout StoredCase) throws(CaseError) in
            s.file.support = profile
            s.file.touch(at: at)
            return "support profile set (household \(profile.householdSize), add-ons: \(profile.addOns.joined(separator: " ")))"
        }
    }

    /// Records a payment, if it is due and not more than is outstanding.
    @discardableResult
    public func pay(_ id: CaseID, item: String, amount: Int, at: Date, as who: Principal) async throws(CaseError) -> CaseFile {
        let action = "case.pay \(item)"
        guard FieldAccess.canWrite(who.role, .payments) else { try await refuse(action, id, who, at, "a \(who.role.rawValue) may not record payments") }
        return try await change(action, id, at: at, as: who, holding: true) { (s: inout StoredCase) throws(CaseError) in
            let payment = Payment(item: item, amount: amount, at: at, by: who.user)
            try Entitlements.check(payment, on: s.file, table: table)
            s.file.payments.append(payment)
            s.file.touch(at: at)
            return "paid \(amount) \(table.currency) for \(item)"
        }
    }

    // MARK: - Audit and keys

    /// The audit trail (auditors only); reading it is itself audited.
    public func auditTrail(at: Date, as who: Principal) async throws(CaseError) -> [AuditEntry] {
        guard FieldAccess.canRead(who.role, .audit) else { try await refuse("audit.read", nil, who, at, "only an auditor reads the audit trail") }
        try await record("audit.read", nil, who, at, .allowed, "read the audit trail")
        do { return try await store.auditTrail() } catch { throw Self.map(error) }
    }

    /// Re-wraps every case's data key under the sealer's current key (key rotation; the cases
    /// stay readable throughout: the sealer opens old and new keys alike). Returns how many were
    /// re-wrapped. Done by the system, not a case role: audited as `actor`.
    public func rotateKeys(actor: String, at: Date) async throws(CaseError) -> Int {
        let who = Principal(user: actor, role: .auditor, agency: .audit, scope: .all)
        let all: [StoredCase]
        do { all = try await store.all() } catch { throw Self.map(error) }
        var done = 0
        for c in all where c.identity.map({ $0.keyID != sealer.currentKeyID }) == true {
            var rewrapped = false
            _ = try await change("keys.rotate", c.file.id, at: at, as: who, holding: false, role: "system") { (s: inout StoredCase) throws(CaseError) in
                guard let sealed = s.identity, sealed.keyID != sealer.currentKeyID else { return "already under \(sealer.currentKeyID)" }
                s.identity = try sealer.rewrap(sealed)
                s.file.touch(at: at)
                rewrapped = true
                return "data key re-wrapped from \(sealed.keyID) to \(sealer.currentKeyID)"
            }
            if rewrapped { done += 1 }
        }
        return done
    }

    // MARK: - Internals

    /// Loads a case `who` may see; otherwise audits the refusal and throws `.notFound` (which
    /// does not tell an outsider whether the case exists).
    private func visible(_ id: CaseID, action: String, at: Date, as who: Principal) async throws(CaseError) -> StoredCase {
        let stored: StoredCase
        do { stored = try await store.load(id) } catch {
            if error.code == .notFound {
                try await record(action, id, who, at, .refused, "no such case")
                throw .notFound(id)
            }
            throw Self.map(error)
        }
        guard who.canSee(stored.file) else {
            try await record(action, id, who, at, .refused, "outside the user's scope (\(who.scope.rawValue))")
            throw .notFound(id)
        }
        return stored
    }

    /// Read, change, write with a version check and the audit entry; retried when another writer
    /// got there first. `holding`: the user's agency must hold the case (not merely be offered it).
    private func change(
        _ action: String, _ id: CaseID, at: Date, as who: Principal, holding: Bool, role: String? = nil,
        _ body: (inout StoredCase) throws(CaseError) -> String
    ) async throws(CaseError) -> CaseFile {
        var attempt = 0
        while true {
            attempt += 1
            var stored = try await visible(id, action: action, at: at, as: who)
            if holding, stored.file.agency != who.agency {
                try await refuse(action, id, who, at, "the case is held by \(stored.file.agency.rawValue), not \(who.agency.rawValue)")
            }
            let version = stored.file.version
            let detail: String
            do { detail = try body(&stored) } catch {
                try await record(action, id, who, at, .refused, "\(error)", role: role)
                throw error
            }
            do {
                try await store.update(stored, expectedVersion: version, audit: draft(action, id, who, at, .allowed, detail, role: role))
                return stored.file
            } catch {
                if error.code == .conflict, attempt <= retries { continue }
                throw Self.map(error)
            }
        }
    }

    private func appendNote(_ text: String, to s: inout StoredCase, at: Date, by user: String) throws(CaseError) {
        var identity = try s.identity.map { x throws(CaseError) in try sealer.open(x, for: s.file.id) } ?? CaseIdentity()
        identity.notes.append(CaseNote(at: at, by: user, text: text))
        s.identity = try sealer.seal(identity, for: s.file.id, previous: s.identity)
    }

    private func draft(
        _ action: String, _ id: CaseID?, _ who: Principal, _ at: Date, _ outcome: AuditOutcome, _ detail: String, role: String? = nil
    ) -> AuditDraft {
        AuditDraft(at: at, actor: who.user, role: role ?? who.role.rawValue, action: action, record: id?.rawValue, outcome: outcome, detail: detail)
    }

    private func record(
        _ action: String, _ id: CaseID?, _ who: Principal, _ at: Date, _ outcome: AuditOutcome, _ detail: String, role: String? = nil
    ) async throws(CaseError) {
        do { try await store.audit(draft(action, id, who, at, outcome, detail, role: role)) } catch { throw Self.map(error) }
    }

    /// Audits a refusal and throws it.
    private func refuse(_ action: String, _ id: CaseID?, _ who: Principal, _ at: Date, _ reason: String) async throws(CaseError) -> Never {
        try await record(action, id, who, at, .refused, reason)
        throw .refused(action: action, reason: reason)
    }

    /// Audits a refusal for bad input and throws it (the detail names the field and the rule,
    /// never the value given).
    private func refuseInvalid(
        _ action: String, _ id: CaseID?, _ who: Principal, _ at: Date, _ field: String, _ reason: String
    ) async throws(CaseError) -> Never {
        try await record(action, id, who, at, .refused, "\(field): \(reason)")
        throw .invalid(field: field, reason: reason)
    }

    static func map(_ error: StoreError) -> CaseError { .store(code: error.code.rawValue, detail: error.detail) }
}
