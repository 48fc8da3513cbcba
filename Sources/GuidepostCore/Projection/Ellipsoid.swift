/// A reference ellipsoid, given by its semi-major axis and flattening.
public struct Ellipsoid: Hashable, Sendable {
    /// Semi-major axis, metres.
    public let a: Double
    /// Flattening f = (a − b) / a.
    public let f: Double

    public init(a: Double, inverseFlattening: Double) {
        self.a = a
        self.f = 1 / inverseFlattening
    }

    /// GRS80, the ellipsoid of Korea 2000 (EPSG:5179).
    public static let grs80 = Ellipsoid(a: 6_378_137, inverseFlattening: 298.257_222_101)
    /// WGS84, the ellipsoid of GPS and UTM/MGRS.
    public static let wgs84 = Ellipsoid(a: 6_378_137, inverseFlattening: 298.257_223_563)

    /// First eccentricity e = √(f(2 − f)).
    public var eccentricity: Double { (f * (2 - f)).squareRoot() }
    /// Third flattening n = f / (2 − f), the expansion parameter of Krüger's series.
    public var thirdFlattening: Double { f / (2 - f) }
}
