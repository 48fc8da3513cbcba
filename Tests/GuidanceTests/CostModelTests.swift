import Border
import Foundation
import Guidance
import GuidepostCore
import Testing
import TestSupport

/// The cost model on hand-made border windows: units, corridor preference, fences, the
/// risk-versus-time weighting, and the report's pieces against the planner's cost.
struct CostModelTests {
    /// Oracle values worked from the documented formula.
    @Test func unitsFollowTheDocumentedFormula() throws {
        let m = CostModel()
        #expect(m.secondsPerMetre(passability: 1, slope: 0, onPath: true) == 1 / 1.2)
        #expect(abs(m.secondsPerMetre(passability: 1, slope: 0, onPath: false) - 1 / (1.2 * 0.8)) < 1e-12)
        #expect(abs(m.secondsPerMetre(passability: 0.5, slope: 0.2, onPath: true) - exp(0.7) / 0.6) < 1e-12)
        #expect(m.secondsPerMetre(passability: 0, slope: 0, onPath: true) == .infinity)
        let night = CostModel(light: .night)
        #expect(abs(night.secondsPerMetre(passability: 1, slope: 0, onPath: true) - 1 / (1.2 * 0.7)) < 1e-12)
        // −log(1 − p) with p = 1 − e^(−a·δ): 0.05 m²/m × 0.004 mines/m².
        #expect(abs(m.mineHazardPerMetre(density: 0.004, inStreamBed: false) - 2e-4) < 1e-18)
        #expect(abs(m.mineHazardPerMetre(density: 0.004, inStreamBed: true) - 2e-5) < 1e-18)
        #expect(m.exposureWeight == 3.6e5 * 5e-5)
        #expect(abs(night.exposureWeight - 3.6e5 * 5e-5 * 0.3) < 1e-12)
        #expect(m.cost(seconds: 2, hazard: 1e-4, exposed: 2) == 2 + 36 + 36)
    }

    /// A bare flat cell off any path costs τ = 1/(v₀·O); one on a lane 1/v₀; a mined cell adds λ·a·δ.
    @Test func surfaceCellsMatchTheFormula() throws {
        let world = try BorderFixtures.world(
            minefields: [BorderFixtures.minefield("f", BorderFixtures.box(5000, -1000, 5500, -500), density: 0.002)],
            corridors: [BorderFixtures.lane("lane", "test lane", [Point(x: 5700, y: -400), Point(x: 5700, y: -1100)])])
        let surface = BorderFixtures.surface(world, try BorderFixtures.window(4900, -1100, 5900, -400))
        let mined = try #require(surface.cell(containing: Point(x: 5250, y: -750)))
        let bare = try #require(surface.cell(containing: Point(x: 5600, y: -750)))
        let lane = try #require(surface.cell(containing: Point(x: 5705, y: -750)))
        let tOff = 1 / (1.2 * 0.8)
        #expect(abs(surface.grid[bare] - tOff) < 1e-9)
        // The raster keeps densities as Float.
        #expect(abs(surface.grid[mined] - (tOff + 3.6e5 * 0.05 * Double(Float(0.002)))) < 1e-9)
        #expect(abs(surface.grid[lane] - 1 / 1.2) < 1e-9)
    }

    /// domain.md §0.3: a cleared lane round a minefield beats the straight line across it.
    @Test func corridorThroughMinefieldIsPreferred() throws {
        let lane = [Point(x: 5100, y: -600), Point(x: 5600, y: -600), Point(x: 5600, y: -1400), Point(x: 5100, y: -1400)]
        let world = try BorderFixtures.world(
            minefields: [BorderFixtures.minefield("f", BorderFixtures.box(4800, -1600, 5900, -400), density: 0.005)],
            corridors: [BorderFixtures.lane("lane", "test lane", lane)])
        let surface = BorderFixtures.surface(world, try BorderFixtures.window(4900, -1500, 5800, -500))
        let route = try #require(BorderFixtures.route(surface, from: lane[0], to: lane[3]))
        let report = RouteReport(cells: route.cells, on: surface)
        // The straight line south: 800 m at 0.05 × 0.005 per metre.
        let s = try #require(surface.cell(containing: lane[0])), g = try #require(surface.cell(containing: lane[3]))
        let straight = (s.row...g.row).map { GridCell(row: $0, col: s.col) }
        let direct = RouteReport(cells: straight, on: surface)
        #expect(direct.mineHazard > 0.19)
        #expect(report.length > 1700, "the route walks the lane: \(report.length) m")
        #expect(report.mineHazard < direct.mineHazard / 20)
        #expect(report.weightedCost < direct.weightedCost)
        let onLane = route.cells.filter { surface.hazardPerMetre[$0.row * surface.window.columns + $0.col] == 0 }.count
        #expect(Double(onLane) / Double(route.cells.count) > 0.95)
    }

