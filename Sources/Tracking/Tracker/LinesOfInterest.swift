public import GuidepostCore

/// The lines an operator measures time-to-go against: the MDL and the southern fence, each a
/// set of polylines of points in the tracker's metric frame. The tracker does not know the border; the
/// composition root (CLI, Operations) gives it these lines.
public struct LinesOfInterest: Sendable, Equatable {
    public var mdl: [[Point]]
    public var fence: [[Point]]

    public init(mdl: [[Point]] = [], fence: [[Point]] = []) {
        self.mdl = mdl
        self.fence = fence
    }

    /// Seconds until the target first reaches any of `lines` (see the single-line form).
    public static func timeToReach(
        any lines: [[Point]], from position: Point, velocity: Vector2
    ) -> Double? {
        var best: Double?
        for line in lines {
            if let t = timeToReach(line, from: position, velocity: velocity), t < (best ?? .infinity) { best = t }
        }
        return best
    }

    /// Seconds until a target at `position` moving at constant `velocity` first crosses
    /// `line`: the least t ≥ 0 with p + v t = a + u (b − a), u ∈ [0, 1], over the polyline's
    /// segments. Nil when it never does (or is too slow, below `minimumSpeed`).
    /// - Complexity: O(segments).
    public static func timeToReach(
        _ line: [Point], from position: Point, velocity: Vector2, minimumSpeed: Double = 0.05
    ) -> Double? {
        guard line.count >= 2, velocity.length >= minimumSpeed else { return nil }
        var best = Double.infinity
        for k in 0..<(line.count - 1) {
            let a = line[k], e = line[k + 1] - line[k]
            let denominator = velocity.cross(e)
            guard denominator != 0 else { continue }
            let w = a - position
            let t = w.cross(e) / denominator
            let u = w.cross(velocity) / denominator
            if t >= 0, u >= 0, u <= 1, t < best { best = t }
        }
        return best.isFinite ? best : nil
    }
}
