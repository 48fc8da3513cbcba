import GuidepostCore
import Scenario
import TestSupport
import Testing

/// Properties over many seeded random cases; a failure names its seed.
@Suite struct PropertyTests {
    /// Any instant written back in its own zone parses to the same instant.
    @Test func instantsRoundTripThroughText() {
        withEverySeed(0..<500) { seed, rng in
            let seconds = (rng.uniform() * 4e9 - 1e9).rounded()  // 1938 … 2096
            let offset = (Int(rng.uniform() * 57) - 28) * 1800  // −14:00 … +14:00 in half hours
            let instant = LocalInstant(secondsSinceEpoch: seconds, utcOffset: offset)
            let parsed = LocalInstant(iso8601: instant.description)
            #expect(parsed == instant, "seed \(seed): \(instant)")
        }
    }

    /// Days from civil dates and back agree, and consecutive days differ by one.
    @Test func civilDayCountIsConsistent() {
        withEverySeed(0..<300) { seed, rng in
            let year = 1900 + Int(rng.uniform() * 250), month = 1 + Int(rng.uniform() * 12)
            let day = 1 + Int(rng.uniform() * 28)
            let text = "\(year)-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)T00:00:00Z"
            let a = LocalInstant(iso8601: text)
            #expect(a?.description == text, "seed \(seed)")
        }
    }

    /// A clock time is always within a day after the start and lands on that clock time.
    @Test func clockTimesFallWithinTheNextDay() throws {
        try withEverySeed(0..<300) { seed, rng in
            let start = LocalInstant(secondsSinceEpoch: (rng.uniform() * 2e9).rounded(), utcOffset: 32400)
            let h = Int(rng.uniform() * 24), m = Int(rng.uniform() * 60)
            let t = try #require(TimeReference(text: "\(h < 10 ? "0" : "")\(h):\(m < 10 ? "0" : "")\(m)"))
            let s = t.seconds(since: start)
            #expect(s >= 0 && s < 86400, "seed \(seed)")
            #expect(start.adding(s).secondsOfLocalDay == Double(h * 3600 + m * 60), "seed \(seed)")
        }
    }

    /// `{near: A, ds, d}` lands ds along and d across from the MDL point nearest A, on frames of
    /// any length and position.
    @Test func nearPositionsKeepTheirOffsets() throws {
        try withEverySeed(0..<200) { seed, rng in
            let frame = StraightLineFrame(
                west: GeoCoordinate(longitude: 126.5 + rng.uniform() * 0.3, latitude: 37.7 + rng.uniform() * 0.2),
                east: GeoCoordinate(longitude: 128.2 + rng.uniform() * 0.4, latitude: 38.5 + rng.uniform() * 0.3))
            let place = Place.allCases[Int(rng.uniform() * Double(Place.allCases.count))]
            let resolver = PositionResolver(frame: frame)
            let sAnchor = resolver.s(nearest: place.coordinate)
            let ds = (rng.uniform() - 0.5) * 2000, d = (rng.uniform() - 0.5) * 6000
            let s = sAnchor + ds
            let position = Position.near(.place(place), ds: ds, d: d)
            if s < 0 || s > frame.length {
                #expect(throws: PositionResolver.Failure.self, "seed \(seed)") { try resolver.point(position) }
            } else {
                let c = frame.alongBorder(try resolver.point(position))
                #expect(abs(c.s - s) < 1e-6 && abs(c.d - d) < 1e-6, "seed \(seed): \(place)")
            }
        }
    }

    /// Durations written with units parse to the seconds they name.
    @Test func durationsParse() {
        withEverySeed(0..<300) { seed, rng in
            let h = Int(rng.uniform() * 50), m = Int(rng.uniform() * 60), s = Int(rng.uniform() * 60)
            let expected = Double(h * 3600 + m * 60 + s)
            #expect(ScenarioDuration(text: "\(h)h\(m)m\(s)s")?.seconds == expected, "seed \(seed)")
            #expect(
                ScenarioDuration(text: ScenarioDuration(seconds: expected).description)?.seconds == expected,
                "seed \(seed)")
        }
    }
}
