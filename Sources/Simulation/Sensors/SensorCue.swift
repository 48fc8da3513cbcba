/// An operator's cue on a scanning TOD: once the device shows a person or a vehicle, the operator
/// stops the sector scan and keeps the field of view on them — the "tracked and monitored" of the
/// reports (domain.md §7.1: 2024-08-20, 2025-07-03) — re-centring on each new detection, and
/// goes back to the scan when the target has not been seen for `hold` seconds (it hid, or left
/// the view). The operator also owes the rest of the sector a look: after `dwell` seconds on one
/// cue the device scans one full sweep period before it may be cued again, so a post that has
/// someone in view (a KPA sentry, a work party's first group) still finds the next one.
///
/// While cued, the centre of view is the bearing of the last detection, θ_c, and the scan's
/// sweep angle θ(t) is replaced by it:
///
///     aim(t) = θ_c   if t < t_last + hold,   θ(t) otherwise;
///     a cue started at t₀ ends at t₀ + dwell, and none starts before t₀ + dwell + T_sweep.
///
/// A 12° field of view held on θ_c keeps a walker in view for r·tan 6° / v
/// (≈ 100 s at 1 km and 1 m/s) between re-centrings, one look every 2 s: the walker stays in view.
/// Animals do not cue (the operator recognises a boar or a deer and scans on), nor do false heat
/// spots (not modelled as seen objects), nor a sensor whose output is kept from the control room.
/// - Complexity: O(1) per look.
public struct SensorCue: Hashable, Sendable {
    /// Centre of view while cued, degrees clockwise from grid north.
    public var bearing: Double
    /// When the scan resumes unless the target is seen again, seconds.
    public var until: Double
    /// When the operator took the cue, seconds.
    public var started: Double

    public init(bearing: Double, until: Double, started: Double) {
        self.bearing = bearing
        self.until = until
        self.started = started
    }

    /// How long an operator keeps a TOD on a target it no longer sees before scanning on, seconds
    /// (*assumption*: ten minutes, long enough to wait out a man who lies down behind cover for a
    /// while, short enough that a lost target does not blind the post for good).
    public static let defaultHold = 600.0
    /// Longest stare on one cue before the operator scans the sector once, seconds (*assumption*:
    /// three minutes on, one sweep — 4 min for a GP's 360° — off).
    public static let defaultDwell = 180.0
}
