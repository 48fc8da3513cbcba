/// Daylight, twilight or night: one vocabulary for every module that cares about light. The
/// scenario writes it (`conditions.light`), the simulator reads it from the sun where the file is
/// silent (thermal contrast, camera range, when a crosser walks), and guidance prices by it
/// (walking speed, KPA exposure; the engine waits for darkness). Before it lived here, Scenario,
/// Simulation and Guidance each had an enumeration of their own, translated by raw value.
public enum Light: String, Sendable, Hashable, Codable, CaseIterable {
    /// Sun above the horizon.
    case day
    /// Sun between 0° and −6° (civil twilight).
    case twilight
    /// Sun below −6°.
    case night

    /// The light for a solar elevation in degrees.
    public init(solarElevation: Double) {
        if solarElevation > 0 {
            self = .day
        } else if solarElevation > -6 {
            self = .twilight
        } else {
            self = .night
        }
    }
}
