import Border
import GuidepostCore
import Testing

struct LineOfSightTests {
    let observer = Point(x: 5000, y: -1000)
    let target = Point(x: 5000, y: 1000)

    @Test func aPlainDoesNotHide() throws {
        let world = try Fixtures.flatWorld()
        #expect(world.sample(at: Point(x: 5000, y: 0)).elevation == 0)
        #expect(world.lineOfSight(from: observer, observerHeight: 2, to: target, targetHeight: 1.7))
    }

    @Test func aRidgeHides() throws {
        // A 100 m ridge across the sight line, halfway.
        let world = try Fixtures.flatWorld([TerrainPatch(area: Fixtures.box(0, -100, 10_000, 100), elevation: .set(100))])
        #expect(!world.lineOfSight(from: observer, observerHeight: 2, to: target, targetHeight: 1.7))
        // An observer high above the ridge sees over it: the sight line at the ridge is at
        // 2·(300 + 1.7)/... — oracle: eye 300 m, target 1.7 m, 1 km each side ⇒ ≈ 150 m over the ridge.
        #expect(world.lineOfSight(from: observer, observerHeight: 300, to: target, targetHeight: 1.7))
    }

    @Test func theRidgeHeightThatJustHidesMatchesTheGeometry() throws {
        // Eye at 20 m, target top at 1.7 m, ridge midway: the sight line passes at (20 + 1.7) / 2
        // = 10.85 m minus curvature (negligible at 1 km: 0.07 m). A 10.5 m ridge does not hide;
        // an 11.5 m ridge does.
        for (h, hidden) in [(10.5, false), (11.5, true)] {
            let world = try Fixtures.flatWorld([TerrainPatch(area: Fixtures.box(0, -5, 10_000, 5), elevation: .set(h))])
            #expect(world.lineOfSight(from: observer, observerHeight: 20, to: target, targetHeight: 1.7, step: 10) == !hidden, "ridge \(h) m")
        }
    }

    @Test func forestHidesAndBareGroundDoesNot() throws {
        let forest = try Fixtures.flatWorld([TerrainPatch(area: Fixtures.box(0, -300, 10_000, 300), vegetation: 1)])
        #expect(!forest.lineOfSight(from: observer, observerHeight: 2, to: target, targetHeight: 1.7))
        let cleared = try Fixtures.flatWorld([TerrainPatch(area: Fixtures.box(0, -300, 10_000, 300), vegetation: 0)])
        #expect(cleared.lineOfSight(from: observer, observerHeight: 2, to: target, targetHeight: 1.7))
    }
}
