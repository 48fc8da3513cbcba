public import Border
import GuidepostCore
import RealModule

extension ExposureMap {
    /// The same exposure as ``init(model:window:weaponRange:step:rayCount:)``, swept over the
    /// raster's own elevation and vegetation planes wherever a sample falls inside the window
    /// and farther than ``exactRadius`` from the post (the nearest cell centre, at most
    /// `cell·√2/2` away), and over `BorderModel.sample(at:)` elsewhere. Same radial sweep (Franklin & Ray 1994) and the same sight rule
    /// (`SightLine.slope`: ground + canopy blocks, curvature and refraction), so the two agree
    /// except where a sight line grazes a crest within half a cell; tested on a real window.
    /// Reusing the planes removes almost every point query: ≈ 10× faster on a 10 km × 8 km window.
    /// - Complexity: O(posts × (rays × R/step + cells within R)).
    public init(model: BorderModel, raster: BorderRaster, weaponRange: Double, targetHeight: Double = 1.7, step: Double = 25, rayCount: Int = 360) {
        let window = raster.window
        var flags = [Bool](repeating: false, count: window.cellCount)
        let reach = window.box.expanded(by: weaponRange)
        var used: [PostID] = []
        func ground(_ p: Point, exact: Bool = false) -> (z: Double, cover: Double) {
            if !exact, let cell = window.cell(containing: p) {
                let i = cell.row * window.columns + cell.column
                return (Double(raster.elevation[i]), Double(raster.vegetation[i]))
            }
            let s = model.sample(at: p)
            return (s.elevation, s.vegetation)
        }
        for post in model.posts where post.kind == .kpaGuardPost && post.status == .manned && reach.contains(post.position) {
            let range = Swift.min(post.sensorRange, weaponRange)
            guard range > 0 else { continue }
            used.append(post.id)
            let n = Swift.max(1, Int(range / step))
            let eye = ground(post.position, exact: true).z + post.sensorHeight
            var seen = [Bool](repeating: false, count: rayCount * n)
            for i in 0..<rayCount {
                let b = 2 * Double.pi * Double(i) / Double(rayCount)
                let dir = Vector2(Double.sin(b), Double.cos(b))
                // Samples past the ray's exit from the window mark nothing: stop there.
                let last = Swift.min(n, Int((Self.exit(of: post.position, dir, from: window.box) / step).rounded(.up)) + 1)
                var maxSlope = -Double.infinity
                for k in stride(from: 1, through: last, by: 1) {
                    let dk = Double(k) * step
                    let g = ground(post.position + dir * dk, exact: dk <= Self.exactRadius)
                    seen[i * n + k - 1] = SightLine.slope(height: g.z + targetHeight, eye: eye, distance: dk) > maxSlope
                    maxSlope = Swift.max(maxSlope, SightLine.slope(height: g.z + g.cover * BorderModel.canopyHeight, eye: eye, distance: dk))
                }
            }
            let polar = PolarVisibility(observer: post.position, step: step, rayCount: rayCount, samplesPerRay: n, visible: seen)
            Self.mark(range: range, window: window, into: &flags, observer: post.position) { polar.isVisible($0) }
        }
        self.init(window: window, exposed: flags, observers: used)
    }
}

extension ExposureMap {
    /// Distance along the ray `o + t·dir` (t ≥ 0) at which it leaves `box` for good, or −1
    /// when it never meets the box (slab method).
    static func exit(of o: Point, _ dir: Vector2, from box: PlanarBox) -> Double {
        var t0 = 0.0, t1 = Double.infinity
        for (p, d, lo, hi) in [(o.x, dir.x, box.minX, box.maxX), (o.y, dir.y, box.minY, box.maxY)] {
            if abs(d) < 1e-12 {
                if p < lo || p > hi { return -1 }
            } else {
                let a = (lo - p) / d, b = (hi - p) / d
                t0 = Swift.max(t0, Swift.min(a, b))
                t1 = Swift.min(t1, Swift.max(a, b))
            }
        }
        return t0 <= t1 ? t1 : -1
    }

    /// Within this distance of a post (metres) the sweep samples the Border exactly: near the
    /// eye a few metres of error in height change the horizon's slope the most.
    public static let exactRadius = 400.0
}

/// A polar visibility raster (rays × samples), read like Border's `Viewshed`: the nearest ray
/// and sample to a point.
struct PolarVisibility {
    let observer: Point
    let step: Double
    let rayCount: Int
    let samplesPerRay: Int
    let visible: [Bool]

    func isVisible(_ p: Point) -> Bool {
        let v = p - observer
        let dist = v.length
        if dist < step / 2 { return true }
        var b = Double.atan2(y: v.x, x: v.y)
        if b < 0 { b += 2 * Double.pi }
        let i = Int((b / (2 * Double.pi) * Double(rayCount)).rounded()) % rayCount
        let k = Swift.min(samplesPerRay, Swift.max(1, Int((dist / step).rounded())))
        return visible[i * samplesPerRay + k - 1]
    }
}
