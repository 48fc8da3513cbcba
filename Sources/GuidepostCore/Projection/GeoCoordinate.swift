/// A geographic position: longitude and latitude in degrees (GeoJSON order: lon, lat).
///
/// WGS84 and Korea 2000 (ITRF-based) agree to well under a metre, so Guidepost treats a
/// WGS84 coordinate as a Korea 2000 one, as PROJ's EPSG:4326 → EPSG:5179 transform does.
public struct GeoCoordinate: Hashable, Sendable, Codable, CustomStringConvertible {
    public var longitude: Double
    public var latitude: Double

    public init(longitude: Double, latitude: Double) {
        self.longitude = longitude
        self.latitude = latitude
    }

    public var isFinite: Bool { longitude.isFinite && latitude.isFinite }

    /// The region Guidepost works in: the Korean peninsula and its seas (lon 124–132°E, lat 33–43.5°N).
    public var isInKoreanTheatre: Bool {
        (124.0...132.0).contains(longitude) && (33.0...43.5).contains(latitude)
    }

    public var description: String { "\(longitude), \(latitude)" }
}
