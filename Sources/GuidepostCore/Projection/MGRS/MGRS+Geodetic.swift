/// Conversion between MGRS and WGS84 through the UTM grid (`UTMCoordinate`).
extension MGRS {
    /// Distance below a square edge that still counts as on the edge, metres (GEOTRANS's
    /// EPSILON2): it absorbs the last bits of rounding, so that a square's own corner,
    /// projected and unprojected, lands back in that square.
    static let edgeTolerance = 4.99e-4

    /// The reference of the square, at `precision`, that contains a geographic position.
    ///
    /// The position is projected into its standard UTM zone (`UTMCoordinate.zone(for:)`); the
    /// easting E and northing N are truncated to the square side s: E′ = s·⌊(E + ε)/s⌋ with
    /// ε = 0.499 mm. The column letter is set (z − 1) mod 3's letter ⌊E′/100 km⌋ − 1; the row
    /// letter is row (⌊N′/100 km⌋ + 5·[z even]) mod 20.
    /// - Throws: `.latitudeOutOfRange` outside −80...84° (or NaN), `.longitudeNotFinite`.
    /// - Complexity: O(1): one transverse Mercator forward projection.
    public init(_ g: GeoCoordinate, precision: MGRSPrecision = .metre) throws(MGRSError) {
        guard g.longitude.isFinite else { throw .longitudeNotFinite(g.longitude) }
        guard let bandIndex = MGRSLettering.bandIndex(latitude: g.latitude) else {
            throw .latitudeOutOfRange(g.latitude)
        }
        let utm = UTMCoordinate(g)
        let size = Double(precision.metres)
        let e = ((utm.easting + Self.edgeTolerance) / size).rounded(.down) * size
        let n = ((utm.northing + Self.edgeTolerance) / size).rounded(.down) * size
        let columnIndex = Int(e / MGRSLettering.square) - 1
        // Within −80...84° every zone's easting stays inside 100...900 km (at most ~834 km
        // at the equator, ~874 km in the widened zones 32V and 31X–37X), so eight columns suffice.
        precondition((0..<8).contains(columnIndex), "UTM easting \(e) outside the 100–900 km MGRS columns")
        let rowIndex =
            (Int((n / MGRSLettering.square).rounded(.down)) + MGRSLettering.rowOffset(zone: utm.zone)) % 20
        self.init(
            unchecked: utm.zone, band: MGRSLettering.bands[bandIndex],
            column: MGRSLettering.columns(zone: utm.zone)[columnIndex], row: MGRSLettering.rows[rowIndex],
            easting: Int(e.truncatingRemainder(dividingBy: MGRSLettering.square)),
            northing: Int(n.truncatingRemainder(dividingBy: MGRSLettering.square)), precision: precision)
    }

    /// The UTM position of the square's south-west corner plus `offset` metres east and north.
    ///
    /// The row letters repeat every 2,000 km, so the northing is N = N₀ + 2000 km·k + digits,
    /// with k chosen so that the square's middle is nearest the band's middle latitude on the
    /// central meridian; bands are at most 12° (≈ 1,330 km) tall, so k is never ambiguous.
    public func utm(offset: Double = 0) -> UTMCoordinate {
        // Safe: the initialisers only admit letters from these tables.
        let bandIndex = MGRSLettering.bands.firstIndex(of: band) ?? 0
        let columnIndex = MGRSLettering.columns(zone: zone).firstIndex(of: column) ?? 0
        let rowIndex = MGRSLettering.rows.firstIndex(of: row) ?? 0
        let isNorthern = bandIndex >= 10
        let cycleIndex = (rowIndex - MGRSLettering.rowOffset(zone: zone) + 20) % 20
        let base = Double(cycleIndex) * MGRSLettering.square
        let latitudes = MGRSLettering.latitudes(ofBand: bandIndex)
        let middle = GeoCoordinate(
            longitude: UTMCoordinate.centralMeridian(ofZone: zone),
            latitude: (latitudes.lowerBound + latitudes.upperBound) / 2)
        let middleNorthing = UTMCoordinate(middle, zone: zone).northing
        let cycles = ((middleNorthing - base - MGRSLettering.square / 2) / MGRSLettering.rowCycle).rounded()
        return UTMCoordinate(
            zone: zone, isNorthern: isNorthern,
            easting: Double(columnIndex + 1) * MGRSLettering.square + Double(easting) + offset,
            northing: base + cycles * MGRSLettering.rowCycle + Double(northing) + offset)
    }

    /// The square's south-west corner, the point the reference designates (as GEOTRANS and the
    /// `mgrs` package return it).
    public var southWestCorner: GeoCoordinate { utm().geoCoordinate }

    /// The middle of the square: the best single point for a coarse reference.
    public var center: GeoCoordinate { utm(offset: Double(precision.metres) / 2).geoCoordinate }

    /// True when the square reaches into its latitude band (within 1 m): the check that the
    /// band, zone and letters agree.
    ///
    /// Parallels are curves of the grid that bend poleward away from the central meridian, so
    /// in the northern hemisphere the square's lowest latitude is at the south corner farthest
    /// from the central meridian and its highest on the north edge nearest it (mirrored in the
    /// southern hemisphere): two inverse projections.
    func squareMeetsBand(bandIndex: Int) -> Bool {
        let sw = utm()
        let size = Double(precision.metres)
        let (west, east) = (sw.easting, sw.easting + size)
        let nearest = min(max(500_000, west), east)
        let farthest = abs(west - 500_000) > abs(east - 500_000) ? west : east
        let (southEasting, northEasting) = sw.isNorthern ? (farthest, nearest) : (nearest, farthest)
        func latitude(_ e: Double, _ n: Double) -> Double {
            UTMCoordinate(zone: zone, isNorthern: sw.isNorthern, easting: e, northing: n).geoCoordinate.latitude
        }
        let lowest = latitude(southEasting, sw.northing)
        let highest = latitude(northEasting, sw.northing + size)
        let band = MGRSLettering.latitudes(ofBand: bandIndex)
        let slack = 1e-5  // ≈ 1 m
        return highest >= band.lowerBound - slack && lowest <= band.upperBound + slack
    }
}
