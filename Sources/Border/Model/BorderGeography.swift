import GuidepostCore

/// Approximate real positions (lon, lat) the generated layers are anchored on. Sources and
/// the confidence of each are in docs/border.md; all are "approximate, not for navigation".
public enum BorderGeography {
    /// Sector boundaries by longitude of the MDL (county limits along the line, approximate):
    /// (id, name, western boundary longitude); the first starts at the west end. Ids and
    /// meridians are those of the Scenario module's `Sector`, so a scenario's sector maps by id.
    public static let sectors: [(String, String, Double)] = [
        ("western-han-estuary-jsa", "Western (Han estuary & JSA)", -.infinity),
        ("imjin", "Imjin", 126.80),
        ("central-west-yeoncheon", "Central-west (Yeoncheon)", 127.05),
        ("cheorwon", "Cheorwon", 127.15),
        ("central-hwacheon-yanggu", "Central (Hwacheon–Yanggu)", 127.55),
        ("eastern-goseong", "Eastern (Goseong)", 128.20),
    ]

    /// Rivers crossing or bounding the line: (id, name, kind, half-width m, bank m, points N→S).
    public static let rivers: [(String, String, Waterway.Kind, Double, Double, [(Double, Double)])] = [
        (
            "imjin", "Imjin River", .river, 60, 40,
            [
                (127.10, 38.36), (127.04, 38.30), (127.00, 38.237), (126.99, 38.17), (127.02, 38.12), (127.00, 38.07),
                (126.95, 38.03), (126.88, 37.98), (126.80, 37.93), (126.74, 37.885), (126.70, 37.855), (126.668, 37.829),
            ]
        ),
        (
            "han-estuary", "Han River estuary (neutral zone)", .estuary, 450, 900,
            [(126.668, 37.829), (126.672, 37.80), (126.676, 37.77), (126.62, 37.75), (126.55, 37.755), (126.47, 37.765), (126.38, 37.775), (126.28, 37.78)]
        ),
        ("hantan", "Hantan River", .river, 35, 20, [(127.33, 38.42), (127.31, 38.36), (127.30, 38.313), (127.285, 38.25), (127.28, 38.19)]),
        ("bukhan", "Bukhan River", .river, 45, 25, [(127.87, 38.42), (127.85, 38.35), (127.85, 38.302), (127.86, 38.25), (127.86, 38.21)]),
    ]

    /// The East Sea east of the coast at the line's eastern end (a coarse coastline).
    public static let eastSea: [(Double, Double)] = [
        (128.62, 38.15), (128.50, 38.40), (128.42, 38.53), (128.3655, 38.6243), (128.33, 38.70), (128.27, 38.82),
        (128.90, 38.82), (128.90, 38.15),
    ]

    /// The coast south of the line's eastern end (for the coastal fence), N→S.
    public static let eastCoast: [(Double, Double)] = [(128.3655, 38.6243), (128.42, 38.53), (128.50, 38.40)]

    /// Cross-border roads and railways: (id, kind, name, points S→N).
    public static let corridors: [(String, Corridor.Kind, String, [(Double, Double)])] = [
        ("gyeongui-road", .road, "Gyeongui road (Route 1, Panmunjom)", [(126.7076, 37.8996), (126.69, 37.925), (126.667, 37.955), (126.62, 37.965), (126.564, 37.964)]),
        ("gyeongui-rail", .rail, "Gyeongui line (rail)", [(126.7076, 37.8990), (126.686, 37.924), (126.660, 37.953), (126.60, 37.972), (126.564, 37.975)]),
        ("donghae-road", .road, "Donghae road (Route 7, Goseong)", [(128.40, 38.52), (128.37, 38.58), (128.345, 38.617), (128.325, 38.66), (128.31, 38.72)]),
        ("donghae-rail", .rail, "Donghae line (rail)", [(128.39, 38.52), (128.362, 38.58), (128.338, 38.614), (128.318, 38.66), (128.30, 38.72)]),
    ]

    /// Named places for the overview map: (name, lon, lat).
    public static let places: [(String, Double, Double)] = [
        ("JSA / Panmunjom", 126.67667, 37.95583), ("Kaesong", 126.564, 37.964), ("Cheorwon", 127.313, 38.146),
        ("Hwacheon", 127.708, 38.106), ("Yanggu", 127.990, 38.110), ("Goseong", 128.467, 38.380),
    ]

    static func project(_ pts: [(Double, Double)]) -> [Point] {
        pts.map { TransverseMercator.epsg5179.forward(GeoCoordinate(longitude: $0.0, latitude: $0.1)) }
    }
}
