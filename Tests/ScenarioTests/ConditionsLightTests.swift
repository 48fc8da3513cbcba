import GuidepostCore
import Scenario
import Testing

/// `light` is the one conditions field that does not carry over: a period without it is lit by the
/// sun (nil here; the simulator places the sun), while the weather fields keep their last value.
@Suite struct ConditionsLightTests {
    static let yaml = """
        id: test
        title: A test
        start: 2019-07-31T23:00:00+09:00
        duration: 4h
        window: imjin
        conditions:
          - wind: 7
          - from: 23:30
            light: night
            moon: 0.2
          - from: 2019-08-01T01:00:00+09:00
            rain: 4
        actors: []
        """

    @Test func aPeriodWithoutLightTakesTheSunWhileTheWeatherCarriesOver() throws {
        let d = try ScenarioLoader.load(yaml: Self.yaml, file: "test.yaml").document
        #expect(d.conditions(at: 0).light == nil)
        #expect(d.conditions(at: 0).wind == 7)
        #expect(d.conditions(at: 40 * 60).light == .night)
        #expect(d.conditions(at: 40 * 60).wind == 7)
        let later = d.conditions(at: 3 * 3600)
        #expect(later.light == nil, "the written night held for its own period only")
        #expect(later.moon == 0.2 && later.wind == 7 && later.rain == 4)
    }

    @Test func noConditionsAtAllIsTheSunAndTheDefaultWeather() throws {
        let plain = """
            id: test
            title: A test
            start: 2019-07-31T23:00:00+09:00
            duration: 4h
            window: imjin
            actors: []
            """
        let d = try ScenarioLoader.load(yaml: plain, file: "test.yaml").document
        #expect(d.conditions == nil)
        let c = d.conditions(at: 3600)
        #expect(c.light == nil && c.wind == 3 && c.moon == 0.5 && c.visibility == 20_000)
    }
}
