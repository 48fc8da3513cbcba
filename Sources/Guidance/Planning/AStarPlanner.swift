/// Exact A* on the 8-connected grid under the ``EdgeRule``, with the consistent
/// ``OctileHeuristic`` (or none, which makes it Dijkstra's algorithm).
///
/// With a consistent heuristic every cell is settled at most once with its optimal cost
/// (P. E. Hart, N. J. Nilsson, B. Raphael, "A formal basis for the heuristic determination of
/// minimum cost paths", IEEE Trans. SSC 4(2), 1968): the search pops the open cell of least
/// `f = g + h`, settles it and relaxes its ≤ 8 steps, `g(v) ← min(g(v), g(u) + w(u, v))`, with
/// `w` from the ``EdgeRule``. Among equal `f` the most recently queued cell goes first; ties
/// change the route chosen and the work done, never the optimal cost.
///
/// Memory is flat and allocated once per search (``AStarSearch``: one `Double` and one byte per
/// cell); the open set is a ``RadixOpenList`` keyed on the exact bit patterns of `f`, which beats
/// a comparison heap because A*'s priorities never decrease.
/// - Complexity: O(n) memory and O(n · 64) time in the worst case for n cells (each entry moves
///   through at most 64 radix buckets); the heuristic settles far fewer cells when costs are near
///   `c_min`.
public struct AStarPlanner: GridPlanner {
    /// The lower bound used to order the search.
    public enum Heuristic: Sendable, Equatable {
        /// ``OctileHeuristic``: octile distance × cell size × the grid's least finite cost.
        case octile
        /// Zero: plain Dijkstra (the slowest exact planner; for comparison and tests).
        case none
    }

    /// The lower bound used to order the search.
    public var heuristic: Heuristic

    /// A* with `heuristic` (octile by default).
    public init(heuristic: Heuristic = .octile) {
        self.heuristic = heuristic
    }

    public func plan(_ problem: PlanningProblem, budget: PlanningBudget) -> PlanResult {
        let grid = problem.grid
        guard grid.isPassable(problem.start) else { return PlanResult(outcome: .startBlocked, cellsExpanded: 0) }
        guard grid.isPassable(problem.goal) else { return PlanResult(outcome: .goalBlocked, cellsExpanded: 0) }
        let minimum = heuristic == .octile ? (grid.minimumFiniteCost ?? 0) : 0
        let h = OctileHeuristic(minimumCost: minimum, cellMetres: problem.rule.cellMetres)
        return AStarSearch.run(grid: grid, rule: problem.rule, heuristic: h, from: grid.index(of: problem.start),
                               to: grid.index(of: problem.goal), budget: budget)
    }
}

/// An open-set entry: priority `f`, tie-break `h`, and the cell's padded index.
struct AStarEntry: Comparable, Sendable {
    var f: Double
    var h: Float
    var index: UInt32

    @inline(__always)
    static func < (a: AStarEntry, b: AStarEntry) -> Bool { a.f < b.f || (a.f == b.f && a.h < b.h) }
}
