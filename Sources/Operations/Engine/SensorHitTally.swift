public import GuidepostCore

/// Which sensors saw which track, for the after-action report's "sensor hits on the person".
///
/// Each scan, a detection is credited to the nearest confirmed track reported at that scan
/// within `radius` (the track it updated: a track's posterior lies within a few σ of the
/// detections it took). A track is confirmed only after a few hits, so the detections that
/// started it are claimed back when it is first reported: an unclaimed detection from the last
/// `lookback` seconds at time t′ is the track's when it lies within `radius` of the track's
/// position run back to t′, widened for the error of the track's young velocity estimate:
///
///     |p(t) − v (t − t′) − z| ≤ radius + σ_v (t − t′).
///
/// An incident's hits are the sum over its tracks (`hits(of:)`), per sensor kind, with the
/// first time each kind saw it.
/// - Complexity: O(n·m) per scan for n detections and m tracks reported; a new track costs
///   O(b) for b buffered detections. Tallies of tracks unseen for `forgetAfter` seconds are
///   dropped unless kept (an incident's), so a day-long run's memory stays bounded.
public struct SensorHitTally: Sendable {
    public struct Tally: Sendable, Equatable {
        public var hits: Int
        public var first: Double
    }

    struct Unclaimed: Sendable {
        var t: Double
        var position: Point
        var kind: SensorKind
    }

    public var radius: Double
    public var lookback: Double
    /// σ_v: how wrong a just-confirmed track's velocity may be, m/s.
    public var velocityError: Double
    public var forgetAfter: Double
    var byTrack: [String: [SensorKind: Tally]] = [:]
    var lastSeen: [String: Double] = [:]
    var unclaimed: [Unclaimed] = []

    public init(radius: Double = 150, lookback: Double = 300, velocityError: Double = 0.5, forgetAfter: Double = 3600) {
        self.radius = radius
        self.lookback = lookback
        self.velocityError = velocityError
        self.forgetAfter = forgetAfter
    }

    /// Notes one scan at `t`: its detections (position and sensor kind), the confirmed tracks
    /// reported after it, and where own teams are (a detection nearer a team than any track is
    /// the team's, and nobody's hit).
    public mutating func note(
        at t: Double, detections: [(position: Point, kind: SensorKind)], tracks: [TrackRecord], friendlies: [Point] = []
    ) {
        unclaimed.removeAll { t - $0.t > lookback }
        for r in tracks where lastSeen[r.track] == nil {
            // A track reported for the first time: the detections that started it.
            let (radius, error) = (radius, velocityError)
            let started = { (u: Unclaimed) in
                Point(x: r.x - r.vx * (t - u.t), y: r.y - r.vy * (t - u.t)).distance(to: u.position) <= radius + error * (t - u.t)
            }
            for u in unclaimed where started(u) { credit(r.track, u.kind, at: u.t) }
            unclaimed.removeAll(where: started)
        }
        for r in tracks { lastSeen[r.track] = t }
        for d in detections {
            let nearest = tracks.map { (track: $0.track, distance: $0.position.distance(to: d.position)) }
                .filter { $0.distance <= radius }
                .min { ($0.distance, $0.track) < ($1.distance, $1.track) }
            let team = friendlies.map { $0.distance(to: d.position) }.min() ?? .infinity
            if let nearest, nearest.distance <= team { credit(nearest.track, d.kind, at: t) } else if team <= radius {
                continue
            } else { unclaimed.append(Unclaimed(t: t, position: d.position, kind: d.kind)) }
        }
    }

    mutating func credit(_ track: String, _ kind: SensorKind, at t: Double) {
        let old = byTrack[track, default: [:]][kind]
        byTrack[track, default: [:]][kind] = Tally(hits: (old?.hits ?? 0) + 1, first: min(old?.first ?? t, t))
    }

    /// The hits on a person followed through `tracks`, by sensor kind (in the kinds' name order).
    public func hits(of tracks: some Sequence<String>) -> [SensorHits] {
        var sum: [SensorKind: Tally] = [:]
        for track in Set(tracks) {
            for (kind, tally) in byTrack[track] ?? [:] {
                let old = sum[kind]
                sum[kind] = Tally(hits: (old?.hits ?? 0) + tally.hits, first: min(old?.first ?? tally.first, tally.first))
            }
        }
        return sum.keys.sorted { $0.rawValue < $1.rawValue }.map { k in
            SensorHits(kind: k.rawValue, hits: sum[k]?.hits ?? 0, first: sum[k]?.first)
        }
    }

    /// Drops the tallies of tracks unseen for `forgetAfter` seconds before `t`, except `keep`.
    public mutating func forget(at t: Double, keeping keep: Set<String>) {
        let old = lastSeen.filter { t - $0.value > forgetAfter && !keep.contains($0.key) }.map(\.key)
        for track in old {
            lastSeen[track] = nil
            byTrack[track] = nil
        }
    }
}
