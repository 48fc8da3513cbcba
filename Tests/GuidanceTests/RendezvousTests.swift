import Border
import Guidance
import GuidepostCore
import Testing
import TestSupport

/// The meeting point against brute force: every candidate on the person's route, each with its
/// own A* from the team's post.
struct RendezvousTests {
    @Test func meetingPointMatchesBruteForce() throws {
        let window = try BorderFixtures.window(5000, -800, 5300, -500)
        try withEverySeed(0..<8) { seed, rng in
            var fields: [Minefield] = []
            for k in 0..<3 {
                let x = 5000 + rng.uniform() * 250, y = -800 + rng.uniform() * 250
                fields.append(BorderFixtures.minefield("f\(k)", BorderFixtures.box(x, y, x + 40 + rng.uniform() * 120, y + 40 + rng.uniform() * 120), density: 0.01 * rng.uniform()))
            }
            let lane = BorderFixtures.lane("lane", "lane", [Point(x: 5000 + rng.uniform() * 300, y: -500), Point(x: 5000 + rng.uniform() * 300, y: -800)])
            let world = try BorderFixtures.world(minefields: fields, corridors: [lane])
            let raster = world.rasterise(window)
            let person = CostSurface(raster: raster, exposure: ExposureMap(unexposed: window), model: CostModel())
            var teamModel = CostModel()
            teamModel.stepFootprint *= 0.2
            let team = CostSurface(raster: raster, exposure: ExposureMap(unexposed: window), model: teamModel)
            let route = try #require(BorderFixtures.route(person, from: Point(x: 5005 + rng.uniform() * 290, y: -505), to: Point(x: 5005 + rng.uniform() * 290, y: -795)))
            let post = try #require(team.cell(containing: Point(x: 5005 + rng.uniform() * 290, y: -795 + rng.uniform() * 100)))
            let meet = try #require(Rendezvous(personRoute: route.cells, person: person, team: team, post: post), "seed \(seed)")

            let rule = EdgeRule(cellMetres: 10)
            var best = Double.infinity
            for k in route.cells.indices {
                let cp = try #require(rule.pathCost(Array(route.cells[...k]), in: person.grid))
                let problem = PlanningProblem(grid: team.grid, cellMetres: 10, start: post, goal: route.cells[k])
                guard let ct = AStarPlanner().plan(problem, budget: .unlimited).outcome.path?.cost else { continue }
                best = min(best, cp + ct)
            }
            #expect(abs(meet.score - best) <= 1e-9 * best, "seed \(seed): \(meet.score) vs brute force \(best)")
            // The team's route is legal, joins the post to the meeting cell, and costs what was scored.
            #expect(meet.teamRoute.first == post && meet.teamRoute.last == meet.meeting)
            let teamCost = try #require(rule.pathCost(meet.teamRoute, in: team.grid))
            #expect(abs(teamCost - meet.teamCost) <= 1e-9 * max(1, teamCost))
            #expect(route.cells[meet.meetingIndex] == meet.meeting)
        }
    }

    /// A team that cannot reach the route gets no rendezvous.
    @Test func unreachableTeamGivesNil() throws {
        let window = try BorderFixtures.window(5000, -800, 5300, -500)
        let wall = Fence(id: "wall", kind: .advance, line: PlanarPolyline([Point(x: 4000, y: -700), Point(x: 6000, y: -700)]))
        let world = try BorderFixtures.world(fences: [wall])
        let surface = BorderFixtures.surface(world, window)
        let route = try #require(BorderFixtures.route(surface, from: Point(x: 5050, y: -550), to: Point(x: 5250, y: -600)))
        let post = try #require(surface.cell(containing: Point(x: 5150, y: -790)))
        #expect(Rendezvous(personRoute: route.cells, person: surface, team: surface, post: post) == nil)
    }
}
