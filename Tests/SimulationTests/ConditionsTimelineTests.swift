import Border
import GuidepostCore
import Scenario
import Simulation
import Testing
import TestSupport

/// Light from the sun where a scenario writes none (issue 3): the timeline's light agrees with
/// `SolarPosition` at every moment, changes at the right instants, and a written light still rules
/// its own period.
@Suite struct ConditionsTimelineTests {
    /// The middle of the MDL, roughly (the full border's window centre).
    static let place = GeoCoordinate(longitude: 127.4, latitude: 38.2)

    static func document(_ file: String) throws -> ScenarioDocument {
        try ScenarioLoader.load(file: repositoryRoot() + "/scenarios/" + file).document
    }

    static func sun(_ d: ScenarioDocument, _ t: Double, at place: GeoCoordinate = Self.place) -> Light {
        Light(
            solarElevation: SolarPosition.elevation(
                unixSeconds: d.start.secondsSinceEpoch + t, longitude: place.longitude, latitude: place.latitude))
    }

    /// Every 97 s of the full border's 24 h (no period writes a light), the timeline's light is the
    /// sun's, computed here directly; and each cut it makes is a real change of the sun's light at
    /// that very second.
    @Test func theFullBorderIsLitByTheSunAtEveryMoment() throws {
        let d = try Self.document("full-border.yaml")
        let timeline = ConditionsTimeline(document: d, place: Self.place, until: d.duration.seconds)
        for t in stride(from: 0.0, through: d.duration.seconds, by: 97) {
            #expect(timeline.at(t).conditions.light == Self.sun(d, t), "t = \(t) s")
        }
        for (k, p) in timeline.periods.enumerated() where k > 0 && p.conditions.light != timeline.periods[k - 1].conditions.light {
            #expect(Self.sun(d, p.start) == p.conditions.light && Self.sun(d, p.start - 1) != p.conditions.light, "cut at \(p.start) s")
        }
    }

    /// 2025-10-01 at 38.2° N, 127.4° E. Almanac (Seoul, apparent sun): sunset ≈ 18:13, end of civil
    /// twilight ≈ 18:39, sunrise on the 2nd ≈ 06:22; the geometric 0° that `Light` uses falls ≈ 4 min
    /// inside sunset and sunrise (refraction and the sun's semi-diameter). So the run goes day →
    /// twilight → night → twilight → day, each change within a quarter of an hour of those times.
    @Test func theFullBorderHasItsDuskNightDawnAndDayWhenTheAlmanacSays() throws {
        let d = try Self.document("full-border.yaml")
        let timeline = ConditionsTimeline(document: d, place: Self.place, until: d.duration.seconds)
        var changes: [(Double, Light)] = []
        for p in timeline.periods where changes.last?.1 != p.conditions.light { changes.append((p.start, p.conditions.light)) }
        #expect(changes.map(\.1) == [.day, .twilight, .night, .twilight, .day])
        let minutes = changes.map { $0.0 / 60 }  // after 18:00
        try #require(minutes.count == 5)
        #expect((0...25).contains(minutes[1]), "dusk begins \(minutes[1]) min after 18:00")
        #expect((25...55).contains(minutes[2]), "night falls \(minutes[2]) min after 18:00")
        let dawn: ClosedRange<Double> = 700...730, sunrise: ClosedRange<Double> = 730...760  // 05:40–06:10, 06:10–06:40
        #expect(dawn.contains(minutes[3]), "dawn \(minutes[3]) min after 18:00")
        #expect(sunrise.contains(minutes[4]), "sunrise \(minutes[4]) min after 18:00")
    }

    /// A written light holds for its whole period even against the sun (night at noon); the period
    /// after it, writing none, is lit by the sun again; a run longer than the file keeps following it.
    @Test func aWrittenLightRulesItsPeriodOnly() throws {
        let yaml = """
            id: test
            title: A test
            start: 2025-06-21T11:00:00+09:00
            duration: 4h
            window: imjin
            conditions:
              - from: 11:00
                light: night
              - from: 13:00
                wind: 5
            actors: []
            """
        let d = try ScenarioLoader.load(yaml: yaml, file: "test.yaml").document
        let timeline = ConditionsTimeline(document: d, place: Self.place, until: 14 * 3600)
        #expect(timeline.at(0).conditions.light == .night)
        #expect(timeline.at(2 * 3600 - 1).conditions.light == .night)
        #expect(timeline.at(2 * 3600).conditions.light == .day)
        #expect(timeline.at(2 * 3600).conditions.weather.wind == 5)
        // 14 h after 11:00 is 01:00 the next night, past the file's 4 h.
        #expect(timeline.at(14 * 3600).conditions.light == .night)
        #expect(timeline.at(10 * 3600).conditions.light == Self.sun(d, 10 * 3600))
    }

    /// The engine takes its light from the timeline placed at the window's centre on the MDL: a
    /// test scenario at 22:00 on 1 October that writes no light runs in the night (the default was
    /// `day` before the sun), and the place is the middle of the window's s-range.
    @Test func theEngineIsLitByTheSunAtItsWindow() throws {
        let text = TestWorld.yaml(conditions: "[{moon: 0, wind: 2}]", deployment: "{default: false}", actors: "[]")
        let (scenario, border) = try TestWorld.world(text)
        let engine = SimulationEngine(scenario: scenario, border: border, options: SimulationOptions(seed: 1, duration: 600))
        #expect(engine.timeline.at(0).conditions.light == .night)
        let centre = TransverseMercator.epsg5179.forward(engine.timeline.place)
        let c = TestWorld.line.alongBorder(centre)
        #expect(abs(c.s - 93_000) < 1 && abs(c.d) < 1, "the sun is seen from (s, d) = (\(c.s), \(c.d))")
    }
}
