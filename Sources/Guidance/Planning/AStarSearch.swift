/// The A* loop of ``AStarPlanner`` over raw memory: one `Double` g-value and one state byte per
/// padded cell (bit 7 settled; bits 0–3 one plus the index in ``EdgeRule/moves`` of the step
/// that reached the cell), freed when the search returns.
enum AStarSearch {
    static let settled: UInt8 = 0x80

    /// Runs from padded index `s` to `t` (both passable).
    static func run(grid: CostGrid, rule: EdgeRule, heuristic h: OctileHeuristic, from s: Int, to t: Int,
                    budget: PlanningBudget) -> PlanResult {
        let n = grid.padded.count
        let w = grid.stride
        let g = UnsafeMutablePointer<Double>.allocate(capacity: n)
        g.initialize(repeating: .infinity, count: n)
        let state = UnsafeMutablePointer<UInt8>.allocate(capacity: n)
        state.initialize(repeating: 0, count: n)
        defer {
            g.deallocate()
            state.deallocate()
        }
        let (tr, tc) = t.quotientAndRemainder(dividingBy: w)
        let ko = rule.orthogonalFactor, kd = rule.diagonalFactor
        var expanded = 0
        var bestIndex = s, bestH = Float.infinity
        var reached = false, exhausted = false
        var open = RadixOpenList()
        g[s] = 0
        let (sr, sc) = s.quotientAndRemainder(dividingBy: w)
        let hs = h(sr - tr, sc - tc)
        open.insert(AStarEntry(f: hs, h: Float(hs), index: UInt32(truncatingIfNeeded: s)))

        grid.padded.withUnsafeBufferPointer { buffer in
            // The padded grid has at least 9 cells, so its base address exists.
            guard let cost = buffer.baseAddress else { return }
            while let entry = open.popMin() {
                let u = Int(entry.index)
                if state[u] & settled != 0 { continue }  // a stale duplicate
                state[u] |= settled
                expanded += 1
                if entry.h < bestH {
                    bestH = entry.h
                    bestIndex = u
                }
                if u == t {
                    reached = true
                    break
                }
                if budget.isExhausted(after: expanded) {
                    exhausted = true
                    break
                }
                let gu = g[u], cu = cost[u]
                let (ur, uc) = u.quotientAndRemainder(dividingBy: w)
                let dr = ur - tr, dc = uc - tc
                let cn = cost[u - w], cs = cost[u + w], cw = cost[u - 1], ce = cost[u + 1]
                let openN = cn < .infinity, openS = cs < .infinity, openW = cw < .infinity, openE = ce < .infinity
                if openN { relax(u - w, gu + ko * (cu + cn), 1, dr - 1, dc, h, g, state, &open) }
                if openS { relax(u + w, gu + ko * (cu + cs), 2, dr + 1, dc, h, g, state, &open) }
                if openW { relax(u - 1, gu + ko * (cu + cw), 3, dr, dc - 1, h, g, state, &open) }
                if openE { relax(u + 1, gu + ko * (cu + ce), 4, dr, dc + 1, h, g, state, &open) }
                if openN && openW {
                    let c = cost[u - w - 1]
                    if c < .infinity { relax(u - w - 1, gu + kd * (cu + c), 5, dr - 1, dc - 1, h, g, state, &open) }
                }
                if openN && openE {
                    let c = cost[u - w + 1]
                    if c < .infinity { relax(u - w + 1, gu + kd * (cu + c), 6, dr - 1, dc + 1, h, g, state, &open) }
                }
                if openS && openW {
                    let c = cost[u + w - 1]
                    if c < .infinity { relax(u + w - 1, gu + kd * (cu + c), 7, dr + 1, dc - 1, h, g, state, &open) }
                }
                if openS && openE {
                    let c = cost[u + w + 1]
                    if c < .infinity { relax(u + w + 1, gu + kd * (cu + c), 8, dr + 1, dc + 1, h, g, state, &open) }
                }
            }
        }
        if reached {
            return PlanResult(outcome: .found(path(grid: grid, g: g, state: state, from: s, to: t)), cellsExpanded: expanded)
        }
        if exhausted {
            let best = path(grid: grid, g: g, state: state, from: s, to: bestIndex)
            return PlanResult(outcome: .budgetExhausted(best: best), cellsExpanded: expanded)
        }
        return PlanResult(outcome: .unreachable, cellsExpanded: expanded)
    }

    /// `g(v) ← min(g(v), ng)`; on improvement record the move and queue `v` with
    /// `f = ng + h(dr, dc)`, `(dr, dc)` being `v`'s offset from the goal. The heuristic is
    /// evaluated only then, not for every step looked at.
    @inline(__always)
    static func relax(_ v: Int, _ ng: Double, _ move: UInt8, _ dr: Int, _ dc: Int, _ h: OctileHeuristic,
                      _ g: UnsafeMutablePointer<Double>, _ state: UnsafeMutablePointer<UInt8>,
                      _ open: inout RadixOpenList) {
        guard ng < g[v], state[v] & settled == 0 else { return }
        let hv = h(dr, dc)
        g[v] = ng
        state[v] = move
        open.insert(AStarEntry(f: ng + hv, h: Float(hv), index: UInt32(truncatingIfNeeded: v)))
    }

    /// The route recorded from `s` to the settled cell `t`, with cost `g[t]` (the edge-rule sum
    /// along it, accumulated from the start).
    static func path(grid: CostGrid, g: UnsafeMutablePointer<Double>, state: UnsafeMutablePointer<UInt8>,
                     from s: Int, to t: Int) -> PlannedPath {
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
