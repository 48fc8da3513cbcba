import Testing
@testable import Guidance

@Test func debugDStar() {
    var grid = CostGrid(rows: 5, cols: 6)
    for r in 1..<4 { grid[r, 2] = .infinity }
    let p = PlanningProblem(grid: grid, cellMetres: 10, start: GridCell(row: 2, col: 0), goal: GridCell(row: 2, col: 5))
    var d = DStarLitePlanner(problem: p)
    print(d.open.count, d.queued[d.t], d.rhs[d.t], d.key(d.t), d.key(d.s))
    let r = d.computeShortestPath(budget: .unlimited)
    print(r, d.g[d.s], d.rhs[d.s], d.open.count)
}
