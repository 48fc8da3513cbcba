/// Exact A* on the 8-connected grid under the ``EdgeRule``, with the consistent
/// ``OctileHeuristic`` (or none, which makes it Dijkstra's algorithm).
///
/// With a consistent heuristic every cell is settled at most once with its optimal cost
/// (P. E. Hart, N. J. Nilsson, B. Raphael, "A formal basis for the heuristic determination of
/// minimum cost paths", IEEE Trans. SSC 4(2), 1968): the search pops the open cell of least
/// `f = g + h`, settles it and relaxes its ≤ 8 steps, `g(v) ← min(g(v), g(u) + w(u, v))`. Ties in
/// `f` go to the cell with the smaller `h` (deeper first); they never change the optimal cost.
///
/// Storage is flat (one `Double` g-value and one state byte per cell, holding the settled flag and
/// the move that reached the cell) and the open set is a ``QuaternaryHeap`` with lazy deletion,
/// so nothing is allocated per cell.
/// - Complexity: O(n log n) time and O(n) memory for n cells, n log n only in the worst case:
///   the heuristic settles far fewer cells when costs are near `c_min`.
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
        var search = AStarSearch(grid: grid, rule: problem.rule, heuristic: h)
        return search.run(from: grid.index(of: problem.start), to: grid.index(of: problem.goal), budget: budget)
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

/// One A* search's working memory and loop (kept apart from the planner value so the planner
/// stays a small, `Sendable` description).
struct AStarSearch {
    let grid: CostGrid
    let rule: EdgeRule
    let heuristic: OctileHeuristic
    /// Best known cost from the start, per padded cell.
    var g: [Double]
    /// Bit 7: settled; bits 0–3: 1 + index in ``EdgeRule/moves`` of the step that reached the cell.
    var state: [UInt8]
    var open = QuaternaryHeap<AStarEntry>()

    static let settled: UInt8 = 0x80

    init(grid: CostGrid, rule: EdgeRule, heuristic: OctileHeuristic) {
        self.grid = grid
        self.rule = rule
        self.heuristic = heuristic
        g = [Double](repeating: .infinity, count: grid.padded.count)
        state = [UInt8](repeating: 0, count: grid.padded.count)
        open.reserve(1 << 16)
    }

    /// Runs from padded index `s` to `t`; both passable.
    mutating func run(from s: Int, to t: Int, budget: PlanningBudget) -> PlanResult {
        let w = grid.stride
        let (tr, tc) = t.quotientAndRemainder(dividingBy: w)
        let ko = rule.orthogonalFactor, kd = rule.diagonalFactor
        let h = heuristic
        var expanded = 0
        var bestIndex = s
        var bestH = Float.infinity
        var reached = false
        var exhausted = false
        var open = self.open
        defer { self.open = open }
        g[s] = 0
        let (sr, sc) = s.quotientAndRemainder(dividingBy: w)
        let hs = h(sr - tr, sc - tc)
        open.insert(AStarEntry(f: hs, h: Float(hs), index: UInt32(s)))

        grid.padded.withUnsafeBufferPointer { cost in
            g.withUnsafeMutableBufferPointer { g in
                state.withUnsafeMutableBufferPointer { state in
                    @inline(__always)
                    func relax(_ v: Int, _ cv: Double, _ gu: Double, _ cu: Double, _ k: Double,
                               _ move: UInt8, _ vr: Int, _ vc: Int) {
                        guard state[v] & Self.settled == 0 else { return }
                        let ng = gu + k * (cu + cv)
                        guard ng < g[v] else { return }
                        g[v] = ng
                        state[v] = move
                        let hv = h(vr - tr, vc - tc)
                        open.insert(AStarEntry(f: ng + hv, h: Float(hv), index: UInt32(truncatingIfNeeded: v)))
                    }
                    while let entry = open.popMin() {
                        let u = Int(entry.index)
                        if state[u] & Self.settled != 0 { continue }  // stale duplicate
                        state[u] |= Self.settled
                        expanded += 1
                        if entry.h < bestH { bestH = entry.h; bestIndex = u }
                        if u == t { reached = true; break }
                        if budget.isExhausted(after: expanded) { exhausted = true; break }
                        let gu = g[u], cu = cost[u]
                        let (ur, uc) = u.quotientAndRemainder(dividingBy: w)
                        let cn = cost[u - w], cs = cost[u + w], cw = cost[u - 1], ce = cost[u + 1]
                        let openN = cn < .infinity, openS = cs < .infinity
                        let openW = cw < .infinity, openE = ce < .infinity
                        if openN { relax(u - w, cn, gu, cu, ko, 1, ur - 1, uc) }
                        if openS { relax(u + w, cs, gu, cu, ko, 2, ur + 1, uc) }
                        if openW { relax(u - 1, cw, gu, cu, ko, 3, ur, uc - 1) }
                        if openE { relax(u + 1, ce, gu, cu, ko, 4, ur, uc + 1) }
                        if openN && openW {
                            let c = cost[u - w - 1]
                            if c < .infinity { relax(u - w - 1, c, gu, cu, kd, 5, ur - 1, uc - 1) }
                        }
                        if openN && openE {
                            let c = cost[u - w + 1]
                            if c < .infinity { relax(u - w + 1, c, gu, cu, kd, 6, ur - 1, uc + 1) }
                        }
                        if openS && openW {
                            let c = cost[u + w - 1]
                            if c < .infinity { relax(u + w - 1, c, gu, cu, kd, 7, ur + 1, uc - 1) }
                        }
                        if openS && openE {
                            let c = cost[u + w + 1]
                            if c < .infinity { relax(u + w + 1, c, gu, cu, kd, 8, ur + 1, uc + 1) }
                        }
                    }
                }
            }
        }
        if reached {
            return PlanResult(outcome: .found(path(from: s, to: t)), cellsExpanded: expanded)
        }
        if exhausted {
            return PlanResult(outcome: .budgetExhausted(best: path(from: s, to: bestIndex)), cellsExpanded: expanded)
        }
        return PlanResult(outcome: .unreachable, cellsExpanded: expanded)
    }

    /// The route the search recorded from `s` to the settled cell `t`, with cost `g[t]` (which is
    /// the edge-rule sum along it, accumulated from the start).
    func path(from s: Int, to t: Int) -> PlannedPath {
        let w = grid.stride
        var cells: [GridCell] = []
        var u = t
        while u != s {
            cells.append(grid.cell(at: u))
            let move = EdgeRule.moves[Int(state[u] & 0x0F) - 1]
            u -= move.dr * w + move.dc
        }
        cells.append(grid.cell(at: s))
        cells.reverse()
        return PlannedPath(cells: cells, cost: g[t])
    }
}
