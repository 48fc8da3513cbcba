public import GuidepostCore
import Foundation

/// A systematic search: a line of searchers abreast, `width` metres wide, walking an Archimedean
/// spiral out from a point so that successive turns touch, `r(θ) = w·θ / 2π`. The area swept
/// by time `t` is `w·v·t`, so the radius reached is `r(t) = √(w·v·t / π)` — a person lying
/// `r` from the centre is passed after `π r² / (w v)` seconds. At `radius` it starts again.
///
/// Before the spiral, a **hasty search** walks the travel aids through the centre (`hasty`: the
/// roads, out and back), as search doctrine does first: a person on foot keeps to a road, and a
/// line walking it passes them after (distance along the road) / v instead of π r² / (w v)
/// (2021-02-16: found by the road 905 m from the checkpoint).
///
/// Coordinates are along-border (s, d) metres, like `CorrelatedRandomWalk`.
public struct SearchSweep: Sendable, Hashable {
    public var centre: Point
    /// Width of the line abreast (searchers × spacing), metres.
    public var width: Double
    /// Walking speed of the line, m/s.
    public var speed: Double
    /// Radius of the area to search, metres.
    public var radius: Double
    /// When the sweep began, seconds.
    public var start: Double
    /// The hasty search's path (s, d), walked first from `centre`; empty for none.
    public var hasty: [Point]

    public init(centre: Point, width: Double, speed: Double, radius: Double, start: Double, hasty: [Point] = []) {
        self.centre = centre
        self.width = width
        self.speed = speed
        self.radius = radius
        self.start = start
        self.hasty = hasty
    }

    /// Searchers ten metres apart, at least two and at most thirty abreast (an assumption).
    public static func width(searchers: Int) -> Double { Double(min(max(searchers, 2), 30)) * 10 }

    /// The hasty path along roads through `centre` (each road's centre line in (s, d)): for each
    /// road passing within `width` of the centre, out along it to `radius` and back, first
    /// towards the south (decreasing d: a person who crossed heads away from the MDL), then the
    /// other way. Roads are taken in the order given.
    public static func hastyPath(centre: Point, roads: [[Point]], radius: Double, width: Double) -> [Point] {
        var path: [Point] = []
        for road in roads where road.count >= 2 {
            guard let (index, foot) = nearest(on: road, to: centre), foot.distance(to: centre) <= width else { continue }
            let before = Array(road[...index].reversed())
            let after = Array(road[(index + 1)...])
            var ways = [walk(from: foot, through: before, for: radius), walk(from: foot, through: after, for: radius)]
            ways.sort { ($0.last?.y ?? .infinity) < ($1.last?.y ?? .infinity) }
            for way in ways where !way.isEmpty { path += [foot] + way + way.reversed().dropFirst() + [foot] }
        }
        return path
    }

    /// The nearest point of polyline `line` to `p`, with the index of the segment's first vertex.
    static func nearest(on line: [Point], to p: Point) -> (Int, Point)? {
        var best: (Int, Point, Double)?
        for i in 0..<(line.count - 1) {
            let a = line[i], b = line[i + 1]
            let ab = Point(x: b.x - a.x, y: b.y - a.y)
            let l2 = ab.x * ab.x + ab.y * ab.y
            let u = l2 > 0 ? min(max(((p.x - a.x) * ab.x + (p.y - a.y) * ab.y) / l2, 0), 1) : 0
            let q = Point(x: a.x + u * ab.x, y: a.y + u * ab.y)
            let d = q.distance(to: p)
            if best.map({ d < $0.2 }) ?? true { best = (i, q, d) }
        }
        return best.map { ($0.0, $0.1) }
    }

    /// From `from` through `points` in order, stopping after `length` metres.
    static func walk(from: Point, through points: [Point], for length: Double) -> [Point] {
        var out: [Point] = []
        var here = from
        var left = length
        for p in points {
            let d = here.distance(to: p)
            if d >= left {
                if d > 0 { out.append(Point(x: here.x + (p.x - here.x) * left / d, y: here.y + (p.y - here.y) * left / d)) }
                return out
            }
            out.append(p)
            left -= d
            here = p
        }
        return out
    }

    /// Seconds the hasty search takes.
    public var hastyDuration: Double {
        zip(hasty, hasty.dropFirst()).reduce(hasty.first.map { centre.distance(to: $0) } ?? 0) { $0 + $1.0.distance(to: $1.1) } / speed
    }

    /// The centre of the line at time `t` (s, d).
    public func position(at t: Double) -> Point {
        let elapsed = max(t - start, 0)
        if elapsed < hastyDuration, let first = hasty.first {
            var left = elapsed * speed
            var here = centre
            for p in [first] + hasty.dropFirst() {
                let d = here.distance(to: p)
                if d >= left, d > 0 { return Point(x: here.x + (p.x - here.x) * left / d, y: here.y + (p.y - here.y) * left / d) }
                left -= d
                here = p
            }
            return here
        }
        let full = Double.pi * radius * radius / (width * speed)
        let spiral = (elapsed - hastyDuration).truncatingRemainder(dividingBy: max(full, 1))
        let r = (width * speed * spiral / .pi).squareRoot()
        let theta = 2 * Double.pi * r / width
        return Point(x: centre.x + r * cos(theta), y: centre.y + r * sin(theta))
    }
}
