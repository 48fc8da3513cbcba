import GuidepostCore
import Operations
import Testing

/// A mine blast heard in the DMZ is an alert of its own (issue 6: a man hurt where no sensor
/// sees the ground was never alerted): raised on the posts' report, escalated at once, and a
/// track picked up on the spot soon after joins it.
@Suite struct BlastAlertTests {
    @Test func aBlastHeardIsRaisedAndEscalatedAtOnceAndATrackOnTheSpotJoinsIt() throws {
        var policy = AlertPolicy(geometry: StraightGeometry(), operator: AttentiveOperator(seed: 1))
        let heard = policy.blastHeard(at: Point(x: 905_000, y: 1_998_500), t: 100)
        guard heard.count == 2, case .raised(let a) = heard[0], case .escalated(let id, let t, let reason) = heard[1] else {
            Issue.record("expected raised then escalated, got \(heard)")
            return
        }
        #expect(a.reason == .blastHeard && a.track == "blast-1" && a.targetClass == .unknown)
        #expect(a.s == 5000 && a.d == -1500 && a.timeToMDL == 0)
        #expect(id == a.id && t == 100 && reason.contains("mine blast heard") && reason.contains("1500 m south of the MDL"))
        #expect(policy.alerts[0].status == .escalated)
        // The casualty on a TOD 40 s later, 60 m off: the blast's alert, not a new one. A mover
        // 600 m away is another matter.
        let later = policy.update(at: 140, tracks: [
            track("T7", t: 140, s: 5060, d: -1500, vd: 0), track("T8", t: 140, s: 5600, d: -1500, vd: 0),
        ])
        #expect(later.contains { if case .merged(a.id, "T7", 140, _) = $0 { true } else { false } }, "\(later)")
        #expect(later.contains { if case .raised(let b) = $0 { b.track == "T8" } else { false } }, "\(later)")
        #expect(policy.alerts[0].tracks == ["blast-1", "T7"])
        // The next blast is another alert, numbered on.
        let next = policy.blastHeard(at: Point(x: 910_000, y: 2_000_500), t: 200)
        guard case .raised(let b)? = next.first else { Issue.record("\(next)"); return }
        #expect(b.track == "blast-2" && b.timeToMDL == nil && b.id != a.id)
    }
}
