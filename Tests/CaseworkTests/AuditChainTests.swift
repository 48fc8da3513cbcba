import Casework
import Foundation
import GuidepostCore
import StoreCore
import Testing

/// The audit trail is tamper-evident: a trail written by real desk calls verifies clean, and an
/// edited, deleted or reordered entry is reported, naming the entry.
@Suite struct AuditChainTests {
    /// A trail of desk calls: reads, changes and refusals.
    static func realTrail() async throws -> [AuditEntry] {
        let fx = try DeskFixture()
        try await fx.bring("c-1", to: .protectionCentre, endingAt: kst("2025-03-01 10:00"))
        _ = try await fx.desk.show("c-1", at: kst("2025-03-01 11:00"), as: People.press)
        _ = try? await fx.desk.note("c-1", "x", at: kst("2025-03-01 11:00"), as: People.press)
        _ = try? await fx.desk.show("ghost", at: kst("2025-03-01 11:00"), as: People.custody)
        _ = try await fx.desk.auditTrail(at: kst("2025-03-01 12:00"), as: People.auditor)
        return await fx.trail()
    }

    @Test func aTrailFromRealCallsVerifiesClean() async throws {
        let trail = try await Self.realTrail()
        #expect(trail.count >= 10)
        #expect(trail.map(\.seq) == Array(1...trail.count))
        #expect(trail.contains { $0.draft.outcome == .refused } && trail.contains { $0.draft.outcome == .allowed })
        #expect(AuditChain.verify(trail).isEmpty)
    }

    @Test func anEditedEntryIsFound() async throws {
        let trail = try await Self.realTrail()
        for edit in 0..<4 {
            var t = trail
            switch edit {
            case 0: t[4].draft.detail += " (amended)"
            case 1: t[4].draft.outcome = t[4].draft.outcome == .allowed ? .refused : .allowed
            case 2: t[4].draft.actor = "someone-else"
            default: t[4].draft.at += 1
            }
            let problems = AuditChain.verify(t)
            #expect(problems.map(\.seq) == [5], "edit \(edit): \(problems)")
            #expect(problems.first?.description.contains("#5") == true)
        }
    }

    @Test func anEditThatAlsoRehashesTheEntryBreaksTheNextLink() async throws {
        var t = try await Self.realTrail()
        t[4].draft.detail = "nothing happened"
        t[4].hash = AuditChain.hash(seq: 5, draft: t[4].draft, previousHash: t[4].previousHash)
        #expect(AuditChain.verify(t).map(\.seq) == [6])
    }

    @Test func aDeletedEntryIsFound() async throws {
        var t = try await Self.realTrail()
        t.remove(at: 4)
        let problems = AuditChain.verify(t)
        #expect(!problems.isEmpty && problems.allSatisfy { $0.seq == 6 }, "\(problems)")
        // The last entry removed is not detectable from the chain alone: the count is what shows it.
        #expect(AuditChain.verify(Array(t.dropLast())).allSatisfy { $0.seq == 6 })
    }

    @Test func swappedEntriesAreFound() async throws {
        var t = try await Self.realTrail()
        t.swapAt(3, 4)
        let problems = AuditChain.verify(t)
        #expect(Set(problems.map(\.seq)).isSuperset(of: [4, 5]), "\(problems)")
        #expect(problems.contains { $0.reason.contains("missing or out of order") })
    }
}
