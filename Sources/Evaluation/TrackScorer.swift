public import GuidepostCore

/// Scores a run of tracks against truth, instant by instant: mean GOSPA (α = 2) and its parts,
/// mean OSPA, and identity switches.
///
/// An identity switch is counted when a truth that was last assigned (by GOSPA, closer than c)
/// to one track is next assigned to a different one; gaps without an assignment do not reset
/// the memory.
public struct TrackScorer: Sendable {
    public let gospa: GOSPA
    public let ospa: OSPA
    private var lastTrack: [String: String] = [:]
    private var sums = (gospa: 0.0, localisation: 0.0, missed: 0.0, falseTracks: 0.0, ospa: 0.0)
    private var instants = 0
    private var switches = 0
    private var truthPoints = 0, trackPoints = 0

    public init(cutoff: Double, order: Double) {
        gospa = GOSPA(cutoff: cutoff, order: order)
        ospa = OSPA(cutoff: cutoff, order: order)
    }

    /// Adds one instant.
    public mutating func add(truth: [(id: String, position: Point)], tracks: [(id: String, position: Point)]) {
        let r = gospa.evaluate(truth: truth.map(\.position), estimates: tracks.map(\.position))
        sums.gospa += r.distance
        sums.localisation += r.localisation
        sums.missed += r.missed
        sums.falseTracks += r.falseTracks
        sums.ospa += ospa.distance(truth.map(\.position), tracks.map(\.position))
        instants += 1
        truthPoints += truth.count
        trackPoints += tracks.count
        for (i, j) in r.assignment.enumerated() {
            guard let j else { continue }
            let track = tracks[j].id
            if let last = lastTrack[truth[i].id], last != track { switches += 1 }
            lastTrack[truth[i].id] = track
        }
    }

    /// The scores so far.
    public var summary: ScoreSummary {
        let n = Double(max(instants, 1))
        return ScoreSummary(
            instants: instants, gospa: sums.gospa / n, localisation: sums.localisation / n, missed: sums.missed / n,
            falseTracks: sums.falseTracks / n, ospa: sums.ospa / n, identitySwitches: switches,
            cutoff: gospa.cutoff, order: gospa.order, truthPoints: truthPoints, trackPoints: trackPoints)
    }
}

/// A run's scores (means over instants). GOSPA parts are in distance^p, so for p = 1 they are
/// metres and add up to the GOSPA mean.
public struct ScoreSummary: Sendable, Equatable {
    public var instants: Int
    public var gospa: Double
    public var localisation: Double, missed: Double, falseTracks: Double
    public var ospa: Double
    public var identitySwitches: Int
    public var cutoff: Double, order: Double
    public var truthPoints: Int, trackPoints: Int
}
