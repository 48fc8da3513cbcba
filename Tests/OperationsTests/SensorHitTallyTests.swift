import GuidepostCore
import Operations
import Testing

/// `SensorHitTally` on a hand-built run: a person walking south seen by a TOD every 10 s and by a
/// camera every 30 s, an animal 2 km east seen by the same TOD, and a team that meets the person.
@Suite struct SensorHitTallyTests {
    /// The person at time t: starts 1 km north of the origin and walks south at 1 m/s.
    static func person(_ t: Double) -> Point { Point(x: 0, y: 1000 - t) }
    static let animal = Point(x: 2000, y: 500)

    /// Plays 0…600 s. The tracker confirms the person's track T1 at 40 s (its first four TOD
    /// detections came before) and the animal's T2 from the start. A team stands 30 m from the
    /// person from 500 s and is seen by the camera (its detections are not the person's).
    static func play(_ tally: inout SensorHitTally) {
        for t in stride(from: 0.0, through: 600, by: 10) {
            let p = person(t)
            var detections: [(position: Point, kind: SensorKind)] = [(Point(x: p.x + 12, y: p.y - 8), .thermal), (animal, .thermal)]
            if Int(t) % 30 == 0 { detections.append((Point(x: p.x - 5, y: p.y + 5), .camera)) }
            var friendlies: [Point] = []
            if t >= 500 {
                let team = Point(x: p.x + 30, y: p.y)
                friendlies.append(team)
                detections.append((Point(x: team.x + 2, y: team.y), .camera))
            }
            var tracks = [TrackRecord(t: t, track: "T2", x: animal.x, y: animal.y, vx: 0, vy: 0, targetClass: .animal, classProbability: 0.8)]
            if t >= 40 { tracks.append(TrackRecord(t: t, track: "T1", x: p.x, y: p.y, vx: 0, vy: -1, targetClass: .human, classProbability: 0.8)) }
            tally.note(at: t, detections: detections, tracks: tracks, friendlies: friendlies)
        }
    }

    @Test func countsTheDetectionsOnThePersonsTracksPerSensor() {
        var tally = SensorHitTally()
        Self.play(&tally)
        // Oracle: 61 TOD looks at 0…600 s and 21 camera looks at 0, 30, …, 600, all on the person
        // (the ones before 40 s claimed back when T1 is first reported); the team's 11 camera
        // detections from 500 s are the team's; the animal's are T2's.
        let hits = tally.hits(of: ["T1"])
        #expect(hits == [SensorHits(kind: "camera", hits: 21, first: 0), SensorHits(kind: "thermal", hits: 61, first: 0)])
        #expect(tally.hits(of: ["T2"]) == [SensorHits(kind: "thermal", hits: 61, first: 0)])
        #expect(tally.hits(of: ["T9"]).isEmpty)
        // A person followed through two tracks is counted once per detection.
        #expect(tally.hits(of: ["T1", "T2", "T1"]).map(\.hits) == [21, 122])
    }

    @Test func detectionsOlderThanTheLookbackAreNotClaimed() {
        var tally = SensorHitTally(lookback: 25)
        Self.play(&tally)
        // At 40 s only the looks at 20 and 30 s are within 25 s: 0 and 10 s stay unclaimed
        // (and the camera look at 0 s).
        let hits = tally.hits(of: ["T1"])
        #expect(hits == [SensorHits(kind: "camera", hits: 20, first: 30), SensorHits(kind: "thermal", hits: 59, first: 20)])
    }

    @Test func forgetsTracksUnseenForLongUnlessKept() {
        var tally = SensorHitTally(forgetAfter: 100)
        Self.play(&tally)
        tally.note(at: 800, detections: [], tracks: [])
        tally.forget(at: 800, keeping: ["T1"])
        #expect(tally.hits(of: ["T1"]).map(\.hits) == [21, 61])
        #expect(tally.hits(of: ["T2"]).isEmpty)
    }
}
