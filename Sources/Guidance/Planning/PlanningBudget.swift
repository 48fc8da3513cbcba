/// How much work a planner may do before it gives up with ``PlanOutcome/budgetExhausted(best:)``
/// (OMPL's termination condition, STYLE.md §5 O4 and §6.4 rule 7).
///
/// The planners read no clock: a time limit is the caller's `shouldStop` closure (the CLI passes
/// one that reads its clock). Both limits, and task cancellation, are checked every
/// ``checkInterval`` expansions, so checking costs nothing measurable.
public struct PlanningBudget: Sendable {
    /// Most cells a search may expand; nil for no limit.
    public var maxExpansions: Int?
    /// Asked every ``checkInterval`` expansions; returning true stops the search.
    public var shouldStop: (@Sendable () -> Bool)?

    /// Expansions between two checks of `shouldStop` and of `Task.isCancelled`.
    public static let checkInterval = 4096

    /// A budget of at most `maxExpansions` expansions and until `shouldStop` says so.
    public init(maxExpansions: Int? = nil, shouldStop: (@Sendable () -> Bool)? = nil) {
        self.maxExpansions = maxExpansions
        self.shouldStop = shouldStop
    }

    /// No limit but cancellation.
    public static let unlimited = PlanningBudget()

    /// Whether a search that has expanded `expanded` cells must stop now.
    @inline(__always)
    func isExhausted(after expanded: Int) -> Bool {
        if let maxExpansions, expanded >= maxExpansions { return true }
        guard expanded % Self.checkInterval == 0 else { return false }
        if Task.isCancelled { return true }
        return shouldStop?() ?? false
    }
}
