import Casework
import Foundation
import GuidepostCore
import Testing

/// Entitlements from the case and the dated table, against amounts worked out by hand from
/// domain.md §5.2 item 6: settlement grant 8 M won from 2019, 9 M from 2023 (single person);
/// housing 16 M from 2018; emergency living cost at most 1.5 M a payment, 5 M in a lifetime.
@Suite struct EntitlementsTests {
    /// A case that left Hanawon (entered residence protection) at `left`.
    static func resettled(_ fx: DeskFixture, _ id: CaseID, left: Date, household: Int = 1) async throws -> CaseFile {
        try await fx.bring(id, to: .residence, endingAt: left, household: household)
    }

    static func line(_ item: String, _ file: CaseFile, _ fx: DeskFixture) -> Entitlements.Line? {
        Entitlements.statement(file, table: fx.desk.table).first { $0.item == item }
    }

    @Test func leavingHanawonIn2024IsDueNineMillionAndHousing() async throws {
        let fx = try DeskFixture()
        let left = kst("2024-05-01 10:00")
        let f = try await Self.resettled(fx, "c-1", left: left)
        let settlement = try #require(Self.line("settlement-grant", f, fx))
        let housing = try #require(Self.line("housing-grant", f, fx))
        #expect(settlement.due == 9_000_000 && settlement.dueFrom == left && settlement.outstanding == 9_000_000)
        #expect(housing.due == 16_000_000 && housing.dueFrom == left)
        #expect((settlement.due ?? 0) + (housing.due ?? 0) == 25_000_000)
        // The protection officer sees the same statement.
        let view = try await fx.desk.show("c-1", at: left, as: People.protection)
        #expect(view.entitlements?.first { $0.item == "settlement-grant" }?.due == 9_000_000)
    }

    @Test func theAmountIsTheOneInForceOnTheDayOfLeaving() async throws {
        let fx = try DeskFixture()
        #expect(Self.line("settlement-grant", try await Self.resettled(fx, "c-2020", left: kst("2020-05-01 10:00")), fx)?.due == 8_000_000)
        #expect(Self.line("settlement-grant", try await Self.resettled(fx, "c-2015", left: kst("2015-05-01 10:00")), fx)?.due == 7_000_000)
        // The table's dates are Korean midnight: from the first instant of 2023-01-01 it pays 9 M.
        #expect(Self.line("settlement-grant", try await Self.resettled(fx, "c-midnight", left: kst("2023-01-01 00:00")), fx)?.due == 9_000_000)
        #expect(Self.line("settlement-grant", try await Self.resettled(fx, "c-2023", left: kst("2023-01-01 05:00")), fx)?.due == 9_000_000)
        #expect(Self.line("settlement-grant", try await Self.resettled(fx, "c-2022", left: kst("2022-12-31 23:00")), fx)?.due == 8_000_000)
    }

    @Test func aHouseholdTheTableDoesNotCoverHasNoAmountAndSaysSo() async throws {
        let fx = try DeskFixture()
        let f = try await Self.resettled(fx, "c-3", left: kst("2024-05-01 10:00"), household: 3)
        let settlement = try #require(Self.line("settlement-grant", f, fx))
        #expect(settlement.due == nil && settlement.outstanding == nil)
        #expect(settlement.note.contains("household of 3") && settlement.note.contains("add the row"))
    }

    @Test func notYetDueBeforeLeavingHanawon() async throws {
        let fx = try DeskFixture()
        let f = try await fx.bring("c-1", to: .settlementCentre, endingAt: kst("2024-03-01 10:00"))
        #expect(Self.line("settlement-grant", f, fx)?.due == nil && Self.line("settlement-grant", f, fx)?.dueFrom == nil)
        await expectCaseError("grant paid before leaving Hanawon", { $0.isRefused }) {
            try await fx.desk.pay("c-1", item: "settlement-grant", amount: 1_000_000, at: kst("2024-03-02 10:00"), as: People.settlement)
        }
    }

