import GuidepostCore
import RealModule
import Testing
import Tracking

/// Murty's k-best assignment and the k-best JPDA built on it, against brute-force enumeration of
/// every global association hypothesis on small random scenes.
struct KBestAssociationTests {
    /// Every injective row → column map of finite cost, cheapest first.
    func allAssignments(_ costs: [Double], rows: Int, columns: Int) -> [Double] {
        var found: [Double] = []
        var used = [Bool](repeating: false, count: columns)
        func visit(_ r: Int, _ total: Double) {
            if r == rows {
                if total.isFinite { found.append(total) }
                return
            }
            for c in 0..<columns where !used[c] && costs[r * columns + c].isFinite {
                used[c] = true
                visit(r + 1, total + costs[r * columns + c])
                used[c] = false
            }
        }
        visit(0, 0)
        return found.sorted()
    }

    @Test func murtyRanksAssignmentsAsEnumerationDoes() {
        for seed in UInt64(0)..<200 {
            var rng = SeededGenerator(seed: seed)
            let rows = 1 + Int(rng.next() % 4)
            let columns = rows + Int(rng.next() % 4)
            var costs = (0..<(rows * columns)).map { _ in rng.uniform() * 100 }
            for k in costs.indices where rng.bernoulli(0.25) { costs[k] = .infinity }
            let k = 1 + Int(rng.next() % 30)
            let expected = allAssignments(costs, rows: rows, columns: columns)
            let ranked = KBestAssignment.solve(costs: costs, rows: rows, columns: columns, k: k)
            #expect(ranked.count == min(k, expected.count), "seed \(seed): \(ranked.count) of \(min(k, expected.count))")
            for (n, s) in ranked.enumerated() where n < expected.count {
                #expect(abs(s.cost - expected[n]) < 1e-9, "seed \(seed): solution \(n) costs \(s.cost), not \(expected[n])")
                #expect(Set(s.columns).count == rows, "seed \(seed): a column used twice")
            }
            // No solution is listed twice.
            #expect(Set(ranked.map(\.columns)).count == ranked.count, "seed \(seed): a repeated solution")
        }
    }

    /// βᵢⱼ and βᵢ₀ by enumerating every joint event θ: P(θ) ∝ Π Lᵢⱼ Π (1 − P_D P_G).
    func bruteForceWeights(_ table: HypothesisTable, _ scoring: AssociationScoring) -> [[Double]] {
        bruteForce(table, scoring).weights
    }

    /// The weights, and every joint event's probability.
    func bruteForce(_ table: HypothesisTable, _ scoring: AssociationScoring) -> (weights: [[Double]], events: [Double]) {
        var events: [Double] = []
        let missed = 1 - scoring.detectionProbability * scoring.gateProbability
        var weights = (0..<table.trackCount).map { t in [Double](repeating: 0, count: table.row(t).count + 1) }
        var used = [Bool](repeating: false, count: table.detectionCount)
        var chosen = [Int](repeating: -1, count: table.trackCount)
        var total = 0.0
        func visit(_ t: Int, _ p: Double) {
            if t == table.trackCount {
                total += p
                events.append(p)
                for (i, c) in chosen.enumerated() { weights[i][c < 0 ? 0 : c - table.rowStart[i] + 1] += p }
                return
            }
            chosen[t] = -1
            visit(t + 1, p * missed)
            for k in table.row(t) where !used[table.hypotheses[k].detection] {
                used[table.hypotheses[k].detection] = true
                chosen[t] = k
                visit(t + 1, p * Double.exp(scoring.logLikelihoodRatio(table.hypotheses[k])))
                used[table.hypotheses[k].detection] = false
            }
            chosen[t] = -1
        }
        visit(0, 1)
        return (weights.map { $0.map { $0 / total } }, events.map { $0 / total })
    }

