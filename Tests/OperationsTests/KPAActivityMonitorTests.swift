import GuidepostCore
import Operations
import Testing

@Suite struct KPAActivityMonitorTests {
    let post = Point(x: 905_000, y: 1_999_000)  // a ROK GP 1 km south of the MDL at s = 5000

    @Test func armedPursuersWithin200mOfAPostAreUnusual() {
        var monitor = KPAActivityMonitor(geometry: StraightGeometry(), posts: [post])
        // Two armed soldiers come south to 150 m from the GP (2025-10-19), then withdraw.
        for t in stride(from: 0.0, through: 1700, by: 10) {
            let d = t <= 850 ? 800 - 2 * t : -900 + 2 * (t - 850)
            for k in 0..<2 { monitor.observe(track("K\(k)", t: t, s: 5000 + Double(k) * 5, d: max(d, -850), vd: -2, cls: .human), armed: true) }
        }
        guard case .unusual(let reasons) = monitor.verdict else { Issue.record("said no unusual movement"); return }
        let near = reasons.first { $0.kind == .armedNearPost }
        #expect(near?.detail.contains("within 150 m") == true, "\(reasons)")
        #expect(reasons.contains { $0.kind == .crossedMDL })
    }

    @Test func armedPatrolBeyond200mOrUnarmedNearbyIsNotAProximityReason() {
        var far = KPAActivityMonitor(geometry: StraightGeometry(), posts: [post])
        far.observe(track("K1", t: 0, s: 5000, d: -790, vd: 0), armed: true)  // 210 m from the post
        #expect(!(far.verdict.reasons.contains { $0.kind == .armedNearPost }))
        var unarmed = KPAActivityMonitor(geometry: StraightGeometry(), posts: [post])
        unarmed.observe(track("K1", t: 0, s: 5000, d: 800, vd: 0), armed: false)
        #expect(unarmed.verdict == .noUnusualMovement)
    }

    @Test func routinePatrolsAreNoUnusualMovementAndAFloodIsNot() {
        var routine = KPAActivityMonitor(geometry: StraightGeometry(), posts: [post])
        for k in 0..<4 { routine.observe(track("P\(k)", t: Double(k) * 1800, s: 2000, d: 1500, vd: 0), armed: true) }
        #expect(routine.verdict == .noUnusualMovement)  // 2 an hour = the baseline
        var flood = KPAActivityMonitor(geometry: StraightGeometry(), posts: [post])
        for k in 0..<7 { flood.observe(track("W\(k)", t: Double(k) * 300, s: 2000, d: 1500, vd: 0), armed: false) }
        #expect(flood.verdict.reasons.map(\.kind) == [.aboveBaseline])  // 7 > 3 × 2 within an hour
    }

    @Test func shotsAreUnusual() {
        var m = KPAActivityMonitor(geometry: StraightGeometry(), posts: [post])
        m.observeShots(at: 5400, rounds: 20, byKPA: false)
        #expect(m.verdict.reasons.map(\.kind) == [.warningShots])
    }
}

extension KPAActivityVerdict {
    var reasons: [Reason] { if case .unusual(let r) = self { r } else { [] } }
}
