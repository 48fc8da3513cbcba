import Border
import GuidepostCore
import Testing

struct ViewshedTests {
    @Test func viewshedAgreesWithLineOfSightSampleBySample() throws {
        let model = Fixtures.standard
        // A manned ROK GP in the mountainous east, where terrain hides a lot.
        let post = try #require(model.posts.last { $0.kind == .rokGuardPost && $0.status == .manned })
        let vs = model.viewshed(of: post, step: 50, rayCount: 24)
        #expect(vs.visibleFraction > 0.02 && vs.visibleFraction < 0.98, "fraction \(vs.visibleFraction) should be mixed in hills")
        var mismatches = 0
        for i in 0..<vs.rayCount {
            for k in stride(from: 2, through: vs.samplesPerRay, by: 7) {
                let los = model.lineOfSight(from: post.position, observerHeight: post.sensorHeight, to: vs.point(ray: i, sample: k), targetHeight: 1.7, step: 50)
                if los != vs.isVisible(ray: i, sample: k) { mismatches += 1 }
            }
        }
        #expect(mismatches == 0)
    }

    @Test func aRidgeShadowsEverythingBehindIt() throws {
        let world = try Fixtures.flatWorld([TerrainPatch(area: Fixtures.box(0, 500, 10_000, 600), elevation: .set(50))])
        let vs = world.viewshed(from: Point(x: 5000, y: 0), observerHeight: 5, range: 2000, step: 50, rayCount: 8)
        // Ray 0 points north: visible up to the ridge, hidden behind it.
        #expect(vs.isVisible(ray: 0, sample: 4))  // 200 m
        #expect(!vs.isVisible(ray: 0, sample: 20))  // 1000 m, behind the ridge
        #expect(vs.isVisible(Point(x: 5000, y: -1500)))  // south: open plain
        #expect(!vs.isVisible(Point(x: 5000, y: 1500)))
        #expect(!vs.isVisible(Point(x: 5000, y: 2600)), "beyond the range")
    }
}
