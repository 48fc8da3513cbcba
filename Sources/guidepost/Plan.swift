import ArgumentParser
import Foundation
import Guidance
import GuidepostCore

extension Guidepost {
    /// `guidepost plan`: the optimal route on a raw cost grid (DESIGN.md format).
    struct Plan: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Find the least-cost route on a raw cost grid (.npy) for a task.json.",
            discussion: """
                The grid is a 2-d NumPy array ('<f4', or '<f8'), row 0 the northern edge, each value \
                the cost of crossing one metre of the cell, inf for impassable. The task is \
                {"cell_m": 10, "start": [row, col], "goal": [row, col], "connectivity": 8}. \
                Steps follow the 8-connected edge rule of DESIGN.md. Exit status: 0 found; \
                2 no route (unreachable, start or goal blocked: "cost": null); 3 budget exhausted; \
                1 bad input.
                """
        )

        @Option(help: "The cost grid, a .npy file.") var cost: String
        @Option(help: "The task, a JSON file.") var task: String
        @Flag(help: "Print one JSON object instead of text.") var json = false
        @Option(help: "Planner: astar (exact, default), dijkstra (exact, no heuristic) or dstar-lite (incremental).")
        var planner: PlannerChoice = .astar
        @Option(help: "Give up after expanding this many cells (exit 3).") var maxExpansions: Int?
        @Flag(help: "Print the time spent reading and solving to standard error.") var timing = false

        func validate() throws {
            if let maxExpansions, maxExpansions < 1 { throw ValidationError("--max-expansions must be at least 1.") }
        }

        func run() async throws {
            let clock = ContinuousClock()
            let readStart = clock.now
            let problem = try PlanInput.load(cost: cost, task: task)
            let solveStart = clock.now
            let budget = PlanningBudget(maxExpansions: maxExpansions)
            let result: PlanResult
            switch planner {
            case .astar: result = AStarPlanner().plan(problem, budget: budget)
            case .dijkstra: result = AStarPlanner(heuristic: .none).plan(problem, budget: budget)
            case .dstarLite:
                var dstar = DStarLitePlanner(problem: problem)
                result = dstar.replan(budget: budget)
            }
            let solveEnd = clock.now
            if timing {
                PlanInput.printError("read \(PlanInput.milliseconds(solveStart - readStart)) ms, solve \(PlanInput.milliseconds(solveEnd - solveStart)) ms (\(planner.rawValue), \(problem.grid.rows)×\(problem.grid.cols) cells)")
            }
            print(json ? PlanReport.json(result) : PlanReport.text(result))
            switch result.outcome {
            case .found: return
            case .unreachable, .startBlocked, .goalBlocked: throw ExitCode(2)
            case .budgetExhausted: throw ExitCode(3)
            }
        }
    }

    /// The planners `guidepost plan` can run.
    enum PlannerChoice: String, ExpressibleByArgument, CaseIterable {
        case astar
        case dijkstra
        case dstarLite = "dstar-lite"
    }
}
