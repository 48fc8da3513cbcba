import Border
import GuidepostCore
import Simulation
import Testing

/// A horizon map built lazily (each ray on first use) answers exactly as one built whole.
@Suite struct HorizonMapLazyTests {
    @Test(arguments: [(360.0, 0.0), (180.0, 30.0)])
    func lazyAndEagerMapsAgree(arc: Double, facing: Double) throws {
        let text = TestWorld.yaml(deployment: "{default: false}", actors: "[]", duration: "1m")
        let (_, border) = try TestWorld.world(text)
        let observer = TestWorld.line.point(AlongBorderCoordinate(s: 93000, d: -1500))
        let eager = HorizonMap(border: border, observer: observer, height: 12, range: 2000, rayCount: 120, facing: facing, arc: arc)
        var lazy = HorizonMap(
            border: border, observer: observer, height: 12, range: 2000, rayCount: 120, facing: facing, arc: arc, lazily: true)
        var rng = SeededGenerator(seed: 11)
        var visible = 0, hidden = 0
        for _ in 0..<600 {
            let p = observer + Vector2(rng.uniform() * 4400 - 2200, rng.uniform() * 4400 - 2200)
            let h = 0.3 + 1.7 * rng.uniform()
            let a = eager.isVisible(p, height: h)
            #expect(lazy.lookUp(p, height: h) == a, "seed 11: \(p), height \(h)")
            if a { visible += 1 } else { hidden += 1 }
        }
        #expect(visible > 20 && hidden > 20, "control: both outcomes occur (\(visible) / \(hidden))")
    }
}
