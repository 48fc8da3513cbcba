/// Which lifecycle events a role may record. The three hand-overs between agencies
/// (to the protection centre, into Hanawon, into residence protection) are not here: they
/// happen only when the receiving side accepts a referral (`Referral`).
public enum EventAccess {
    public static func may(_ role: Role, record event: CaseEventName) -> Bool {
        switch role {
        case .custodyOfficer:
            [.questioningStarted, .returnRequested, .admittedToHospital, .discharged, .closed].contains(event)
        case .investigator:
            [.protectionDecided, .returnRequested, .returnWithdrawn, .freeWillVerified, .northNotified, .handedBack,
             .admittedToHospital, .discharged, .closed, .reopened].contains(event)
        case .settlementOfficer:
            [.returnRequested, .admittedToHospital, .discharged, .closed].contains(event)
        case .protectionOfficer:
            [.closed, .reopened].contains(event)
        case .publicAffairs, .auditor:
            false
        }
    }
}
