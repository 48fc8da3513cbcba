import Casework
import Foundation
import GuidepostCore
import StoreCore
import Testing

/// Record scope (self, group, agency, all): a user outside it gets `.notFound` (the case's
/// existence is not confirmed) and the attempt is audited; the receiving side of a referral
/// sees the case it is offered.
@Suite struct ScopeTests {
    static let t = kst("2025-03-10 10:00")

    /// The last audit entry is a refusal of `action` on `id` by `who`, and it is the only new one.
    static func expectRefusalAudited(_ fx: DeskFixture, since before: [AuditEntry], _ who: Principal, _ id: CaseID) async {
        let trail = await fx.trail()
        #expect(trail.count == before.count + 1)
        let last = trail.last?.draft
        #expect(last?.outcome == .refused && last?.actor == who.user && last?.record == id.rawValue, "\(String(describing: last))")
    }

    static func expectOutside(_ fx: DeskFixture, _ id: CaseID, _ who: Principal) async throws {
        let stored = try await fx.stored(id)
        let before = await fx.trail()
        await expectCaseError("\(who.user) shows \(id)", { $0 == .notFound(id) }) { _ = try await fx.desk.show(id, at: t, as: who) }
        await expectRefusalAudited(fx, since: before, who, id)
        #expect(try await fx.desk.list(at: t, as: who).contains { $0.id == id } == false, "\(who.user) lists \(id)")
        #expect(try await fx.stored(id) == stored)
    }

    static func expectInside(_ fx: DeskFixture, _ id: CaseID, _ who: Principal) async throws {
        _ = try await fx.desk.show(id, at: t, as: who)
        #expect(await fx.trail().last?.draft.outcome == .allowed)
        #expect(try await fx.desk.list(at: t, as: who).contains { $0.id == id }, "\(who.user) does not list \(id)")
    }

    @Test func selfScopeSeesOnlyTheUsersOwnCases() async throws {
        let fx = try DeskFixture()
        try await fx.bring("c-1", to: .residence, endingAt: kst("2025-03-01 10:00"))  // assigned to People.protection
        try await Self.expectInside(fx, "c-1", People.protection)
        try await Self.expectOutside(fx, "c-1", Principal(user: "po-other", role: .protectionOfficer, group: "nowon"))
    }

    @Test func groupScopeSeesTheGroupsCasesOnly() async throws {
        let fx = try DeskFixture()
        try await fx.bring("c-1", to: .questioning, endingAt: kst("2025-03-01 10:00"))  // opened by gop-3
        try await Self.expectInside(fx, "c-1", Principal(user: "sgt-a", role: .custodyOfficer, scope: .group, group: "gop-3"))
        try await Self.expectOutside(fx, "c-1", Principal(user: "sgt-b", role: .custodyOfficer, scope: .group, group: "gop-5"))
        try await Self.expectOutside(fx, "c-1", Principal(user: "sgt-c", role: .custodyOfficer, scope: .group, group: nil))
    }

    @Test func agencyScopeSeesWhatTheAgencyHoldsOrIsOffered() async throws {
        let fx = try DeskFixture()
        try await fx.bring("held", to: .protectionCentre, endingAt: kst("2025-03-01 10:00"))
        try await fx.bring("military", to: .questioning, endingAt: kst("2025-03-01 10:00"))
        try await fx.bring("offered", to: .questioning, endingAt: kst("2025-03-01 10:00"))
        try await fx.desk.refer("offered", to: .protectionCentre, at: kst("2025-03-02 10:00"), as: People.custody)
        try await Self.expectInside(fx, "held", People.investigator2)
        try await Self.expectInside(fx, "offered", People.investigator2)  // the receiving agency sees the referral
        try await Self.expectOutside(fx, "military", People.investigator2)
        try await Self.expectOutside(fx, "held", People.custody)  // handed over: the military no longer sees it
        try await Self.expectOutside(fx, "held", People.settlement)
    }

    @Test func allScopeSeesEveryCase() async throws {
        let fx = try DeskFixture()
        try await fx.bring("a", to: .questioning, endingAt: kst("2025-03-01 10:00"))
        try await fx.bring("b", to: .residence, endingAt: kst("2025-03-01 10:00"))
        for who in [People.press, People.auditor] {
            #expect(try await fx.desk.list(at: Self.t, as: who).map(\.id) == ["a", "b"])
        }
    }

    @Test func anUnknownCaseIsNotFoundAndAudited() async throws {
        let fx = try DeskFixture()
        let before = await fx.trail()
        await expectCaseError("show of a missing case", { $0 == .notFound("ghost") }) {
            _ = try await fx.desk.show("ghost", at: Self.t, as: People.press)
        }
        await Self.expectRefusalAudited(fx, since: before, People.press, "ghost")
    }

    @Test func aWriteOutsideScopeIsNotFoundAndChangesNothing() async throws {
        let fx = try DeskFixture()
        try await fx.bring("c-1", to: .residence, endingAt: kst("2025-03-01 10:00"))
        let other = Principal(user: "po-other", role: .protectionOfficer)
        let stored = try await fx.stored("c-1")
        let before = await fx.trail()
        await expectCaseError("note outside scope", { $0 == .notFound("c-1") }) {
            _ = try await fx.desk.note("c-1", "not mine", at: Self.t, as: other)
        }
        await Self.expectRefusalAudited(fx, since: before, other, "c-1")
        #expect(try await fx.stored("c-1") == stored)
    }

    @Test func seeingACaseIsNotHoldingIt() async throws {
        // The receiving side sees an offered case but changes nothing before accepting; a user
        // who sees every case changes only what their agency holds.
        let fx = try DeskFixture()
        try await fx.bring("c-1", to: .questioning, endingAt: kst("2025-03-01 10:00"))
        try await fx.desk.refer("c-1", to: .protectionCentre, at: kst("2025-03-02 10:00"), as: People.custody)
        let everywhere = Principal(user: "inv-all", role: .investigator, scope: .all)
        for who in [People.investigator, everywhere] {
            let stored = try await fx.stored("c-1")
            let before = await fx.trail()
            await expectCaseError("\(who.user) notes a case it does not hold", { $0.isRefused }) {
                try await fx.desk.note("c-1", "seen, not held", at: Self.t, as: who)
            }
            await expectCaseError("\(who.user) moves a case it does not hold", { $0.isRefused }) {
                try await fx.desk.advance("c-1", .returnRequested, at: Self.t, as: who)
            }
            #expect(try await fx.stored("c-1") == stored)
            let refusals = await fx.trail().dropFirst(before.count)
            #expect(refusals.count == 2 && refusals.allSatisfy { $0.draft.outcome == .refused && $0.draft.actor == who.user })
        }
    }
}
