import Testing
import TestSupport
@testable import Guidance
import GuidepostCore

/// One suite, every planner (STYLE.md §6.5 rule 4): optimality against brute force, legal paths
/// whose recomputed cost equals the reported one, and the non-route outcomes.
struct GridPlannerTests {
    static let planners: [any GridPlanner] = [AStarPlanner(), AStarPlanner(heuristic: .none), DStarLitePlanner()]

    @Test(arguments: planners)
    func optimalCostEqualsBruteForceOnRandomGrids(_ planner: any GridPlanner) {
        var planner = planner
        withEverySeed(0..<150) { seed, rng in
            let rows = 3 + Int(rng.next() % 12), cols = 3 + Int(rng.next() % 14)
            let grid = GridFixtures.randomGrid(&rng, rows: rows, cols: cols, blocked: 0.05 + 0.3 * rng.uniform(),
                                               integerCosts: seed % 2 == 0)
            let problem = PlanningProblem(grid: grid, cellMetres: [1, 10, 2.5][Int(seed % 3)],
                                          start: GridFixtures.randomCell(&rng, in: grid),
                                          goal: GridFixtures.randomCell(&rng, in: grid))
            let expected = GridFixtures.bruteForceCost(problem)
            let result = planner.plan(problem, budget: .unlimited)
            switch result.outcome {
            case .found(let path):
                guard let expected else {
                    Issue.record("seed \(seed): found a route where brute force finds none")
                    return
                }
                #expect(GridFixtures.same(path.cost, expected), "seed \(seed): \(path.cost) vs brute force \(expected)")
                #expect(path.cells.first == problem.start && path.cells.last == problem.goal, "seed \(seed)")
                #expect(problem.rule.pathCost(path.cells, in: grid) == path.cost,
                        "seed \(seed): recomputed path cost differs from the reported one")
            case .unreachable:
                #expect(expected == nil, "seed \(seed): unreachable but brute force costs \(expected ?? -1)")
            case .startBlocked:
                #expect(!grid.isPassable(problem.start), "seed \(seed)")
            case .goalBlocked:
                #expect(grid.isPassable(problem.start) && !grid.isPassable(problem.goal), "seed \(seed)")
            case .budgetExhausted:
                Issue.record("seed \(seed): an unlimited budget ran out")
            }
        }
    }

    @Test(arguments: planners)
    func startEqualsGoalCostsNothing(_ planner: any GridPlanner) {
        var planner = planner
        let cell = GridCell(row: 1, col: 2)
        let result = planner.plan(PlanningProblem(grid: CostGrid(rows: 3, cols: 4, fill: 7), cellMetres: 10,
                                                  start: cell, goal: cell), budget: .unlimited)
        #expect(result.outcome == .found(PlannedPath(cells: [cell], cost: 0)))
    }

    @Test(arguments: planners)
    func straightLineCostFollowsTheEdgeRule(_ planner: any GridPlanner) throws {
        var planner = planner
        // One row: costs 1, 2, 4; two orthogonal steps of 10 m: 10·(1+2)/2 + 10·(2+4)/2 = 45.
        let grid = try CostGrid(rows: 1, cols: 3, values: [1, 2, 4])
        let result = planner.plan(PlanningProblem(grid: grid, cellMetres: 10, start: GridCell(row: 0, col: 0),
                                                  goal: GridCell(row: 0, col: 2)), budget: .unlimited)
        let path = try #require(result.outcome.path)
        #expect(path.cost == 45)
    }

    @Test(arguments: planners)
    func diagonalMayNotCutACorner(_ planner: any GridPlanner) throws {
        var planner = planner
        // 2×2 with [0,1] impassable: [0,0] → [1,1] must go round by [1,0]: two orthogonal steps, 20.
        var grid = CostGrid(rows: 2, cols: 2)
        grid[0, 1] = .infinity
        let result = planner.plan(PlanningProblem(grid: grid, cellMetres: 10, start: GridCell(row: 0, col: 0),
                                                  goal: GridCell(row: 1, col: 1)), budget: .unlimited)
        let path = try #require(result.outcome.path)
        #expect(path.cells == [GridCell(row: 0, col: 0), GridCell(row: 1, col: 0), GridCell(row: 1, col: 1)])
        #expect(path.cost == 20)
    }

    @Test(arguments: planners)
    func noRouteOutcomes(_ planner: any GridPlanner) {
        var planner = planner
        var grid = CostGrid(rows: 3, cols: 5)
        for r in 0..<3 { grid[r, 2] = .infinity }  // a wall between west and east
        let west = GridCell(row: 1, col: 0), east = GridCell(row: 1, col: 4), wall = GridCell(row: 1, col: 2)
        #expect(planner.plan(PlanningProblem(grid: grid, cellMetres: 10, start: west, goal: east),
                             budget: .unlimited).outcome == .unreachable)
        #expect(planner.plan(PlanningProblem(grid: grid, cellMetres: 10, start: wall, goal: east),
                             budget: .unlimited).outcome == .startBlocked)
        #expect(planner.plan(PlanningProblem(grid: grid, cellMetres: 10, start: west, goal: wall),
                             budget: .unlimited).outcome == .goalBlocked)
    }

    @Test(arguments: planners)
    func budgetRunsOut(_ planner: any GridPlanner) {
        var planner = planner
        let grid = CostGrid(rows: 40, cols: 40)
        let result = planner.plan(PlanningProblem(grid: grid, cellMetres: 10, start: GridCell(row: 0, col: 0),
                                                  goal: GridCell(row: 39, col: 39)),
                                  budget: PlanningBudget(maxExpansions: 10))
        guard case .budgetExhausted = result.outcome else {
            Issue.record("expected budget_exhausted, got \(result.outcome.name)")
            return
        }
        #expect(result.cellsExpanded == 10)
    }
}
