@testable import Guidance
import GuidepostCore

/// Seeded random grids and an independent brute-force oracle for the planner tests.
enum GridFixtures {
    /// A random grid: `blocked` of the cells impassable, the rest costs drawn from a few integers
    /// (to create many equal-cost routes, i.e. ties) or from a continuous range.
    static func randomGrid(_ rng: inout SeededGenerator, rows: Int, cols: Int, blocked: Double,
                           integerCosts: Bool) -> CostGrid {
        var grid = CostGrid(rows: rows, cols: cols)
        for r in 0..<rows {
            for c in 0..<cols {
                if rng.bernoulli(blocked) {
                    grid[r, c] = .infinity
                } else {
                    grid[r, c] = integerCosts ? Double(1 + rng.next() % 3) : 0.25 + 9.75 * rng.uniform()
                }
            }
        }
        return grid
    }

    /// A random cell of `grid`.
    static func randomCell(_ rng: inout SeededGenerator, in grid: CostGrid) -> GridCell {
        GridCell(row: Int(rng.next() % UInt64(grid.rows)), col: Int(rng.next() % UInt64(grid.cols)))
    }

    /// The least cost from `start` to `goal` by Bellman–Ford relaxation over every cell until
    /// nothing improves, using only ``EdgeRule/stepCost(from:to:in:)``: slow, simple and
    /// independent of the planners' data structures. Nil when unreachable or blocked.
    static func bruteForceCost(_ problem: PlanningProblem) -> Double? {
        let grid = problem.grid
        guard grid.isPassable(problem.start), grid.isPassable(problem.goal) else { return nil }
        var dist = [[Double]](repeating: [Double](repeating: .infinity, count: grid.cols), count: grid.rows)
        dist[problem.start.row][problem.start.col] = 0
        var changed = true
        while changed {
            changed = false
            for r in 0..<grid.rows {
                for c in 0..<grid.cols where dist[r][c] < .infinity {
                    let a = GridCell(row: r, col: c)
                    for (dr, dc) in EdgeRule.moves {
                        let b = GridCell(row: r + dr, col: c + dc)
                        guard let w = problem.rule.stepCost(from: a, to: b, in: grid) else { continue }
                        if dist[r][c] + w < dist[b.row][b.col] {
                            dist[b.row][b.col] = dist[r][c] + w
                            changed = true
                        }
                    }
                }
            }
        }
        let d = dist[problem.goal.row][problem.goal.col]
        return d < .infinity ? d : nil
    }

    /// Whether `a` and `b` agree to `1e-9` relative (the bench's bar for "equal cost").
    static func same(_ a: Double, _ b: Double) -> Bool {
        abs(a - b) <= 1e-9 * max(abs(a), abs(b), 1e-300)
    }
}
