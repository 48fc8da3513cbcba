import Border
import GuidepostCore
import Scenario
import Testing

/// The shipped scenarios agree with the facts they cite and with physics, on the shipped MDL.
@Suite struct ScenarioFactsTests {
    /// The MDL every command uses (docs/border.md).
    static let mdl = Result { try MDLData.bundledLine() }

    static func frame() throws -> DemarcationLine { try mdl.get() }

    static func resolved(_ name: String) throws -> ResolvedScenario {
        try ScenarioLoader.load(file: ScenarioFilesTests.directory + "/" + name + ".yaml").resolve(in: frame())
    }

    /// Fastest credible speed for each way of moving, m/s.
    static func fastest(_ mode: Waypoint.Mode) -> Double {
        switch mode {
        case .walk: return 2.0
        case .run: return 8.0
        case .crawl, .climb: return 1.0
        case .wade: return 1.5
        case .swim: return 2.0
        case .float: return 3.0
        case .drive: return 25.0
        case .boat: return 10.0
        }
    }

    /// Between two timed waypoints an actor never has to move faster than its mode allows.
    @Test(arguments: ScenarioFilesTests.files)
    func timedLegsAreReachable(_ file: String) throws {
        let r = try Self.resolved(String(file.dropLast(5)))
        for actor in r.document.actors {
            var lastPoint: Point?
            var lastTime = r.seconds(actor.appears ?? .offset(ScenarioDuration(seconds: 0)))
            var pending = 0.0  // distance since the last timed waypoint
            var fastest = 0.0
            for w in actor.route ?? [] {
                let p = try #require(w.at.planarPoint)
                if let lastPoint { pending += lastPoint.distance(to: p) }
                fastest = max(fastest, Self.fastest(w.mode ?? .walk))
                if let t = w.t {
                    let dt = r.seconds(t) - lastTime
                    if pending > 0 {
                        #expect(dt > 0, "\(file): \(actor.id) must move \(pending) m in no time")
                        if dt > 0 {
                            #expect(pending / dt <= fastest, "\(file): \(actor.id) needs \(pending / dt) m/s")
                        }
                    }
                    lastTime = r.seconds(t) + (w.wait?.seconds ?? 0)
                    pending = 0
                    fastest = 0
                } else if w.wait != nil {
                    pending = 0  // untimed: the simulator times the leg; the wait follows
                }
                lastPoint = p
            }
        }
    }

    /// Everyone who crosses to defect starts north of the MDL and ends south of it.
    @Test(arguments: [
        "2024-08-20-goseong-staff-sergeant", "2024-08-08-han-estuary-tidal-flat", "2025-07-03-central-west-civilian",
        "2025-10-19-central-front-soldier-pursuers", "2019-07-31-imjin-river-float", "2017-11-13-jsa-vehicle-sprint",
        "2017-12-21-yeoncheon-fog-walkup", "2020-11-03-goseong-fence-jump", "2021-02-16-goseong-swimmer",
        "2012-10-02-goseong-knock",
    ])
    func defectorsCrossFromNorthToSouth(_ name: String) throws {
        let r = try Self.resolved(name)
        let frame = try Self.frame()
        let crossers = r.document.actors.filter { $0.kind == .person && $0.intent == .defect }
        #expect(crossers.count == 1)
        for a in crossers {
            let route = try #require(a.route)
            let first = frame.alongBorder(try #require(route.first?.at.planarPoint))
            let last = frame.alongBorder(try #require(route.last?.at.planarPoint))
            #expect(first.d > 0, "\(name): \(a.id) starts at d = \(first.d)")
            #expect(last.d < 0, "\(name): \(a.id) ends at d = \(last.d)")
        }
    }

    @Test func imjinDetectionIs750MetresSouthAt2338() throws {
        let r = try Self.resolved("2019-07-31-imjin-river-float")
        let route = try #require(r.document.actors.first { $0.id == "soldier" }?.route)
        let seen = try #require(route.first { $0.t.map(r.seconds) == 38 * 60 })
        let c = try Self.frame().alongBorder(try #require(seen.at.planarPoint))
        #expect(abs(c.d + 750) < 5)
        #expect(r.document.conditions(at: 38 * 60).visibility == 100)
        #expect(r.document.conditions(at: 38 * 60).moon == 0)
        let custody = try #require(r.document.expected?.custody)
        #expect(r.seconds(custody.earliest) <= 56 * 60 && 56 * 60 <= r.seconds(custody.latest))
    }

    @Test func swimmerLandsAboutThreeKilometresSouthOfTheMDL() throws {
        let r = try Self.resolved("2021-02-16-goseong-swimmer")
        let route = try #require(r.document.actors.first { $0.id == "swimmer" }?.route)
        let landfall = try #require(route.first { $0.t.map(r.seconds) == 65 * 60 })
        let c = try Self.frame().alongBorder(try #require(landfall.at.planarPoint))
        #expect((-3500 ... -2500).contains(c.d))
        #expect(r.document.deployment?.operator.model == .overloaded)
        #expect(r.document.expected?.alertsDismissed == CountRange(min: 2, max: 2))
    }

    @Test func warningRoundsAndPursuerDelays() throws {
        let dec = try Self.resolved("2017-12-21-yeoncheon-fog-walkup")
        #expect(dec.document.expected?.shots?.rok == CountRange(min: 20, max: 20))
        let party = try #require(dec.document.actors.first { $0.id == "search-party" })
        let atMDL = try #require(party.route?.first { $0.t.map(dec.seconds) != nil })
        let walkUp = 64.0 * 60  // 08:04
        #expect(try dec.seconds(#require(atMDL.t)) - walkUp == 80 * 60, "the party reaches the MDL 1 h 20 min later")
        let jsa = try Self.resolved("2017-11-13-jsa-vehicle-sprint")
        let shots = try #require(jsa.document.expected?.shots?.kpa)
        #expect(shots.contains(40))
    }

    @Test func twentyHourTrackEndsAtNight() throws {
        let r = try Self.resolved("2025-07-03-central-west-civilian")
        let custody = try #require(r.document.expected?.custody)
        let first = try #require(r.document.expected?.firstDetection)
        let hours = (r.seconds(custody.earliest) - r.seconds(first.latest)) / 3600
        #expect((19...21).contains(hours))
        #expect(r.document.conditions(at: r.seconds(custody.earliest)).light == .night)
        #expect(r.document.actors.first { $0.id == "civilian" }?.status == .civilian)
    }
}
