/// What to solve, kept apart from how (OMPL's `ProblemDefinition`, STYLE.md §5 O1): the grid,
/// its cell size, where the walk starts and where it must end.
public struct PlanningProblem: Sendable, Equatable {
    /// The costs.
    public var grid: CostGrid
    /// The edge rule for this grid's cell size.
    public var rule: EdgeRule
    /// Where the person is.
    public var start: GridCell
    /// Where they must get to (a reception point).
    public var goal: GridCell

    /// A problem on `grid` with cells `cellMetres` wide.
    /// - Precondition: `start` and `goal` lie in the grid (``PlanningTask/validate(against:file:)``
    ///   checks user input first).
    public init(grid: CostGrid, cellMetres: Double, start: GridCell, goal: GridCell) {
        precondition(grid.contains(start), "start \(start) is outside the \(grid.rows)×\(grid.cols) grid")
        precondition(grid.contains(goal), "goal \(goal) is outside the \(grid.rows)×\(grid.cols) grid")
        self.grid = grid
        self.rule = EdgeRule(cellMetres: cellMetres)
        self.start = start
        self.goal = goal
    }
}
