public import GuidepostCore
import Foundation

/// What an observer sees: for each of `rayCount` bearings (clockwise from grid north, starting
/// at 0), whether a target `targetHeight` metres tall is visible at each of the distances
/// step, 2·step, …, range. A polar raster, computed by a radial sweep that keeps the running
/// maximum obstruction slope (Franklin & Ray 1994, "Higher isn't necessarily better").
public struct Viewshed: Sendable {
    /// Where the observer stands.
    public let observer: Point
    /// Eye height above the ground, metres.
    public let observerHeight: Double
    /// Height of the target seen, metres.
    public let targetHeight: Double
    /// Farthest distance computed, metres.
    public let range: Double
    /// Distance between samples along a ray, metres.
    public let step: Double
    /// Number of rays, evenly spaced from grid north.
    public let rayCount: Int
    /// Samples per ray.
    public let samplesPerRay: Int
    /// `visible[ray * samplesPerRay + (k − 1)]` for the sample at distance k·step.
    public let visible: [Bool]

    /// Bearing of ray `i`, radians clockwise from grid north.
    public func bearing(ofRay i: Int) -> Double { 2 * Double.pi * Double(i) / Double(rayCount) }

    /// Unit direction of ray `i`.
    public func direction(ofRay i: Int) -> Vector2 {
        let b = bearing(ofRay: i)
        return Vector2(b.sinValue, b.cosValue)
    }

    /// The point of sample `k` (1-based) on ray `i`.
    public func point(ray i: Int, sample k: Int) -> Point { observer + direction(ofRay: i) * (Double(k) * step) }

    /// True when sample `k` (1-based) of ray `i` is seen.
    public func isVisible(ray i: Int, sample k: Int) -> Bool { visible[i * samplesPerRay + k - 1] }

    /// Visibility at any point: the nearest ray and sample; false beyond the range.
    public func isVisible(_ p: Point) -> Bool {
        let v = p - observer
        let dist = v.length
        if dist < step / 2 { return true }
        guard dist <= range + step / 2 else { return false }
        var b = Double.atan2Value(v.x, v.y)
        if b < 0 { b += 2 * Double.pi }
        let i = Int((b / (2 * Double.pi) * Double(rayCount)).rounded()) % rayCount
        let k = Swift.min(samplesPerRay, Swift.max(1, Int((dist / step).rounded())))
        return isVisible(ray: i, sample: k)
    }

    /// Fraction of samples visible.
    public var visibleFraction: Double { Double(visible.lazy.filter { $0 }.count) / Double(Swift.max(1, visible.count)) }
}

extension Double {
    var sinValue: Double { sin(self) }
    var cosValue: Double { cos(self) }
    static func atan2Value(_ y: Double, _ x: Double) -> Double { atan2(y, x) }
}

extension BorderModel {
    /// The viewshed of an observer (a post's sensor: pass its position, height and range).
    /// Sample points are `observer + direction·(k·step)`, the points `lineOfSight` would test.
    /// - Complexity: O(rayCount × range / step) point queries.
    public func viewshed(
        from observer: Point, observerHeight: Double, targetHeight: Double = 1.7, range: Double, step: Double = 25, rayCount: Int = 360
    ) -> Viewshed {
        precondition(step > 0 && range > 0 && rayCount > 0, "viewshed needs positive step, range and ray count")
        let n = Swift.max(1, Int(range / step))
        let eye = sample(at: observer).elevation + observerHeight
        var vis = [Bool](repeating: false, count: rayCount * n)
        for i in 0..<rayCount {
            let b = 2 * Double.pi * Double(i) / Double(rayCount)
            let dir = Vector2(b.sinValue, b.cosValue)
            var maxSlope = -Double.infinity
            for k in 1...n {
                let dk = Double(k) * step
                let s = sample(at: observer + dir * dk)
                let top = SightLine.slope(height: s.elevation + targetHeight, eye: eye, distance: dk)
                vis[i * n + k - 1] = top > maxSlope
                maxSlope = Swift.max(maxSlope, SightLine.slope(height: s.elevation + s.vegetation * Self.canopyHeight, eye: eye, distance: dk))
            }
        }
        return Viewshed(observer: observer, observerHeight: observerHeight, targetHeight: targetHeight, range: range, step: step, rayCount: rayCount, samplesPerRay: n, visible: vis)
    }

    /// The viewshed of a post's main sensor.
    public func viewshed(of post: Post, step: Double = 25, rayCount: Int = 360) -> Viewshed {
        viewshed(from: post.position, observerHeight: post.sensorHeight, range: post.sensorRange, step: step, rayCount: rayCount)
    }
}
