public import GuidepostCore
public import Foundation

/// One person's case after custody: the public part of the file (state, history, ownership,
/// decision, support profile, payments). Identity is not here: it is sealed apart
/// (`SealedIdentity`), so no view of a `CaseFile` can leak a name.
///
/// A value changed only by its mutating methods, which are pure (time and the acting user come
/// in as parameters) and leave the file unchanged when they throw. `version` counts accepted
/// changes: stores refuse an update whose expected version is stale.
public struct CaseFile: Hashable, Sendable, Codable {
    public let id: CaseID
    /// Custody: when the file was opened.
    public let opened: Date
    public let origin: CaseOrigin?
    public private(set) var state: CaseState
    public private(set) var updated: Date
    /// States to go back to after a detour (hospital, a request to go home, a closure), innermost last.
    public private(set) var detours: [CaseState]
    public private(set) var decision: ProtectionDecision?
    /// The agency that holds the case now.
    public internal(set) var agency: Agency
    /// The officer the case is assigned to, if any (the `self` scope sees only these).
    public internal(set) var assignee: String?
    /// The team or office within the agency (the `group` scope).
    public internal(set) var group: String?
    /// A hand-over to another agency or group, waiting for the receiving side.
    public internal(set) var referral: Referral?
    /// What the entitlements depend on (household, age, disability, …).
    public internal(set) var support: SupportProfile
    public internal(set) var payments: [Payment]
    /// A lifecycle event proposed and waiting for a second officer's approval (`Approval`).
    public internal(set) var approval: Approval?
    public private(set) var history: [Entry]
    public private(set) var version: Int

    /// One accepted event (or a change of hands), with who did it.
    public struct Entry: Hashable, Sendable, Codable {
        public let at: Date
        public let by: String
        public let from: CaseState
        public let event: CaseEvent
        public let to: CaseState
    }

    /// A new file in custody, held by the military (domain.md §5.1).
    public init(id: CaseID, opened: Date, origin: CaseOrigin? = nil, agency: Agency = .military, group: String? = nil) {
        self.id = id
        self.opened = opened
        self.origin = origin
        self.state = .custody
        self.updated = opened
        self.detours = []
        self.agency = agency
        self.group = group
        self.support = SupportProfile()
        self.payments = []
        self.history = []
        self.version = 0
    }

    /// Applies `event` at `at`, done by user `by`. Refused (and the file unchanged) when the
    /// table has no such transition, a guard forbids it, or `at` is before the last change.
    public mutating func handle(_ event: CaseEvent, at: Date, by: String) throws(CaseError) {
        guard at >= updated else { throw .eventBeforeLastChange(event: event.name) }
        guard let transition = CaseTransition.find(from: state, event: event.name) else {
            throw .transitionNotAllowed(from: state, event: event.name)
        }
        try check(event, by: by)
        var detours = self.detours
        let to: CaseState
        switch transition.to {
        case .state(let s):
            to = s
            if [.hospital, .repatriationRequested, .closed].contains(s) { detours.append(state) }
        case .resume:
            guard let back = detours.popLast() else {
                throw .ruleBroken(event: event.name, reason: "the file does not say where the case was before; reopen it by hand")
            }
            to = back
        }
        if case .protectionDecided(let d) = event { decision = d }
        self.detours = detours
        history.append(Entry(at: at, by: by, from: state, event: event, to: to))
        state = to
        updated = at
        version += 1
    }

    /// The guards the table alone cannot express.
    private func check(_ event: CaseEvent, by: String) throws(CaseError) {
        switch event {
        case .enteredSettlementCentre:
            guard decision?.leadsToSettlement == true else {
                throw .ruleBroken(event: event.name, reason: "only a person decided protected or specially protected enters Hanawon")
            }
        case .closed(let reason):
            let fits: Bool =
                switch (state, reason) {
                case (_, .died): true
                case (.protectionDecided, .notProtected): decision == .notProtected
                case (.residenceProtection, .residenceProtectionEnded): true
                case (.handedBack, .repatriated): true
                default: false
                }
            guard fits else {
                throw .ruleBroken(event: event.name, reason: "a case '\(state.rawValue)' cannot close as '\(reason.rawValue)'")
            }
            if state == .protectionDecided, decision != .notProtected, reason != .died {
                throw .ruleBroken(event: event.name, reason: "a protected person goes on to Hanawon")
            }
        case .freeWillVerified(let verifier):
            // Free will is checked by someone other than the one who wrote the request down
            // (2025: the UNC MAC and the NNSC checked the returnees' intent).
            guard !verifier.trimmingCharacters(in: .whitespaces).isEmpty else {
                throw .invalid(field: "verifier", reason: "name who verified the person's free will (an official, the UNC MAC, the NNSC)")
            }
            if let requester = returnRequestedBy, requester == by || requester == verifier.trimmingCharacters(in: .whitespaces) {
                throw .ruleBroken(
                    event: event.name,
                    reason: "free will must be verified by someone other than the officer who recorded the request (\(requester))")
            }
        default:
            break
        }
    }

    /// Who recorded the request to go home now pending, if one is.
    public var returnRequestedBy: String? {
        guard [.repatriationRequested, .freeWillVerified, .northNotified].contains(state) else { return nil }
        return history.last(where: { $0.event == .returnRequested })?.by
    }

    /// When the case entered its current state.
    public var enteredCurrentState: Date { history.last?.at ?? opened }

    /// Bumps the version for a change outside the lifecycle (payments, support, identity, referrals).
    mutating func touch(at: Date) {
        updated = max(updated, at)
        version += 1
    }
}
