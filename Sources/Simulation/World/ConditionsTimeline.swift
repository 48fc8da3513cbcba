public import Scenario

/// A scenario's light and weather as the sensor models read them, period by period.
///
/// Fog words set a ceiling on visibility when the file gives none lower: `light` fog 1,000 m and
/// `dense` fog 200 m (the meteorological definitions: fog is visibility below 1 km; "dense" is
/// the usual forecast term below ~200 m).
public struct ConditionsTimeline: Sendable {
    /// Period starts (seconds since the start) and the conditions from then on, in time order.
    public let periods: [(start: Double, conditions: Conditions, foggy: Bool)]

    public init(document: ScenarioDocument) {
        var starts: [Double] = [0]
        for p in document.conditions ?? [] {
            if let from = p.from { starts.append(from.seconds(since: document.start)) }
        }
        starts = Array(Set(starts)).sorted()
        periods = starts.map { t in
            let c = document.conditions(at: t)
            let light: Light
            switch c.light {
            case .day: light = .day
            case .twilight: light = .twilight
            case .night: light = .night
            }
            var visibility = c.visibility
            switch c.fog {
            case .none: break
            case .light: visibility = min(visibility, 1000)
            case .dense: visibility = min(visibility, 200)
            }
            let weather = Weather(visibility: visibility, rain: c.rain, wind: c.wind, moon: c.moon)
            return (t, Conditions(light: light, weather: weather), visibility < 1000)
        }
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
