import CaseVault
import Casework
import Foundation
import GuidepostCore
import StoreCore
import Testing

/// Approvals: special protection (decided above the investigating officer, domain.md §5.2
/// item 3) and a refusal of protection take a second officer; the proposer cannot approve; a
/// declined proposal leaves the case undecided; nothing else moves while one waits.
@Suite struct ApprovalTests {
    static let t = ISO8601DateFormatter().date(from: "2025-03-01T10:00:00+09:00")!

    @Test(arguments: [ProtectionDecision.specialProtection, .notProtected])
    func aGraveDecisionTakesASecondOfficer(_ decision: ProtectionDecision) async throws {
        let fx = try DeskFixture()
        try await fx.bring("c-1", to: .protectionCentre, endingAt: Self.t)
        var f = try await fx.desk.advance("c-1", .protectionDecided(decision), at: Self.t, as: People.investigator)
        #expect(f.state == .protectionCentre && f.decision == nil && f.approval?.by == People.investigator.user, "proposed, not yet in force")
        // Nothing else moves meanwhile, and the proposer cannot approve.
        await expectCaseError("advance while pending", { $0.isRefused }) {
            try await fx.desk.advance("c-1", .admittedToHospital, at: Self.t, as: People.investigator)
        }
        await expectCaseError("self-approval", { $0.isRefused }) { try await fx.desk.approve("c-1", at: Self.t, as: People.investigator) }
        await expectCaseError("a settlement officer approving (not even in scope)", { $0 == .notFound("c-1") }) {
            try await fx.desk.approve("c-1", at: Self.t, as: People.settlement)
        }
        f = try await fx.desk.approve("c-1", at: Self.t.addingTimeInterval(60), as: People.investigator2)
        #expect(f.state == .protectionDecided && f.decision == decision && f.approval == nil)
        #expect(f.history.last?.by == People.investigator2.user, "recorded as the approver's decision")
        let actions = await fx.trail().map(\.draft.action)
        #expect(actions.contains("case.approve") && actions.filter { $0 == "case.advance protection-decided" }.count >= 1)
    }

    @Test func aDeclinedProposalLeavesTheCaseUndecidedAndSealsTheReason() async throws {
        let fx = try DeskFixture()
        try await fx.bring("c-1", to: .protectionCentre, endingAt: Self.t)
        try await fx.desk.advance("c-1", .protectionDecided(.notProtected), at: Self.t, as: People.investigator)
        let f = try await fx.desk.decline("c-1", reason: "screening by Officer Kwon is not finished", at: Self.t, as: People.investigator2)
        #expect(f.state == .protectionCentre && f.decision == nil && f.approval == nil)
        #expect(!(await fx.trail()).contains { $0.draft.detail.contains("Kwon") }, "the reason is sealed, not in the trail")
        let view = try await fx.desk.show("c-1", at: Self.t, as: People.investigator)
        #expect(view.identity?.notes.last?.text.contains("Officer Kwon") == true)
        // The protected decision takes no approval.
        let g = try await fx.desk.advance("c-1", .protectionDecided(.protected), at: Self.t, as: People.investigator)
        #expect(g.state == .protectionDecided && g.approval == nil)
    }
}
