import GuidepostCore

/// A track's position and motion relative to the border, and whether it warrants an alert.
///
/// `ḋ = d(p + v·1 s) − d(p)` (the along-border frame is smooth on this scale);
/// `t_mdl = 0` when `d ≤ d_n` (in the band or south of it), else `(d − d_s)/(−ḋ)` for `ḋ < 0`;
/// `t_fence = 0` when `d ≤ d_f + margin`, else `(d − d_f)/(−ḋ)` for `ḋ < 0`. The tracker's own
/// `t_mdl`/`t_fence` replace the computed values when present. A track inside the DMZ
/// (`d ≤ D`) moving south at `−ḋ ≥ v_min` is approaching the MDL whatever its `t_mdl`.
struct TrackKinematics: Sendable {
    let coordinate: AlongBorderCoordinate
    /// `ḋ`, m/s (negative = southward).
    let dRate: Double
    let timeToMDL: Double?
    let timeToFence: Double?
    let reason: AlertReason?

    init(_ r: TrackRecord, geometry: some AlertGeometry, configuration: AlertPolicyConfiguration) {
        let horizon = configuration.horizon, fenceMargin = configuration.fenceMargin
        let c = geometry.alongBorder(r.position)
        coordinate = c
        dRate = geometry.alongBorder(Point(x: r.x + r.vx, y: r.y + r.vy)).d - c.d
        let band = geometry.band(at: c.s)
        let fence = geometry.fence(at: c.s)
        let inBandOrSouth = c.d <= band.northern
        let atFence = c.d <= fence + fenceMargin
        let southward = dRate < -0.05
        timeToMDL = r.timeToMDL ?? (inBandOrSouth ? 0 : southward ? (c.d - band.southern) / -dRate : nil)
        timeToFence = r.timeToFence ?? (atFence ? 0 : southward ? (c.d - fence) / -dRate : nil)
        if atFence {
            reason = .atFence
        } else if inBandOrSouth {
            reason = .crossedMDL
        } else if let t = timeToMDL, t <= horizon {
            reason = .approachingMDL
        } else if let dmz = configuration.dmzHalfWidth, c.d <= dmz, dRate <= -configuration.dmzApproachSpeed {
            reason = .approachingMDL
        } else if let t = timeToFence, t <= horizon {
            reason = .approachingFence
        } else {
            reason = nil
        }
    }
}
