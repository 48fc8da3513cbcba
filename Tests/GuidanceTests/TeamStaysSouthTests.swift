import Border
import Guidance
import GuidepostCore
import Testing
import TestSupport

/// A ROK guidance team never plans north of the MDL's southern candidate line (issue 19): on
/// the standard whole border, seeded random people (many of them still north of the line, in the
/// band or beyond it), team posts and reception points; every point of the team's route and of
/// the escorted rest of the person's route must lie south of the line.
@Suite struct TeamStaysSouthTests {
    /// The whole standard border (shipped MDL), built once per test.
    static func border() throws -> BorderModel { try BorderModel(seed: 1) }

    /// One seeded case: a person at d ∈ [−150, 500] m (north of the southern line in most
    /// cases), the team's post 100–1,200 m south of the nominal line within ±700 m along it, the
    /// reception point 1,500 m south; nil when a point falls in water or off the window.
    static func request(_ border: BorderModel, rng: inout SeededGenerator) throws -> GuidePlanner.Request? {
        let line = border.band.line
        let s = 10_000 + rng.uniform() * (line.length - 20_000)
        let person = line.point(AlongBorderCoordinate(s: s, d: -150 + 650 * rng.uniform()))
        let post = line.point(AlongBorderCoordinate(s: s + 1400 * (rng.uniform() - 0.5), d: -100 - 1100 * rng.uniform()))
        let reception = line.point(AlongBorderCoordinate(s: s + 1000 * (rng.uniform() - 0.5), d: -1500))
        let window = try RasterWindow(box: PlanarBox(around: [person, post, reception]).expanded(by: 300), cellSize: 20)
        return GuidePlanner.Request(
            border: border, window: window, person: CostModel(light: .night), start: person, goal: reception, teamPost: post)
    }

    /// Points of `result`'s team route and escorted person route north of the southern line
    /// (on or beyond it), with what they belong to.
    static func northernPoints(_ result: GuidePlanner.Result, band: DemarcationBand) -> [String] {
        let team = result.rendezvous.teamRoute.map(result.teamSurface.centre(of:))
        let escorted = result.personRoute[result.rendezvous.meetingIndex...].map(result.personSurface.centre(of:))
        var out: [String] = []
        for (k, p) in team.enumerated() where !band.isSouthOfBand(p) { out.append("team route point \(k) at \(p)") }
        for (k, p) in escorted.enumerated() where !band.isSouthOfBand(p) { out.append("escorted route point \(k) at \(p)") }
        return out
    }

    /// The planner as it was before issue 19, on the same request: the team's surface left open
    /// north of the line (the person's route and the meeting point chosen the same way). Returns
    /// the team's route and the escorted route as points, nil when it cannot plan.
    static func openPlan(_ request: GuidePlanner.Request) -> [Point]? {
        let raster = request.border.rasterise(request.window)
        let exposure = ExposureMap(model: request.border, raster: raster, weaponRange: request.person.weaponRange)
        let person = CostSurface(raster: raster, exposure: exposure, model: request.person)
        let team = CostSurface(raster: raster, exposure: exposure, model: request.team)
        guard let s = person.nearestPassableCell(to: request.start, within: GuidePlanner.snapRadius),
            let g = person.nearestPassableCell(to: request.goal, within: GuidePlanner.snapRadius),
            let p = team.nearestPassableCell(to: request.teamPost, within: GuidePlanner.snapRadius)
        else { return nil }
        let problem = PlanningProblem(grid: person.grid, cellMetres: request.window.cellSize, start: s, goal: g)
        guard let path = AStarPlanner().plan(problem, budget: .unlimited).outcome.path,
            let meet = Rendezvous(personRoute: path.cells, person: person, team: team, post: p)
        else { return nil }
        return meet.teamRoute.map(team.centre(of:)) + path.cells[meet.meetingIndex...].map(person.centre(of:))
    }

    @Test func noTeamRouteOnSeededRandomStartsLiesNorthOfTheLine() throws {
        let border = try Self.border()
        var planned = 0, personNorth = 0, violatedBefore = 0
        try withEverySeed(0..<40) { seed, rng in
            guard let request = try Self.request(border, rng: &rng), let result = try? GuidePlanner.plan(request) else { return }
            planned += 1
            if !border.band.isSouthOfBand(request.start) { personNorth += 1 }
            let north = Self.northernPoints(result, band: border.band)
            #expect(north.isEmpty, "seed \(seed): \(north.count) points north of the line, first \(north.prefix(3))")
            if let before = Self.openPlan(request), before.contains(where: { !border.band.isSouthOfBand($0) }) { violatedBefore += 1 }
        }
        // The property was tried, on people the team must wait for south of the line, and the
        // same cases break it with the team's surface left open (the planner before issue 19).
        #expect(planned >= 25, "only \(planned) of 40 seeded cases could be planned")
        #expect(personNorth >= 10, "only \(personNorth) planned cases had the person north of the line")
        #expect(violatedBefore >= 5, "only \(violatedBefore) cases crossed the line with the team's surface open")
    }

