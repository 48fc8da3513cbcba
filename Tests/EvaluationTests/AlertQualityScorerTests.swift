import Evaluation
import GuidepostCore
import Testing

/// The alert-quality scorer on hand-built runs over a straight border: the MDL is the x axis,
/// so d = y. Truth every 10 s, as the simulator writes it.
struct AlertQualityScorerTests {
    /// A person walking due south at `speed` from (x, 2500) starting at `t0`, sampled every 10 s
    /// until d = −1800.
    static func walker(_ id: String, x: Double, t0: Double = 0, speed: Double = 1) -> [TruthRecord] {
        stride(from: t0, through: t0 + 4300 / speed, by: 10).map { t in
            TruthRecord(t: t, id: id, x: x, y: 2500 - speed * (t - t0), kind: .human)
        }
    }

    /// A track following `truth` with an offset, reported every 2 s over `times`.
    static func track(_ id: String, near truth: [TruthRecord], offset: Vector2, times: StrideThrough<Double>)
        -> [(String, Double, Point)]
    {
        times.compactMap { t in
            guard let a = truth.last(where: { $0.t <= t }) else { return nil }
            return (id, t, Point(x: a.x, y: a.y) + offset)
        }
    }

    static func score(
        alerts: [ScoredAlert], tracks: [(String, Double, Point)], truth: [TruthRecord], firstDetections: [(String, Double)],
        length: Double = 20_000, duration: Double = 43_200
    ) -> AlertQualityReport {
        var s = AlertQualityScorer(alerts: alerts)
        for (id, t, p) in tracks { s.add(track: id, t: t, position: p) }
        for r in truth.sorted(by: { ($0.t, $0.id) < ($1.t, $1.id) }) { s.add(r, d: r.kind == .human ? r.y : nil) }
        for (id, t) in firstDetections { s.addFirstDetection(id: id, t: t) }
        return s.report(borderLength: length, duration: duration)
    }

    @Test func aPersonAlertedOnTheirTrackGivesTheDelayFromFirstDetection() throws {
        let person = Self.walker("p1", x: 5000)
        // Track T1 follows 20 m off from t = 1000; the alert is raised at 1000.
        let r = Self.score(
            alerts: [ScoredAlert(id: "A1", t: 1000, track: "T1")],
            tracks: Self.track("T1", near: person, offset: Vector2(20, 0), times: stride(from: 900, through: 3000, by: 2)),
            truth: person, firstDetections: [("p1", 100)])
        let c = try #require(r.crossings.first)
        #expect(r.crossings.count == 1)
        #expect(c.crossedAt == 2500)  // y = 2500 − t reaches 0 at t = 2500
        #expect(c.firstAlert == 1000)
        #expect(c.alert == "A1")
        #expect(c.delay == 900)
        #expect(r.probabilityAlerted == 1)
        #expect(r.alertedOfDetected == 1 && r.probabilityAlertedGivenDetected == 1)
        #expect(r.medianDelay == 900)
        #expect(r.falseAlerts == 0)
        #expect(r.alerts.map(\.match) == [.crosser])
        #expect(r.falseAlertsPer10kmPerDay == 0)
    }

    @Test func falseAlertsAreSplitIntoAnimalAndClutterAndRatedPer10kmPerDay() {
        let person = Self.walker("p1", x: 5000)
        // A boar standing still at (12000, 800); track T2 sits 60 m from it, T3 far from anything.
        let boar = stride(from: 0.0, through: 6000, by: 10).map { TruthRecord(t: $0, id: "boar-1", x: 12000, y: 800, kind: .animal) }
        let t2 = stride(from: 3000.0, through: 3100, by: 2).map { ("T2", $0, Point(x: 12060, y: 800)) }
        let t3 = stride(from: 4000.0, through: 4100, by: 2).map { ("T3", $0, Point(x: 15000, y: -500)) }
        let r = Self.score(
            alerts: [ScoredAlert(id: "A1", t: 3000, track: "T2"), ScoredAlert(id: "A2", t: 4000, track: "T3")],
            tracks: t2 + t3, truth: person + boar, firstDetections: [])
        #expect(r.alerts.map(\.match) == [.animal, .clutter])
        #expect(r.alerts.map(\.truth) == ["boar-1", nil])
        #expect(r.falseAlerts == 2)
        // 2 false alerts over 20 km and 12 h: 2 / 2 / 0.5 = 2 per 10 km per day.
        #expect(r.falseAlertsPer10kmPerDay == 2)
        // The person was never alerted: P = 0 and no delay; never detected either, so no
        // P(alerted | detected).
        #expect(r.probabilityAlerted == 0)
        #expect(r.detected == 0 && r.probabilityAlertedGivenDetected == nil)
        #expect(r.medianDelay == nil)
    }

