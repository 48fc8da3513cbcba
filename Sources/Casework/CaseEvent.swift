/// Something that happens to a case. `CaseFile.handle` accepts it only where the transition
/// table (`CaseTransition.table`) allows; values carried here are public (no free text about the
/// person: notes that may name people are sealed with the identity).
public enum CaseEvent: Hashable, Sendable, Codable {
    /// Military questioning begins.
    case questioningStarted
    /// The military hands the person to the protection centre (done by the centre accepting the referral).
    case handedToProtectionCentre
    /// The protection decision.
    case protectionDecided(ProtectionDecision)
    /// The person enters Hanawon (the centre accepting the referral).
    case enteredSettlementCentre
    /// The person leaves Hanawon into residence protection (the local protection office accepting the referral).
    case completedSettlementCentre
    /// The person asks to go home.
    case returnRequested
    /// The person takes back the request to go home; the case resumes where it was.
    case returnWithdrawn
    /// The person's free will to go home was verified by `verifier` (an official or a body such
    /// as the UNC MAC or the NNSC, 2025), who must not be the one who recorded the request.
    case freeWillVerified(verifier: String)
    /// The North was notified of the handback.
    case northNotified(NotificationChannel)
    /// Handed back.
    case handedBack(HandbackPlace)
    /// Admitted to hospital; the case resumes where it was on discharge.
    case admittedToHospital
    case discharged
    case closed(CloseReason)
    /// A closed case is opened again, in the state it was closed from.
    case reopened

    /// The event's stable name, the key of the transition table.
    public var name: CaseEventName {
        switch self {
        case .questioningStarted: .questioningStarted
        case .handedToProtectionCentre: .handedToProtectionCentre
        case .protectionDecided: .protectionDecided
        case .enteredSettlementCentre: .enteredSettlementCentre
        case .completedSettlementCentre: .completedSettlementCentre
        case .returnRequested: .returnRequested
        case .returnWithdrawn: .returnWithdrawn
        case .freeWillVerified: .freeWillVerified
        case .northNotified: .northNotified
        case .handedBack: .handedBack
        case .admittedToHospital: .admittedToHospital
        case .discharged: .discharged
        case .closed: .closed
        case .reopened: .reopened
        }
    }
}

/// The names of case events (what the transition table and the role permissions speak of).
public enum CaseEventName: String, Hashable, Sendable, Codable, CaseIterable {
    case questioningStarted = "questioning-started"
    case handedToProtectionCentre = "handed-to-protection-centre"
    case protectionDecided = "protection-decided"
    case enteredSettlementCentre = "entered-settlement-centre"
    case completedSettlementCentre = "completed-settlement-centre"
    case returnRequested = "return-requested"
    case returnWithdrawn = "return-withdrawn"
    case freeWillVerified = "free-will-verified"
    case northNotified = "north-notified"
    case handedBack = "handed-back"
    case admittedToHospital = "admitted-to-hospital"
    case discharged
    case closed
    case reopened
}
