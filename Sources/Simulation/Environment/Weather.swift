/// The weather at one moment over the simulated window.
///
/// Values are what a duty officer would log: visibility in metres (fog), rain in mm/h, wind in
/// m/s and the moon's illuminated fraction. They drive sensor performance (fog and rain blind
/// thermal imagers; wind floods fence sensors with nuisance alarms — domain.md §3.2, §8).
public struct Weather: Hashable, Sendable, Codable {
    /// Meteorological (visible-light) visibility, metres. 20,000 = clear air; 100 = dense fog.
    public var visibility: Double
    /// Rain rate, mm/h.
    public var rain: Double
    /// Mean wind speed, m/s.
    public var wind: Double
    /// Illuminated fraction of the moon, 0 (new) … 1 (full); matters only at night.
    public var moon: Double

    public init(visibility: Double = 20_000, rain: Double = 0, wind: Double = 2, moon: Double = 0.5) {
        self.visibility = visibility
        self.rain = rain
        self.wind = wind
        self.moon = moon
    }

    /// Clear, calm air.
    public static let clear = Weather()
}
