public import GuidepostCore

/// Light and weather from one moment on, until the next period (DESIGN.md: "start instant and
/// weather/light"). A field left out keeps the previous period's value; in the first period it
/// takes the default given below. `light` is the exception: it describes the sun, which moves
/// within a period, so a period that gives none takes its light from the sun at the scenario's
/// place and time (the simulator computes it) rather than from the period before.
///
/// TODs are blinded by fog and heavy rain (domain.md §2 "Weather"); fence nuisance alarms climb
/// from ~13 an hour to ~3 a minute in strong wind (§3.2); so the simulator reads these.
public struct ConditionsPeriod: Hashable, Sendable, Codable {
    /// When this period begins (default: the start, for the first period).
    public var from: TimeReference?
    /// `day`, `twilight` or `night` for the whole period; nil (left out): from the sun's elevation
    /// at the scenario's place, moment by moment (day above the horizon, twilight to −6°, night below).
    public var light: Light?
    /// Fraction of the moon's disc lit and above the horizon, 0 = no moon (default 0.5).
    public var moon: Probability?
    /// Horizontal visibility, metres (default 20 000).
    public var visibility: Double?
    /// `none`, `light` or `dense` (default `none`).
    public var fog: Fog?
    /// Rain rate, mm per hour (default 0).
    public var rain: Double?
    /// Mean wind speed, m/s (default 3).
    public var wind: Double?
    /// Air temperature, °C (default 15); thermal contrast depends on it.
    public var temperature: Double?
    /// State of the tide, where the sector is tidal (Han estuary): `low`, `rising`, `high`, `falling`.
    public var tide: Tide?

    /// A period; every field left nil keeps the previous value.
    public init(
        from: TimeReference? = nil, light: Light? = nil, moon: Probability? = nil, visibility: Double? = nil,
        fog: Fog? = nil, rain: Double? = nil, wind: Double? = nil, temperature: Double? = nil, tide: Tide? = nil
    ) {
        self.from = from
        self.light = light
        self.moon = moon
        self.visibility = visibility
        self.fog = fog
        self.rain = rain
        self.wind = wind
        self.temperature = temperature
        self.tide = tide
    }

    /// Daylight, twilight or night: the one `GuidepostCore.Light`, which the simulator and
    /// guidance read too.
    public typealias Light = GuidepostCore.Light
    /// How thick the fog is.
    public enum Fog: String, ScenarioTerm, Hashable { case none, light, dense }
    /// State of the tide.
    public enum Tide: String, ScenarioTerm, Hashable { case low, rising, high, falling }
}

/// A scenario writes `day`, `twilight` or `night`, and an unknown word is reported with the known ones.
extension Light: ScenarioTerm {}
