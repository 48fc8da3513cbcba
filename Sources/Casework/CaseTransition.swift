/// One allowed transition of the case lifecycle: in state `from`, event `event` moves the case
/// to `to`. The table is the single source of truth for `CaseFile.handle`; docs/casework.md
/// draws it. Rules that need more than the pair (which decision leads on, who verifies free
/// will, which close reason fits) are `CaseFile`'s guards.
public struct CaseTransition: Hashable, Sendable {
    /// Where an event leads: a fixed state, or back to where the case was before a detour
    /// (hospital, a withdrawn request to go home, a reopened file).
    public enum Target: Hashable, Sendable {
        case state(CaseState)
        case resume
    }

    public let from: CaseState
    public let event: CaseEventName
    public let to: Target

    public init(_ from: CaseState, _ event: CaseEventName, _ to: Target) {
        self.from = from
        self.event = event
        self.to = to
    }

    /// States from which the person may still ask to go home, or be taken to hospital.
    static let beforeResettlement: [CaseState] = [.custody, .militaryQuestioning, .protectionCentre, .protectionDecided, .settlementCentre]

    /// Every allowed transition. Anything else is refused and leaves the case unchanged.
    public static let table: [CaseTransition] = {
        var t: [CaseTransition] = [
            // The military phase (§5.1) and the protection path (§5.2).
            .init(.custody, .questioningStarted, .state(.militaryQuestioning)),
            .init(.militaryQuestioning, .handedToProtectionCentre, .state(.protectionCentre)),
            .init(.protectionCentre, .protectionDecided, .state(.protectionDecided)),
            .init(.protectionDecided, .enteredSettlementCentre, .state(.settlementCentre)),
            .init(.settlementCentre, .completedSettlementCentre, .state(.residenceProtection)),
            .init(.protectionDecided, .closed, .state(.closed)),  // not protected
            .init(.residenceProtection, .closed, .state(.closed)),
            // Repatriation (§5.4).
            .init(.repatriationRequested, .freeWillVerified, .state(.freeWillVerified)),
            .init(.freeWillVerified, .northNotified, .state(.northNotified)),
            .init(.northNotified, .handedBack, .state(.handedBack)),
            .init(.handedBack, .closed, .state(.closed)),
            .init(.repatriationRequested, .returnWithdrawn, .resume),
            .init(.freeWillVerified, .returnWithdrawn, .resume),
            .init(.northNotified, .returnWithdrawn, .resume),
            // Hospital and reopening.
            .init(.hospital, .discharged, .resume),
            .init(.closed, .reopened, .resume),
        ]
        for s in beforeResettlement {
            t.append(.init(s, .returnRequested, .state(.repatriationRequested)))
            t.append(.init(s, .admittedToHospital, .state(.hospital)))
        }
        // A person may die in any open state.
        for s in CaseState.allCases where s != .closed && !t.contains(where: { $0.from == s && $0.event == .closed }) {
            t.append(.init(s, .closed, .state(.closed)))
        }
        return t
    }()

    /// The transition for `event` in `state`, if allowed.
    public static func find(from state: CaseState, event: CaseEventName) -> CaseTransition? {
        table.first { $0.from == state && $0.event == event }
    }
}
