/// Where an event is: WGS84 latitude and longitude in degrees, height above the ellipsoid (`hae`)
/// in metres, and the circular (`ce`) and linear (`le`) 1-sigma errors in metres.
///
/// CoT writes "not known" as 9,999,999 for `hae`, `ce` and `le` (``unknown``).
public struct CoTPoint: Sendable, Hashable {
    /// CoT's value for an unknown height or error: 9,999,999.
    public static let unknown = 9_999_999.0

    /// Latitude in degrees, −90…90.
    public var lat: Double
    /// Longitude in degrees, −180…180.
    public var lon: Double
    /// Height above the WGS84 ellipsoid in metres, or ``unknown``.
    public var hae: Double
    /// Circular error (horizontal, 1 sigma) in metres, or ``unknown``.
    public var ce: Double
    /// Linear error (vertical, 1 sigma) in metres, or ``unknown``.
    public var le: Double

    /// A point; height and errors default to unknown.
    public init(lat: Double, lon: Double, hae: Double = unknown, ce: Double = unknown, le: Double = unknown) {
        self.lat = lat
        self.lon = lon
        self.hae = hae
        self.ce = ce
        self.le = le
    }
}
