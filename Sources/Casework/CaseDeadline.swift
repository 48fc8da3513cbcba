public import Foundation

/// A time limit the law or practice sets on the state a case is in, and how close it is.
public struct CaseDeadline: Hashable, Sendable {
    /// What must happen by `due`.
    public var what: String
    public var due: Date
    /// From `warnFrom` on the deadline is `.dueSoon`; after `due`, `.overdue`.
    public var warnFrom: Date
    /// Where the limit comes from.
    public var source: String

    public enum Status: String, Hashable, Sendable {
        case onTime = "on-time"
        case dueSoon = "due-soon"
        case overdue
    }

    public func status(at now: Date) -> Status {
        now > due ? .overdue : now >= warnFrom ? .dueSoon : .onTime
    }

    /// The deadline of `file`'s current state, if its state has one (domain.md §5.2, §5.2 item 7):
    /// hand-over to the protection centre the same day (1 day from custody), a protection
    /// decision within the 6-month stay, Hanawon's 12 weeks, residence protection's 5 years.
    /// Reminders start a tenth of the period before (at least an hour).
    public static func of(_ file: CaseFile) -> CaseDeadline? {
        var cal = Calendar(identifier: .gregorian)
        cal.timeZone = TimeZone(secondsFromGMT: 9 * 3600)!
        // A detour (hospital, a withdrawn request to go home, a reopened file) does not restart
        // the clock: the stay began when the case last moved into this state on its way forward.
        let resumed: [CaseEventName] = [.discharged, .returnWithdrawn, .reopened]
        let since = file.history.last { $0.to == file.state && !resumed.contains($0.event.name) }?.at ?? file.opened
        let rule: (String, Date?, String)
        switch file.state {
        case .custody, .militaryQuestioning:
            rule = ("hand over to the protection centre", cal.date(byAdding: .day, value: 1, to: file.opened),
                    "domain.md §5.1, §5.2 item 7: custody to the NIS centre in hours, the same day")
        case .protectionCentre:
            rule = ("protection decision (end of the 6-month stay)", cal.date(byAdding: .month, value: 6, to: since),
                    "domain.md §5.2 item 2: a stay of up to 6 months")
        case .settlementCentre:
            rule = ("leave Hanawon for residence protection (12 weeks)", cal.date(byAdding: .day, value: 84, to: since),
                    "domain.md §5.2 item 4: 12 weeks")
        case .residenceProtection:
            rule = ("end of residence protection (5 years)", cal.date(byAdding: .year, value: 5, to: since),
                    "domain.md §5.2 item 5: 5 years")
        default:
            return nil
        }
        guard let due = rule.1 else { return nil }
        let lead = max(due.timeIntervalSince(since) / 10, 3600)
        return CaseDeadline(what: rule.0, due: due, warnFrom: due.addingTimeInterval(-lead), source: rule.2)
    }
}
