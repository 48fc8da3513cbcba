public import Border
public import GuidepostCore

/// The whole guidance answer for one person on the border: price the window, plan the
/// person's route to the reception point, choose where the team meets them, plan the team's
/// route, and tell both routes as instructions (issue 5; DESIGN.md "Guidance").
public enum GuidePlanner {
    /// What to plan.
    public struct Request: Sendable {
        /// The border (with a scenario's overrides).
        public var border: BorderModel
        /// The window to price; it must hold the three points below.
        public var window: RasterWindow
        /// The person's cost model (light, λ).
        public var person: CostModel
        /// The team's: the same light and λ, with a smaller step footprint (it probes ahead).
        public var team: CostModel
        /// Where the person is, the reception point, and the team's post (EPSG:5179 metres).
        public var start: Point, goal: Point, teamPost: Point
        /// How the last instruction names the reception point.
        public var destinationName = "the reception point"

        /// A request; the team's model is the person's with ``teamFootprintFactor`` on the footprint.
        public init(border: BorderModel, window: RasterWindow, person: CostModel, start: Point, goal: Point, teamPost: Point) {
            self.border = border
            self.window = window
            self.person = person
            var t = person
            t.stepFootprint *= GuidePlanner.teamFootprintFactor
            team = t
            self.start = start
            self.goal = goal
            self.teamPost = teamPost
        }
    }

    /// The team's mine footprint relative to the person's: a trained team walks in file behind a
    /// man with a detector and prodder (an assumption: 0.2).
    public static let teamFootprintFactor = 0.2
    /// How far from a requested point a passable cell may be taken instead, metres.
    public static let snapRadius = 250.0

    /// The planned guidance.
    public struct Result: Sendable {
        /// The window priced for the person and for the team.
        public var personSurface: CostSurface, teamSurface: CostSurface
        /// Where KPA posts see and can fire.
        public var exposure: ExposureMap
        /// The cells the request's points snapped to.
        public var start: GridCell, goal: GridCell, teamPost: GridCell
        /// The person's optimal route, start to reception point, with its report and instructions.
        public var personRoute: [GridCell]
        public var personReport: RouteReport
        public var personInstructions: RouteInstructions
        /// Cells A* expanded for the person's route.
        public var cellsExpanded: Int
        /// Where the team meets the person, and the team's route there, with its report and instructions.
        public var rendezvous: Rendezvous
        public var teamReport: RouteReport
        public var teamInstructions: RouteInstructions
        /// True when the team's post (or the position it reported) lies north of the MDL's
        /// southern candidate line: the team's route starts from the nearest point south of it
        /// instead (`DemarcationBand.nearestPointSouth(of:)`), and the caller should say so —
        /// either the report is wrong or the team is where it must not be.
        public var teamPostNorthOfLine: Bool
    }

    /// Why guidance could not be planned; each says what to do.
    public enum Failure: Error, Equatable, CustomStringConvertible {
        /// A point has no passable cell within ``snapRadius`` inside the window.
        case noPassableCell(what: String)
        /// The planner found no route (its outcome's name).
        case noRoute(String)
        /// The team cannot reach any point of the person's route.
        case teamCannotReach

        public var description: String {
            switch self {
            case .noPassableCell(let what):
                "the \(what) has no passable ground within \(Int(GuidePlanner.snapRadius)) m inside the window (deep water or a fence?); move it or widen the window"
            case .noRoute(let outcome): "no route from the person to the reception point (\(outcome)); choose another reception point with --to"
            case .teamCannotReach: "the guidance team cannot reach the person's route from its post; choose another post or widen the window"
            }
        }
    }

    /// The stages, named for timing: `rasterise`, `exposure`, `price`, `plan`, `rendezvous`, `instructions`.
    /// - Complexity: one raster, one viewshed per KPA post in reach, one A*, one Dijkstra.
    public static func plan(_ request: Request, stage: (String) -> Void = { _ in }) throws(Failure) -> Result {
        let raster = request.border.rasterise(request.window)
        stage("rasterise")
        let exposure = ExposureMap(model: request.border, raster: raster, weaponRange: request.person.weaponRange)
        stage("exposure")
        let person = CostSurface(raster: raster, exposure: exposure, model: request.person)
        // A ROK team never plans north of the MDL's southern candidate line (issue 19); a post
        // reported north of it is planned from the nearest point south (`teamPostNorthOfLine`).
        var team = CostSurface(raster: raster, exposure: exposure, model: request.team)
        team.closeNorth(of: request.border.band)
        let band = request.border.band
        let teamPostNorth = !band.isSouthOfBand(request.teamPost)
        stage("price")
        guard var s = person.nearestPassableCell(to: request.start, within: snapRadius) else { throw .noPassableCell(what: "start") }
        guard let g = person.nearestPassableCell(to: request.goal, within: snapRadius) else { throw .noPassableCell(what: "reception point") }
        guard let p = team.nearestPassableCell(to: band.nearestPointSouth(of: request.teamPost), within: snapRadius) else { throw .noPassableCell(what: "team's post") }
        var problem = PlanningProblem(grid: person.grid, cellMetres: request.window.cellSize, start: s, goal: g)
        var result = AStarPlanner().plan(problem, budget: .unlimited)
        if result.outcome.path == nil {
            // The nearest dry cell may lie on the wrong bank of a river (a person in the water):
            // take the nearest cell within reach from which the reception point can be reached.
            let field = CostField(grid: person.grid, cellMetres: request.window.cellSize, from: g)
            if let reachable = person.nearestPassableCell(to: request.start, within: snapRadius, accepting: { field[$0] < .infinity }) {
                s = reachable
                problem = PlanningProblem(grid: person.grid, cellMetres: request.window.cellSize, start: s, goal: g)
                result = AStarPlanner().plan(problem, budget: .unlimited)
            }
        }
        guard let path = result.outcome.path else { throw .noRoute(result.outcome.name) }
        stage("plan")
        guard let meet = Rendezvous(personRoute: path.cells, person: person, team: team, post: p) else { throw .teamCannotReach }
        stage("rendezvous")
        let out = Result(
            personSurface: person, teamSurface: team, exposure: exposure, start: s, goal: g, teamPost: p,
            personRoute: path.cells, personReport: RouteReport(cells: path.cells, on: person),
            personInstructions: RouteInstructions(
                cells: path.cells, surface: person, model: request.border, destination: request.destinationName),
            cellsExpanded: result.cellsExpanded, rendezvous: meet,
            teamReport: RouteReport(cells: meet.teamRoute, on: team),
            teamInstructions: RouteInstructions(
                cells: meet.teamRoute, surface: team, model: request.border, destination: "the meeting point"),
            teamPostNorthOfLine: teamPostNorth)
        stage("instructions")
        return out
    }
}
