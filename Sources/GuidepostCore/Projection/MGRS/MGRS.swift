/// A Military Grid Reference System reference: UTM zone, latitude band, 100 km square
/// (column and row letters), and easting and northing within the square at a precision from
/// 100 km (no digits) to 1 m (five digits each), e.g. `52SCH2439607702`.
///
/// A reference names a square, not a point: the square whose south-west corner is at the
/// given easting and northing and whose side is `precision.metres`. Positions are truncated
/// into their square, never rounded (NGA.STND.0037_2.0.0_GRIDS §3.4), as GEOTRANS and the
/// `mgrs` Python package do, so the strings match theirs.
///
/// Instances are always valid: every initialiser checks the letters against the zone and band.
public struct MGRS: Hashable, Sendable, CustomStringConvertible {
    /// UTM zone, 1...60.
    public let zone: Int
    /// Latitude band letter, C...X (without I and O).
    public let band: Character
    /// Column letter of the 100 km square.
    public let column: Character
    /// Row letter of the 100 km square.
    public let row: Character
    /// Easting within the 100 km square, metres, a multiple of `precision.metres`.
    public let easting: Int
    /// Northing within the 100 km square, metres, a multiple of `precision.metres`.
    public let northing: Int
    /// Side of the square the reference names.
    public let precision: MGRSPrecision

    /// Builds a reference from its parts, checking that they name a square that exists.
    public init(
        zone: Int, band: Character, column: Character, row: Character, easting: Int, northing: Int,
        precision: MGRSPrecision
    ) throws(MGRSError) {
        guard (1...60).contains(zone) else { throw .zoneOutOfRange(String(zone)) }
        guard let bandIndex = MGRSLettering.bands.firstIndex(of: band) else {
            throw "ABYZ".contains(band) ? .polarBand(band) : .invalidBand(band)
        }
        guard !MGRSLettering.isUnusedZone(zone, bandIndex: bandIndex) else { throw .unusedZone(zone: zone, band: band) }
        guard let columnIndex = MGRSLettering.columns(zone: zone).firstIndex(of: column) else {
            throw .invalidColumn(column, zone: zone)
        }
        guard MGRSLettering.rows.contains(row) else { throw .invalidRow(row) }
        let size = precision.metres
        guard (0..<100_000).contains(easting), (0..<100_000).contains(northing),
            easting % size == 0, northing % size == 0
        else { throw .digitsOutOfRange(easting: easting, northing: northing, precision: precision) }
        if zone == 31, band == "V", columnIndex >= 4 { throw .squareInZone32V(square: "\(column)\(row)") }
        self.zone = zone
        self.band = band
        self.column = column
        self.row = row
        self.easting = easting
        self.northing = northing
        self.precision = precision
        guard squareMeetsBand(bandIndex: bandIndex) else {
            throw .squareOutsideBand(zone: zone, band: band, square: "\(column)\(row)")
        }
    }

    /// The same square's reference at a coarser (or equal) precision, truncating the digits.
    public func truncated(to precision: MGRSPrecision) -> MGRS {
        let p = min(precision, self.precision)
        let size = p.metres
        return MGRS(
            unchecked: zone, band: band, column: column, row: row, easting: easting / size * size,
            northing: northing / size * size, precision: p)
    }

    /// The reference as text: `52SCH2439607702`, or with `spaced` `52S CH 24396 07702`.
    /// The zone is always two digits (`04QFJ…`), as GEOTRANS writes it.
    public func formatted(spaced: Bool = false) -> String {
        let zoneText = zone < 10 ? "0\(zone)" : "\(zone)"
        let n = precision.digits
        let e = Self.digits(easting / precision.metres, count: n)
        let no = Self.digits(northing / precision.metres, count: n)
        if spaced {
            return n == 0 ? "\(zoneText)\(band) \(column)\(row)" : "\(zoneText)\(band) \(column)\(row) \(e) \(no)"
        }
        return "\(zoneText)\(band)\(column)\(row)\(e)\(no)"
    }

    public var description: String { formatted() }

    /// `value` as exactly `count` decimal digits, zero-padded on the left.
    private static func digits(_ value: Int, count: Int) -> String {
        guard count > 0 else { return "" }
        let s = String(value)
        return String(repeating: "0", count: max(0, count - s.count)) + s
    }
}

extension MGRS {
    /// Memberwise, without the checks: for parts computed from a valid position.
    init(
        unchecked zone: Int, band: Character, column: Character, row: Character, easting: Int, northing: Int,
        precision: MGRSPrecision
    ) {
        self.zone = zone
        self.band = band
        self.column = column
        self.row = row
        self.easting = easting
        self.northing = northing
        self.precision = precision
    }
}
