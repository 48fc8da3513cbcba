import Casework
import Foundation
import GuidepostCore
import StoreCore
import Testing

/// Bad input through `CaseDesk` is refused like any other refusal: the stored case unchanged,
/// and the attempt in the audit trail under the actor, naming the field but never the value.
@Suite struct InvalidInputTests {
    static let t = kst("2025-03-02 10:00")

    static func expectRefusedAndAudited(
        _ fx: DeskFixture, _ what: String, record: String?, as who: Principal, _ body: () async throws -> Void
    ) async throws {
        let cases = await fx.store.all()
        let before = await fx.trail()
        await expectCaseError(what, { if case .invalid = $0 { true } else { false } }, body)
        #expect(await fx.store.all() == cases, "\(what): changed a case")
        let trail = await fx.trail()
        #expect(trail.count == before.count + 1, "\(what): one audit entry")
        let last = trail.last?.draft
        #expect(last?.outcome == .refused && last?.actor == who.user && last?.record == record, "\(what): \(String(describing: last))")
        #expect(last?.detail.contains("Kim Chol-Su") == false && last?.detail.contains("Kim/Chol") == false)
    }

    @Test func badInputIsRefusedAndAudited() async throws {
        let fx = try DeskFixture()
        try await fx.bring("c-1", to: .settlementCentre, endingAt: kst("2025-03-01 10:00"))
        try await fx.desk.refer("c-1", to: .residenceProtection, assignee: People.protection.user, at: Self.t, as: People.settlement)
        try await Self.expectRefusedAndAudited(fx, "a case id that is a name", record: nil, as: People.custody) {
            try await fx.desk.open(CaseID("Kim/Chol Su"), at: Self.t, as: People.custody)
        }
        try await Self.expectRefusedAndAudited(fx, "a birth date that is no date", record: "c-1", as: People.investigator) {
            try await fx.desk.identify("c-1", IdentityChange(birthDate: "1998-02-30"), at: Self.t, as: People.investigator)
        }
        try await Self.expectRefusedAndAudited(fx, "an empty note", record: "c-1", as: People.settlement) {
            try await fx.desk.note("c-1", "", at: Self.t, as: People.settlement)
        }
        try await Self.expectRefusedAndAudited(fx, "a household of 0", record: "c-1", as: People.settlement) {
            try await fx.desk.support("c-1", SupportProfile(householdSize: 0), at: Self.t, as: People.settlement)
        }
        try await Self.expectRefusedAndAudited(fx, "a rejection without a reason", record: "c-1", as: People.protection) {
            try await fx.desk.reject("c-1", reason: "  ", at: Self.t, as: People.protection)
        }
        try await Self.expectRefusedAndAudited(fx, "a payment of nothing", record: "c-1", as: People.settlement) {
            try await fx.desk.pay("c-1", item: "emergency-living", amount: 0, at: Self.t, as: People.settlement)
        }
    }
}
