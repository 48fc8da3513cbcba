public import GuidepostCore

/// Whether a new alert is the person of an incident already open (one person, one incident),
/// and which incident. A person re-alerted after a gap in the tracks is where they could have
/// got to since they were last seen, not where the incident opened: a live incident (before
/// custody) whose person was last seen at p₀ at t₀ takes an alert at p at time t when
///
///     t − t₀ ≤ within   and   |p − p₀| ≤ min(radius + speed · (t − t₀), cap),
///
/// or when the alert's track belongs to a chain of tracks (`TrackChains`) the incident already
/// follows. Two people seen at the same time stay two incidents unless they are within
/// `radius` of each other: the reach grows only while the incident's person is unseen. Of
/// several candidates, the chain match wins, else the one whose person is nearest.
/// - Complexity: O(n) for n live incidents.
public struct IncidentJoining: Hashable, Sendable {
    /// Reach of a person just seen (track noise, a re-initiated track's offset), metres.
    public var radius: Double
    /// How fast an unseen person may have moved (a brisk walk or a river's current), m/s.
    public var speed: Double
    /// The reach never grows past this (beyond it, it is another person's as likely as theirs).
    public var cap: Double
    /// An incident whose person has been unseen this long takes no new alert.
    public var within: Double

    public init(radius: Double = 600, speed: Double = 1.5, cap: Double = 2000, within: Double = 1800) {
        self.radius = radius
        self.speed = speed
        self.cap = cap
        self.within = within
    }

    /// What the engine knows of one live incident's person.
    public struct Person: Sendable, Equatable {
        public var lastPosition: Point
        public var lastSeen: Double
        /// The chains (`TrackChains.chain(of:)`) of the tracks the incident follows.
        public var chains: Set<Int>

        public init(lastPosition: Point, lastSeen: Double, chains: Set<Int> = []) {
            self.lastPosition = lastPosition
            self.lastSeen = lastSeen
            self.chains = chains
        }
    }

    /// How far from where they were last seen a person unseen for `gap` seconds may be.
    public func reach(after gap: Double) -> Double { min(radius + speed * max(gap, 0), max(cap, radius)) }

    /// The index in `people` of the incident an alert at `p` at time `t`, on tracks of chains
    /// `chains`, joins; nil to open a new incident.
    public func join(at p: Point, time t: Double, chains: Set<Int>, people: [Person]) -> Int? {
        let recent = people.indices.filter { t - people[$0].lastSeen <= within }
        if let k = recent.first(where: { !people[$0].chains.isDisjoint(with: chains) }) { return k }
        return recent.filter { people[$0].lastPosition.distance(to: p) <= reach(after: t - people[$0].lastSeen) }
            .min { (people[$0].lastPosition.distance(to: p), $0) < (people[$1].lastPosition.distance(to: p), $1) }
    }
}
