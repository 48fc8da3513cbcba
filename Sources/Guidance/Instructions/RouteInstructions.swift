public import Border
public import GuidepostCore

/// A route told as waypoints and short spoken-style sentences that name landmarks from the
/// Border: corridors by name, stream beds, gates and culverts, the fence, the MDL, posts,
/// compass directions and distances rounded to tens of metres. Identity-free: it names places,
/// never people.
///
/// Legs: each cell is labelled with what it follows (``RouteFeature``); runs shorter than
/// ``minimumRun`` take their neighbour's label (a diagonal step clipping a road's edge is not
/// a turn); each run is simplified by Douglas–Peucker (D. Douglas & T. Peucker 1973, Cartographica
/// 10(2)) with ``tolerance``; consecutive pieces in the same compass direction merge.
/// - Complexity: O(n · (features near the window + log n)) for n cells.
public struct RouteInstructions: Sendable {
    /// The legs, in order; their lengths add up to the route's length.
    public var legs: [RouteLeg]
    /// Waypoints: the route's start, then every leg's end, EPSG:5179 metres.
    public var waypoints: [Point] { legs.isEmpty ? [] : [legs[0].start] + legs.map(\.end) }
    /// One sentence per leg.
    public var sentences: [String] { legs.map(\.sentence) }

    /// Runs shorter than this (metres) are not legs of their own.
    public static let minimumRun = 30.0
    /// Legs shorter than this (metres) fold into the leg before them when both follow the same feature.
    public static let shortLeg = 50.0
    /// Douglas–Peucker tolerance, metres.
    public static let tolerance = 20.0

    /// Instructions for `cells` on `surface`'s window of `model`; the last leg ends "to
    /// `destination`" when given ("the reception point at GOP-23").
    public init(cells: [GridCell], surface: CostSurface, model: BorderModel, destination: String? = nil) {
        let landmarks = Landmarks(model: model, window: surface.window)
        let points = cells.map(surface.centre(of:))
        guard points.count >= 2 else {
            legs = []
            return
        }
        var steps = [0.0]
        for k in 1..<points.count { steps.append(steps[k - 1] + points[k - 1].distance(to: points[k])) }
        var labels = points.map { landmarks.feature(at: $0) }
        Self.absorbShortRuns(&labels, along: steps)
        var out: [RouteLeg] = []
        var runStart = 0
        for k in 1...points.count where k == points.count || labels[k] != labels[runStart] {
            // A run covers runStart...min(k, last) so consecutive runs share their joining cell.
            let runEnd = Swift.min(k, points.count - 1)
            guard runEnd > runStart else { continue }
            let breaks = Self.simplify(points, runStart, runEnd)
            for (a, b) in zip(breaks, breaks.dropFirst()) {
                let dir = CompassDirection(dx: points[b].x - points[a].x, dy: points[b].y - points[a].y)
                if var last = out.last, last.direction == dir, last.feature == labels[runStart], last.to == a {
                    last.to = b
                    last.end = points[b]
                    last.length = steps[b] - steps[last.from]
                    out[out.count - 1] = last
                } else {
                    out.append(
                        RouteLeg(
                            from: a, to: b, start: points[a], end: points[b], length: steps[b] - steps[a], direction: dir,
                            feature: labels[runStart], crossings: [], landmark: nil))
                }
            }
            runStart = runEnd
        }
        Self.mergeShortLegs(&out)
        var named: Set<String> = []
        for i in out.indices {
            out[i].crossings = landmarks.crossings(points[out[i].from...out[i].to])
            let next = i + 1 < out.count ? out[i + 1].feature : nil
            // Name a landmark once: not again after a crossing or an earlier leg has named it.
            if let mark = landmarks.landmark(at: out[i].end, next: next == out[i].feature ? nil : next),
                !named.contains(mark), !out[i].crossings.contains(where: { $0.contains(mark) })
            {
                out[i].landmark = mark
            }
            if let mark = out[i].landmark { named.insert(mark) }
            for c in out[i].crossings { named.insert(c) }
            for g in landmarks.gates where out[i].crossings.contains(where: { $0.contains(g.gate.id.rawValue) }) {
                named.insert(g.gate.id.rawValue)
            }
        }
        if let destination, !out.isEmpty { out[out.count - 1].landmark = destination }
        legs = out
    }

    /// Folds a leg shorter than ``shortLeg`` into the leg before it when both follow the same
    /// feature (a jog of a cell or two is not worth a sentence); the merged leg's direction is
    /// its chord's.
    static func mergeShortLegs(_ legs: inout [RouteLeg]) {
        var k = 1
        while k < legs.count {
            let leg = legs[k], prev = legs[k - 1]
            if leg.length < shortLeg, leg.feature == prev.feature {
                legs[k - 1].to = leg.to
                legs[k - 1].end = leg.end
                legs[k - 1].length += leg.length
                legs[k - 1].direction = CompassDirection(dx: leg.end.x - prev.start.x, dy: leg.end.y - prev.start.y)
                legs.remove(at: k)
            } else {
                k += 1
            }
        }
    }

    /// Gives every run shorter than ``minimumRun`` the label of the run before it (or after it,
    /// for a first run).
    static func absorbShortRuns(_ labels: inout [RouteFeature], along steps: [Double]) {
        var runs: [(Int, Int)] = []
        var s = 0
        for k in 1...labels.count where k == labels.count || labels[k] != labels[s] {
            runs.append((s, k - 1))
            s = k
        }
        guard runs.count > 1 else { return }
        for (i, run) in runs.enumerated() where steps[run.1] - steps[run.0] < minimumRun {
            let donor = i > 0 ? labels[run.0 - 1] : labels[runs[1].0]
            for k in run.0...run.1 { labels[k] = donor }
        }
    }

    /// Douglas–Peucker on `points[a...b]`: the indices kept, ascending, with `a` and `b`.
    static func simplify(_ points: [Point], _ a: Int, _ b: Int) -> [Int] {
        guard b > a + 1 else { return [a, b] }
        var keep = [a, b]
        var stack = [(a, b)]
        while let (i, j) = stack.popLast() {
            guard j > i + 1 else { continue }
            var worst = -1.0, at = i
            let u = points[j] - points[i]
            let len = u.length
            for k in (i + 1)..<j {
                let v = points[k] - points[i]
                let d = len > 0 ? abs(u.cross(v)) / len : v.length
                if d > worst { (worst, at) = (d, k) }
            }
            if worst > tolerance {
                keep.append(at)
                stack.append((i, at))
                stack.append((at, j))
            }
        }
        return keep.sorted()
    }
}
