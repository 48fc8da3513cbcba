public import GuidepostCore
public import Foundation

/// A case as one user may see it: every part their role may not read is nil and listed in
/// `withheld`. What the console, the command line and exports print; built only by `CaseDesk`.
public struct CaseView: Hashable, Sendable {
    public var id: CaseID
    // status
    public var state: CaseState?
    public var opened: Date?
    public var history: [CaseFile.Entry]?
    public var deadline: CaseDeadline?
    /// An event proposed and awaiting a second officer's approval.
    public var approval: Approval?
    // origin
    public var origin: CaseOrigin?
    // decision
    public var decision: ProtectionDecision?
    // referral
    public var agency: Agency?
    public var assignee: String?
    public var group: String?
    public var referral: Referral?
    // support and payments
    public var support: SupportProfile?
    public var payments: [Payment]?
    public var entitlements: [Entitlements.Line]?
    /// The identity fields this user may read (others left nil / empty).
    public var identity: CaseIdentity?
    /// The parts not shown to this user.
    public var withheld: [CaseField]

    init(_ stored: StoredCase, identity: CaseIdentity?, for role: Role, table: EntitlementTable) {
        let file = stored.file
        func may(_ f: CaseField) -> Bool { FieldAccess.canRead(role, f) }
        id = file.id
        if may(.status) {
            state = file.state
            opened = file.opened
            history = file.history
            deadline = CaseDeadline.of(file)
            approval = file.approval
        }
        if may(.origin) { origin = file.origin }
        if may(.decision) { decision = file.decision }
        if may(.referral) {
            agency = file.agency
            assignee = file.assignee
            group = file.group
            referral = file.referral
        }
        if may(.support) { support = file.support }
        if may(.payments) {
            payments = file.payments
            entitlements = Entitlements.statement(file, table: table)
        }
        if let identity {
            var shown = CaseIdentity()
            if may(.name) { shown.name = identity.name }
            if may(.birthDate) { shown.birthDate = identity.birthDate }
            if may(.unit) { shown.unit = identity.unit }
            if may(.family) { shown.family = identity.family }
            if may(.photoReference) { shown.photoReference = identity.photoReference }
            if may(.notes) { shown.notes = identity.notes }
            self.identity = CaseField.identity.contains(where: may) ? shown : nil
        }
        withheld = CaseField.allCases.filter { $0 != .audit && !may($0) }
    }
}
