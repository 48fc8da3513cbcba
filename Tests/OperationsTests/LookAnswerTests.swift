import GuidepostCore
import Operations
import TestSupport
import Testing

/// The answer waits for the look (issue 21: looks queue for operators), and "cannot tell" is
/// settled by the track: a track that moves like a person gets a team, one that does not is
/// watched and looked at again when it keeps coming south.
@Suite struct LookAnswerTests {
    /// One alert on a track walking south in the DMZ (class `cls`); a look is asked at once and
    /// its view `view` comes in at `viewAt`. Returns every update to t = 1,200 s.
    static func run(_ view: CameraView?, viewAt: Double, cls: TargetClass = .human, seed: UInt64 = 1) -> [AlertUpdate] {
        var policy = AlertPolicy(geometry: StraightGeometry(), operator: AttentiveOperator(seed: seed))
        var out: [AlertUpdate] = []
        for t in stride(from: 0.0, through: 1200, by: 1) {
            if t == viewAt, let view, let id = policy.alerts.first?.alert.id { policy.noteCamera(view, for: id, at: t) }
            let updates = policy.update(at: t, tracks: [track("T1", t: t, s: 5000, d: 600 - 0.5 * t, vd: -0.5, cls: cls)])
            for u in updates { if case .raised(let a) = u { policy.noteLooking(a.id) } }
            out += updates
        }
        return out + policy.finish(at: 1200)
    }

    static func answers(_ updates: [AlertUpdate]) -> [(kind: String, t: Double, reason: String)] {
        updates.compactMap {
            switch $0 {
            case .acknowledged(_, let t, let r): ("acknowledged", t, r)
            case .dismissed(_, let t, let r): ("dismissed", t, r)
            case .escalated(_, let t, let r): ("escalated", t, r)
            default: nil
            }
        }
    }

    @Test func theAnswerWaitsForALateView() {
        withEverySeed(0..<10) { seed, _ in
            // The attentive operator's answer is due 30–60 s after the raise; the view comes at 100 s.
            let a = Self.answers(Self.run(.shows(.human), viewAt: 100, seed: seed))
            #expect(a.map(\.kind) == ["acknowledged"] && a.first?.t == 100, "seed \(seed): \(a)")
            #expect(a.first?.reason.contains("shows a person") == true)
            // An early view: the answer comes when it was due, not before.
            let early = Self.answers(Self.run(.shows(.animal), viewAt: 5, seed: seed))
            #expect(early.first?.kind == "dismissed" && (early.first?.t ?? 0) >= 30, "seed \(seed): \(early)")
        }
    }

    @Test func aViewThatNeverComesHoldsTheAnswerOnlyForTheLimit() {
        // No view at all: the unanswered timer (120 s) escalates before the answer's wait (180 s past due) runs out.
        let a = Self.answers(Self.run(nil, viewAt: -1))
        #expect(a.first?.kind == "escalated" && a.first?.reason.contains("no operator answer") == true, "\(a)")
    }

    @Test func cannotTellSendsATeamToATrackThatMovesLikeAPerson() {
        let a = Self.answers(Self.run(.cannotTell, viewAt: 50, cls: .human))
        #expect(a.first?.kind == "acknowledged" && a.first?.reason.contains("a team goes to look") == true, "\(a)")
    }

    @Test func cannotTellOnAnUnknownTrackIsWatchedAndLookedAtAgainWhenItComesSouth() {
        let updates = Self.run(.cannotTell, viewAt: 50, cls: .unknown)
        let a = Self.answers(updates)
        #expect(a.first?.kind == "dismissed" && a.first?.reason.contains("watched") == true, "\(a)")
        // Walking on south (0.5 m/s) past the re-raise distance brings it back for a look.
        #expect(updates.contains { if case .reRaised = $0 { true } else { false } })
    }
}
