public import GuidepostCore

/// Scores a run of tracks against truth, instant by instant: mean GOSPA (α = 2) and its parts,
/// mean OSPA, and identity switches.
///
/// Identity switches follow CLEAR MOT (Bernardin & Stiefelhagen 2008): at each instant a truth
/// keeps its previous track if that track is still within c of it; the remaining truths and
/// tracks are matched by an optimal assignment on distance (pairs closer than c). A switch is
/// counted when a truth's track differs from the one it last had; gaps do not reset the memory.
/// (Counting switches on GOSPA's per-instant assignment alone would count spurious swaps when
/// two targets pass within metres of each other.)
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
        for (i, j) in identityMatches(truth: truth, tracks: tracks).enumerated() {
            guard let j else { continue }
            let track = tracks[j].id
            if let last = lastTrack[truth[i].id], last != track { switches += 1 }
            lastTrack[truth[i].id] = track
        }
    }

    /// For each truth, the index of the track it corresponds to at this instant, if any.
    private func identityMatches(truth: [(id: String, position: Point)], tracks: [(id: String, position: Point)]) -> [Int?] {
        let c = gospa.cutoff
        var match = [Int?](repeating: nil, count: truth.count)
        var taken = [Bool](repeating: false, count: tracks.count)
        var index: [String: Int] = [:]
        for (j, t) in tracks.enumerated() where index[t.id] == nil { index[t.id] = j }
        for (i, t) in truth.enumerated() {
            if let last = lastTrack[t.id], let j = index[last], !taken[j], t.position.distance(to: tracks[j].position) < c {
                match[i] = j
                taken[j] = true
            }
        }
        let rows = truth.indices.filter { match[$0] == nil }
        let columns = tracks.indices.filter { !taken[$0] }
        guard !rows.isEmpty, !columns.isEmpty else { return match }
        // Rows ≤ columns: pad with one "unmatched" column per row, costing c.
        let width = columns.count + rows.count
        var costs = [Double](repeating: .infinity, count: rows.count * width)
        for (r, i) in rows.enumerated() {
            costs[r * width + columns.count + r] = c
            for (k, j) in columns.enumerated() {
                let d = truth[i].position.distance(to: tracks[j].position)
                if d < c { costs[r * width + k] = d }
            }
        }
        if let chosen = LinearAssignment.solve(costs: costs, rows: rows.count, columns: width) {
            for (r, k) in chosen.enumerated() where k < columns.count { match[rows[r]] = columns[k] }
        }
        return match
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
