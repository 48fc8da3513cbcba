import GuidepostCore

/// Global nearest neighbour: the single joint assignment of detections to tracks that maximises
/// Π Lᵢⱼ · Π (1 − P_D P_G), i.e. minimises Σ −ln Lᵢⱼ + Σ −ln(1 − P_D P_G), solved exactly with
/// `LinearAssignment` (Jonker–Volgenant / Crouse) on each independent cluster. Every track has
/// its own "missed" column, so the problem is always feasible. Stone Soup's
/// `GNNWith2DAssignment`.
/// - Complexity: O(k² (d + k)) per cluster of k tracks and d detections.
public struct GlobalNearestNeighbourAssociator: DataAssociator {
    public var scoring: AssociationScoring

    public init(scoring: AssociationScoring) { self.scoring = scoring }

    public func associate(_ table: HypothesisTable) -> [Association] {
        var result = [Association](repeating: .missed, count: table.trackCount)
        let missedCost = -scoring.logMissed
        var localDetection = [Int](repeating: -1, count: table.detectionCount)
        for cluster in AssociationClusters(table).clusters {
            if cluster.count == 1 {
                let t = cluster[0]
                var best = -1, bestCost = missedCost
                for k in table.row(t) {
                    let c = -scoring.logLikelihoodRatio(table.hypotheses[k])
                    if c < bestCost {
                        bestCost = c
                        best = k
                    }
                }
                if best >= 0 { result[t] = .hypothesis(best) }
                continue
            }
            // Columns: the cluster's detections, then one "missed" column per track.
            var detections: [Int] = []
            for t in cluster {
                for k in table.row(t) where localDetection[table.hypotheses[k].detection] < 0 {
                    localDetection[table.hypotheses[k].detection] = detections.count
                    detections.append(table.hypotheses[k].detection)
                }
            }
            let rows = cluster.count, columns = detections.count + cluster.count
            var costs = [Double](repeating: .infinity, count: rows * columns)
            var which = [Int](repeating: -1, count: rows * columns)
            for (r, t) in cluster.enumerated() {
                costs[r * columns + detections.count + r] = missedCost
                for k in table.row(t) {
                    let c = localDetection[table.hypotheses[k].detection]
                    costs[r * columns + c] = -scoring.logLikelihoodRatio(table.hypotheses[k])
                    which[r * columns + c] = k
                }
            }
            for d in detections { localDetection[d] = -1 }
            // Feasible by construction: each row's own missed column is finite.
            guard let chosen = LinearAssignment.solve(costs: costs, rows: rows, columns: columns) else { continue }
            for (r, t) in cluster.enumerated() where chosen[r] < detections.count {
                result[t] = .hypothesis(which[r * columns + chosen[r]])
            }
        }
        return result
    }
}
