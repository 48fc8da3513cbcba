import Border

/// Where the ROK guidance team should meet the person, and both routes.
///
/// Candidates are the cells of the person's best route from where they stand to the reception
/// point (domain.md §0.6: the team walks in and guides the person out). For candidate `m`:
///
///     J(m) = C_p(start → m) + C_t(post → m)
///
/// with `C_p` the person's risk-weighted cost along their route (``CostModel``) and `C_t` the
/// team's risk-weighted cost on its own surface: the team knows the cleared lanes and probes
/// for mines, so its model usually has a smaller step footprint, and by keeping its own risk in
/// the sum the team is never sent through a minefield to save the person a few seconds. The
/// meeting point is `argmin J` (the first along the route on ties), and the team's route is
/// the optimal route from its post to it.
///
/// The team then walks the rest of the person's route with them, so a candidate is taken only
/// when every cell from it to the reception point is passable on the team's surface: where that
/// surface is closed (north of the MDL's southern candidate line, ``CostSurface/closeNorth(of:)``)
/// the team neither meets nor escorts the person (issue 19).
/// - Complexity: one Dijkstra over the team's grid plus O(route length).
public struct Rendezvous: Sendable {
    /// The meeting cell.
    public var meeting: GridCell
    /// Index of the meeting cell in ``personRoute``.
    public var meetingIndex: Int
    /// The person's route from their position to the reception point (cells).
    public var personRoute: [GridCell]
    /// The team's route from its post to the meeting cell.
    public var teamRoute: [GridCell]
    /// `C_p(start → meeting)`.
    public var personCost: Double
    /// `C_t(post → meeting)`.
    public var teamCost: Double
    /// `J` at the meeting point.
    public var score: Double { personCost + teamCost }

    /// The best meeting point on `personRoute` (optimal on `person`'s grid) for a team leaving
    /// `post` across `team`'s grid; nil when the team cannot reach any cell of the route.
    /// - Precondition: both surfaces share a window; `personRoute` is a legal route on `person`.
    public init?(personRoute: [GridCell], person: CostSurface, team: CostSurface, post: GridCell) {
        precondition(person.window == team.window, "person and team surfaces cover different windows")
        guard !personRoute.isEmpty else { return nil }
        let field = CostField(grid: team.grid, cellMetres: team.window.cellSize, from: post)
        let rule = EdgeRule(cellMetres: person.window.cellSize)
        var prefix = 0.0
        var best: (index: Int, cp: Double, ct: Double)?
        // The first candidate from which the team can walk the rest of the route with the person.
        let firstEscortable = (personRoute.lastIndex { !team.grid.isPassable($0) } ?? -1) + 1
        for (k, cell) in personRoute.enumerated() {
            if k > 0, let w = rule.stepCost(from: personRoute[k - 1], to: cell, in: person.grid) { prefix += w }
            guard k >= firstEscortable else { continue }
            let ct = field[cell]
            guard ct < .infinity else { continue }
            if let b = best, prefix + ct >= b.cp + b.ct { continue }
            best = (k, prefix, ct)
        }
        guard let best, let route = field.route(to: personRoute[best.index]) else { return nil }
        meeting = personRoute[best.index]
        meetingIndex = best.index
        self.personRoute = personRoute
        teamRoute = route
        personCost = best.cp
        teamCost = best.ct
    }
}
