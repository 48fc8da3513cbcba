/// A planner that finds an optimal route on a ``CostGrid`` under the ``EdgeRule``
/// (OMPL's `Planner::solve`, STYLE.md §5 O1): the problem says what, the planner only solves.
public protocol GridPlanner: Sendable {
    /// Solves `problem` from scratch within `budget`.
    mutating func plan(_ problem: PlanningProblem, budget: PlanningBudget) -> PlanResult
}

/// A planner that keeps its search between calls and repairs it when the person moves or costs
/// change, instead of starting again (D* Lite, LPA*).
public protocol IncrementalGridPlanner: GridPlanner {
    /// The problem as it stands after the changes applied so far.
    var problem: PlanningProblem { get }
    /// The person is now at `cell` (a deviation from the route, or progress along it).
    /// - Precondition: `cell` lies in the grid.
    mutating func moveStart(to cell: GridCell)
    /// The cost of `cell` is now `cost` (a search party appears, a minefield is reported).
    /// - Precondition: `cell` lies in the grid and `cost` is finite ≥ 0 or `+inf`.
    mutating func updateCost(at cell: GridCell, to cost: Double)
    /// The optimal route for the current start, goal and costs, reusing earlier work.
    mutating func replan(budget: PlanningBudget) -> PlanResult
}
