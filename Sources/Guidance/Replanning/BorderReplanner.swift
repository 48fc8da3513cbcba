public import GuidepostCore
import Border

/// Re-planning a guided route on the border as things change, with D* Lite
/// (``DStarLitePlanner``): the person leaves the route, or a KPA search party appears and the
/// ground around it comes into view. Each change is applied to the ``CostSurface`` (so reports
/// stay right) and to the planner (so the next plan reuses the search).
///
/// The re-plan is exact: its cost equals an A* from scratch on the changed surface (tested).
public struct BorderReplanner: Sendable {
    /// The priced window as it stands after the changes so far.
    public private(set) var surface: CostSurface
    var planner: DStarLitePlanner

    /// A replanner from `start` to `goal` on `surface`; call ``replan(budget:)`` for the first plan.
    /// - Precondition: both cells lie in the surface's window.
    public init(surface: CostSurface, start: GridCell, goal: GridCell) {
        self.surface = surface
        planner = DStarLitePlanner(
            problem: PlanningProblem(grid: surface.grid, cellMetres: surface.window.cellSize, start: start, goal: goal))
    }

    /// The problem as it stands (grid, start, goal).
    public var problem: PlanningProblem { planner.problem }

    /// The person is now at `p`. Returns false, changing nothing, when `p` is outside the window.
    @discardableResult
    public mutating func personMoved(to p: Point) -> Bool {
        guard let cell = surface.cell(containing: p) else { return false }
        planner.moveStart(to: cell)
        return true
    }

    /// A KPA search party is seen at `centre`: every passable cell within `radius` metres comes
    /// into view (its exposure term becomes its walking time). Returns the number of cells changed.
    @discardableResult
    public mutating func searchParty(at centre: Point, radius: Double) -> Int {
        let changed = surface.expose(around: centre, radius: radius)
        for (cell, cost) in changed { planner.updateCost(at: cell, to: cost) }
        return changed.count
    }

    /// The optimal route for the current start, goal and costs, reusing earlier work.
    public mutating func replan(budget: PlanningBudget = .unlimited) -> PlanResult {
        planner.replan(budget: budget)
    }
}
