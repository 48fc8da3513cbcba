/// Whether a guiding operation inside the DMZ can start now and finish before daylight exposes
/// it (issue 6, 2025-07-03: the team waited for the night and brought him in after 23:00).
///
/// An operation lasts D = T_team + T_contact + T_escort: the team's walk out to the meeting
/// point (its planned route's time), the contact (identification, a search of the person), and
/// the walk back from the meeting point to the reception point at the person's pace. It may
/// start at t unless some τ ∈ [t, t + D], sampled every `step` seconds and at t + D, is day
/// while the routes would be in KPA view by day for longer than the engine's limit: dawn
/// twilight is dark only for an operation that is over before sunrise. Otherwise the team waits
/// for the next darkness.
/// - Complexity: O(D / step) calls of `isDay`.
public struct GuidingWindow: Hashable, Sendable {
    /// Seconds for the contact at the meeting point (an assumption: five minutes).
    public var contactTime: Double
    /// Sampling interval of the light over the operation, seconds.
    public var step: Double

    public init(contactTime: Double = 300, step: Double = 60) {
        self.contactTime = contactTime
        self.step = step
    }

    /// D: how long an operation lasts from dispatch to the person at the reception point.
    public func duration(teamTime: Double, escortTime: Double) -> Double {
        max(teamTime, 0) + contactTime + max(escortTime, 0)
    }

    /// The first time in [t, t + duration] at which `isDay` holds, nil if the operation stays in
    /// the dark throughout.
    public func firstDaylight(from t: Double, duration: Double, isDay: (Double) -> Bool) -> Double? {
        var τ = t
        while τ < t + duration {
            if isDay(τ) { return τ }
            τ += step
        }
        return isDay(t + duration) ? t + duration : nil
    }
}
