public import GuidepostCore

/// The geometry of seeing over terrain: an observer's eye, a target's top, and the rule that
/// decides whether what lies between blocks the view.
///
/// Samples are taken every `step` metres from the observer (k·step, k = 1, 2, … while
/// k·step < distance). Each sample's obstruction height `hₖ` (ground + canopy) is lowered by
/// the Earth's curvature with standard refraction, `c(D) = D² / (2·R·(1/(1 − κ)))`, R = 6 371 km,
/// κ = 0.13, and compared as an elevation angle: the target is visible when
///
///     (z_target − c(D) − z_eye) / D  >  max_k (hₖ − c(Dₖ) − z_eye) / Dₖ
///
/// — the same test a radial viewshed sweep applies, so the two agree sample for sample.
public enum SightLine {
    /// Effective Earth radius with refraction, metres.
    public static let effectiveEarthRadius = 6_371_000.0 / (1 - 0.13)

    /// Drop of the Earth's surface below the tangent plane at distance `d`, metres.
    @inline(__always)
    public static func curvatureDrop(_ d: Double) -> Double { d * d / (2 * effectiveEarthRadius) }

    /// Elevation angle (as a slope) of a height seen from an eye at `eye` metres, `d` metres away.
    @inline(__always)
    public static func slope(height: Double, eye: Double, distance d: Double) -> Double {
        (height - curvatureDrop(d) - eye) / d
    }
}

extension BorderModel {
    /// True when an eye `observerHeight` metres above the ground at `observer` sees a point
    /// `targetHeight` metres above the ground at `target`, over ground and vegetation (see
    /// `SightLine` for the rule). Points closer than one step always see each other.
    /// - Complexity: O(distance / step) point queries.
    public func lineOfSight(
        from observer: Point, observerHeight: Double, to target: Point, targetHeight: Double, step: Double = 20
    ) -> Bool {
        precondition(step > 0, "line-of-sight step must be positive")
        let dist = observer.distance(to: target)
        guard dist > step else { return true }
        let dir = (target - observer) / dist
        let eye = sample(at: observer).elevation + observerHeight
        let top = sample(at: target).elevation + targetHeight
        let needed = SightLine.slope(height: top, eye: eye, distance: dist)
        var k = 1
        while Double(k) * step < dist - 1e-6 {
            let dk = Double(k) * step
            let h = obstructionHeight(at: observer + dir * dk)
            if SightLine.slope(height: h, eye: eye, distance: dk) >= needed { return false }
            k += 1
        }
        return true
    }
}
