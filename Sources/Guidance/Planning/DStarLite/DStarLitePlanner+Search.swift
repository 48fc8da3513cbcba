extension DStarLitePlanner {
    /// The heuristic between two padded indices.
    @inline(__always)
    func h(_ a: Int, _ b: Int) -> Double {
        let w = problem.grid.stride
        let (ar, ac) = a.quotientAndRemainder(dividingBy: w)
        let (br, bc) = b.quotientAndRemainder(dividingBy: w)
        return heuristic(ar - br, ac - bc)
    }

    /// `key(u) = [min(g, rhs) + h(s_start, u) + k_m, min(g, rhs)]`.
    @inline(__always)
    func key(_ u: Int) -> (Double, Double) {
        let m = Swift.min(g[u], rhs[u])
        return (m + h(s, u) + km, m)
    }

    @inline(__always)
    static func less(_ a: (Double, Double), _ b: (Double, Double)) -> Bool {
        a.0 < b.0 || (a.0 == b.0 && a.1 < b.1)
    }

    /// Calls `body(v, w)` for every legal step `u → v` of cost `w` under the ``EdgeRule`` of a
    /// grid stored as `cost` (padded) with row stride `w`.
    ///
    /// Static on purpose: a method on `self` called from a mutating loop whose closure mutates
    /// `self` would make Swift copy `self`, and every array write would then copy the array.
    @inline(__always)
    static func forEachStep(_ cost: [Double], stride w: Int, rule: EdgeRule, from u: Int,
                            _ body: (Int, Double) -> Void) {
        let cu = cost[u]
        guard cu < .infinity else { return }
        let ko = rule.orthogonalFactor, kd = rule.diagonalFactor
        let cn = cost[u - w], cs = cost[u + w], cw = cost[u - 1], ce = cost[u + 1]
        let openN = cn < .infinity, openS = cs < .infinity, openW = cw < .infinity, openE = ce < .infinity
        if openN { body(u - w, ko * (cu + cn)) }
        if openS { body(u + w, ko * (cu + cs)) }
        if openW { body(u - 1, ko * (cu + cw)) }
        if openE { body(u + 1, ko * (cu + ce)) }
        if openN && openW, cost[u - w - 1] < .infinity { body(u - w - 1, kd * (cu + cost[u - w - 1])) }
        if openN && openE, cost[u - w + 1] < .infinity { body(u - w + 1, kd * (cu + cost[u - w + 1])) }
        if openS && openW, cost[u + w - 1] < .infinity { body(u + w - 1, kd * (cu + cost[u + w - 1])) }
        if openS && openE, cost[u + w + 1] < .infinity { body(u + w + 1, kd * (cu + cost[u + w + 1])) }
    }

    /// `min over steps u → v of w(u, v) + g(v)`; `+inf` when `u` has no step.
    func bestLookahead(_ u: Int) -> Double {
        var best = Double.infinity
        Self.forEachStep(problem.grid.padded, stride: problem.grid.stride, rule: problem.rule, from: u) { v, w in
            let x = w + g[v]
            if x < best { best = x }
        }
        return best
    }

    /// Queues `u` with its current key (replacing any older entry).
    mutating func enqueue(_ u: Int) {
        stamp[u] &+= 1
        queued[u] = true
        let k = key(u)
        open.insert(DStarEntry(k1: k.0, k2: k.1, index: UInt32(truncatingIfNeeded: u), stamp: stamp[u]))
    }

    /// Queues `u` if inconsistent, else takes it out of the queue.
    mutating func updateVertex(_ u: Int) {
        if g[u] != rhs[u] {
            enqueue(u)
        } else {
            queued[u] = false
        }
    }

    /// The live entry of least key, dropping dead ones on the way.
    mutating func liveTop() -> DStarEntry? {
        while let e = open.min {
            let u = Int(e.index)
            if queued[u] && stamp[u] == e.stamp { return e }
            _ = open.popMin()
        }
        return nil
    }

    /// Re-keys the queue after the heuristic was lowered: `k_m` restarts at 0 from here.
    mutating func rekey() {
        heuristicCost = problem.grid.minimumFiniteCost ?? 0
        heuristic = OctileHeuristic(minimumCost: heuristicCost, cellMetres: problem.rule.cellMetres)
        km = 0
        last = s
        open.removeAll()
        for u in queued.indices where queued[u] { enqueue(u) }
        needsRekey = false
    }

    /// The main loop; returns the cells expanded and whether it finished within `budget`.
    mutating func computeShortestPath(budget: PlanningBudget) -> (expanded: Int, finished: Bool) {
        var expanded = 0
        let cost = problem.grid.padded, stride = problem.grid.stride, rule = problem.rule
        while let top = liveTop() {
            let topKey = (top.k1, top.k2)
            guard Self.less(topKey, key(s)) || rhs[s] != g[s] else { break }
            let u = Int(top.index)
            let fresh = key(u)
            if Self.less(topKey, fresh) {
                _ = open.popMin()
                enqueue(u)
                continue
            }
            _ = open.popMin()
            expanded += 1
            if g[u] > rhs[u] {
                g[u] = rhs[u]
                queued[u] = false
                let gu = g[u]
                let goal = t
                Self.forEachStep(cost, stride: stride, rule: rule, from: u) { p, w in
                    guard p != goal else { return }
                    let x = w + gu
                    if x < rhs[p] {
                        rhs[p] = x
                        updateVertex(p)
                    }
                }
            } else {
                let old = g[u]
                g[u] = .infinity
                let goal = t
                Self.forEachStep(cost, stride: stride, rule: rule, from: u) { p, w in
                    guard p != goal, rhs[p] == w + old else { return }
                    rhs[p] = bestLookahead(p)
                    updateVertex(p)
                }
                if u != goal { rhs[u] = bestLookahead(u) }
                updateVertex(u)
            }
            if budget.isExhausted(after: expanded) { return (expanded, false) }
        }
        return (expanded, true)
    }

    /// The route from the start, following the least `w(u, v) + g(v)` (ties to the smaller
    /// `g(v)`), summed forward; nil if a zero-cost plateau sends the descent in a circle.
    func descend() -> PlannedPath? {
        var cells = [problem.grid.cell(at: s)]
        var visited: Set<Int> = [s]
        var u = s
        var total = 0.0
        while u != t {
            var best = -1
            var bestValue = Double.infinity, bestG = Double.infinity, bestW = 0.0
            Self.forEachStep(problem.grid.padded, stride: problem.grid.stride, rule: problem.rule, from: u) { v, w in
                guard !visited.contains(v) else { return }
                let x = w + g[v]
                if x < bestValue || (x == bestValue && g[v] < bestG) {
                    best = v
                    bestValue = x
                    bestG = g[v]
                    bestW = w
                }
            }
            guard best >= 0, bestValue < .infinity else { return nil }
            total += bestW
            u = best
            visited.insert(u)
            cells.append(problem.grid.cell(at: u))
        }
        return PlannedPath(cells: cells, cost: total)
    }
}
