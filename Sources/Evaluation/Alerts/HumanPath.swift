public import GuidepostCore

/// One person's true path: truth samples in time order with their signed distance `d` north of
/// the MDL, interpolated linearly between samples.
public struct HumanPath: Sendable, Equatable {
    public private(set) var times: [Double] = []
    public private(set) var positions: [Point] = []
    public private(set) var offsets: [Double] = []

    public init() {}

    /// Adds a sample in time order, wherever it falls (a truth file need not be sorted);
    /// false, and nothing added, when the path already has a sample at `t` (a repeated line).
    /// - Complexity: O(1) for a sample after the last; O(n) for one that goes back.
    @discardableResult
    public mutating func append(t: Double, position: Point, d: Double) -> Bool {
        if let last = times.last, t <= last {
            // First index with a time ≥ t.
            var lo = 0, hi = times.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if times[mid] < t { lo = mid + 1 } else { hi = mid }
            }
            if lo < times.count, times[lo] == t { return false }
            times.insert(t, at: lo)
            positions.insert(position, at: lo)
            offsets.insert(d, at: lo)
            return true
        }
        times.append(t)
        positions.append(position)
        offsets.append(d)
        return true
    }

    /// Position and `d` at `t`, interpolated; nil outside the sampled span.
    /// - Complexity: O(log n).
    public func at(_ t: Double) -> (position: Point, d: Double)? {
        guard let first = times.first, let last = times.last, t >= first, t <= last else { return nil }
        var lo = 0, hi = times.count - 1
        while hi - lo > 1 {
            let mid = (lo + hi) / 2
            if times[mid] <= t { lo = mid } else { hi = mid }
        }
        let span = times[hi] - times[lo]
        let f = span > 0 ? (t - times[lo]) / span : 0
        let a = positions[lo], b = positions[hi]
        return (Point(x: a.x + f * (b.x - a.x), y: a.y + f * (b.y - a.y)), offsets[lo] + f * (offsets[hi] - offsets[lo]))
    }

    /// The first time the person reaches the MDL (d ≤ 0) after having been north of it
    /// (d > 0): a southward crossing. Nil when the path never crosses southward.
    public var southwardCrossing: Double? {
        var wasNorth = false
        for (t, d) in zip(times, offsets) {
            if d > 0 { wasNorth = true } else if wasNorth { return t }
        }
        return nil
    }

    /// Whether the path ever comes within the DMZ, |d| ≤ `halfWidth`.
    public func entersDMZ(halfWidth: Double) -> Bool { offsets.contains { abs($0) <= halfWidth } }
}
