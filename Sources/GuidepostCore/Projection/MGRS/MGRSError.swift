/// Why a string or a position cannot be an MGRS reference. `reason` and `hint` are written for
/// the user; callers that know the file and line wrap them in an `InputError`.
public enum MGRSError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Nothing but blanks.
    case empty
    /// A character that is neither a letter, a digit nor a blank.
    case invalidCharacter(Character)
    /// The reference does not start with the zone number.
    case missingZone
    /// The zone number is not 1...60 (or has more than two digits).
    case zoneOutOfRange(String)
    /// Not exactly three letters (band, column, row) after the zone.
    case wrongLetterCount(String)
    /// A letter among the digits, or digits broken by a letter.
    case unexpectedCharacter(Character)
    /// The band letter is not one of C–X without I and O.
    case invalidBand(Character)
    /// A, B, Y or Z: polar areas, which use UPS, not UTM.
    case polarBand(Character)
    /// The zone does not exist in this band (32X, 34X, 36X: the Svalbard exception).
    case unusedZone(zone: Int, band: Character)
    /// The column letter is not one of the zone's eight.
    case invalidColumn(Character, zone: Int)
    /// The row letter is not A–V without I and O.
    case invalidRow(Character)
    /// Easting and northing need the same number of digits.
    case oddDigitCount(Int)
    /// More than five digits each for easting and northing.
    case tooManyDigits(Int)
    /// Easting or northing is outside 0..<100000 or not a whole number of squares at the precision.
    case digitsOutOfRange(easting: Int, northing: Int, precision: MGRSPrecision)
    /// The 100 km square does not reach into the latitude band named.
    case squareOutsideBand(zone: Int, band: Character, square: String)
    /// The 100 km square lies in zone 31V east of 3°E, which belongs to zone 32V.
    case squareInZone32V(square: String)
    /// The latitude is outside −80...84 (the polar caps use UPS) or not a number.
    case latitudeOutOfRange(Double)
    /// The longitude is not a finite number.
    case longitudeNotFinite(Double)

    /// What is wrong, in one sentence without a trailing period.
    public var reason: String {
        switch self {
        case .empty: "empty MGRS reference"
        case .invalidCharacter(let c): "character '\(c)' cannot appear in an MGRS reference"
        case .missingZone: "MGRS reference must start with a zone number 1–60"
        case .zoneOutOfRange(let z): "MGRS zone \(z) is not 1–60"
        case .wrongLetterCount(let l): "expected 3 letters (band, column, row) after the zone, found '\(l)'"
        case .unexpectedCharacter(let c): "unexpected '\(c)' after the grid square letters; only digits may follow"
        case .invalidBand(let b): "'\(b)' is not a latitude band letter (C–X, without I and O)"
        case .polarBand(let b): "band '\(b)' is a polar (UPS) band, which is not supported"
        case .unusedZone(let z, let b): "zone \(z)\(b) does not exist (Svalbard uses 31X, 33X, 35X and 37X)"
        case .invalidColumn(let c, let z):
            "'\(c)' is not a column letter of zone \(z) (\(String(MGRSLettering.columns(zone: z))))"
        case .invalidRow(let r): "'\(r)' is not a row letter (A–V, without I and O)"
        case .oddDigitCount(let n): "\(n) digits after the letters; easting and northing need the same number"
        case .tooManyDigits(let n): "\(n) digits after the letters; at most 10 (1 m precision)"
        case .digitsOutOfRange(let e, let n, let p):
            "easting \(e) / northing \(n) are not whole \(p) squares within the 100 km square"
        case .squareOutsideBand(let z, let b, let s): "square \(s) of zone \(z) does not lie in band \(b)"
        case .squareInZone32V(let s): "square \(s) of zone 31V lies east of 3°E, which is zone 32V"
        case .latitudeOutOfRange(let lat): "latitude \(lat) is outside MGRS's UTM area, −80° to 84°"
        case .longitudeNotFinite(let lon): "longitude \(lon) is not a finite number"
        }
    }

    /// What the user might do about it, when there is something useful to say.
    public var hint: String? {
        switch self {
        case .empty, .missingZone, .wrongLetterCount, .unexpectedCharacter, .oddDigitCount, .tooManyDigits,
            .invalidCharacter:
            "write it like 52SCH2439607702 or 52S CH 24396 07702"
        case .invalidColumn, .invalidRow, .squareOutsideBand, .squareInZone32V:
            "check the grid square letters against the map"
        case .latitudeOutOfRange: "MGRS uses UPS poleward of 80°S and 84°N"
        default: nil
        }
    }

    public var description: String { hint.map { "\(reason) (\($0))" } ?? reason }
}