    /// A random small scene: tracks gating random subsets of detections with random distances.
    func randomTable(_ rng: inout SeededGenerator) -> HypothesisTable {
        let tracks = 2 + Int(rng.next() % 4), detections = 1 + Int(rng.next() % 5)
        let s = MeasurementPrediction(mean: .zero, s00: 25, s01: 0, s11: 25, cross0: .zero, cross1: .zero)
        var hypotheses: [Hypothesis] = [], rowStart = [0]
        for t in 0..<tracks {
            for d in 0..<detections where rng.bernoulli(0.6) {
                let d2 = rng.uniform() * 12
                var h = Hypothesis(
                    track: t, detection: d, mahalanobisSquared: d2, logLikelihood: s.logLikelihood(mahalanobisSquared: d2),
                    prediction: s)
                // Some detections lie where the clutter map says clutter is dense.
                if d % 2 == 1 { h.clutterDensity = 1e-4 }
                hypotheses.append(h)
            }
            rowStart.append(hypotheses.count)
        }
        return HypothesisTable(trackCount: tracks, detectionCount: detections, hypotheses: hypotheses, rowStart: rowStart)
    }

    func weights(_ a: Association, count: Int) -> [Double] {
        guard case .weighted(let terms, let missed) = a else { return [] }
        return [missed] + terms.map(\.weight)
    }

    @Test func kBestJPDAWithEveryEventIsExactJPDA() {
        let scoring = AssociationScoring(detectionProbability: 0.85, gateProbability: 0.999, clutterDensity: 1e-5)
        for seed in UInt64(0)..<150 {
            var rng = SeededGenerator(seed: seed)
            let table = randomTable(&rng)
            let expected = bruteForceWeights(table, scoring)
            // A budget of one event sends every multi-track cluster to the k-best path.
            let kBest = JPDAAssociator(scoring: scoring, eventBudget: 1, hypothesisCap: 10_000).associate(table)
            let exact = JPDAAssociator(scoring: scoring).associate(table)
            for t in 0..<table.trackCount {
                let a = weights(kBest[t], count: table.row(t).count), b = weights(exact[t], count: table.row(t).count)
                let e = expected[t]
                if table.row(t).isEmpty, a.isEmpty { continue }
                #expect(a.count == e.count && b.count == e.count, "seed \(seed) track \(t)")
                for (x, y) in zip(a, e) { #expect(abs(x - y) < 1e-9, "seed \(seed) track \(t): k-best \(a), brute force \(e)") }
                for (x, y) in zip(b, e) { #expect(abs(x - y) < 1e-9, "seed \(seed) track \(t): exact \(b), brute force \(e)") }
            }
        }
    }

    @Test func theBestEventsBoundTheError() {
        // Weighed over only its 5 likeliest events, each β is off by at most (1 − M) / M, M the
        // probability those events hold (renormalising over them is all the approximation does).
        let scoring = AssociationScoring(detectionProbability: 0.9, gateProbability: 0.999, clutterDensity: 1e-6)
        var checked = 0, approximated = 0
        for seed in UInt64(0)..<150 {
            var rng = SeededGenerator(seed: seed)
            let table = randomTable(&rng)
            let (expected, events) = bruteForce(table, scoring)
            let kept = events.sorted(by: >).prefix(5).reduce(0, +)
            if events.count > 5 { approximated += 1 }
            let approx = JPDAAssociator(scoring: scoring, eventBudget: 1, hypothesisCap: 5).associate(table)
            for t in 0..<table.trackCount where !table.row(t).isEmpty {
                let a = weights(approx[t], count: table.row(t).count)
                guard a.count == expected[t].count else { continue }
                checked += 1
                let worst = zip(a, expected[t]).map { abs($0 - $1) }.max() ?? 0
                #expect(worst <= (1 - kept) / kept + 1e-9, "seed \(seed) track \(t): \(a) vs \(expected[t]), kept \(kept)")
            }
        }
        #expect(checked > 100 && approximated > 50, "\(checked) tracks, \(approximated) scenes approximated")
    }
}
