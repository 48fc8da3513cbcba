import GuidepostCore
import Operations
import TestSupport
import Testing

/// Where the camera cannot settle an alert, the tracker's call weighs in (docs/alarm-quality.md,
/// "The tracker's call in doubt"): no camera and an `unknown` call is watched like a view in
/// doubt, not acknowledged; a team sent on doubt waits while the classifier still calls the
/// track an animal.
@Suite struct TrackerCallInDoubtTests {
    /// One alert on track T1 walking south at 0.5 m/s from d = 700 m; every look (asked on the
    /// raise and on each re-raise) takes 40 s and shows `view`. `cls(t)` is the class the
    /// policy sees; `doubted(t)` whether the classifier itself calls it an animal (the front's
    /// relabel). Returns every update and the d of each re-raise.
    static func walk(
        _ view: CameraView, until end: Double = 1500, cls: (Double) -> TargetClass = { _ in .unknown },
        doubted: (Double) -> Bool = { _ in false }
    ) -> (updates: [AlertUpdate], reRaisedAt: [Double]) {
        var policy = AlertPolicy(geometry: StraightGeometry(), operator: AttentiveOperator(seed: 3))
        var updates: [AlertUpdate] = []
        var reRaisedAt: [Double] = []
        var viewDue: Double?
        for t in stride(from: 0.0, through: end, by: 1) {
            let d = 700 - 0.5 * t
            if t == viewDue, let id = policy.alerts.first?.alert.id {
                policy.noteCamera(view, for: id, at: t)
                viewDue = nil
            }
            let u = policy.update(
                at: t, tracks: [track("T1", t: t, s: 5000, d: d, vd: -0.5, cls: cls(t), p: 0.7)], doubted: doubted(t) ? ["T1"] : [])
            for x in u {
                switch x {
                case .raised(let a):
                    policy.noteLooking(a.id)
                    viewDue = t + 40
                case .reRaised(let id, _, _):
                    reRaisedAt.append(d)
                    policy.noteLooking(id)
                    viewDue = t + 40
                default: break
                }
            }
            updates += u
        }
        return (updates, reRaisedAt)
    }

    static func answers(_ updates: [AlertUpdate]) -> [(kind: String, t: Double, reason: String)] {
        LookAnswerTests.answers(updates)
    }

    /// No camera reaches the spot and the tracker cannot tell: watched, looked at each 150 m of
    /// southing, and a team goes once it has come 450 m south. The same alert on a track the
    /// tracker calls a person is acknowledged at once on that call.
    @Test func anUncoveredUnknownTrackIsWatchedUntilItHasComeFarSouth() {
        let (updates, reRaisedAt) = Self.walk(.uncovered)
        let a = Self.answers(updates)
        #expect(a.first?.kind == "dismissed" && a.first?.reason.contains("tracker cannot tell") == true, "\(a)")
        #expect(reRaisedAt.count >= 2, "\(reRaisedAt)")
        for (x, y) in zip(reRaisedAt, reRaisedAt.dropFirst()) { #expect(x - y >= 150, "\(reRaisedAt)") }
        let team = a.first { $0.kind == "escalated" }
        #expect(team?.reason.contains("a team goes to look") == true, "\(a)")
        let doubtBegan = 700 - 0.5 * (a.first?.t ?? 0)
        let teamAt = 700 - 0.5 * (team?.t ?? 0)
        #expect(doubtBegan - teamAt >= 450, "doubt began at d = \(doubtBegan), team at d = \(teamAt)")
        #expect(!a.contains { $0.kind == "acknowledged" })
        let person = Self.answers(Self.walk(.uncovered, cls: { _ in .human }).updates)
        #expect(person.first?.kind == "acknowledged" && person.first?.reason.contains("tracker's human call") == true, "\(person)")
    }

    /// Watched where no camera reaches, it is re-raised the moment the tracker calls it a person,
    /// and escalated on that call, long before 450 m of southing.
    @Test func anUncoveredAlertIsReRaisedWhenTheTrackerCallsItAPerson() {
        let (updates, _) = Self.walk(.uncovered, cls: { $0 < 200 ? .unknown : .human })
        let a = Self.answers(updates)
        #expect(a.first?.kind == "dismissed", "\(a)")
        let reRaise = updates.compactMap { if case .reRaised(_, let t, let r) = $0 { (t, r) } else { nil } }.first
        #expect(reRaise?.0 == 200 && reRaise?.1.contains("now calls track T1 a person") == true, "\(String(describing: reRaise))")
        let team = a.first { $0.kind == "escalated" }
        #expect(team.map { $0.t < 300 } == true && team?.reason.contains("a person") == true, "\(a)")
    }

    /// The camera cannot tell, the track keeps coming south, and the classifier still calls it an
    /// animal (the front relabelled it `unknown`): past 450 m the duty officer keeps it watched,
    /// naming the call, and the team goes at the first re-raise after the classifier lets go of
    /// it. Without that call the team goes at 450 m, as before.
    @Test func aTeamOnDoubtWaitsWhileTheClassifierCallsItAnAnimal() {
        let animal = Self.answers(Self.walk(.cannotTell, until: 2500, doubted: { $0 < 1500 }).updates)
        let team = animal.first { $0.kind == "escalated" }
        #expect(team.map { $0.t >= 1500 } == true && team?.reason.contains("a team goes to look") == true, "\(animal)")
        let held = animal.filter { $0.reason.contains("still calls it an animal") }
        #expect(!held.isEmpty && held.allSatisfy { $0.kind == "dismissed" && $0.t < 1500 }, "\(animal)")
        // Held only past the doubt's 450 m: the first doubts are the ordinary watch.
        let doubtBegan = 700 - 0.5 * (animal.first?.t ?? 0)
        #expect(held.allSatisfy { doubtBegan - (700 - 0.5 * $0.t) >= 450 }, "\(animal)")
        let plain = Self.answers(Self.walk(.cannotTell, until: 2500).updates)
        let plainTeam = plain.first { $0.kind == "escalated" }
        #expect(plainTeam.map { $0.t < 1500 } == true, "\(plain)")
        #expect(!plain.contains { $0.reason.contains("still calls it an animal") })
        // The classifier's animal call also counts when the front does not relabel it (the track
        // paused): reported `animal` from just after the re-raise that would have sent the team
        // until 500 s later, the team waits for the first re-raise after.
        let sent = plainTeam?.t ?? 0
        let paused = Self.answers(Self.walk(.cannotTell, until: 2500, cls: { $0 >= sent - 20 && $0 < sent + 500 ? .animal : .unknown }).updates)
        let pausedTeam = paused.first { $0.kind == "escalated" }
        #expect(pausedTeam.map { $0.t >= sent + 500 } == true, "team at \(sent) without the call: \(paused)")
        #expect(paused.contains { $0.kind == "dismissed" && $0.t == sent && $0.reason.contains("still calls it an animal") }, "\(paused)")
        // Kept an animal all the way: no team from doubt at all.
        let always = Self.answers(Self.walk(.cannotTell, until: 2500, doubted: { _ in true }).updates)
        #expect(!always.contains { $0.kind == "escalated" || $0.kind == "acknowledged" }, "\(always)")
    }
}
