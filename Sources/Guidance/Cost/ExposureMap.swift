public import Border
public import GuidepostCore

/// Which cells of a raster window lie inside the view of a manned KPA guard post *and* within
/// its weapon range: the ground where a walker can be seen and shot at.
///
/// A cell is exposed when, for some post `k` with `‖x − x_k‖ ≤ R_k = min(sensor range,
/// weapon range)`, Border's viewshed of `k` (radial sweep with canopy, curvature and refraction;
/// docs/border.md) sees a 1.7 m target at the cell's centre.
/// - Complexity: O(posts × (rays × R/step + cells within R)).
public struct ExposureMap: Sendable {
    /// The window the flags cover.
    public let window: RasterWindow
    /// One flag per cell, row-major, row 0 north.
    public var exposed: [Bool]
    /// The posts that were looked from, in Border's order.
    public let observers: [PostID]

    /// No exposure anywhere (for tests and for planning without KPA posts).
    public init(unexposed window: RasterWindow) {
        self.window = window
        exposed = [Bool](repeating: false, count: window.cellCount)
        observers = []
    }

    /// The exposure of `window` to every manned KPA guard post of `model` within `weaponRange`
    /// of it.
    public init(model: BorderModel, window: RasterWindow, weaponRange: Double, step: Double = 25, rayCount: Int = 360) {
        self.window = window
        var flags = [Bool](repeating: false, count: window.cellCount)
        let reach = window.box.expanded(by: weaponRange)
        var used: [PostID] = []
        for post in model.posts where post.kind == .kpaGuardPost && post.status == .manned && reach.contains(post.position) {
            let range = Swift.min(post.sensorRange, weaponRange)
            guard range > 0 else { continue }
            used.append(post.id)
            let view = model.viewshed(
                from: post.position, observerHeight: post.sensorHeight, range: range, step: step, rayCount: rayCount)
            Self.mark(range: range, window: window, into: &flags, observer: post.position) { view.isVisible($0) }
        }
        exposed = flags
        observers = used
    }

    /// Flags from their parts.
    init(window: RasterWindow, exposed: [Bool], observers: [PostID]) {
        self.window = window
        self.exposed = exposed
        self.observers = observers
    }

    /// Sets the flag of every cell within `range` of `o` that `sees` says is visible.
    static func mark(range: Double, window: RasterWindow, into flags: inout [Bool], observer o: Point, sees: (Point) -> Bool) {
        let cs = window.cellSize
        let c0 = Swift.max(0, Int(((o.x - range - window.minX) / cs).rounded(.down)))
        let c1 = Swift.min(window.columns - 1, Int(((o.x + range - window.minX) / cs).rounded(.up)))
        let r0 = Swift.max(0, Int(((window.maxY - (o.y + range)) / cs).rounded(.down)))
        let r1 = Swift.min(window.rows - 1, Int(((window.maxY - (o.y - range)) / cs).rounded(.up)))
        guard c0 <= c1, r0 <= r1 else { return }
        for r in r0...r1 {
            for c in c0...c1 {
                let p = window.centre(row: r, column: c)
                guard p.distance(to: o) <= range, !flags[r * window.columns + c] else { continue }
                if sees(p) { flags[r * window.columns + c] = true }
            }
        }
    }
}
