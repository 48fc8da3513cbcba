import GuidepostCore
import RealModule

/// Joint probabilistic data association (Fortmann, Bar-Shalom & Scheffe 1983): each track is
/// updated with every gated detection, weighted by the posterior probability βᵢⱼ that it is the
/// track's, summed over all feasible joint events θ (each detection used at most once):
/// P(θ) ∝ Π_{(i,j)∈θ} Lᵢⱼ · Π_{i missed} (1 − P_D P_G).
///
/// Events are enumerated exactly per cluster by depth-first search. A cluster whose event count
/// would exceed `eventBudget` — a group of people walking together, a herd — is weighed over its
/// `hypothesisCap` likeliest joint events instead, found in order by Murty's k-best assignment
/// (`KBestAssignment`; the k-best JPDA of Cox & Miller 1995): those carry almost all the
/// probability mass, and unlike independent per-track PDA they still let no detection feed two
/// tracks.
/// - Complexity: O(Π (hᵢ + 1)) per cluster, bounded by `eventBudget`; above it O(K n³ m) for the
///   K best events of n tracks and m detections.
public struct JPDAAssociator: DataAssociator {
    public var scoring: AssociationScoring
    public var eventBudget: Int
    /// Joint events weighed in a cluster above the budget.
    public var hypothesisCap: Int

    public init(scoring: AssociationScoring, eventBudget: Int = 20_000, hypothesisCap: Int = 200) {
        self.scoring = scoring
        self.eventBudget = eventBudget
        self.hypothesisCap = hypothesisCap
    }

    public func associate(_ table: HypothesisTable) -> [Association] {
        var result = [Association](repeating: .missed, count: table.trackCount)
        let missed = 1 - scoring.detectionProbability * scoring.gateProbability
        // Ratios are taken relative to `missed` and capped so products stay finite.
        var ratio = [Double](repeating: 0, count: table.hypotheses.count)
        for (k, h) in table.hypotheses.enumerated() {
            ratio[k] = Double.exp(min(scoring.logLikelihoodRatio(h) - Double.log(missed), 200))
        }
        var used = [Bool](repeating: false, count: table.detectionCount)
        for cluster in AssociationClusters(table).clusters {
            var events = 1.0
            for t in cluster { events *= Double(table.row(t).count + 1) }
            var beta = [Double](repeating: 0, count: 0)
            var betaMissed = [Double](repeating: 0, count: cluster.count)
            let first = cluster.map { table.row($0) }
            if cluster.count > 1, events > Double(eventBudget) {
                for (t, association) in kBest(cluster, table, ratio) { result[t] = association }
                continue
            }
            if cluster.count == 1 {
                for (c, t) in cluster.enumerated() {
                    var total = 1.0
                    for k in table.row(t) { total += ratio[k] }
                    result[t] = .weighted(table.row(t).map { ($0, ratio[$0] / total) }, missed: 1 / total)
                    betaMissed[c] = 1 / total
                }
                continue
            }
            // Exact enumeration.
            var offsets = [Int](), total = 0
            for r in first {
                offsets.append(total)
                total += r.count
            }
            beta = [Double](repeating: 0, count: total)
            var chosen = [Int](repeating: -1, count: cluster.count)
            var sum = 0.0
            func visit(_ c: Int, _ weight: Double) {
                if c == cluster.count {
                    sum += weight
                    for (i, k) in chosen.enumerated() {
                        if k < 0 { betaMissed[i] += weight } else { beta[offsets[i] + k - first[i].lowerBound] += weight }
                    }
                    return
                }
                chosen[c] = -1
                visit(c + 1, weight)
                for k in first[c] where !used[table.hypotheses[k].detection] {
                    used[table.hypotheses[k].detection] = true
                    chosen[c] = k
                    visit(c + 1, weight * ratio[k])
                    used[table.hypotheses[k].detection] = false
                }
                chosen[c] = -1
            }
            visit(0, 1)
            for (c, t) in cluster.enumerated() {
                let weights = first[c].map { ($0, beta[offsets[c] + $0 - first[c].lowerBound] / sum) }
                result[t] = .weighted(weights, missed: betaMissed[c] / sum)
            }
        }
        return result
    }

    /// The cluster's associations weighed over its `hypothesisCap` likeliest joint events.
    func kBest(_ cluster: [Int], _ table: HypothesisTable, _ ratio: [Double]) -> [(Int, Association)] {
        // Columns: the cluster's detections, then one "missed" column per track (cost 0: the
        // ratios are relative to missing).
        var column: [Int: Int] = [:]
        var detections: [Int] = []
        for t in cluster {
            for k in table.row(t) where column[table.hypotheses[k].detection] == nil {
                column[table.hypotheses[k].detection] = detections.count
                detections.append(table.hypotheses[k].detection)
            }
        }
        let rows = cluster.count, columns = detections.count + rows
        var costs = [Double](repeating: .infinity, count: rows * columns)
        var which = [Int](repeating: -1, count: rows * columns)
        for (r, t) in cluster.enumerated() {
            costs[r * columns + detections.count + r] = 0
            for k in table.row(t) {
                guard let c = column[table.hypotheses[k].detection] else { continue }
                costs[r * columns + c] = -Double.log(ratio[k])
                which[r * columns + c] = k
            }
        }
        let events = KBestAssignment.solve(costs: costs, rows: rows, columns: columns, k: hypothesisCap)
        guard let best = events.first?.cost else { return cluster.map { ($0, .missed) } }
        var weight = [Double](repeating: 0, count: rows * columns)
        var sum = 0.0
        for e in events {
            let w = Double.exp(best - e.cost)
            sum += w
            for (r, c) in e.columns.enumerated() { weight[r * columns + c] += w }
        }
        return cluster.enumerated().map { r, t in
            let terms = table.row(t).compactMap { k -> (Int, Double)? in
                guard let c = column[table.hypotheses[k].detection] else { return nil }
                return (k, weight[r * columns + c] / sum)
            }
            return (t, .weighted(terms, missed: weight[r * columns + detections.count + r] / sum))
        }
    }
}
