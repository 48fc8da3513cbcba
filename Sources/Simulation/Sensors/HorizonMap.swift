public import Border
public import GuidepostCore
import Foundation

/// A sensor's horizon, computed once: for each ray and distance, the ground elevation and the
/// steepest obstruction (ground + vegetation canopy) between the sensor and that point. Line of
/// sight to a target of any height is then one lookup:
///
///     visible ⇔ (z_ground(r) + h − c(r) − z_eye) / r  >  max_{k·step < r} (z_obs,k − c(k·step) − z_eye) / (k·step)
///
/// — Border's `SightLine` rule (curvature and refraction c(D), canopy = vegetation × 10 m), the
/// same radial sweep as `BorderModel.viewshed` (Franklin & Ray 1994) but keeping the running
/// maximum slope instead of one target height, so a standing man, a crawling one and a head in a
/// river are each judged at their own height. Within `BorderModel.postClearingRadius` of the
/// sensor there is no canopy: every post clears its field of view, listed ones too.
///
/// A map built `lazily` computes each ray the first time a lookup falls on it
/// (`lookUp(_:height:)`), so a long-range sensor that only ever looks along a few bearings (a
/// coastal radar following one boat) pays for those rays only; the values are the same.
/// - Complexity: building O(rays × range / step) point queries (lazily: per ray used, O(range /
///   step)); a lookup O(1).
public struct HorizonMap: Sendable {
    public let observer: Point
    public let eye: Double
    public let range: Double
    public let step: Double
    public let rayCount: Int
    public let samplesPerRay: Int
    /// Ground elevation at sample (ray, k), k = 1…n.
    var ground: [Float]
    /// Steepest obstruction slope strictly before sample k on the ray.
    var maxSlopeBefore: [Float]
    /// Whether each ray has been computed (all of them unless built lazily).
    var computed: [Bool]
    let border: BorderModel
    /// Exact sight lines already judged (`lookUpExactly`), by target position on a 1 m grid and
    /// height in decimetres: a still or slow target is judged once. Never iterated.
    var exactCache: [SightKey: Bool] = [:]
    let facing: Double
    let arc: Double

    /// Sweeps `rayCount` rays of `range` metres every `step` metres from a sensor `height` m above
    /// `observer`; only rays within `arc` degrees of `facing` are computed (the rest see nothing).
    public init(
        border: BorderModel, observer: Point, height: Double, range: Double, step: Double = 25, rayCount: Int,
        facing: Double = 0, arc: Double = 360, lazily: Bool = false
    ) {
        let n = max(1, Int((range / step).rounded(.up)))
        self.observer = observer
        self.range = range
        self.step = step
        self.rayCount = rayCount
        self.border = border
        self.facing = facing
        self.arc = arc
        samplesPerRay = n
        eye = border.sample(at: observer).elevation + height
        ground = [Float](repeating: 0, count: rayCount * n)
        maxSlopeBefore = [Float](repeating: .infinity, count: rayCount * n)
        computed = [Bool](repeating: false, count: rayCount)
        if !lazily {
            for i in 0..<rayCount { computeRay(i) }
        }
    }

    /// Fills ray `i`'s samples (rays outside the arc stay blind: infinite slopes).
    mutating func computeRay(_ i: Int) {
        computed[i] = true
        let n = samplesPerRay
        let b = 2 * Double.pi * Double(i) / Double(rayCount)
        if arc < 360 {
            var diff = (b * 180 / Double.pi - facing).truncatingRemainder(dividingBy: 360)
            if diff > 180 { diff -= 360 }
            if diff < -180 { diff += 360 }
            // Half a ray's width of margin so a target on the arc's edge keeps its ray.
            if abs(diff) > arc / 2 + 360 / Double(rayCount) { return }
        }
        let dir = Vector2(sin(b), cos(b))
        var maxSlope = -Double.infinity
        for k in 1...n {
            let dk = Double(k) * step
            let s = border.sample(at: observer + dir * dk)
            ground[i * n + k - 1] = Float(s.elevation)
            maxSlopeBefore[i * n + k - 1] = Float(max(maxSlope, -1e6))
            // Posts keep their fields of view cleared (BorderModel.postClearingRadius): no canopy there.
            let canopy = dk <= BorderModel.postClearingRadius ? 0 : Self.canopyHeight(cover: s.vegetation)
            let top = s.elevation + canopy
            maxSlope = max(maxSlope, SightLine.slope(height: top, eye: eye, distance: dk))
        }
    }

    /// The ray a point falls on.
    func ray(of p: Point) -> Int {
        var b = atan2(p.x - observer.x, p.y - observer.y)
        if b < 0 { b += 2 * Double.pi }
        return Int((b / (2 * Double.pi) * Double(rayCount)).rounded()) % rayCount
    }

    /// `isVisible(_:height:)`, computing the point's ray first if the map was built lazily.
    public mutating func lookUp(_ p: Point, height: Double) -> Bool {
        let i = ray(of: p)
        if !computed[i] { computeRay(i) }
        return isVisible(p, height: height)
    }

    /// Height of canopy that blocks the view at vegetation `cover`: broken cover (≤ 0.5) is seen
    /// through in the thermal band, closed cover rises to Border's full canopy height at 1
    /// (an assumption; Border's own `lineOfSight` counts cover × 10 m everywhere).
    public static func canopyHeight(cover: Double) -> Double {
        max(0, 2 * cover - 1) * BorderModel.canopyHeight
    }

    /// Whether a target `height` metres tall at `p` is in sight. Points closer than one step are.
    /// On a lazily built map, only rays already computed answer (use `lookUp`).
    public func isVisible(_ p: Point, height: Double) -> Bool {
        let dx = p.x - observer.x, dy = p.y - observer.y
        let dist = (dx * dx + dy * dy).squareRoot()
        if dist < step { return true }
        guard dist <= range + step / 2 else { return false }
        let i = ray(of: p)
        precondition(computed[i], "HorizonMap: ray \(i) not computed; a lazy map is read with lookUp(_:height:)")
        let k = min(samplesPerRay, max(1, Int((dist / step).rounded())))
        let idx = i * samplesPerRay + k - 1
        let top = SightLine.slope(height: Double(ground[idx]) + height, eye: eye, distance: Double(k) * step)
        return top > Double(maxSlopeBefore[idx])
    }
}
