import GuidepostCore
import Operations
import Testing

/// A climber on the fence camera whom an alert someone acts on already covers raises nothing
/// more; one nobody covers is an alert of his own (the alarm bench's world 6 lost a man whose
/// tracks were taken for an animal: the camera showed him climbing and nothing was raised).
@Suite struct ClimberAlertTests {
    @Test func aClimberNobodyCoversIsAnAlertAndOneAlreadyActedOnIsNot() {
        // A person walking south to the fence, acknowledged; the alarm 100 m from his track.
        var policy = AlertPolicy(geometry: StraightGeometry(), operator: AttentiveOperator(seed: 2))
        var out: [AlertUpdate] = []
        for t in stride(from: 0.0, through: 200, by: 1) {
            out += policy.update(at: t, tracks: [track("T1", t: t, s: 5000, d: -1800 - t, vd: -1)])
            if t == 1, let id = policy.alerts.first?.alert.id { policy.noteCamera(.shows(.human), for: id) }
        }
        #expect(policy.alerts.first?.status == .acknowledged, "\(out)")
        #expect(policy.climberSeen(at: Point(x: 905_100, y: 1_998_000), t: 200).isEmpty)
        // Nobody's alert near: raised and escalated at the alarm.
        let alone = policy.climberSeen(at: Point(x: 908_000, y: 1_998_000), t: 200)
        guard alone.count == 2, case .raised(let a) = alone[0], case .escalated(a.id, 200, _) = alone[1] else {
            Issue.record("\(alone)")
            return
        }
        #expect(a.reason == .climberSeen && a.targetClass == .human && a.s == 8000 && a.d == -2000)
        var legacy = AlertPolicy(geometry: StraightGeometry(), operator: AttentiveOperator(seed: 2), configuration: .legacy)
        #expect(legacy.climberSeen(at: Point(x: 908_000, y: 1_998_000), t: 200).isEmpty)
    }
}
