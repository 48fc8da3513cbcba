public import Border
public import GuidepostCore
public import Scenario

/// A scenario's light and weather as the sensor models read them, period by period.
///
/// Fog words set a ceiling on visibility when the file gives none lower: `light` fog 1,000 m and
/// `dense` fog 200 m (the meteorological definitions: fog is visibility below 1 km; "dense" is
/// the usual forecast term below ~200 m).
///
/// Light: a period that writes `light` keeps it throughout; one that does not takes it from the
/// sun at `place`, moment by moment — `Light(solarElevation:)` of `SolarPosition.elevation` at the
/// scenario's start plus t. Such a period is cut where the sun crosses 0° or −6°, to the second,
/// so `at(_:)` stays a table lookup. One place serves the whole window: across the full border
/// (2.3° of longitude) sunset moves by ≈ 9 min from west to east, so at its ends the light
/// changes up to ≈ 5 min early or late.
public struct ConditionsTimeline: Sendable {
    /// Period starts (seconds since the start) and the conditions from then on, in time order.
    public let periods: [(start: Double, conditions: Conditions, foggy: Bool)]
    /// Where the sun is seen from (the window's centre on the MDL).
    public let place: GeoCoordinate

    /// Seconds between samples of the sun's elevation when looking for a change of light; each
    /// change is then found to the second by bisection. Civil twilight lasts ≥ 25 min at the
    /// DMZ's latitude, so no change falls between two samples unseen.
    static let sunSampling = 60.0

    /// The timeline of `scenario`, the sun seen from its window's centre on the MDL, covering at
    /// least `until` seconds (a run may be longer than the file's duration).
    public init(scenario: ResolvedScenario, border: BorderModel, until: Double) {
        let s = (scenario.s.lowerBound + scenario.s.upperBound) / 2
        let centre = border.line.point(AlongBorderCoordinate(s: s, d: 0))
        self.init(document: scenario.document, place: TransverseMercator.epsg5179.inverse(centre), until: until)
    }

    /// The timeline of `document`, with the sun seen from `place`, covering at least `until` seconds.
    /// - Complexity: O(periods + sunlit seconds / `sunSampling`) elevations of the sun.
    public init(document: ScenarioDocument, place: GeoCoordinate, until: Double) {
        self.place = place
        var starts: [Double] = [0]
        for p in document.conditions ?? [] {
            if let from = p.from { starts.append(from.seconds(since: document.start)) }
        }
        starts = Array(Set(starts)).sorted()
        let end = Swift.max(until, document.duration.seconds, starts.last ?? 0)
        let epoch = document.start.secondsSinceEpoch
        let sun = { (t: Double) -> Light in
            Light(solarElevation: SolarPosition.elevation(unixSeconds: epoch + t, longitude: place.longitude, latitude: place.latitude))
        }
        var periods: [(start: Double, conditions: Conditions, foggy: Bool)] = []
        for (k, t) in starts.enumerated() {
            let c = document.conditions(at: t)
            let weather = Self.weather(c)
            let foggy = weather.visibility < 1000
            if let written = c.light {
                periods.append((t, Conditions(light: written, weather: weather), foggy))
                continue
            }
            let next = k + 1 < starts.count ? starts[k + 1] : end
            for (start, light) in Self.sunChanges(from: t, to: next, light: sun) {
                periods.append((start, Conditions(light: light, weather: weather), foggy))
            }
        }
        self.periods = periods
    }

    /// The light at `from` and each change of it before `to`, at the first second of the new light.
    static func sunChanges(from: Double, to: Double, light: (Double) -> Light) -> [(Double, Light)] {
        var changes = [(from, light(from))]
        var t = from
        while t < to {
            let next = Swift.min(t + sunSampling, to)
            let l = light(next)
            if l != changes[changes.count - 1].1 {
                // light(lo) is the old light, light(hi) the new: bisect on whole seconds (frames
                // fall on them) to the first second of the new light.
                var lo = t.rounded(.down), hi = next.rounded(.up)
                while hi - lo > 1 {
                    let mid = ((lo + hi) / 2).rounded(.down)
                    if light(mid) == l { hi = mid } else { lo = mid }
                }
                if hi > from, hi < to { changes.append((hi, l)) }
            }
            t = next
        }
        return changes
    }

    /// The weather the sensor models read, with the fog word's visibility ceiling applied.
    static func weather(_ c: Scenario.Conditions) -> Weather {
        var visibility = c.visibility
        switch c.fog {
        case .none: break
        case .light: visibility = Swift.min(visibility, 1000)
        case .dense: visibility = Swift.min(visibility, 200)
        }
        return Weather(visibility: visibility, rain: c.rain, wind: c.wind, moon: c.moon)
    }

    /// The conditions in force at `t`, and whether it is foggy (visibility under 1 km).
    /// - Complexity: O(log periods).
    public func at(_ t: Double) -> (conditions: Conditions, foggy: Bool) {
        var lo = 0, hi = periods.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if periods[mid].start <= t { lo = mid } else { hi = mid - 1 }
        }
        return (periods[lo].conditions, periods[lo].foggy)
    }
}
