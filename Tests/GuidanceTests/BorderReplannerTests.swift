import Border
import Guidance
import GuidepostCore
import Testing
import TestSupport

/// Re-planning on the border equals planning from scratch after deviations and search parties.
struct BorderReplannerTests {
    @Test func replanEqualsPlanningFromScratch() throws {
        let window = try BorderFixtures.window(5000, -900, 5400, -500)
        try withEverySeed(0..<6) { seed, rng in
            let lane = BorderFixtures.lane("lane", "lane", [Point(x: 5000 + rng.uniform() * 400, y: -500), Point(x: 5000 + rng.uniform() * 400, y: -900)])
            let world = try BorderFixtures.world(
                minefields: [BorderFixtures.minefield("f", BorderFixtures.box(5000, -900, 5400, -500), density: 0.001 + 0.004 * rng.uniform())],
                corridors: [lane])
            let surface = BorderFixtures.surface(world, window)
            let start = try #require(surface.cell(containing: Point(x: 5005 + rng.uniform() * 390, y: -505)))
            let goal = try #require(surface.cell(containing: Point(x: 5005 + rng.uniform() * 390, y: -895)))
            var replanner = BorderReplanner(surface: surface, start: start, goal: goal)
            var route = try #require(replanner.replan().outcome.path, "seed \(seed)")
            for event in 0..<6 {
                if event % 2 == 0 {
                    let p = Point(x: 5005 + rng.uniform() * 390, y: -505 - rng.uniform() * 390)
                    let moved = replanner.personMoved(to: p)
                    #expect(moved)
                } else {
                    let mid = replanner.surface.centre(of: route.cells[route.cells.count / 2])
                    let changed = replanner.searchParty(at: mid, radius: 40 + 60 * rng.uniform())
                    #expect(changed > 0)
                }
                route = try #require(replanner.replan().outcome.path, "seed \(seed) event \(event)")
                #expect(replanner.problem.grid == replanner.surface.grid)
                let fresh = try #require(AStarPlanner().plan(replanner.problem, budget: .unlimited).outcome.path)
                #expect(abs(route.cost - fresh.cost) <= 1e-9 * fresh.cost, "seed \(seed) event \(event)")
                let report = RouteReport(cells: route.cells, on: replanner.surface)
                #expect(abs(report.weightedCost - route.cost) <= 1e-9 * route.cost)
            }
            let outside = replanner.personMoved(to: Point(x: 0, y: 0))
            #expect(!outside)
        }
    }
}
