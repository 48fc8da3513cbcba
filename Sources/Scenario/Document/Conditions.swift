public import GuidepostCore

/// The conditions in force at one moment, every field filled in.
public struct Conditions: Hashable, Sendable {
    /// See `ConditionsPeriod` for each field.
    /// The written light of the period in force; nil: from the sun (the document cannot place the
    /// sun; the simulator's `ConditionsTimeline` does, at the window's centre).
    public var light: ConditionsPeriod.Light?
    public var moon: Double = 0.5
    public var visibility: Double = 20_000
    public var fog: ConditionsPeriod.Fog = .none
    public var rain: Double = 0
    public var wind: Double = 3
    public var temperature: Double = 15
    public var tide: ConditionsPeriod.Tide?

    /// The defaults: light from the sun, half moon, 20 km visibility, no fog or rain, 3 m/s wind, 15 °C.
    public init() {}

    /// These conditions with the fields `period` gives replaced, and its own light (none: the sun).
    public func updated(by period: ConditionsPeriod) -> Conditions {
        var c = self
        c.light = period.light
        if let v = period.moon { c.moon = v.value }
        if let v = period.visibility { c.visibility = v }
        if let v = period.fog { c.fog = v }
        if let v = period.rain { c.rain = v }
        if let v = period.wind { c.wind = v }
        if let v = period.temperature { c.temperature = v }
        if let v = period.tide { c.tide = v }
        return c
    }
}
