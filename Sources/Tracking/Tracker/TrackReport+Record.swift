public import GuidepostCore

extension TrackReport {
    /// The interchange record of this report at scan time `t` (DESIGN.md tracks format): the
    /// class probability to three decimals, and the seconds until the MDL band and the fence
    /// from `lines`; the position covariance when `covariance` is set.
    public func record(at t: Double, lines: LinesOfInterest, covariance: Bool = false) -> TrackRecord {
        let p = state.position, v = state.velocity
        return TrackRecord(
            t: t, track: id.rawValue, x: p.x, y: p.y, vx: v.x, vy: v.y, targetClass: targetClass,
            classProbability: (classProbability * 1000).rounded() / 1000,
            cov: covariance ? state.positionCovariance : nil,
            timeToMDL: LinesOfInterest.timeToReach(any: lines.mdl, from: p, velocity: v),
            timeToFence: LinesOfInterest.timeToReach(any: lines.fence, from: p, velocity: v))
    }
}