    @Test func aMergedTrackCountsOnlyFromItsMergeTime() {
        let person = Self.walker("p1", x: 5000)
        // A1 is raised at 500 on clutter far away; T2 follows the person from 800 but joins A1 only at 1200.
        var a1 = ScoredAlert(id: "A1", t: 500, track: "T1")
        a1.merge(track: "T2", at: 1200)
        let clutter = stride(from: 500.0, through: 600, by: 2).map { ("T1", $0, Point(x: 30000, y: 0)) }
        let r = Self.score(
            alerts: [a1],
            tracks: clutter + Self.track("T2", near: person, offset: Vector2(0, 30), times: stride(from: 800, through: 2000, by: 2)),
            truth: person, firstDetections: [("p1", 700)])
        #expect(r.crossings.first?.firstAlert == 1200)
        #expect(r.crossings.first?.delay == 500)
        #expect(r.alerts.map(\.match) == [.crosser])
    }

    @Test func anAlertActedOnAfterItsTrackEndedIsOnThePersonFromTheAnswer() throws {
        let person = Self.walker("p1", x: 5000)
        // T1 follows the person 1000–1040 s and ends; the operator acknowledges at 1090.
        let r = Self.score(
            alerts: [ScoredAlert(id: "A1", t: 1090, track: "T1", since: 1000)],
            tracks: Self.track("T1", near: person, offset: Vector2(20, 0), times: stride(from: 1000, through: 1040, by: 2)),
            truth: person, firstDetections: [("p1", 950)])
        #expect(r.alerts.map(\.match) == [.crosser])
        let c = try #require(r.crossings.first)
        #expect(c.firstAlert == 1090)
        #expect(c.delay == 140)
        // Counted only from the answer (the old reading), the same alert is on nobody.
        let late = Self.score(
            alerts: [ScoredAlert(id: "A1", t: 1090, track: "T1")],
            tracks: Self.track("T1", near: person, offset: Vector2(20, 0), times: stride(from: 1000, through: 1040, by: 2)),
            truth: person, firstDetections: [("p1", 950)])
        #expect(late.alerts.map(\.match) == [.clutter])
    }

    /// An alert raised on a report, not a track — a mine blast heard — is on the person lying
    /// where it puts him; the same alert placed 400 m off is on nobody, and so is one without a
    /// place (its pseudo-track has no reports).
    @Test func aBlastAlertIsOnThePersonLyingWhereItWasHeard() throws {
        // Walks south from d = 2500 at 1 m/s, steps on a mine at t = 3000 (d = −500) and lies there.
        let person = stride(from: 0.0, through: 6000, by: 10).map { t in
            TruthRecord(t: t, id: "p1", x: 5000, y: 2500 - min(t, 3000), kind: .human)
        }
        func scored(place: Point?) -> AlertQualityReport {
            var a = ScoredAlert(id: "A1", t: 3001, track: "blast-1")
            a.place = place
            return Self.score(alerts: [a], tracks: [], truth: person, firstDetections: [])
        }
        let heard = scored(place: Point(x: 5000, y: -500))
        #expect(heard.alerts.map(\.match) == [.crosser])
        #expect(heard.crossings.first?.firstAlert == 3001)
        #expect(heard.probabilityAlerted == 1)
        #expect(scored(place: Point(x: 5400, y: -500)).alerts.map(\.match) == [.clutter])
        #expect(scored(place: nil).probabilityAlerted == 0)
    }

