import Casework
import Foundation
import GuidepostCore
import StoreCore
import Testing

/// Hand-overs between agencies (`CaseDesk.refer`, `accept`, `reject`): only along the law's
/// routes, applied when the receiving side accepts, left undone when it rejects.
@Suite struct ReferralTests {
    static let t = kst("2025-03-02 10:00")

    @Test func theProtectionCentreAcceptsACaseFromCustody() async throws {
        let fx = try DeskFixture()
        try await fx.bring("c-1", to: .questioning, endingAt: kst("2025-03-01 10:00"))
        let referred = try await fx.desk.refer("c-1", to: .protectionCentre, group: "team-1", assignee: "inv-park", at: Self.t, as: People.custody)
        #expect(referred.state == .militaryQuestioning && referred.agency == .military, "nothing moves before the receiver accepts")
        #expect(referred.referral?.to == .protectionCentre && referred.referral?.event == .handedToProtectionCentre)
        let accepted = try await fx.desk.accept("c-1", at: Self.t.addingTimeInterval(3600), as: People.investigator)
        #expect(accepted.state == .protectionCentre)
        #expect(accepted.agency == .protectionCentre && accepted.group == "team-1" && accepted.assignee == "inv-park")
        #expect(accepted.referral == nil)
        #expect(accepted.history.last?.event == .handedToProtectionCentre && accepted.history.last?.by == People.investigator.user)
        #expect(try await fx.stored("c-1").file == accepted)
    }

    @Test func acceptingWithoutANamedOfficerAssignsTheAcceptor() async throws {
        let fx = try DeskFixture()
        try await fx.bring("c-1", to: .questioning, endingAt: kst("2025-03-01 10:00"))
        try await fx.desk.refer("c-1", to: .protectionCentre, at: Self.t, as: People.custody)
        let accepted = try await fx.desk.accept("c-1", at: Self.t, as: People.investigator2)
        #expect(accepted.assignee == People.investigator2.user && accepted.group == People.investigator2.group)
    }

    @Test func aRejectedReferralLeavesTheCaseAndSealsTheReason() async throws {
        let fx = try DeskFixture()
        try await fx.bring("c-1", to: .questioning, endingAt: kst("2025-03-01 10:00"))
        try await fx.desk.refer("c-1", to: .protectionCentre, at: Self.t, as: People.custody)
        let offered = try await fx.stored("c-1").file
        let reason = "Colonel Ri Myong-Chol of the 5th Corps must be questioned first"
        let rejected = try await fx.desk.reject("c-1", reason: reason, at: Self.t, as: People.investigator)
        #expect(rejected.state == .militaryQuestioning && rejected.agency == .military && rejected.assignee == People.custody.user)
        #expect(rejected.referral == nil && rejected.history == offered.history)
        // The reason is a sealed note: the custody officer reads it, the public file does not hold it.
        let view = try await fx.desk.show("c-1", at: Self.t, as: People.custody)
        #expect(view.identity?.notes.last?.text.hasSuffix(reason) == true && view.identity?.notes.last?.by == People.investigator.user)
        let encoder = JSONEncoder()
        let publicFile = String(decoding: try encoder.encode(try await fx.stored("c-1").file), as: UTF8.self)
        let everything = String(decoding: try encoder.encode(try await fx.stored("c-1")), as: UTF8.self)
        let trail = String(decoding: try encoder.encode(await fx.trail()), as: UTF8.self)
        for haystack in [publicFile, everything, trail] {
            #expect(!haystack.contains("Ri Myong-Chol") && !haystack.contains("5th Corps"))
        }
        // And it can be referred again.
        try await fx.desk.refer("c-1", to: .protectionCentre, at: Self.t, as: People.custody)
    }

    /// A refused referral: `.refused` or `.ruleBroken`, the stored case unchanged, one refusal audited.
    static func expectRefused(
        _ fx: DeskFixture, _ id: CaseID, to: Agency, as who: Principal, _ matches: @escaping (CaseError) -> Bool
    ) async throws {
        let stored = try await fx.stored(id)
        let before = await fx.trail()
        await expectCaseError("refer \(id) to \(to)", matches) { try await fx.desk.refer(id, to: to, at: Self.t, as: who) }
        #expect(try await fx.stored(id) == stored)
        let trail = await fx.trail()
        #expect(trail.count == before.count + 1 && trail.last?.draft.outcome == .refused && trail.last?.draft.actor == who.user)
    }

    @Test func hanawonOnlyAfterAProtectedDecision() async throws {
        let fx = try DeskFixture()
        try await fx.bring("undecided", to: .protectionCentre, endingAt: kst("2025-03-01 10:00"))
        try await Self.expectRefused(fx, "undecided", to: .settlementCentre, as: People.investigator) { $0.isRefused }
        try await fx.bring("refused", to: .decided, endingAt: kst("2025-03-01 10:00"), decision: .notProtected)
        try await Self.expectRefused(fx, "refused", to: .settlementCentre, as: People.investigator) { $0.isRuleBroken }
        for d in [ProtectionDecision.protected, .specialProtection] {
            let id = CaseID("ok-\(d.rawValue)")
            try await fx.bring(id, to: .decided, endingAt: kst("2025-03-01 10:00"), decision: d)
            try await fx.desk.refer(id, to: .settlementCentre, at: Self.t, as: People.investigator)
            #expect(try await fx.desk.accept(id, at: Self.t, as: People.settlement).state == .settlementCentre)
        }
    }

    @Test func referralsOffTheLawsRoutesAreRefused() async throws {
        let fx = try DeskFixture()
        try await fx.bring("c-1", to: .questioning, endingAt: kst("2025-03-01 10:00"))
        for to in [Agency.settlementCentre, .residenceProtection, .publicAffairs, .audit] {
            try await Self.expectRefused(fx, "c-1", to: to, as: People.custody) { $0.isRefused }
        }
        // Still in custody (before questioning) the centre does not take the case yet.
        try await fx.bring("c-2", to: .custody, endingAt: kst("2025-03-01 10:00"))
        try await Self.expectRefused(fx, "c-2", to: .protectionCentre, as: People.custody) { $0.isRefused }
    }

    @Test func onlyTheReceivingSideAccepts() async throws {
        let fx = try DeskFixture()
        try await fx.bring("c-1", to: .questioning, endingAt: kst("2025-03-01 10:00"))
        try await fx.desk.refer("c-1", to: .protectionCentre, group: "team-2", at: Self.t, as: People.custody)
        let stored = try await fx.stored("c-1")
        // The sender, and an investigator of another team (who cannot even see it), cannot accept.
        await expectCaseError("sender accepts", { $0.isRefused }) { try await fx.desk.accept("c-1", at: Self.t, as: People.custody) }
        await expectCaseError("other team accepts", { $0.isNotFound }) { try await fx.desk.accept("c-1", at: Self.t, as: People.investigator) }
        #expect(try await fx.stored("c-1") == stored)
        let team2 = Principal(user: "inv-cho", role: .investigator, group: "team-2")
        #expect(try await fx.desk.accept("c-1", at: Self.t, as: team2).group == "team-2")
    }

    @Test func residenceProtectionTakesTheCaseFromHanawon() async throws {
        let fx = try DeskFixture()
        let f = try await fx.bring("c-1", to: .residence, endingAt: kst("2025-03-01 10:00"))
        #expect(f.state == .residenceProtection && f.agency == .residenceProtection && f.assignee == People.protection.user)
    }
}