    @Test func aTeamPostNorthOfTheLineIsPlannedFromTheNearestPointSouth() throws {
        let border = try Self.border()
        let line = border.band.line
        var tried = 0
        try withEverySeed(100..<112) { seed, rng in
            guard var request = try Self.request(border, rng: &rng) else { return }
            // The team reports itself 400 m north of the nominal line (a wrong report, or a team astray).
            let c = line.alongBorder(request.teamPost)
            request.teamPost = line.point(AlongBorderCoordinate(s: c.s, d: 400))
            request.window = try RasterWindow(
                box: PlanarBox(around: [request.start, request.goal, request.teamPost]).expanded(by: 300), cellSize: 20)
            guard let result = try? GuidePlanner.plan(request) else { return }
            tried += 1
            #expect(result.teamPostNorthOfLine, "seed \(seed)")
            let north = Self.northernPoints(result, band: border.band)
            #expect(north.isEmpty, "seed \(seed): \(north.prefix(3))")
            // It starts where the post's along-border position meets the line's south side.
            let start = result.teamSurface.centre(of: result.teamPost)
            let expected = border.band.nearestPointSouth(of: request.teamPost)
            #expect(start.distance(to: expected) <= GuidePlanner.snapRadius, "seed \(seed): starts \(start.distance(to: expected)) m away")
        }
        #expect(tried >= 6)
    }

    @Test func aPostSouthOfTheLineIsNotFlagged() throws {
        let border = try Self.border()
        var rng = SeededGenerator(seed: 7)
        for _ in 0..<10 {
            guard let request = try Self.request(border, rng: &rng), let result = try? GuidePlanner.plan(request) else { continue }
            #expect(!result.teamPostNorthOfLine)
            #expect(border.band.nearestPointSouth(of: request.teamPost) == request.teamPost)
            return
        }
        Issue.record("no seeded case could be planned")
    }

    /// The closed cells against the definition cell by cell (the closure skips cells far from the
    /// line without projecting them: this is its oracle), on windows across the line, beside it,
    /// and far to either side, along the whole border.
    @Test func closedCellsAreExactlyThoseNotSouthOfTheLine() throws {
        let border = try Self.border()
        let line = border.band.line
        try withEverySeed(0..<16) { seed, rng in
            let s = 2000 + rng.uniform() * (line.length - 4000)
            let centre = line.point(AlongBorderCoordinate(s: s, d: 3000 * (rng.uniform() - 0.5)))
            let half = 200 + 1200 * rng.uniform()
            let window = try RasterWindow(
                box: PlanarBox(minX: centre.x - half, minY: centre.y - half, maxX: centre.x + half, maxY: centre.y + half),
                cellSize: [10.0, 20, 35][Int(seed % 3)])
            let raster = border.rasterise(window)
            let open = CostSurface(raster: raster, exposure: ExposureMap(unexposed: window), model: CostModel())
            var closed = open
            closed.closeNorth(of: border.band)
            var wrong: [String] = []
            for r in 0..<window.rows {
                for c in 0..<window.columns {
                    let cell = GridCell(row: r, col: c)
                    let south = border.band.isSouthOfBand(window.centre(row: r, column: c))
                    let expected = south ? open.grid[cell] : .infinity
                    if closed.grid[cell] != expected { wrong.append("(\(r), \(c)) south: \(south)") }
                    if !south, closed.secondsPerMetre[r * window.columns + c] != .infinity { wrong.append("τ at (\(r), \(c))") }
                }
            }
            #expect(wrong.isEmpty, "seed \(seed): \(wrong.count) cells wrong, first \(wrong.prefix(3))")
        }
    }

    /// The meeting point is after the last cell of the person's route the team may not enter:
    /// the team walks the rest of the route with the person (a straight test border, the person
    /// walking south from 300 m north of it, the team's post beside the route's start).
    @Test func theTeamNeitherMeetsNorEscortsNorthOfTheLine() throws {
        let world = try BorderFixtures.world()
        let window = try BorderFixtures.window(4800, -1200, 5400, 400, cell: 10)
        let raster = world.rasterise(window)
        let person = CostSurface(raster: raster, exposure: ExposureMap(unexposed: window), model: CostModel())
        var team = person
        team.closeNorth(of: world.band)
        let route = try #require(BorderFixtures.route(person, from: Point(x: 5000, y: 300), to: Point(x: 5000, y: -1100)))
        let post = try #require(team.nearestPassableCell(to: Point(x: 5100, y: 200), within: 1000))
        #expect(world.band.isSouthOfBand(team.centre(of: post)))
        let meet = try #require(Rendezvous(personRoute: route.cells, person: person, team: team, post: post))
        for cell in route.cells[meet.meetingIndex...] { #expect(world.band.isSouthOfBand(person.centre(of: cell))) }
        for cell in meet.teamRoute { #expect(world.band.isSouthOfBand(team.centre(of: cell))) }
        // Without the closure the same team would have met the person north of the line.
        let open = try #require(Rendezvous(personRoute: route.cells, person: person, team: person, post: post))
        #expect(!world.band.isSouthOfBand(person.centre(of: open.meeting)))
    }
}
