import Border
import GuidepostCore
import Operations
import Testing

/// The policy on the shipped MDL: a person walking straight south across the real band.
@Suite struct BorderAlertGeometryTests {
    @Test func aPersonCrossingTheShippedMDLRaisesOneAlertDueWhenTheBandSays() throws {
        let model = try BorderModel(seed: 7)
        let geometry = BorderAlertGeometry(band: model.band)
        let s = 120_000.0
        let band = model.band.offsets(at: s)
        let north = model.line.normal(at: s)
        let speed = 0.5
        // The horizon rule alone (the DMZ rule would raise at once: d = 900 is in the DMZ).
        var configuration = AlertPolicyConfiguration.guidepost
        configuration.dmzHalfWidth = nil
        var policy = AlertPolicy(geometry: geometry, operator: AttentiveOperator(seed: 2), configuration: configuration)
        var withDMZRule = AlertPolicy(geometry: geometry, operator: AttentiveOperator(seed: 2))
        var raised: [Alert] = [], raisedWithDMZRule: [Alert] = []
        for t in stride(from: 0.0, through: 4000, by: 5) {
            let p = model.line.point(AlongBorderCoordinate(s: s, d: 900 - speed * t))
            let v = north * -speed
            let r = TrackRecord(t: t, track: "T1", x: p.x, y: p.y, vx: v.x, vy: v.y, targetClass: .human, classProbability: 0.9)
            for u in policy.update(at: t, tracks: [r]) { if case .raised(let a) = u { raised.append(a) } }
            for u in withDMZRule.update(at: t, tracks: [r]) { if case .raised(let a) = u { raisedWithDMZRule.append(a) } }
        }
        let a = try #require(raised.first)
        #expect(raised.count == 1)
        #expect(a.reason == .approachingMDL)
        // Raised at the first scan with (d − d_s)/0.5 ≤ 600 s; its time to the MDL is that.
        let expected = (a.d - band.southern) / speed
        #expect(abs((a.timeToMDL ?? -1) - expected) < 1.0, "\(String(describing: a.timeToMDL)) vs \(expected)")
        #expect(a.timeToMDL ?? 601 <= 600 && a.timeToMDL ?? 0 > 590)
        #expect(abs(geometry.fence(at: s) + 2000) < 1e-9)
        #expect(raisedWithDMZRule.map(\.t) == [0])
    }
}