    /// A fence is crossed only at its gate; without the gate there is no route.
    @Test func fenceIsCrossedOnlyAtAGate() throws {
        let gate = Gate(id: "gate-test", kind: .gate, position: Point(x: 5750, y: -1000), radius: 6)
        let fenceLine = PlanarPolyline([Point(x: 4000, y: -1000), Point(x: 7000, y: -1000)])
        let window = try BorderFixtures.window(4900, -1500, 5900, -500)
        for withGate in [true, false] {
            let fence = Fence(id: "test-fence", kind: .rokGOP, line: fenceLine, gates: withGate ? [gate] : [])
            let world = try BorderFixtures.world(fences: [fence])
            let surface = BorderFixtures.surface(world, window)
            let route = BorderFixtures.route(surface, from: Point(x: 5100, y: -600), to: Point(x: 5100, y: -1400))
            guard withGate else {
                #expect(route == nil)
                continue
            }
            let cells = try #require(route).cells
            let fp = BorderModel.footprint(cellSize: 10)
            var crossed = false
            for cell in cells {
                let flags = world.sample(at: surface.centre(of: cell), footprint: fp).flags
                if flags.contains(.fence) {
                    #expect(flags.contains(.gate), "cell \(cell) is on the fence away from the gate")
                    crossed = true
                }
            }
            #expect(crossed)
        }
    }

    /// Raising λ never increases the route's hazard and never shortens its time (for optimal
    /// routes: (λ₂ − λ₁)(H₂ − H₁) ≤ 0). The report's pieces add up to the planner's cost.
    @Test func raisingTheWeightNeverRaisesMineRisk() throws {
        let window = try BorderFixtures.window(5000, -900, 5500, -400)
        var strictlyLower = 0  // seeds where the weighting changed the route's hazard at all
        try withEverySeed(0..<12) { seed, rng in
            var fields: [Minefield] = []
            for k in 0..<4 {
                let x = 5000 + rng.uniform() * 400, y = -900 + rng.uniform() * 400
                let w = 60 + rng.uniform() * 200, h = 60 + rng.uniform() * 200
                fields.append(BorderFixtures.minefield("f\(k)", BorderFixtures.box(x, y, x + w, y + h), density: 0.0005 + 0.01 * rng.uniform()))
            }
            let lane = BorderFixtures.lane(
                "lane", "lane", [Point(x: 5000 + rng.uniform() * 500, y: -400), Point(x: 5000 + rng.uniform() * 500, y: -900)])
            let patch = TerrainPatch(area: BorderFixtures.box(5100, -800, 5300, -600), vegetation: rng.uniform())
            let world = try BorderFixtures.world(minefields: fields, corridors: [lane], patches: [patch])
            let raster = world.rasterise(window)
            let a = Point(x: 5005 + rng.uniform() * 490, y: -405 - rng.uniform() * 40)
            let b = Point(x: 5005 + rng.uniform() * 490, y: -895 + rng.uniform() * 40)
            var previous: RouteReport?
            var first: RouteReport?
            for lambda in [0.0, 1e3, 1e4, 1e5, 1e6, 1e7] {
                let surface = CostSurface(raster: raster, exposure: ExposureMap(unexposed: window), model: CostModel(light: .day, riskWeight: lambda))
                let path = try #require(BorderFixtures.route(surface, from: a, to: b), "seed \(seed)")
                let report = RouteReport(cells: path.cells, on: surface)
                #expect(abs(report.weightedCost - path.cost) <= 1e-9 * path.cost, "seed \(seed) λ \(lambda)")
                if let p = previous {
                    #expect(report.mineHazard <= p.mineHazard * (1 + 1e-9) + 1e-15, "seed \(seed) λ \(lambda): \(report.mineHazard) > \(p.mineHazard)")
                    #expect(report.time >= p.time * (1 - 1e-9), "seed \(seed) λ \(lambda)")
                }
                previous = report
                if first == nil { first = report }
            }
            if let f = first, let l = previous, l.mineHazard < f.mineHazard * 0.9 { strictlyLower += 1 }
        }
        #expect(strictlyLower >= 6, "the weighting changed the hazard on only \(strictlyLower) of 12 seeds")
    }

    /// With a KPA party in view the exposure term appears in the report and still adds up.
    @Test func exposurePiecesAddUp() throws {
        let world = try BorderFixtures.world(
            minefields: [BorderFixtures.minefield("f", BorderFixtures.box(5000, -900, 5500, -400), density: 0.001)])
        var surface = BorderFixtures.surface(world, try BorderFixtures.window(5000, -900, 5500, -400))
        let changed = surface.expose(around: Point(x: 5250, y: -650), radius: 120)
        #expect(changed.count > 400)
        let path = try #require(BorderFixtures.route(surface, from: Point(x: 5250, y: -410), to: Point(x: 5250, y: -890)))
        let report = RouteReport(cells: path.cells, on: surface)
        #expect(abs(report.weightedCost - path.cost) <= 1e-9 * path.cost)
        // Walking round a 240 m disc in view costs less than 240 m × λhE·τ, so the route avoids it.
        #expect(report.exposure == 0)
        #expect(report.length > 490)
    }
}
