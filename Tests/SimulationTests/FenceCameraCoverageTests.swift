import Border
import Foundation
import GuidepostCore
import Simulation
import Testing

/// The default deployment's fence cameras watch the fence itself: every point of the fence line,
/// and of the ground just north of it, is in the arc of a camera within 250 m (a low-light
/// camera sees motion at 200 m by night, domain.md §3.1; where the fence runs on the outside of
/// a bend its masts stand a little more than 200 m apart), so a climber the fence sensor
/// misses (one climb in ten) is still in view. Cameras facing straight north from 10 m behind the fence saw the
/// fence line only within 10 m of their masts.
@Suite struct FenceCameraCoverageTests {
    @Test func everyStretchOfTheFenceIsInViewOfACameraWithin250m() throws {
        let text = TestWorld.yaml(deployment: "{default: true, nuisance_rate: 0}", actors: "[]")
        let (scenario, border) = try TestWorld.world(text)
        let engine = SimulationEngine(scenario: scenario, border: border, options: SimulationOptions(seed: 1, duration: 60))
        let cameras = engine.sensors.filter { $0.kind == .camera && $0.id.hasPrefix("cam-") }
        #expect(cameras.count >= 40, "a camera every 200 m along 10 km of fence (\(cameras.count))")
        let line = border.line
        var blind: [Double] = []
        for s in stride(from: 89_000.0, through: 97_000, by: 5) {
            // On the fence line, and 20 m and 60 m north of it (where a man lies up before he climbs).
            for d in [-BorderModel.dmzHalfWidth, -BorderModel.dmzHalfWidth + 20, -BorderModel.dmzHalfWidth + 60] {
                let p = line.point(AlongBorderCoordinate(s: s, d: d))
                let seen = cameras.contains { c in
                    let r = c.position.distance(to: p)
                    var b = atan2(p.x - c.position.x, p.y - c.position.y) * 180 / .pi
                    if b < 0 { b += 360 }
                    return r <= 250 && c.covers(bearing: b)
                }
                if !seen { blind.append(s) }
            }
        }
        let unseen = blind.count
        #expect(unseen == 0, "fence points no camera sees, first at s = \(blind.prefix(5).map { Int($0) }) (\(unseen) in all)")
    }
}
