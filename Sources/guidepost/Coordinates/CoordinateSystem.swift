import ArgumentParser

/// The coordinate systems `guidepost coords` converts between (DESIGN.md, "Frames, units, time").
enum CoordinateSystem: String, CaseIterable, Sendable, ExpressibleByArgument {
    /// WGS84 longitude, latitude in degrees (GeoJSON order).
    case wgs84
    /// EPSG:5179 (Korea 2000 / Unified CS) easting x, northing y in metres.
    case epsg5179
    /// A Military Grid Reference System reference, e.g. 52SCH2439607702.
    case mgrs
    /// Along the border: s metres along the MDL from its western end, d metres north of it.
    case sd

    /// The names of the fields of a position in this system, for messages.
    var fieldNames: (String, String) {
        switch self {
        case .wgs84: ("lon", "lat")
        case .epsg5179: ("x", "y")
        case .mgrs: ("mgrs", "mgrs")
        case .sd: ("s", "d")
        }
    }

    /// How a position in this system is written, for messages and help.
    var example: String {
        switch self {
        case .wgs84: "127.0,38.0"
        case .epsg5179: "956048.123,2000186.456"
        case .mgrs: "52SCH2439607702"
        case .sd: "120000.0,-350.0"
        }
    }
}
