/// What the control room is given to act on.
public enum Console: String, Hashable, Sendable, CaseIterable {
    /// Guidepost: the tracker's tracks, alerted by the policy (ranked, merged, escalated,
    /// dismissed alerts re-raised when the mover keeps coming).
    case guidepost
    /// The console as it was (2020–2021): one pop-up per fence alarm (cameras record, unwatched), no
    /// tracker behind them, a dismissal final and nothing escalating by itself. A person is
    /// found when someone acknowledges a pop-up, or by a search, or at a door.
    case legacy
}
