import GuidepostCore
import Simulation
import TestSupport
import Testing

@Suite struct ActorMotionTests {
    @Test func routePositionsAreArcLengthParameterised() {
        let r = Route([Point(x: 0, y: 0), Point(x: 300, y: 0), Point(x: 300, y: 400)])
        #expect(r.length == 700)
        #expect(r.position(at: 150) == Point(x: 150, y: 0))
        #expect(r.position(at: 500) == Point(x: 300, y: 200))
        #expect(r.position(at: -5) == Point(x: 0, y: 0))
        #expect(r.position(at: 1e9) == Point(x: 300, y: 400))
        #expect(r.direction(at: 450) == Vector2(0, 1))
        #expect(r.reversed.position(at: 0) == Point(x: 300, y: 400))
    }

    @Test func nightOnlyActorsDoNotMoveByDay() {
        #expect(MovementSchedule.nightOnly.activity(.day) == 0)
        #expect(MovementSchedule.nightOnly.activity(.night) == 1)
        #expect(MovementSchedule.mostlyNocturnal.activity(.day) < 0.2)
    }

    @Test func animalsWanderButStayInTheirHomeRange() {
        withEverySeed(0..<20) { seed, rng in
            let home = Point(x: 1_050_000, y: 2_020_000)
            var walk = CorrelatedRandomWalk(
                home: home, homeRadius: 800, meanSpeed: 0.6, maxSpeed: 2, start: home, heading: 0)
            var farthest = 0.0, travelled = 0.0
            var last = walk.position
            for _ in 0..<(6 * 3600) {
                walk.step(dt: 1, activity: 1, using: &rng)
                farthest = max(farthest, walk.position.distance(to: home))
                travelled += walk.position.distance(to: last)
                last = walk.position
            }
            #expect(travelled > 5_000, "seed \(seed): travelled \(travelled)")
            #expect(farthest < 4_000, "seed \(seed): strayed \(farthest) m from home")
        }
    }

    @Test func restingAnimalsBarelyMove() {
        var rng = SeededGenerator(seed: 4)
        let home = Point(x: 0, y: 0)
        var walk = CorrelatedRandomWalk(home: home, homeRadius: 800, meanSpeed: 0.6, maxSpeed: 2, start: home, heading: 1)
        for _ in 0..<600 { walk.step(dt: 1, activity: 1, using: &rng) }
        let before = walk.position
        for _ in 0..<3600 { walk.step(dt: 1, activity: 0, using: &rng) }
        #expect(walk.position.distance(to: before) < 100)
    }
}
