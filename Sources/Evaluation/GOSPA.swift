public import GuidepostCore
import RealModule

/// Generalised optimal sub-pattern assignment (Rahmathullah, García-Fernández & Svensson 2017,
/// "Generalized optimal sub-pattern assignment metric", FUSION), with α = 2:
///
/// d = ( min_γ Σ_{(i,j)∈γ} d(xᵢ, yⱼ)^p + c^p/2 (|X| + |Y| − 2|γ|) )^{1/p},
///
/// over partial assignments γ of pairs closer than c. It splits into localisation
/// L = Σ_{γ} d^p, missed M = c^p/2 · (truths unassigned) and false F = c^p/2 · (estimates
/// unassigned), with d^p = L + M + F. Solved exactly with `LinearAssignment` on the cost
/// min(d, c)^p (a pair at distance ≥ c costs the same as leaving both unassigned).
/// - Complexity: O(n² m) for n ≤ m points.
public struct GOSPA: Sendable, Equatable {
    /// c, metres.
    public var cutoff: Double
    /// p ≥ 1.
    public var order: Double

    public init(cutoff: Double, order: Double) {
        precondition(cutoff > 0, "cut-off must be positive")
        precondition(order >= 1, "order must be ≥ 1")
        self.cutoff = cutoff
        self.order = order
    }

    /// One instant's score.
    public struct Result: Sendable, Equatable {
        public var distance: Double
        /// L, M, F in units of distance^p.
        public var localisation: Double, missed: Double, falseTracks: Double
        /// For each truth, the index of its estimate when assigned closer than c.
        public var assignment: [Int?]
    }

    public func evaluate(truth: [Point], estimates: [Point]) -> Result {
        let cp = pow(cutoff, order)
        let n = truth.count, m = estimates.count
        var assignment = [Int?](repeating: nil, count: n)
        if n > 0, m > 0 {
            let transpose = n > m
            let rows = min(n, m), columns = max(n, m)
            var costs = [Double](repeating: 0, count: rows * columns)
            for r in 0..<rows {
                for c in 0..<columns {
                    let (i, j) = transpose ? (c, r) : (r, c)
                    costs[r * columns + c] = pow(min(truth[i].distance(to: estimates[j]), cutoff), order)
                }
            }
            // Costs are finite, so an assignment always exists.
            let chosen = LinearAssignment.solve(costs: costs, rows: rows, columns: columns) ?? []
            for (r, c) in chosen.enumerated() {
                let (i, j) = transpose ? (c, r) : (r, c)
                if truth[i].distance(to: estimates[j]) < cutoff { assignment[i] = j }
            }
        }
        var localisation = 0.0, assigned = 0
        for (i, j) in assignment.enumerated() {
            guard let j else { continue }
            localisation += pow(truth[i].distance(to: estimates[j]), order)
            assigned += 1
        }
        let missed = cp / 2 * Double(n - assigned), falseTracks = cp / 2 * Double(m - assigned)
        return Result(
            distance: pow(localisation + missed + falseTracks, 1 / order), localisation: localisation, missed: missed,
            falseTracks: falseTracks, assignment: assignment)
    }
}

/// x^y for x ≥ 0 without Foundation; exact for the common orders 1 and 2.
@inline(__always)
func pow(_ x: Double, _ y: Double) -> Double {
    if y == 1 { return x }
    if y == 2 { return x * x }
    if x == 0 { return 0 }
    return Double.exp(y * Double.log(x))
}
