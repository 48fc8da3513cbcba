import Evaluation
import GuidepostCore
import Testing

/// `LookFigures` and `LookSizing`: the queue replayed against a hand-worked schedule, and the
/// misidentification counts and lost crossers from a few looks whose truth is known.
@Suite struct LookFiguresTests {
    @Test func theReplayedQueueMatchesAHandWorkedSchedule() {
        // Two operators, 40 s looks, asked at 0, 0, 0 and 10: the third waits for the first
        // free operator (40 s), the fourth for the second (free at 40: 30 s).
        #expect(LookFigures.replayWaits(asked: [10, 0, 0, 0], seconds: 40, operators: 2) == [0, 0, 40, 30])
        #expect(LookFigures.replayWaits(asked: [0, 0, 0, 10], seconds: 40, operators: 4) == [0, 0, 0, 0])
        // One operator: each waits for all before it.
        #expect(LookFigures.replayWaits(asked: [0, 1, 2], seconds: 40, operators: 1) == [0, 39, 78])
    }

    @Test func sizingFindsTheFewestOperatorsThatKeepWaitsShort() {
        // Looks every 15 s in one sector, 40 s each (2.7 operators' work): one or two operators
        // fall ever further behind; three take every third look, 45 s apart, and nobody waits.
        let asked = (0..<200).map { (sector: "east", t: Double($0) * 15) }
        let sizing = LookSizing.of(asked: asked, seconds: 40, upTo: 5)
        #expect(sizing.needed == 3)
        #expect(sizing.rows[0].p95Wait > 1000)
        #expect(sizing.rows[2].maximumWait == 0)
        #expect(sizing.looksPerSector == ["east": 200])
    }

    @Test func sizingGoesPastItsRowsUntilACountHolds() {
        // Looks every 5 s, 40 s each (eight operators' work): the rows run on past the six asked
        // for until eight take every eighth look, 40 s apart; a cap that stops short finds none.
        let asked = (0..<400).map { (sector: "central", t: Double($0) * 5) }
        let sizing = LookSizing.of(asked: asked, seconds: 40, upTo: 6)
        #expect(sizing.needed == 8 && sizing.rows.count == 8)
        #expect(sizing.rows[7].maximumWait == 0 && sizing.rows[6].p95Wait > 10)
        let capped = LookSizing.of(asked: asked, seconds: 40, upTo: 6, limit: 7)
        #expect(capped.needed == nil && capped.rows.count == 7)
    }

    @Test func misidentificationsAndCrossersLostToAWrongLook() {
        func look(_ t: Double, _ targets: [LookRecord.Target], view: CameraView) -> LookRecord {
            LookRecord(t: t, alert: "A\(Int(t))", x: 0, y: 0, seconds: 40, view: view, targets: targets)
        }
        let looks = [
            look(1, [.init(id: "p1", kind: .human, outcome: .guessedAnimal, cycles: 2)], view: .unsure(.animal)),
            look(2, [.init(id: "p2", kind: .human, outcome: .recognised, cycles: 9)], view: .shows(.human)),
            look(3, [.init(id: "deer-4", kind: .animal, outcome: .guessedHuman, cycles: 2)], view: .unsure(.human)),
            look(4, [.init(id: "p3", kind: .human, outcome: .missed, cycles: 0.4)], view: .nothing),
            look(5, [.init(id: "boar-1", kind: .animal, outcome: .cannotTell, cycles: 2)], view: .cannotTell),
        ]
        let crossings = [
            AlertQualityReport.Crossing(id: "p1", crossedAt: 100, firstDetection: 10, firstAlert: nil, alert: nil),
            AlertQualityReport.Crossing(id: "p2", crossedAt: 100, firstDetection: 10, firstAlert: 20, alert: "A2"),
            AlertQualityReport.Crossing(id: "p3", crossedAt: 100, firstDetection: 10, firstAlert: 50, alert: "A9"),
        ]
        let f = LookFigures.of(looks: looks, waits: [0, 0, 12, 0, 3], crossings: crossings, operators: 2, sectors: 3, duration: 7200)
        #expect(f.looks == 5)
        #expect(f.personAsAnimal == 1 && f.personMissed == 1 && f.animalAsPerson == 1 && f.cannotTell == 1)
        // The two guesses were reported as guesses.
        #expect(f.unsure == 2)
        // p1 was named a deer and never alerted; p3 was missed once but alerted all the same.
        #expect(f.lostToWrongLook == ["p1"])
        // 2 operators × 3 sectors × 2 h = 12 operator-hours.
        #expect(f.operatorHours == 12 && f.looksPerOperatorHour == 5.0 / 12)
        #expect(LookFigures.quantile(f.waits, 0.5) == 0 && LookFigures.quantile(f.waits, 0.95) == 12)
    }
}
