import GuidepostCore
import Operations
import Testing

/// A mine blast heard is an alert of its own (issue 6: a man hurt where no sensor sees the
/// ground was never alerted): raised on the posts' report and escalated at once; a track
/// picked up on the spot afterwards is an alert of its own, not merged into the blast's.
@Suite struct BlastAlertTests {
    @Test func aBlastHeardIsRaisedAndEscalatedAtOnceAndTakesNoTracks() throws {
        var policy = AlertPolicy(geometry: StraightGeometry(), operator: AttentiveOperator(seed: 1))
        let heard = policy.blastHeard(at: Point(x: 905_000, y: 1_998_500), t: 100)
        guard heard.count == 2, case .raised(let a) = heard[0], case .escalated(let id, let t, let reason) = heard[1] else {
            Issue.record("expected raised then escalated, got \(heard)")
            return
        }
        #expect(a.reason == .blastHeard && a.track == "blast-1" && a.targetClass == .unknown)
        #expect(a.s == 5000 && a.d == -1500 && a.timeToMDL == 0)
        #expect(id == a.id && t == 100 && reason == "a mine blast heard 1500 m south of the MDL: someone may lie hurt there")
        #expect(policy.alerts[0].status == .escalated)
        // The casualty on a TOD 40 s later, 60 m off, is looked at on his own: a new alert, not
        // one merged into the blast's (a blast nobody was hurt in would swallow every track near it).
        let later = policy.update(at: 140, tracks: [track("T7", t: 140, s: 5060, d: -1500, vd: 0)])
        #expect(later.contains { if case .raised(let b) = $0 { b.track == "T7" && b.reason == .crossedMDL } else { false } }, "\(later)")
        #expect(!later.contains { if case .merged = $0 { true } else { false } }, "\(later)")
        #expect(policy.alerts[0].tracks == ["blast-1"])
        // The next blast is another alert, numbered on.
        let next = policy.blastHeard(at: Point(x: 910_000, y: 2_000_500), t: 200)
        guard case .raised(let b)? = next.first else { Issue.record("\(next)"); return }
        #expect(b.track == "blast-2" && b.timeToMDL == nil && b.id != a.id)
    }
}