    @Test func contactsFarNorthAreNotCreditedUntilThePersonApproaches() {
        // Starts at d = 4500, 1 m/s: d ≤ 3000 (2000 + the 1000 m margin) from t = 1500.
        let person = stride(from: 0.0, through: 7000, by: 10).map { TruthRecord(t: $0, id: "p1", x: 0, y: 4500 - $0, kind: .human) }
        let r = Self.score(
            alerts: [ScoredAlert(id: "A1", t: 100, track: "T1")],
            tracks: Self.track("T1", near: person, offset: Vector2(0, 0), times: stride(from: 100, through: 2000, by: 100)),
            truth: person, firstDetections: [("p1", 50)])
        #expect(r.crossings.first?.firstAlert == 1500)
        #expect(r.alerts.map(\.match) == [.crosser])
    }

    @Test func aPatrolInTheDMZIsNeitherACrosserNorAFalseAlert() {
        let patrol = stride(from: 0.0, through: 3000, by: 10).map { TruthRecord(t: $0, id: "kpa-1", x: $0, y: 1500, kind: .human) }
        let r = Self.score(
            alerts: [ScoredAlert(id: "A1", t: 1000, track: "T1")],
            tracks: Self.track("T1", near: patrol, offset: Vector2(10, 10), times: stride(from: 1000, through: 1200, by: 2)),
            truth: patrol, firstDetections: [("kpa-1", 0)])
        #expect(r.crossings.isEmpty)
        #expect(r.nonCrossingHumans == 1)
        #expect(r.alerts.map(\.match) == [.otherHuman])
        #expect(r.falseAlerts == 0)
        #expect(r.probabilityAlerted == nil)
    }

    @Test func aTrackJustOutsideTheRadiusIsNotOnThePerson() {
        let person = Self.walker("p1", x: 5000)
        let r = Self.score(
            alerts: [ScoredAlert(id: "A1", t: 1000, track: "T1")],
            tracks: Self.track("T1", near: person, offset: Vector2(150.5, 0), times: stride(from: 1000, through: 1100, by: 2)),
            truth: person, firstDetections: [("p1", 100)])
        #expect(r.crossings.first?.firstAlert == nil)
        #expect(r.alerts.map(\.match) == [.clutter])
    }

    @Test func clopperPearsonLowerBoundMatchesClosedForms() {
        // k = n: α^(1/n).
        #expect(abs(AlertQualityReport.clopperPearsonLower(successes: 8, trials: 8, alpha: 0.05) - 0.6876560) < 1e-6)
        // k = 1, n = 2: 1 − (1 − p)² = α  ⇒  p = 1 − √(1 − α) = 0.0253206.
        #expect(abs(AlertQualityReport.clopperPearsonLower(successes: 1, trials: 2, alpha: 0.05) - 0.0253206) < 1e-6)
        #expect(AlertQualityReport.clopperPearsonLower(successes: 0, trials: 5, alpha: 0.05) == 0)
        // 2,995 of 2,995 are needed to vouch for 99.9 % at 95 %: 0.05^(1/2995) ≥ 0.999 > 0.05^(1/2990).
        #expect(AlertQualityReport.clopperPearsonLower(successes: 2995, trials: 2995, alpha: 0.05) >= 0.999)
        #expect(AlertQualityReport.clopperPearsonLower(successes: 2990, trials: 2990, alpha: 0.05) < 0.999)
    }

    @Test func medianOfOddAndEvenCounts() {
        #expect(AlertQualityReport.median([3, 1, 2]) == 2)
        #expect(AlertQualityReport.median([4, 1, 3, 2]) == 2.5)
        #expect(AlertQualityReport.median([]) == nil)
    }

    @Test func humanPathInterpolatesAndFindsTheSouthwardCrossing() throws {
        var p = HumanPath()
        p.append(t: 0, position: Point(x: 0, y: 100), d: 100)
        p.append(t: 10, position: Point(x: 10, y: -100), d: -100)
        let mid = try #require(p.at(5))
        #expect(mid.position == Point(x: 5, y: 0))
        #expect(mid.d == 0)
        #expect(p.at(11) == nil)
        #expect(p.southwardCrossing == 10)
        var south = HumanPath()
        south.append(t: 0, position: Point(x: 0, y: -100), d: -100)
        south.append(t: 10, position: Point(x: 0, y: 100), d: 100)
        #expect(south.southwardCrossing == nil)  // a northward crossing does not count
    }
}
