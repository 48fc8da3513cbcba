/// The letter tables of MGRS (NGA.STND.0037_2.0.0_GRIDS, "Universal Grids and Grid Reference
/// Systems", §3; the "AA" lettering used with WGS84). Letters I and O are never used.
enum MGRSLettering {
    /// Latitude bands, 8° tall from 80°S, except X (72–84°N), which is 12° tall.
    static let bands: [Character] = Array("CDEFGHJKLMNPQRSTUVWX")
    /// The three column-letter sets; zone z uses set (z − 1) mod 3: A–H, J–R, S–Z.
    static let columnSets: [[Character]] = [Array("ABCDEFGH"), Array("JKLMNPQR"), Array("STUVWXYZ")]
    /// Row letters, repeating every 2,000 km of northing.
    static let rows: [Character] = Array("ABCDEFGHJKLMNPQRSTUV")
    /// Northing covered by one cycle of row letters, metres.
    static let rowCycle = 2_000_000.0
    /// Side of a 100 km square, metres.
    static let square = 100_000.0

    /// The band index (0 = C … 19 = X) of a latitude in −80...84 degrees, or nil outside.
    ///
    /// index = ⌊(φ + 80°) / 8° + 10⁻¹²⌋, capped at 19 (band X runs to 84°N). The 10⁻¹² puts a
    /// latitude on a band edge into the northern band, as GEOTRANS does.
    static func bandIndex(latitude: Double) -> Int? {
        guard latitude >= -80, latitude <= 84 else { return nil }
        return min(Int(((latitude + 80) / 8 + 1e-12).rounded(.down)), 19)
    }

    /// Southern and northern latitude of a band, degrees.
    static func latitudes(ofBand index: Int) -> ClosedRange<Double> {
        let south = -80 + 8 * Double(index)
        return south...(index == 19 ? 84 : south + 8)
    }

    /// The column letters of a zone (eight 100 km columns, easting 100–900 km).
    static func columns(zone: Int) -> [Character] { columnSets[(zone - 1) % 3] }

    /// Row letters start at A on the equator in odd zones and at F (5 rows later) in even zones.
    static func rowOffset(zone: Int) -> Int { zone.isMultiple(of: 2) ? 5 : 0 }

    /// Zones that do not exist in a band because of the Svalbard exception.
    static func isUnusedZone(_ zone: Int, bandIndex: Int) -> Bool {
        bandIndex == 19 && (zone == 32 || zone == 34 || zone == 36)
    }
}
