import GuidepostCore
import Testing
import Tracking

/// The Jonker–Volgenant/Crouse solver is optimal: it matches brute force on random matrices.
struct AssignmentTests {
    /// The minimum over all injective row → column maps, by enumeration.
    func bruteForce(_ costs: [Double], rows: Int, columns: Int) -> Double {
        var best = Double.infinity
        var used = [Bool](repeating: false, count: columns)
        func visit(_ r: Int, _ total: Double) {
            if r == rows {
                best = min(best, total)
                return
            }
            for c in 0..<columns where !used[c] {
                used[c] = true
                visit(r + 1, total + costs[r * columns + c])
                used[c] = false
            }
        }
        visit(0, 0)
        return best
    }

    @Test func matchesBruteForceOnRandomMatrices() {
        for seed in UInt64(0)..<300 {
            var rng = SeededGenerator(seed: seed)
            let rows = 1 + Int(rng.next() % 5)
            let columns = rows + Int(rng.next() % 3)
            var costs = (0..<(rows * columns)).map { _ in (rng.uniform() * 100).rounded() }
            // Some forbidden pairs, as gating produces.
            for k in costs.indices where rng.bernoulli(0.2) { costs[k] = .infinity }
            let expected = bruteForce(costs, rows: rows, columns: columns)
            let solution = LinearAssignment.solve(costs: costs, rows: rows, columns: columns)
            if expected.isFinite {
                guard let s = solution else {
                    Issue.record("seed \(seed): feasible problem reported infeasible")
                    continue
                }
                #expect(Set(s).count == rows, "seed \(seed): columns reused")
                #expect(
                    abs(LinearAssignment.cost(of: s, costs: costs, columns: columns) - expected) < 1e-9,
                    "seed \(seed): not optimal")
            } else {
                #expect(solution == nil, "seed \(seed): infeasible problem given an answer")
            }
        }
    }

    @Test func gnnPrefersTheJointOptimumOverGreedy() {
        // Track 0 is slightly closer to detection 0 than track 1 is, but giving it detection 0
        // leaves track 1 nothing; the optimum gives track 0 detection 1.
        let scoring = AssociationScoring(detectionProbability: 0.9, gateProbability: 0.999, clutterDensity: 1e-6)
        let s = MeasurementPrediction(mean: .zero, s00: 25, s01: 0, s11: 25, cross0: .zero, cross1: .zero)
        func h(_ t: Int, _ d: Int, _ d2: Double) -> Hypothesis {
            Hypothesis(track: t, detection: d, mahalanobisSquared: d2, logLikelihood: s.logLikelihood(mahalanobisSquared: d2), prediction: s)
        }
        let table = HypothesisTable(
            trackCount: 2, detectionCount: 2, hypotheses: [h(0, 0, 1.0), h(0, 1, 1.5), h(1, 0, 1.2)], rowStart: [0, 2, 3])
        let result = GlobalNearestNeighbourAssociator(scoring: scoring).associate(table)
        #expect(result == [.hypothesis(1), .hypothesis(2)])
    }

    @Test func jpdaWeightsAreProbabilities() {
        let scoring = AssociationScoring(detectionProbability: 0.9, gateProbability: 0.999, clutterDensity: 1e-5)
        let s = MeasurementPrediction(mean: .zero, s00: 25, s01: 0, s11: 25, cross0: .zero, cross1: .zero)
        func h(_ t: Int, _ d: Int, _ d2: Double) -> Hypothesis {
            Hypothesis(track: t, detection: d, mahalanobisSquared: d2, logLikelihood: s.logLikelihood(mahalanobisSquared: d2), prediction: s)
        }
        let table = HypothesisTable(
            trackCount: 2, detectionCount: 2, hypotheses: [h(0, 0, 0.5), h(0, 1, 4), h(1, 0, 3), h(1, 1, 0.2)],
            rowStart: [0, 2, 4])
        let result = JPDAAssociator(scoring: scoring).associate(table)
        var detectionTotals = [0.0, 0.0]
        for association in result {
            guard case .weighted(let terms, let missed) = association else {
                Issue.record("JPDA must give weighted associations")
                return
            }
            #expect(abs(terms.reduce(missed) { $0 + $1.weight } - 1) < 1e-12)
            for (k, w) in terms { detectionTotals[table.hypotheses[k].detection] += w }
        }
        // Each detection is shared out at most once across tracks.
        #expect(detectionTotals.allSatisfy { $0 <= 1 + 1e-12 })
        guard case .weighted(let first, _) = result[0] else { return }
        #expect(first[0].weight > first[1].weight)
    }
}
