/// The planners' lower bound on the cost between two cells:
///
///     h(a, b) = α · c_min · cell_m · (√2 · min(Δr, Δc) + |Δr − Δc|),   α = 1 − 10⁻⁹
///
/// where `c_min` is the grid's smallest finite cost. Every orthogonal step costs at least
/// `cell_m · c_min` and every diagonal one at least `√2 · cell_m · c_min` (the edge rule averages
/// two cells, each ≥ c_min), and octile distance counts the cheapest mix of such steps, so `h` is
/// consistent: `h(a, b) ≤ w(a, a′) + h(a′, b)`. The factor α keeps it consistent after rounding
/// (each evaluation errs by a few ulps; α leaves a margin of 10⁻⁹ · w per step), so a cell closed
/// once is never improved later and no re-opening is needed. It changes no optimal cost, only the
/// order of expansion.
struct OctileHeuristic: Sendable {
    /// `α · c_min · cell_m`.
    let orthogonal: Double
    /// `α · c_min · cell_m · √2`.
    let diagonal: Double

    /// Margin kept against rounding.
    static let alpha = 1 - 1e-9

    init(minimumCost: Double, cellMetres: Double) {
        orthogonal = Self.alpha * minimumCost * cellMetres
        diagonal = orthogonal * 2.0.squareRoot()
    }

    /// The bound for a displacement of `dr` rows and `dc` columns (signs ignored).
    @inline(__always)
    func callAsFunction(_ dr: Int, _ dc: Int) -> Double {
        let a = dr < 0 ? -dr : dr, b = dc < 0 ? -dc : dc
        let lo = a < b ? a : b, hi = a < b ? b : a
        return diagonal * Double(lo) + orthogonal * Double(hi - lo)
    }
}
