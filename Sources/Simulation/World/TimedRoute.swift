public import GuidepostCore
public import Scenario

/// A scenario route with a schedule: where the actor is at any moment of its own route clock.
///
/// Waypoint i is reached at `arrive[i]` — its `t` when the file gives one, otherwise
/// `depart[i−1] + leg length / speed` with the leg's speed (or the mode's default) — and left at
/// `depart[i] = arrive[i] + wait[i]`. Between, the actor moves in a straight line at constant
/// speed; while waiting it stands (or lies hidden when the waypoint says `hidden`).
public struct TimedRoute: Hashable, Sendable {
    public let points: [Point]
    public let arrive: [Double]
    public let depart: [Double]
    public let modes: [Waypoint.Mode]
    public let vias: [Waypoint.Via]
    public let hidden: [Bool]

    /// Default speeds by mode, m/s (assumptions, docs/simulation.md): walking at night over rough
    /// ground ~1 m/s (the figure), running 3, crawling 0.3, wading 0.6, swimming 0.8,
    /// floating with a flooded river 1.5, driving 8, a small boat 4, climbing a fence 0.05.
    public static func defaultSpeed(_ mode: Waypoint.Mode) -> Double {
        switch mode {
        case .walk: 1.0
        case .run: 3.0
        case .crawl: 0.3
        case .wade: 0.6
        case .swim: 0.8
        case .float: 1.5
        case .drive: 8.0
        case .boat: 4.0
        case .climb: 0.05
        }
    }

    /// A schedule for resolved `waypoints` (every `at` planar), starting at `start` seconds.
    /// Returns nil when a position is unresolved.
    public init?(waypoints: [Waypoint], start: Double, seconds: (TimeReference) -> Double) {
        guard !waypoints.isEmpty else { return nil }
        var pts: [Point] = [], arr: [Double] = [], dep: [Double] = []
        var modes: [Waypoint.Mode] = [], vias: [Waypoint.Via] = [], hid: [Bool] = []
        for (i, w) in waypoints.enumerated() {
            guard let p = w.at.planarPoint else { return nil }
            let mode = w.mode ?? .walk
            var a: Double
            if let t = w.t {
                a = seconds(t)
            } else if i == 0 {
                a = start
            } else {
                let len = pts[i - 1].distance(to: p)
                a = dep[i - 1] + len / max(w.speed ?? Self.defaultSpeed(mode), 0.01)
            }
            if i > 0 { a = max(a, dep[i - 1]) } else { a = max(a, start) }
            pts.append(p)
            arr.append(a)
            dep.append(a + (w.wait?.seconds ?? 0))
            modes.append(mode)
            vias.append(w.via ?? .open)
            hid.append(w.hidden ?? false)
        }
        points = pts
        arrive = arr
        depart = dep
        self.modes = modes
        self.vias = vias
        self.hidden = hid
    }

    /// A plain route at constant `speed` from `start` seconds (a dispatched team, a retreat).
    public init(points: [Point], speed: Double, start: Double, mode: Waypoint.Mode = .walk) {
        var arr = [start]
        for i in 1..<max(points.count, 1) { arr.append(arr[i - 1] + points[i - 1].distance(to: points[i]) / max(speed, 0.01)) }
        self.points = points
        arrive = arr
        depart = arr
        modes = Array(repeating: mode, count: points.count)
        vias = Array(repeating: .open, count: points.count)
        hidden = Array(repeating: false, count: points.count)
    }

    /// When the last waypoint is left.
    public var end: Double { depart[depart.count - 1] }

    /// Where the actor is at route time `t`, its velocity, the mode of the leg or wait it is in,
    /// and whether it lies hidden. Before the first arrival it is at the first point.
    /// - Complexity: O(log n).
    public func state(at t: Double) -> (position: Point, velocity: Vector2, mode: Waypoint.Mode, via: Waypoint.Via, hidden: Bool) {
        let n = points.count
        if t <= arrive[0] { return (points[0], .zero, modes[0], vias[0], hidden[0]) }
        if t >= depart[n - 1] { return (points[n - 1], .zero, modes[n - 1], vias[n - 1], hidden[n - 1]) }
        // The last waypoint with arrive ≤ t.
        var lo = 0, hi = n - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if arrive[mid] <= t { lo = mid } else { hi = mid - 1 }
        }
        if t < depart[lo] || lo == n - 1 { return (points[lo], .zero, modes[lo], vias[lo], hidden[lo]) }
        let a = points[lo], b = points[lo + 1]
        let span = arrive[lo + 1] - depart[lo]
        guard span > 0 else { return (b, .zero, modes[lo + 1], vias[lo + 1], false) }
        let f = (t - depart[lo]) / span
        return (Point.lerp(a, b, f), (b - a) / span, modes[lo + 1], vias[lo + 1], false)
    }
}
