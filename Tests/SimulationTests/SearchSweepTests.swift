import GuidepostCore
import Simulation
import Testing

/// `SearchSweep`'s hasty search: the roads through the centre first (south first), then the spiral.
@Suite struct SearchSweepTests {
    /// A road running north–south through the centre (s = 0), from d = +1500 to d = −3000,
    /// sampled every 100 m; another road 5 km east that does not pass the centre.
    static let road = stride(from: 1500.0, through: -3000, by: -100).map { Point(x: 0, y: $0) }
    static let farRoad = [Point(x: 5000, y: 0), Point(x: 5000, y: -3000)]

    @Test func hastyPathWalksTheRoadSouthFirstThenNorthAndReturns() {
        let centre = Point(x: 10, y: 0)
        let path = SearchSweep.hastyPath(centre: centre, roads: [Self.farRoad, Self.road], radius: 1000, width: 100)
        let south = path.map(\.y).min() ?? 0
        let north = path.map(\.y).max() ?? 0
        #expect(abs(south + 1000) < 1e-9)
        #expect(abs(north - 1000) < 1e-9)
        // South end reached before the north end; the path ends at the road's foot by the centre.
        let iSouth = path.firstIndex { abs($0.y + 1000) < 1e-9 } ?? -1
        let iNorth = path.firstIndex { abs($0.y - 1000) < 1e-9 } ?? -1
        #expect(iSouth >= 0 && iSouth < iNorth)
        #expect(path.last == Point(x: 0, y: 0))
        #expect(path.allSatisfy { $0.x == 0 })  // nothing from the far road
        // A road more than `width` from the centre is not walked.
        #expect(SearchSweep.hastyPath(centre: Point(x: 200, y: 0), roads: [Self.road], radius: 1000, width: 100).isEmpty)
    }

    /// A person lying by the road 905 m south of the centre is passed after about 905 / v seconds
    /// (oracle: 10 m off the centre to the road, then 905 m at 0.5 m/s), long before the spiral
    /// alone would reach that radius (π r² / (w v) ≈ 51,000 s).
    @Test func theLinePassesAPersonByTheRoadAfterDistanceOverSpeed() throws {
        let centre = Point(x: 10, y: 0)
        let sweep = SearchSweep(
            centre: centre, width: 100, speed: 0.5, radius: 2000, start: 100,
            hasty: SearchSweep.hastyPath(centre: centre, roads: [Self.road], radius: 2000, width: 100))
        let person = Point(x: 30, y: -905)
        let passed = try #require(stride(from: 100.0, through: 20_000, by: 1).first { sweep.position(at: $0).distance(to: person) <= 50 })
        let reachAlong: Double = (50.0 * 50.0 - 30.0 * 30.0).squareRoot()  // 40 m before level with him
        let walked: Double = 10 + 905 - reachAlong
        let oracle: Double = 100 + walked / 0.5
        #expect(abs(passed - oracle) <= 1, "passed at \(passed), oracle \(oracle)")
        // The hasty search: 10 m to the road, 2000 m south and back, 1500 m north (where the road
        // ends) and back; then the spiral starts at the centre.
        #expect(abs(sweep.hastyDuration - (10 + 4000 + 3000) / 0.5) < 1e-6)
        #expect(sweep.position(at: 100 + sweep.hastyDuration + 1).distance(to: centre) < 10)
        // Without the hasty search the spiral has not come 905 m out by 20,000 s.
        let spiral = SearchSweep(centre: centre, width: 100, speed: 0.5, radius: 2000, start: 100)
        #expect(stride(from: 100.0, through: 20_000, by: 10).allSatisfy { spiral.position(at: $0).distance(to: person) > 50 })
    }
}
