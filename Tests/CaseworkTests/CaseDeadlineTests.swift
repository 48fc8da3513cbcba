import Casework
import Foundation
import GuidepostCore
import Testing

/// Deadlines of the states the law times (domain.md §5.2), worked out by hand in Korean time:
/// a 6-month protection-centre stay, Hanawon's 12 weeks (84 days), 5 years of residence
/// protection, and custody handed over the same day; due soon from a tenth of the period before.
@Suite struct CaseDeadlineTests {
    static let day = 86_400.0

    /// A file moved along `events`, each at its time.
    static func file(opened: Date, _ events: [(CaseEvent, Date)]) throws -> CaseFile {
        var f = CaseFile(id: "c-1", opened: opened)
        for (e, t) in events { try f.handle(e, at: t, by: e.name == .freeWillVerified ? "officer-b" : "officer-a") }
        return f
    }

    static func atProtectionCentre(_ entered: Date) throws -> CaseFile {
        try file(opened: entered - 7200, [(.questioningStarted, entered - 3600), (.handedToProtectionCentre, entered)])
    }

    @Test func theProtectionCentreStayEndsSixMonthsOn() throws {
        let entered = kst("2025-01-10 10:00")
        let d = try #require(CaseDeadline.of(try Self.atProtectionCentre(entered)))
        let due = kst("2025-07-10 10:00")
        #expect(d.due == due)
        // 2025-01-10 → 2025-07-10 is 21 + 28 + 31 + 30 + 31 + 30 + 10 = 181 days; a tenth is 18.1 days.
        #expect(d.warnFrom == due - 18.1 * Self.day)
        #expect(d.status(at: d.warnFrom - 1) == .onTime)
        #expect(d.status(at: d.warnFrom) == .dueSoon)
        #expect(d.status(at: due) == .dueSoon)
        #expect(d.status(at: due + 1) == .overdue)
    }

    @Test func hanawonIsEightyFourDays() throws {
        let entered = kst("2025-03-01 10:00")
        let f = try Self.file(opened: entered - 4 * 3600, [
            (.questioningStarted, entered - 3 * 3600), (.handedToProtectionCentre, entered - 2 * 3600),
            (.protectionDecided(.protected), entered - 3600), (.enteredSettlementCentre, entered),
        ])
        let d = try #require(CaseDeadline.of(f))
        #expect(d.due == kst("2025-05-24 10:00") && d.due == entered + 84 * Self.day)
        #expect(d.warnFrom == entered + 84 * Self.day * 0.9)
    }

    @Test func residenceProtectionIsFiveYears() throws {
        let entered = kst("2024-05-01 10:00")
        let f = try Self.file(opened: entered - 5 * 3600, [
            (.questioningStarted, entered - 4 * 3600), (.handedToProtectionCentre, entered - 3 * 3600),
            (.protectionDecided(.specialProtection), entered - 2 * 3600), (.enteredSettlementCentre, entered - 3600),
            (.completedSettlementCentre, entered),
        ])
        let d = try #require(CaseDeadline.of(f))
        // 2024-05-01 → 2029-05-01: 5 × 365 days + 1 leap day (2028-02-29).
        #expect(d.due == kst("2029-05-01 10:00") && d.due == entered + 1826 * Self.day)
    }

    @Test func custodyIsHandedOverTheSameDay() throws {
        let opened = kst("2025-06-01 10:00")
        let d = try #require(CaseDeadline.of(try Self.file(opened: opened, [(.questioningStarted, opened + 3600)])))
        #expect(d.due == opened + Self.day)
        #expect(d.status(at: opened + 2 * Self.day) == .overdue)
    }

    @Test func untimedStatesHaveNoDeadline() throws {
        let t = kst("2025-06-01 10:00")
        #expect(CaseDeadline.of(try Self.file(opened: t, [(.admittedToHospital, t)])) == nil)
        #expect(CaseDeadline.of(try Self.file(opened: t, [(.returnRequested, t)])) == nil)
        #expect(CaseDeadline.of(try Self.file(opened: t, [(.closed(.died), t)])) == nil)
    }

    @Test func aDetourDoesNotRestartTheClock() throws {
        var f = try Self.atProtectionCentre(kst("2025-01-10 10:00"))
        try f.handle(.admittedToHospital, at: kst("2025-02-01 10:00"), by: "officer-a")
        try f.handle(.discharged, at: kst("2025-02-10 10:00"), by: "officer-a")
        try f.handle(.returnRequested, at: kst("2025-03-01 10:00"), by: "officer-a")
        try f.handle(.returnWithdrawn, at: kst("2025-03-02 10:00"), by: "officer-a")
        #expect(f.state == .protectionCentre)
        #expect(CaseDeadline.of(f)?.due == kst("2025-07-10 10:00"))
    }

    @Test func remindersListOnlyDueCasesTheUserMaySee() async throws {
        let fx = try DeskFixture()
        // Due soon at the protection centre (entered 2025-01-10, warned from 2025-06-21 22:48).
        try await fx.bring("due-soon", to: .protectionCentre, endingAt: kst("2025-01-10 10:00"))
        // On time at Hanawon (entered 2025-06-01, due 2025-08-24).
        try await fx.bring("on-time", to: .settlementCentre, endingAt: kst("2025-06-01 10:00"))
        // Overdue in military custody (opened 2025-06-28, to hand over by 2025-06-29).
        try await fx.bring("overdue", to: .questioning, endingAt: kst("2025-06-28 11:00"))
        let now = kst("2025-07-01 10:00")
        func reminders(_ who: Principal) async throws -> [String] {
            try await fx.desk.reminders(at: now, as: who).map { "\($0.0):\($0.2.rawValue)" }.sorted()
        }
        #expect(try await reminders(People.investigator) == ["due-soon:due-soon"])
        #expect(try await reminders(People.custody) == ["overdue:overdue"])
        #expect(try await reminders(People.settlement) == [])
        #expect(try await reminders(People.press) == ["due-soon:due-soon", "overdue:overdue"])
        #expect(try await reminders(People.protection) == [])
        #expect(try await reminders(People.investigator) == ["due-soon:due-soon"])
        let early = kst("2025-06-21 10:00")
        #expect(try await fx.desk.reminders(at: early, as: People.investigator).isEmpty, "not yet a tenth of the stay before")
    }
}
