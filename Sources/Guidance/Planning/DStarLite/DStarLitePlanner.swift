/// Incremental re-planning with D* Lite (S. Koenig, M. Likhachev, "D* Lite", AAAI 2002; and
/// "Fast replanning for navigation in unknown terrain", IEEE Trans. Robotics 21(3), 2005), the
/// optimised version (Fig. 4 of the AAAI paper).
///
/// The search runs backwards from the goal, so its values `g(u)` (cost from `u` to the goal) stay
/// valid when the person moves: a deviation only shifts the start. `rhs(u) = min over steps
/// (w(u, v) + g(v))` is a one-step look-ahead; a cell is *consistent* when `g = rhs`. The queue
/// holds exactly the inconsistent cells, ordered by
///
///     key(u) = [min(g, rhs) + h(s_start, u) + k_m,  min(g, rhs)]
///
/// and the search stops once the start is consistent (`g = rhs`) and no key is smaller than the start's.
/// When the person moves from `s_last` to `s_start`, `k_m += h(s_last, s_start)` keeps old keys
/// valid lower bounds instead of re-sorting the queue; when a cell's cost changes, only the cells
/// whose steps touch it (its 3×3 block, which holds every step whose cost or corner rule it
/// affects) get `rhs` recomputed. The route is read off by descending `w(u, v) + g(v)` from the
/// start. `h` is the ``OctileHeuristic``; if a new cost falls below the heuristic's `c_min`, the
/// heuristic is lowered and the queue re-keyed once (O(n)), which keeps it consistent.
/// - Complexity: a first plan as A*; a re-plan touches only the cells whose cost-to-goal changed
///   or whose keys now fall below the start's, usually a small fraction of the grid.
public struct DStarLitePlanner: IncrementalGridPlanner {
    /// The problem as it stands after the moves and cost changes so far.
    public private(set) var problem: PlanningProblem
    var g: [Double]
    var rhs: [Double]
    /// Version of each cell's queue entry; an entry is live only when it matches and `queued`.
    var stamp: [UInt32]
    var queued: [Bool]
    var open = QuaternaryHeap<DStarEntry>()
    var km = 0.0
    /// Padded indices of the start, the start when keys were last based, and the goal.
    var s: Int
    var last: Int
    var t: Int
    var heuristicCost: Double
    var heuristic: OctileHeuristic
    var needsRekey = false

    /// A planner with no problem yet (a 1-cell grid); ``plan(_:budget:)`` gives it one.
    public init() {
        self.init(problem: PlanningProblem(grid: CostGrid(rows: 1, cols: 1), cellMetres: 1,
                                           start: GridCell(row: 0, col: 0), goal: GridCell(row: 0, col: 0)))
    }

    /// A planner for `problem`, with nothing searched yet; call ``replan(budget:)``.
    public init(problem: PlanningProblem) {
        self.problem = problem
        let n = problem.grid.padded.count
        g = [Double](repeating: .infinity, count: n)
        rhs = [Double](repeating: .infinity, count: n)
        stamp = [UInt32](repeating: 0, count: n)
        queued = [Bool](repeating: false, count: n)
        s = problem.grid.index(of: problem.start)
        last = s
        t = problem.grid.index(of: problem.goal)
        heuristicCost = problem.grid.minimumFiniteCost ?? 0
        heuristic = OctileHeuristic(minimumCost: heuristicCost, cellMetres: problem.rule.cellMetres)
        rhs[t] = 0
        enqueue(t)
    }

    /// Plans `problem` from scratch (forgetting any earlier search).
    public mutating func plan(_ problem: PlanningProblem, budget: PlanningBudget) -> PlanResult {
        self = DStarLitePlanner(problem: problem)
        return replan(budget: budget)
    }

    public mutating func moveStart(to cell: GridCell) {
        precondition(problem.grid.contains(cell), "start \(cell) is outside the grid")
        let new = problem.grid.index(of: cell)
        km += h(last, new)
        last = new
        s = new
        problem.start = cell
    }

    public mutating func updateCost(at cell: GridCell, to cost: Double) {
        let old = problem.grid[cell]
        guard old != cost else { return }
        problem.grid[cell] = cost  // traps on an illegal cost or a cell outside the grid
        if cost < heuristicCost { needsRekey = true }
        let w = problem.grid.stride
        let centre = problem.grid.index(of: cell)
        for dr in -1...1 {
            for dc in -1...1 {
                let v = centre + dr * w + dc
                guard problem.grid.contains(GridCell(row: cell.row + dr, col: cell.col + dc)), v != t else { continue }
                rhs[v] = bestLookahead(v)
                updateVertex(v)
            }
        }
    }

    public mutating func replan(budget: PlanningBudget) -> PlanResult {
        guard problem.grid.isPassable(problem.start) else { return PlanResult(outcome: .startBlocked, cellsExpanded: 0) }
        guard problem.grid.isPassable(problem.goal) else { return PlanResult(outcome: .goalBlocked, cellsExpanded: 0) }
        if needsRekey { rekey() }
        let (expanded, finished) = computeShortestPath(budget: budget)
        guard finished else { return PlanResult(outcome: .budgetExhausted(best: nil), cellsExpanded: expanded) }
        guard g[s] < .infinity else { return PlanResult(outcome: .unreachable, cellsExpanded: expanded) }
        if let path = descend() { return PlanResult(outcome: .found(path), cellsExpanded: expanded) }
        // Only zero-cost plateaus can defeat the descent (ties of g along zero-cost steps); the
        // costs are still exact, so an A* from scratch gives the same optimal cost.
        let fallback = AStarPlanner().plan(problem, budget: budget)
        return PlanResult(outcome: fallback.outcome, cellsExpanded: expanded + fallback.cellsExpanded)
    }
}

/// A D* Lite queue entry: the two-part key, the cell, and the version it was queued with.
struct DStarEntry: Comparable, Sendable {
    var k1: Double
    var k2: Double
    var index: UInt32
    var stamp: UInt32

    @inline(__always)
    static func < (a: DStarEntry, b: DStarEntry) -> Bool { a.k1 < b.k1 || (a.k1 == b.k1 && a.k2 < b.k2) }
}
