import Testing
import TestSupport
@testable import Guidance
import GuidepostCore

/// Re-planning must give the same cost as planning from scratch, whatever changed.
struct DStarLitePlannerTests {
    /// Cost of a from-scratch A* on the incremental planner's current problem, or the outcome name.
    static func scratch(_ problem: PlanningProblem) -> PlanOutcome {
        AStarPlanner().plan(problem, budget: .unlimited).outcome
    }

    static func agree(_ a: PlanOutcome, _ b: PlanOutcome) -> Bool {
        switch (a, b) {
        case (.found(let p), .found(let q)): GridFixtures.same(p.cost, q.cost)
        default: a.name == b.name
        }
    }

    @Test func replanAfterMovesAndCostChangesEqualsPlanningFromScratch() {
        withEverySeed(0..<80) { seed, rng in
            let grid = GridFixtures.randomGrid(&rng, rows: 6 + Int(rng.next() % 14), cols: 6 + Int(rng.next() % 14),
                                               blocked: 0.2 * rng.uniform(), integerCosts: seed % 2 == 1)
            let problem = PlanningProblem(grid: grid, cellMetres: 10, start: GridFixtures.randomCell(&rng, in: grid),
                                          goal: GridFixtures.randomCell(&rng, in: grid))
            var planner = DStarLitePlanner(problem: problem)
            var result = planner.replan(budget: .unlimited)
            #expect(Self.agree(result.outcome, Self.scratch(planner.problem)), "seed \(seed): first plan")
            for step in 0..<12 {
                switch rng.next() % 4 {
                case 0:  // the person deviates
                    planner.moveStart(to: GridFixtures.randomCell(&rng, in: grid))
                case 1:  // a cell closes (a search party, a new minefield report)
                    planner.updateCost(at: GridFixtures.randomCell(&rng, in: grid), to: .infinity)
                case 2:  // a cell gets cheaper, possibly below the heuristic's minimum
                    planner.updateCost(at: GridFixtures.randomCell(&rng, in: grid), to: 0.05 + rng.uniform())
                default:  // a cell gets dearer, or reopens
                    planner.updateCost(at: GridFixtures.randomCell(&rng, in: grid), to: 1 + 20 * rng.uniform())
                }
                result = planner.replan(budget: .unlimited)
                let expected = Self.scratch(planner.problem)
                #expect(Self.agree(result.outcome, expected),
                        "seed \(seed) step \(step): replan \(result.outcome) vs scratch \(expected)")
                if case .found(let path) = result.outcome {
                    #expect(planner.problem.rule.pathCost(path.cells, in: planner.problem.grid) == path.cost,
                            "seed \(seed) step \(step): path cost")
                    #expect(path.cells.first == planner.problem.start && path.cells.last == planner.problem.goal)
                }
            }
        }
    }

    @Test func smallDeviationReusesTheSearch() throws {
        var grid = CostGrid(rows: 60, cols: 60, fill: 2)
        for r in 10..<50 { grid[r, 30] = .infinity }
        let problem = PlanningProblem(grid: grid, cellMetres: 10, start: GridCell(row: 30, col: 5),
                                      goal: GridCell(row: 30, col: 55))
        var planner = DStarLitePlanner(problem: problem)
        let first = planner.replan(budget: .unlimited)
        _ = try #require(first.outcome.path)
        planner.moveStart(to: GridCell(row: 32, col: 6))
        let second = planner.replan(budget: .unlimited)
        let path = try #require(second.outcome.path)
        let expected = try #require(Self.scratch(planner.problem).path)
        #expect(GridFixtures.same(path.cost, expected.cost))
        #expect(second.cellsExpanded < first.cellsExpanded / 2, "re-plan expanded \(second.cellsExpanded) of \(first.cellsExpanded)")
    }

    @Test func exhaustedBudgetCanBeResumed() throws {
        let grid = CostGrid(rows: 30, cols: 30)
        var planner = DStarLitePlanner(problem: PlanningProblem(grid: grid, cellMetres: 10, start: GridCell(row: 0, col: 0),
                                                                goal: GridCell(row: 29, col: 29)))
        let cut = planner.replan(budget: PlanningBudget(maxExpansions: 5))
        #expect(cut.outcome == .budgetExhausted(best: nil))
        let path = try #require(planner.replan(budget: .unlimited).outcome.path)
        #expect(GridFixtures.same(path.cost, 29 * 2.0.squareRoot() * 10))
    }
}
