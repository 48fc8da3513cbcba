import RealModule
import Border

/// What walking a route means, recomputed along its cells from a ``CostSurface``'s separate
/// planes, so each piece can be read on its own.
///
/// A step of length `ℓ` (cell size, or √2 × it on a diagonal) between cells `a` and `b` adds, as
/// in the ``EdgeRule``, the mean of the two cells' per-metre values times `ℓ`:
///
///     T = Σ ℓ·(τa + τb)/2        expected walking time, s
///     H = Σ ℓ·(ρa + ρb)/2        mine hazard; mine risk = 1 − e^(−H) = 1 − Π(1 − p)
///     X = Σ ℓ·(εa + εb)/2        seconds inside a KPA viewshed within weapon range
///
/// and the planner's cost is `T + λ·H + λhE·X` (``CostModel``), which ``weightedCost`` gives back.
public struct RouteReport: Sendable, Equatable {
    /// Length walked, metres.
    public var length: Double
    /// Expected walking time, seconds.
    public var time: Double
    /// Accumulated mine hazard `H = −log(survival)`.
    public var mineHazard: Double
    /// Seconds spent inside a KPA viewshed within weapon range.
    public var exposure: Double
    /// The weights the route was priced with.
    public var model: CostModel

    /// Probability of at least one blast along the route, `1 − e^(−H)`.
    public var mineRisk: Double { -Double.expMinusOne(-mineHazard) }
    /// `T + λ·H + λhE·X`: what the planner minimised.
    public var weightedCost: Double { time + model.riskWeight * mineHazard + model.exposureWeight * exposure }

    /// The report of `cells` (each adjacent to the next) on `surface`.
    /// - Precondition: every step is legal on the surface's grid.
    /// - Complexity: O(cells.count).
    public init(cells: [GridCell], on surface: CostSurface) {
        model = surface.model
        var l = 0.0, t = 0.0, h = 0.0, x = 0.0
        let w = surface.window
        let cs = w.cellSize
        for k in cells.indices.dropFirst() {
            let a = cells[k - 1], b = cells[k]
            let diagonal = a.row != b.row && a.col != b.col
            let step = diagonal ? 2.0.squareRoot() * cs : cs
            let ia = a.row * w.columns + a.col, ib = b.row * w.columns + b.col
            l += step
            t += step * (surface.secondsPerMetre[ia] + surface.secondsPerMetre[ib]) / 2
            h += step * (surface.hazardPerMetre[ia] + surface.hazardPerMetre[ib]) / 2
            x += step * (surface.exposedPerMetre[ia] + surface.exposedPerMetre[ib]) / 2
        }
        length = l
        time = t
        mineHazard = h
        exposure = x
    }
}
