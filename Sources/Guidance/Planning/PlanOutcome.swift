/// A route through a ``CostGrid``: the cells walked, from start to goal, and what walking them
/// costs under the ``EdgeRule`` (summed from the start, in `Double`).
public struct PlannedPath: Sendable, Equatable {
    /// Cells from start to goal, each adjacent to the next.
    public var cells: [GridCell]
    /// Sum of the step costs along `cells`.
    public var cost: Double

    /// A path and its cost.
    public init(cells: [GridCell], cost: Double) {
        self.cells = cells
        self.cost = cost
    }
}

/// What a planner found (OMPL's `PlannerStatus`, STYLE.md §5 O3): every expected ending is a
/// value, never an error.
public enum PlanOutcome: Sendable, Equatable {
    /// An optimal route.
    case found(PlannedPath)
    /// Start and goal are both passable but no sequence of legal steps joins them.
    case unreachable
    /// The start cell is impassable.
    case startBlocked
    /// The goal cell is impassable.
    case goalBlocked
    /// The budget ran out first; `best` is the route to the expanded cell nearest the goal
    /// (by the heuristic), when the planner can tell.
    case budgetExhausted(best: PlannedPath?)

    /// The optimal route, when one was found.
    public var path: PlannedPath? {
        if case .found(let p) = self { p } else { nil }
    }

    /// Name used in `guidepost plan` output: `found`, `unreachable`, `start_blocked`,
    /// `goal_blocked`, `budget_exhausted`.
    public var name: String {
        switch self {
        case .found: "found"
        case .unreachable: "unreachable"
        case .startBlocked: "start_blocked"
        case .goalBlocked: "goal_blocked"
        case .budgetExhausted: "budget_exhausted"
        }
    }
}

/// A planner's answer and how much work it took.
public struct PlanResult: Sendable, Equatable {
    /// What was found.
    public var outcome: PlanOutcome
    /// Cells expanded (taken from the open set and settled) by this call.
    public var cellsExpanded: Int

    /// An outcome and its work.
    public init(outcome: PlanOutcome, cellsExpanded: Int) {
        self.outcome = outcome
        self.cellsExpanded = cellsExpanded
    }
}
