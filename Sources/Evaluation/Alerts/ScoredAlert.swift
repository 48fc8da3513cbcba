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
    /// Raised at, seconds since the scenario's start.
    public var t: Double
    /// The raising track first, then merged ones in log order.
    public var members: [Member]

    public init(id: String, t: Double, track: String) {
        self.id = id
        self.t = t
        members = [Member(track: track, since: t)]
    }

    /// Attaches a merged track from `t` on.
    public mutating func merge(track: String, at t: Double) { members.append(Member(track: track, since: t)) }
}
