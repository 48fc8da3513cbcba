import GuidepostCore
import Operations
import TestSupport
import Testing

/// The answer waits for the look (issue 21: looks queue for operators), and a view in doubt
/// ("cannot tell", a guess) is settled by the track: watched, looked at again as it comes south,
/// and a team goes once it has kept coming south.
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
        withEverySeed(0..<5) { seed, _ in
            // No view at all: the answer (due 30–60 s after the raise) goes ahead without it 180 s
            // past due; the unanswered timer waits for the look as well (120 + 180 s).
            let a = Self.answers(Self.run(nil, viewAt: -1, seed: seed))
            #expect(a.first.map { $0.t >= 210 && $0.t <= 240 } == true, "seed \(seed): \(a)")
            #expect(a.first?.reason.contains("no operator answer") == false, "seed \(seed): \(a)")
        }
    }

    /// Whatever the tracker calls it, a view in doubt after every look is watched, not acted on:
    /// acting on the tracker's "person" sent a team to every unclear deer.
    @Test(arguments: ["cannot-tell", "unsure-human", "unsure-animal"], [TargetClass.human, .unknown])
    func aViewInDoubtIsWatched(word: String, cls: TargetClass) throws {
        let view = try #require(CameraView(word: word))
        #expect(view.isInconclusive)
        let a = Self.answers(Self.run(view, viewAt: 50, cls: cls))
        #expect(a.first?.kind == "dismissed" && a.first?.reason.contains("watched") == true, "\(a)")
    }

    /// A track in doubt that keeps walking south is looked at every `doubtReLookDistance` (150 m);
    /// while the camera still cannot settle it, it is dismissed again, and once it has come
    /// `doubtEscalateDistance` (450 m) south of where the doubt began, a team goes to look.
    @Test func aTrackInDoubtThatKeepsComingSouthGetsATeam() {
        // The track walks south at 0.5 m/s from d = 700 m; every look (asked on the raise and on
        // each re-raise) takes 40 s and says "cannot tell".
        let (updates, reRaisedAt) = TrackerCallInDoubtTests.walk(.cannotTell, cls: { _ in .human })
        let a = Self.answers(updates)
        #expect(a.first?.kind == "dismissed", "\(a)")
        // Re-raised about every 150 m of southing, not every 50 m.
        #expect(reRaisedAt.count >= 2, "\(reRaisedAt)")
        for (x, y) in zip(reRaisedAt, reRaisedAt.dropFirst()) { #expect(x - y >= 150, "\(reRaisedAt)") }
        // Dismissed again while in doubt, then a team once 450 m south of where the doubt began.
        let escalated = a.first { $0.kind == "escalated" }
        #expect(escalated?.reason.contains("a team goes to look") == true, "\(a)")
        #expect(a.prefix { $0.kind == "dismissed" }.count >= 2 && a.prefix { $0.kind == "dismissed" }.allSatisfy { $0.reason.contains("watched") }, "\(a)")
        let firstDoubt = 700 - 0.5 * (a.first?.t ?? 0)
        let teamAt = 700 - 0.5 * (escalated?.t ?? 0)
        #expect(firstDoubt - teamAt >= 450, "doubt began at d = \(firstDoubt), team at d = \(teamAt)")
        #expect(!a.contains { $0.kind == "acknowledged" })
    }

    @Test func aViewInDoubtOnATrackThatComesSouthIsLookedAtAgain() {
        let updates = Self.run(.cannotTell, viewAt: 50, cls: .unknown)
        let a = Self.answers(updates)
        #expect(a.first?.kind == "dismissed" && a.first?.reason.contains("watched") == true, "\(a)")
        // Walking on south (0.5 m/s) past the doubt's re-look distance brings it back for a look.
        #expect(updates.contains { if case .reRaised = $0 { true } else { false } })
    }

    /// The run ends while an alert's look is still under way: it is left open, not answered blind
    /// (acting on every animal raised in the run's last minute); an alert nobody is looking at
    /// still ends escalated.
    @Test func theRunsEndLeavesAnAlertBeingLookedAtOpen() {
        func end(looking: Bool) -> [AlertUpdate] {
            var policy = AlertPolicy(geometry: StraightGeometry(), operator: AttentiveOperator(seed: 2))
            var out: [AlertUpdate] = []
            for t in stride(from: 0.0, through: 20, by: 1) {
                let u = policy.update(at: t, tracks: [track("T1", t: t, s: 5000, d: 600 - 0.5 * t, vd: -0.5, cls: .human)])
                for x in u { if case .raised(let a) = x, looking { policy.noteLooking(a.id) } }
                out += u
            }
            return out + policy.finish(at: 20)
        }
        #expect(Self.answers(end(looking: true)).isEmpty, "\(Self.answers(end(looking: true)))")
        #expect(Self.answers(end(looking: false)).count == 1)
    }

    /// The operator in the middle of a look is working the alert: the unanswered timer waits for the look too.
    @Test func anAlertBeingLookedAtIsNotUnansweredAtTheUsualLimit() {
        let a = Self.answers(Self.run(.shows(.human), viewAt: 150))
        #expect(a.first?.kind == "acknowledged" && a.first?.t == 150, "\(a)")
    }
}
