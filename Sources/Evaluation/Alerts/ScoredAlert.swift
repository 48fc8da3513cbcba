public import GuidepostCore

/// An alert as the alert-quality scorer sees it: when it was raised and which tracks joined it
/// when. Built by the caller from the operations log (`alert_raised`, `alert_merged`), so
/// Evaluation needs nothing from Operations.
public struct ScoredAlert: Sendable, Hashable {
    /// A track attached to the alert from `since` on (the raising track at the raising time,
    /// merged tracks at their merge time).
    public struct Member: Sendable, Hashable {
        public var track: String
        public var since: Double

        public init(track: String, since: Double) {
            self.track = track
            self.since = since
        }
    }

    public var id: String
    /// When the alert counts from, seconds since the scenario's start: when it was raised, or
    /// when someone first acted on it (scoring what reached a person). A contact with a truth
    /// object before then counts as made at this time.
    public var t: Double
    /// The raising track first, then merged ones in log order.
    public var members: [Member]
    /// Where the alert itself put its subject when it was raised (the raising member's `since`),
    /// for an alert raised on a report rather than a track (a mine blast heard, a climber on the
    /// fence camera): scored like a
    /// report of its raising track there and then. Nil for a track's alert, whose track says where.
    public var place: Point?

    public init(id: String, t: Double, track: String) {
        self.init(id: id, t: t, track: track, since: t)
    }

    /// An alert that counts from `t` but whose raising track has been part of it since `since`
    /// (≤ `t`): an alert acted on at `t` was raised at `since`, and what its track showed in
    /// between is what the operator acted on, even if that track ended before the answer.
    public init(id: String, t: Double, track: String, since: Double) {
        self.id = id
        self.t = t
        members = [Member(track: track, since: min(since, t))]
    }

    /// Attaches a merged track from `t` on.
    public mutating func merge(track: String, at t: Double) { members.append(Member(track: track, since: t)) }
}
