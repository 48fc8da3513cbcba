public import GuidepostCore

/// Links the short tracks a tracker makes of one mover seen in bursts (a scanning TOD looks
/// every few minutes; between looks the track dies and the next look starts a new one) into
/// chains, so that the engine can tell that "these animal-like blips" have been coming south
/// for twenty minutes — what an operator watching the screen would see.
///
/// A new track joins the chain whose last report lies within `linkRadius` of it and is at most
/// `linkWithin` seconds old (the nearest such), else starts a chain. A chain remembers where it
/// began (`d`, north of the MDL), so its southward progress survives the track's re-initiation.
/// - Complexity: O(c) per new track for c chains alive; chains unseen for an hour are dropped.
public struct TrackChains: Sendable {
    struct Chain: Sendable {
        var originD: Double
        /// Where along the MDL the chain began (nil when the caller gave no `s`).
        var originS: Double?
        var last: Point
        var seen: Double
        /// When its first track was first noted.
        var began: Double
    }

    public var linkRadius: Double
    public var linkWithin: Double
    var chains: [Int: Chain] = [:]
    var chainOfTrack: [String: Int] = [:]
    var southbound: [String: (seconds: Double, seen: Double)] = [:]
    var nextChain = 0

    public init(linkRadius: Double = 300, linkWithin: Double = 600) {
        self.linkRadius = linkRadius
        self.linkWithin = linkWithin
    }

    /// Notes one track report at `t`: `d` its distance north of the MDL, `dRate` its rate (m/s,
    /// negative southward).
    public mutating func note(track: String, at p: Point, d: Double, dRate: Double, t: Double, southwardSpeed: Double, s: Double? = nil) {
        let k: Int
        if let known = chainOfTrack[track] {
            k = known
        } else if let near = chains.filter({ t - $0.value.seen <= linkWithin && t > $0.value.seen && $0.value.last.distance(to: p) <= linkRadius })
            .min(by: { ($0.value.last.distance(to: p), $0.key) < ($1.value.last.distance(to: p), $1.key) })?.key
        {
            k = near
            chainOfTrack[track] = k
        } else {
            k = nextChain
            nextChain += 1
            chains[k] = Chain(originD: d, originS: s, last: p, seen: t, began: t)
            chainOfTrack[track] = k
        }
        chains[k]?.last = p
        chains[k]?.seen = t
        let old = southbound[track]
        let dt = old.map { t - $0.seen } ?? 0
        southbound[track] = (dRate <= -southwardSpeed ? (old?.seconds ?? 0) + dt : 0, t)
    }

    /// Metres the track's chain has come south since it began (0 for an unknown track).
    public func progress(of track: String, d: Double) -> Double {
        guard let k = chainOfTrack[track], let c = chains[k] else { return 0 }
        return c.originD - d
    }

    /// Where along the MDL (`s`, metres) the track's chain began; nil for a track never noted,
    /// forgotten, or noted without `s`.
    public func originS(of track: String) -> Double? {
        guard let k = chainOfTrack[track] else { return nil }
        return chains[k]?.originS
    }

    /// The chain `track` belongs to (nil for a track never noted or forgotten).
    public func chain(of track: String) -> Int? { chainOfTrack[track] }

    /// Every remembered track of `track`'s chain, in name order (just `track` when it has none).
    public func linked(to track: String) -> [String] {
        guard let k = chainOfTrack[track] else { return [track] }
        return chainOfTrack.filter { $0.value == k }.map(\.key).sorted()
    }

    /// The chain last seen nearest `p` (within `radius` metres, seen at most `within` seconds
    /// before `t`): where a person handed across from a neighbouring sector is found again.
    public func nearest(to p: Point, radius: Double, at t: Double, within: Double) -> Int? {
        chains.filter { t - $0.value.seen <= within && $0.value.last.distance(to: p) <= radius }
            .min { ($0.value.last.distance(to: p), $0.key) < ($1.value.last.distance(to: p), $1.key) }?.key
    }

    /// Seconds since the track's chain began (its first track was first noted), at `t`: how long
    /// this mover has been in sight, whatever its tracks' breaks (0 for an unknown track).
    public func age(of track: String, at t: Double) -> Double {
        guard let k = chainOfTrack[track], let c = chains[k] else { return 0 }
        return t - c.began
    }

    /// Seconds the track has been moving south without a break.
    public func southboundSeconds(of track: String) -> Double { southbound[track]?.seconds ?? 0 }

    /// Drops chains and tracks not seen for `age` seconds before `t`.
    public mutating func forget(olderThan age: Double, at t: Double) {
        chains = chains.filter { t - $0.value.seen < age }
        chainOfTrack = chainOfTrack.filter { chains[$0.value] != nil }
        southbound = southbound.filter { t - $0.value.seen < age }
    }
}
