public import GuidepostCore

/// Named real places that scenarios anchor positions to (`near: jsa`), each with where its
/// coordinates come from and how far to trust them.
///
/// Anchoring to a place instead of a raw along-border `s` keeps incidents where they happened
/// when Border's MDL is rescaled: `near: jsa, d: -300` is "300 m south of the MDL point nearest
/// the JSA" on whatever MDL the frame carries.
public enum Place: String, ScenarioTerm, Hashable {
    case westEnd = "west-end"
    case eastEnd = "east-end"
    case jsa
    case imjinCrossing = "imjin-crossing"
    case yeoncheonGP = "yeoncheon-gp"
    case centralWest = "central-west"
    case cheorwonCentral = "cheorwon-central"
    case donghaeCorridor = "donghae-corridor"
    case unificationObservatory = "unification-observatory"
    case jejinCheckpoint = "jejin-checkpoint"
    case yangyangPort = "yangyang-port"

    /// WGS84 longitude and latitude.
    public var coordinate: GeoCoordinate {
        switch self {
        case .westEnd: return GeoCoordinate(longitude: 126.667459, latitude: 37.82781)
        case .eastEnd: return GeoCoordinate(longitude: 128.364922, latitude: 38.624331)
        case .jsa: return GeoCoordinate(longitude: 126.67667, latitude: 37.95583)
        case .imjinCrossing: return GeoCoordinate(longitude: 127.0, latitude: 38.237)
        case .yeoncheonGP: return GeoCoordinate(longitude: 127.06, latitude: 38.271)
        case .centralWest: return GeoCoordinate(longitude: 127.10, latitude: 38.289)
        case .cheorwonCentral: return GeoCoordinate(longitude: 127.30, latitude: 38.313)
        case .donghaeCorridor: return GeoCoordinate(longitude: 128.345, latitude: 38.616)
        case .unificationObservatory: return GeoCoordinate(longitude: 128.37, latitude: 38.58)
        case .jejinCheckpoint: return GeoCoordinate(longitude: 128.39, latitude: 38.56)
        case .yangyangPort: return GeoCoordinate(longitude: 128.63, latitude: 38.08)
        }
    }

    /// Where the coordinate comes from and how sure it is.
    public var provenance: String {
        switch self {
        case .westEnd, .eastEnd:
            return "the ends of the Natural Earth 1:10m MDL (shared/data/geo/mdl.geojson); exact for that line"
        case .jsa: return "JSA conference row, 37.95583 N 126.67667 E (domain.md §1.4); sourced"
        case .imjinCrossing:
            return
                "where the Imjin meets the Natural Earth MDL north of Yeoncheon; estimate, ±5 km (no source gives it)"
        case .yeoncheonGP: return "a point on the MDL in Yeoncheon (28th Div.); estimate, GP positions are not public"
        case .centralWest: return "a point on the MDL on the central-western front (eastern Yeoncheon); estimate"
        case .cheorwonCentral: return "a point on the MDL on the central front in Cheorwon; estimate"
        case .donghaeCorridor:
            return "where the Donghae (East Sea) road and rail corridor meets the MDL in Goseong; estimate, ±2 km"
        case .unificationObservatory:
            return "Goseong Unification Observatory ≈ 38.58 N 128.37 E; flagged estimate (domain.md §1.4), not sourced"
        case .jejinCheckpoint: return "Jejin checkpoint on the civilian control line, Goseong; estimate, ±2 km"
        case .yangyangPort: return "a port on the Yangyang coast; estimate, ±5 km"
        }
    }
}
