public import CoT
public import GuidepostCore
import Foundation

/// Guidepost's planar EPSG:5179 metres as CoT's WGS84 degrees, and the small number formats its
/// remarks use.
public enum CoTGeometry {
    /// CE90 of a circular normal error: the radius holding 90 % of positions is √(−2 ln 0.1)·σ.
    public static let ce90PerSigma = 2.1459660262893472

    /// The CoT point at planar (`x`, `y`), its circular error the 90 % radius of `sigma` (σ of
    /// the worst axis; unknown without it). Height and its error are unknown: the tracker is 2-D.
    public static func point(x: Double, y: Double, sigma: Double?) -> CoTPoint {
        let g = TransverseMercator.epsg5179.inverse(Point(x: x, y: y))
        let ce = sigma.map { $0.isFinite && $0 >= 0 ? min($0 * ce90PerSigma, CoTPoint.unknown) : CoTPoint.unknown } ?? CoTPoint.unknown
        return CoTPoint(lat: g.latitude, lon: g.longitude, hae: CoTPoint.unknown, ce: ce, le: CoTPoint.unknown)
    }

    /// Planar (x, y) of a WGS84 position.
    public static func planar(latitude: Double, longitude: Double) -> Point {
        TransverseMercator.epsg5179.forward(GeoCoordinate(longitude: longitude, latitude: latitude))
    }

    /// Course (degrees clockwise from true north) and speed (m/s) of a planar velocity at
    /// (`x`, `y`): the velocity's end one second on is projected back, so grid convergence is
    /// accounted for.
    public static func course(x: Double, y: Double, vx: Double, vy: Double) -> (course: Double, speed: Double) {
        let speed = (vx * vx + vy * vy).squareRoot()
        guard speed.isFinite, speed > 1e-6 else { return (0, speed.isFinite ? speed : 0) }
        let a = TransverseMercator.epsg5179.inverse(Point(x: x, y: y))
        let b = TransverseMercator.epsg5179.inverse(Point(x: x + vx, y: y + vy))
        let north = b.latitude - a.latitude
        let east = (b.longitude - a.longitude) * cos(a.latitude * .pi / 180)
        var degrees = atan2(east, north) * 180 / .pi
        if degrees < 0 { degrees += 360 }
        return (degrees, speed)
    }

    /// The MGRS reference (1 m) of planar (x, y), or "?" outside the grid.
    public static func mgrs(x: Double, y: Double) -> String {
        let g = TransverseMercator.epsg5179.inverse(Point(x: x, y: y))
        return (try? MGRS(g).formatted(spaced: true)) ?? "?"
    }

    /// At most `limit` points of `path` (its first and last always kept, the rest evenly spaced).
    public static func thin(_ path: [[Double]], to limit: Int) -> [[Double]] {
        let limit = max(2, limit)
        guard path.count > limit else { return path }
        let step = Double(path.count - 1) / Double(limit - 1)
        return (0..<limit).map { path[min(path.count - 1, Int((Double($0) * step).rounded()))] }
    }

    /// The length of a planar path, metres.
    public static func length(_ path: [[Double]]) -> Double {
        zip(path, path.dropFirst()).reduce(0) { sum, pair in
            guard pair.0.count >= 2, pair.1.count >= 2 else { return sum }
            let dx = pair.1[0] - pair.0[0], dy = pair.1[1] - pair.0[1]
            return sum + (dx * dx + dy * dy).squareRoot()
        }
    }

    /// `v` with `places` decimals (no exponent, no trailing noise).
    public static func decimal(_ v: Double, places: Int) -> String {
        guard v.isFinite else { return "0" }
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        let scaled = (abs(v) * scale).rounded()
        guard scaled < 9e15 else { return String(Int(v.rounded())) }
        let whole = Int64(scaled)
        let unit = Int64(scale)
        var text = String(whole / unit)
        if places > 0 {
            let fraction = String(whole % unit)
            text += "." + String(repeating: "0", count: places - fraction.count) + fraction
        }
        return (v < 0 && whole != 0 ? "-" : "") + text
    }

    /// A probability as a whole percentage.
    public static func percent(_ p: Double) -> String { p.isFinite ? "\(Int((p * 100).rounded()))%" : "?" }

    /// Seconds as "N min" (or "N s" under a minute).
    public static func minutes(_ s: Double) -> String {
        guard s.isFinite else { return "?" }
        if s < 60 { return "\(Int(max(s, 0).rounded())) s" }
        return "\(Int((s / 60).rounded())) min"
    }
}
