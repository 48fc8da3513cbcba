/// An operator's cue on a scanning TOD: once the device shows a person or a vehicle, the operator
/// stops the sector scan and keeps the field of view on them — the "tracked and monitored" of the
/// reports (domain.md §7.1: 2024-08-20, 2025-07-03) — re-centring on each new detection, and
/// goes back to the scan only when the target has not been seen for `hold` seconds (it hid, or
/// left the view).
///
/// While cued, the centre of view is the bearing of the last detection, θ_c, and the scan's
/// sweep angle θ(t) is replaced by it:
///
///     aim(t) = θ_c   if t < t_last + hold,   θ(t) otherwise.
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

    public init(bearing: Double, until: Double) {
        self.bearing = bearing
        self.until = until
    }

    /// How long an operator keeps a TOD on a target it no longer sees before scanning on, seconds
    /// (*assumption*: ten minutes, long enough to wait out a man who lies down behind cover for a
    /// while, short enough that a lost target does not blind the post for good).
    public static let defaultHold = 600.0
}
