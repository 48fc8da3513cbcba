public import GuidepostCore

/// Optimal sub-pattern assignment (Schuhmacher, Vo & Vo 2008, IEEE Trans. SP 56(8)):
///
/// d = ( (1/n) (min_π Σᵢ min(d(xᵢ, y_π(i)), c)^p + c^p (n − m)) )^{1/p},  m ≤ n,
///
/// and 0 when both sets are empty.
/// - Complexity: O(m² n).
public struct OSPA: Sendable, Equatable {
    public var cutoff: Double
    public var order: Double

    public init(cutoff: Double, order: Double) {
        precondition(cutoff > 0 && order >= 1, "need c > 0 and p ≥ 1")
        self.cutoff = cutoff
        self.order = order
    }

    public func distance(_ a: [Point], _ b: [Point]) -> Double {
        let (small, large) = a.count <= b.count ? (a, b) : (b, a)
        let n = large.count, m = small.count
        if n == 0 { return 0 }
        var total = pow(cutoff, order) * Double(n - m)
        if m > 0 {
            var costs = [Double](repeating: 0, count: m * n)
            for i in 0..<m {
                for j in 0..<n { costs[i * n + j] = pow(min(small[i].distance(to: large[j]), cutoff), order) }
            }
            let chosen = LinearAssignment.solve(costs: costs, rows: m, columns: n) ?? []
            total += LinearAssignment.cost(of: chosen, costs: costs, columns: n)
        }
        return pow(total / Double(n), 1 / order)
    }
}
