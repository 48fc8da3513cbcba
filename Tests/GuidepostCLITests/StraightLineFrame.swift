import GuidepostCore

/// A test along-border frame: the EPSG:5179 line y = 2,000,000 (38°N on the central meridian)
/// from x = 900,000 to x = 1,100,000, so s = x − 900,000 and d = y − 2,000,000 exactly.
struct StraightLineFrame: AlongBorderFrame {
    let length = 200_000.0

    func alongBorder(_ p: Point) -> AlongBorderCoordinate {
        AlongBorderCoordinate(s: p.x - 900_000, d: p.y - 2_000_000)
    }

    func point(_ c: AlongBorderCoordinate) -> Point { Point(x: 900_000 + c.s, y: 2_000_000 + c.d) }
}
