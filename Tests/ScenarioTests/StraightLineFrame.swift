import GuidepostCore

/// A test MDL: the straight segment between the projected ends of the Natural Earth MDL.
/// `s` is the distance along it from the west end, `d` the signed distance to its left
/// (north, since the segment runs west to east).
struct StraightLineFrame: AlongBorderFrame {
    let a: Point
    let b: Point

    init(
        west: GeoCoordinate = GeoCoordinate(longitude: 126.667459, latitude: 37.82781),
        east: GeoCoordinate = GeoCoordinate(longitude: 128.364922, latitude: 38.624331)
    ) {
        a = TransverseMercator.epsg5179.forward(west)
        b = TransverseMercator.epsg5179.forward(east)
    }

    var length: Double { a.distance(to: b) }
    private var unit: Vector2 { Vector2((b.x - a.x) / length, (b.y - a.y) / length) }

    func alongBorder(_ p: Point) -> AlongBorderCoordinate {
        let u = unit
        let dx = p.x - a.x, dy = p.y - a.y
        let s = dx * u.x + dy * u.y
        let d = -dx * u.y + dy * u.x
        return AlongBorderCoordinate(s: min(max(s, 0), length), d: d)
    }

    func point(_ c: AlongBorderCoordinate) -> Point {
        let u = unit
        return Point(x: a.x + c.s * u.x - c.d * u.y, y: a.y + c.s * u.y + c.d * u.x)
    }
}
