/// Light level, from the sun's elevation: it sets thermal contrast, camera range and how a
/// crossing person behaves (walk by night, hide by day).
public enum Light: String, Sendable, Codable, CaseIterable {
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
