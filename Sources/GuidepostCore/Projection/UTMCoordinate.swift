/// A position on the Universal Transverse Mercator grid (WGS84): zone, hemisphere, easting and
/// northing in metres. MGRS is built on it; it is public so tools can show UTM too.
///
/// The zone is the standard one: 6° wide, zone 1 from 180°W, with the grid-zone exceptions of
/// NGA.SIG.0012_2.0.0_UTMUPS §2 (southwest Norway, 56–64°N: zone 32 widened west to 3°E;
/// Svalbard, 72–84°N: zones 31, 33, 35 and 37 widened, 32, 34 and 36 unused).
public struct UTMCoordinate: Hashable, Sendable, CustomStringConvertible {
    /// Zone number, 1...60.
    public var zone: Int
    /// True north of the equator (false northing 0), false south of it (false northing 10,000 km).
    public var isNorthern: Bool
    /// Easting, metres (500,000 on the central meridian).
    public var easting: Double
    /// Northing, metres.
    public var northing: Double

    public init(zone: Int, isNorthern: Bool, easting: Double, northing: Double) {
        precondition((1...60).contains(zone), "UTM zone \(zone) is outside 1...60")
        self.zone = zone
        self.isNorthern = isNorthern
        self.easting = easting
        self.northing = northing
    }

    /// Projects a geographic coordinate into its standard zone (see `zone(for:)`).
    /// - Precondition: `g` is finite.
    public init(_ g: GeoCoordinate) {
        let zone = Self.zone(for: g)
        self.init(g, zone: zone)
    }

    /// Projects a geographic coordinate into a given zone (useful near zone edges, where a
    /// neighbouring zone's grid is still valid for a few hundred kilometres).
    public init(_ g: GeoCoordinate, zone: Int) {
        let isNorthern = g.latitude >= 0
        // Wrapping first (exactly, by fmod) keeps huge longitudes from losing precision.
        let wrapped = GeoCoordinate(longitude: Self.normalizedLongitude(g.longitude), latitude: g.latitude)
        let p = Self.projection(zone: zone, isNorthern: isNorthern).forward(wrapped)
        self.init(zone: zone, isNorthern: isNorthern, easting: p.x, northing: p.y)
    }

    /// The geographic coordinate of this grid position.
    public var geoCoordinate: GeoCoordinate {
        Self.projection(zone: zone, isNorthern: isNorthern).inverse(Point(x: easting, y: northing))
    }

    public var description: String { "\(zone)\(isNorthern ? "N" : "S") \(easting) \(northing)" }

    /// Longitude of a zone's central meridian, degrees east: 6·zone − 183.
    public static func centralMeridian(ofZone zone: Int) -> Double { Double(zone) * 6 - 183 }

    /// The standard zone of a position: ⌊(λ + 180°) / 6°⌋ + 1, with the Norway and Svalbard exceptions.
    ///
    /// Like GEOTRANS, a longitude within 0.5 mm (4.5·10⁻⁹°) west of a zone edge counts as on
    /// the edge, so that values that only just missed it by rounding land where they belong.
    public static func zone(for g: GeoCoordinate) -> Int {
        let lon = normalizedLongitude(g.longitude)
        var zone = Int(((lon + 180 + edgePad) / 6).rounded(.down)) + 1
        if zone > 60 { zone = 1 }
        let lat = g.latitude
        if (56.0..<64.0).contains(lat), zone == 31, lon >= 3 {
            zone = 32
        } else if (72.0...84.0).contains(lat) {
            switch zone {
            case 32: zone = lon < 9 ? 31 : 33
            case 34: zone = lon < 21 ? 33 : 35
            case 36: zone = lon < 33 ? 35 : 37
            default: break
            }
        }
        return zone
    }

    /// Longitude wrapped into −180..<180 degrees.
    static func normalizedLongitude(_ lon: Double) -> Double {
        var l = (lon + 180).truncatingRemainder(dividingBy: 360)
        if l < 0 { l += 360 }
        return l - 180
    }

    /// 0.499 mm on the equator, in degrees (GEOTRANS's EPSILON2 / a).
    private static let edgePad = 4.99e-4 / 6_378_137 * degreesPerRadian

    /// The 120 zone projections, built once: `TransverseMercator` precomputes its series.
    private static let projections: [TransverseMercator] = (0..<120).map { i in
        TransverseMercator.utm(zone: i / 2 + 1, north: i % 2 == 0)
    }

    /// The transverse Mercator projection of a zone and hemisphere (shared, precomputed).
    public static func projection(zone: Int, isNorthern: Bool) -> TransverseMercator {
        precondition((1...60).contains(zone), "UTM zone \(zone) is outside 1...60")
        return projections[(zone - 1) * 2 + (isNorthern ? 0 : 1)]
    }
}
