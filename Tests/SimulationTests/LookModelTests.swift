import Foundation
import GuidepostCore
import Scenario
import Simulation
import Testing

/// `LookModel`: the Johnson criteria against values worked by hand, the 2019 Imjin float (a
/// heat spot at 750 m in fog, a person only at 300 m), and the draw happening at its modelled rates.
@Suite struct LookModelTests {
    /// The target transfer probability function at hand-worked points: P = x/(1+x), x = r^E, E = 2.7 + 0.7 r.
    @Test func theTransferFunctionMatchesHandWorkedValues() {
        // r = 1: x = 1, P = 1/2 exactly.
        #expect(LookModel.transfer(cycles: 4, n50: 4) == 0.5)
        // r = 2: E = 4.1, x = 2^4.1 = 17.1484, P = 0.944899.
        #expect(abs(LookModel.transfer(cycles: 8, n50: 4) - 0.944899) < 1e-6)
        // r = 1/2: E = 3.05, x = 0.5^3.05 = 0.120742, P = 0.107734.
        #expect(abs(LookModel.transfer(cycles: 2, n50: 4) - 0.107734) < 1e-6)
        #expect(LookModel.transfer(cycles: 0, n50: 4) == 0)
        #expect(LookModel.transfer(cycles: 1e6, n50: 1) == 1)
    }

    /// A standing man (0.85 m² → critical dimension 0.922 m) through the TOD's 2° / 640 px
    /// (IFOV 54.54 µrad) on a clear night: N = 0.922 / (2 · r · IFOV) = 8,452 m / r.
    @Test func cyclesAndChancesOfAStandingManOnAClearNight() {
        let model = LookModel()
        let man = ActorProfile.person(mode: .walk, hidden: false, count: 1)
        let night = Conditions(light: .night, weather: .clear)
        let expected: [(r: Double, n: Double, detect: Double, recognise: Double, identify: Double)] = [
            (1000, 8.4519, 1.0000, 0.9580, 0.7326),
            (2000, 4.2259, 0.9997, 0.5471, 0.2121),
            (3000, 2.8173, 0.9921, 0.2462, 0.0781),
        ]
        for e in expected {
            let n = model.cycles(.thermal, range: e.r, profile: man, conditions: night)
            #expect(abs(n - e.n) < 1e-3, "N at \(e.r) m: \(n)")
            let c = model.chances(cycles: n)
            #expect(abs(c.detect - e.detect) < 1e-3 && abs(c.recognise - e.recognise) < 1e-3 && abs(c.identify - e.identify) < 1e-3, "\(e.r) m: \(c)")
        }
        // By day a TOD has 0.6 of its night contrast: 0.6 of the cycles.
        let day = model.cycles(.thermal, range: 2000, profile: man, conditions: Conditions(light: .day, weather: .clear))
        #expect(abs(day - 0.6 * 4.2259) < 1e-3)
        // Half as good: half the cycles.
        let half = LookModel(fidelity: .half).cycles(.thermal, range: 2000, profile: man, conditions: night)
        #expect(abs(half - 4.2259 / 2) < 1e-3)
    }

    /// 2019-07-31, Imjin: a head floating in 100 m fog and 8 mm/h rain at new moon was a
    /// "small ball-like heat spot" at about 750 m and confirmed as a person at about 300 m.
    @Test func theImjinFloatIsAHeatSpotAt750mAndAPersonAt300m() {
        let model = LookModel()
        let head = ActorProfile.person(mode: .float, hidden: false, count: 1)
        let fog = Conditions(light: .night, weather: Weather(visibility: 100, rain: 8, wind: 2, moon: 0))
        let far = model.chances(cycles: model.cycles(.thermal, range: 750, profile: head, conditions: fog))
        let near = model.chances(cycles: model.cycles(.thermal, range: 300, profile: head, conditions: fog))
        #expect(far.detect > 0.95 && far.recognise < 0.5, "750 m: \(far)")
        #expect(near.recognise > 0.9, "300 m: \(near)")
        // A visible camera at night without a moon sees a fifth of its day cycles, less in fog.
        let camera = model.cycles(.camera, range: 300, profile: head, conditions: fog)
        #expect(camera < model.cycles(.camera, range: 300, profile: head, conditions: Conditions(light: .day, weather: .clear)) / 5)
    }
}
