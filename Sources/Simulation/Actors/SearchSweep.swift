public import GuidepostCore
import Foundation

/// A systematic search: a line of searchers abreast, `width` metres wide, walking an Archimedean
/// spiral out from a point so that successive turns touch, `r(θ) = w·θ / 2π`. The area swept
/// by time `t` is `w·v·t`, so the radius reached is `r(t) = √(w·v·t / π)` — a person lying
/// `r` from the centre is passed after `π r² / (w v)` seconds. At `radius` it starts again.
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

    public init(centre: Point, width: Double, speed: Double, radius: Double, start: Double) {
        self.centre = centre
        self.width = width
        self.speed = speed
        self.radius = radius
        self.start = start
    }

    /// Searchers ten metres apart, at least two and at most thirty abreast (an assumption).
    public static func width(searchers: Int) -> Double { Double(min(max(searchers, 2), 30)) * 10 }

    /// The centre of the line at time `t` (s, d).
    public func position(at t: Double) -> Point {
        let full = Double.pi * radius * radius / (width * speed)
        let elapsed = max(t - start, 0).truncatingRemainder(dividingBy: max(full, 1))
        let r = (width * speed * elapsed / .pi).squareRoot()
        let theta = 2 * Double.pi * r / width
        return Point(x: centre.x + r * cos(theta), y: centre.y + r * sin(theta))
    }
}
