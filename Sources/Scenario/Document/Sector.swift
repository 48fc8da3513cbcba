public import GuidepostCore

/// The press's fronts of the DMZ (domain.md §1.4), from west to east, bounded by two points on
/// the MDL so that they can be found on any MDL frame: a sector's s-range runs from the frame's
/// `s` of its western bound to that of its eastern bound.
///
/// Bounds are meridians read off the Natural Earth MDL at approximate county lines; they are
/// modelling choices, not official boundaries.
public enum Sector: String, ScenarioTerm, Hashable {
    case westernHanEstuaryJSA = "western-han-estuary-jsa"
    case imjin
    case centralWestYeoncheon = "central-west-yeoncheon"
    case cheorwon
    case centralHwacheonYanggu = "central-hwacheon-yanggu"
    case easternGoseong = "eastern-goseong"

    /// Western and eastern bound, points on the Natural Earth MDL.
    public var bounds: (west: GeoCoordinate, east: GeoCoordinate) {
        func g(_ lon: Double, _ lat: Double) -> GeoCoordinate { GeoCoordinate(longitude: lon, latitude: lat) }
        switch self {
        case .westernHanEstuaryJSA: return (Place.westEnd.coordinate, g(126.80, 38.0249))
        case .imjin: return (g(126.80, 38.0249), g(127.05, 38.2659))
        case .centralWestYeoncheon: return (g(127.05, 38.2659), g(127.15, 38.3048))
        case .cheorwon: return (g(127.15, 38.3048), g(127.55, 38.3095))
        case .centralHwacheonYanggu: return (g(127.55, 38.3095), g(128.20, 38.3787))
        case .easternGoseong: return (g(128.20, 38.3787), Place.eastEnd.coordinate)
        }
    }
}