    @Test func aPaymentOverWhatIsOutstandingIsRefused() async throws {
        let fx = try DeskFixture()
        let left = kst("2024-05-01 10:00")
        _ = try await Self.resettled(fx, "c-1", left: left)
        let po = People.protection
        await expectCaseError("9,000,001 of 9,000,000", { $0.isRefused }) {
            try await fx.desk.pay("c-1", item: "settlement-grant", amount: 9_000_001, at: left, as: po)
        }
        try await fx.desk.pay("c-1", item: "settlement-grant", amount: 4_000_000, at: left, as: po)
        let before = try await fx.stored("c-1")
        await expectCaseError("5,000,001 of the 5,000,000 left", { $0.isRefused }) {
            try await fx.desk.pay("c-1", item: "settlement-grant", amount: 5_000_001, at: left, as: po)
        }
        #expect(try await fx.stored("c-1") == before)
        let f = try await fx.desk.pay("c-1", item: "settlement-grant", amount: 5_000_000, at: left, as: po)
        #expect(Self.line("settlement-grant", f, fx)?.outstanding == 0 && Self.line("settlement-grant", f, fx)?.paid == 9_000_000)
        await expectCaseError("a won more", { $0.isRefused }) {
            try await fx.desk.pay("c-1", item: "settlement-grant", amount: 1, at: left, as: po)
        }
        await expectCaseError("no such item", { if case .invalid = $0 { true } else { false } }) {
            try await fx.desk.pay("c-1", item: "lottery", amount: 1, at: left, as: po)
        }
    }

    @Test func emergencyLivingCostIsCappedPerPaymentAndForLife() async throws {
        let fx = try DeskFixture()
        let f0 = try await fx.bring("c-1", to: .settlementCentre, endingAt: kst("2024-03-01 10:00"))
        #expect(Self.line("emergency-living", f0, fx)?.due == 5_000_000)
        var t = kst("2024-03-02 10:00")
        func pay(_ amount: Int) async throws { t += 60; try await fx.desk.pay("c-1", item: "emergency-living", amount: amount, at: t, as: People.settlement) }
        await expectCaseError("1,500,001 in one payment", { $0.isRefused }) { try await pay(1_500_001) }
        for _ in 0..<3 { try await pay(1_500_000) }  // 4,500,000 paid
        await expectCaseError("600,000 of the 500,000 left", { $0.isRefused }) { try await pay(600_000) }
        try await pay(500_000)
        await expectCaseError("over the 5,000,000 lifetime cap", { $0.isRefused }) { try await pay(1) }
        let f = try await fx.stored("c-1").file
        #expect(Self.line("emergency-living", f, fx)?.paid == 5_000_000 && f.payments.count == 4)
    }

    @Test func aNotProtectedCaseIsEntitledToNothing() async throws {
        let fx = try DeskFixture()
        let f = try await fx.bring("c-1", to: .decided, endingAt: kst("2024-03-01 10:00"), decision: .notProtected)
        #expect(Entitlements.statement(f, table: fx.desk.table).isEmpty)
        for item in fx.desk.table.items {
            #expect(throws: CaseError.self, "\(item)") {
                try Entitlements.check(Payment(item: item, amount: 100, at: kst("2024-03-02 10:00"), by: "x"), on: f, table: fx.desk.table)
            }
        }
        #expect(try await fx.desk.show("c-1", at: kst("2024-03-02 10:00"), as: People.auditor).entitlements == [])
    }

    @Test func addOnsFollowTheSupportProfileWithoutAnAmount() async throws {
        let fx = try DeskFixture()
        try await fx.bring("c-1", to: .settlementCentre, endingAt: kst("2024-03-01 10:00"))
        let f = try await fx.desk.support(
            "c-1", SupportProfile(aged60OrOver: true, childBornInThirdCountry: true), at: kst("2024-03-02 10:00"), as: People.settlement)
        let addOns = Entitlements.statement(f, table: fx.desk.table).filter { $0.item.hasPrefix("add-on") }
        #expect(addOns.map(\.item) == ["add-on-aged-60", "add-on-third-country-child"] && addOns.allSatisfy { $0.due == nil })
    }
}
