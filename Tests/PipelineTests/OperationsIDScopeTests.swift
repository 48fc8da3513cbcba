import Border
import GuidepostCore
import Operations
import Pipeline
import Scenario
import TestSupport
import Testing

/// `OperationsConfiguration.idScope` (issue 20): the engine of one sector in a cluster names its
/// alerts `A-cheorwon-1` and its incidents `I-cheorwon-1`, so ids stay unique in a store several
/// engines share; without a scope the ids are those one engine over a whole window has always
/// used (`A1`, `I-1`).
@Suite struct OperationsIDScopeTests {
    /// The engine of `MineBlastRunTests`: the 2025-07-03 ground, an attentive operator, night.
    static func engine(scope: String?) throws -> (OperationsEngine<AttentiveOperator>, Point) {
        let (scenario, border) = try bundledScenario("2025-07-03-central-west-civilian")
        var configuration = OperationsConfiguration()
        if let scope { configuration.idScope = scope }
        let engine = OperationsEngine(
            run: "scope", facts: PublicFacts(of: scenario, border: border), border: border,
            tracker: TrackerConfiguration().makeTracker(), lines: .of(border), operator: AttentiveOperator(seed: 1),
            configuration: configuration, light: { _ in .night })
        let p = border.line.point(AlongBorderCoordinate(s: (scenario.s.lowerBound + scenario.s.upperBound) / 2, d: -800))
        return (engine, p)
    }

    /// A mine blast heard (an alert at once), then the casualty reported there (an incident taking that alert).
    static func blastAndCasualty(scope: String?) throws -> (alerts: [AlertID], incidents: [IncidentID], events: [OperationsEvent]) {
        let made = try engine(scope: scope)
        var ops = made.0
        let p = made.1
        #expect(ops.configuration.idScope == scope ?? "")
        var events = ops.step(FieldScan(t: 100, reports: [.blast(at: p)])).events
        events += ops.step(FieldScan(t: 160, reports: [.casualty(subject: "s-1", at: p + Vector2(30, 0), detail: "mine")])).events
        let alerts = events.compactMap { e -> AlertID? in if case .alertRaised(let a) = e.kind { a.id } else { nil } }
        return (alerts, ops.incidents.map(\.id), events)
    }

    @Test func aScopedEngineNamesItsAlertsAndIncidentsAfterItsSector() throws {
        let run = try Self.blastAndCasualty(scope: "cheorwon")
        #expect(run.alerts == ["A-cheorwon-1"])
        #expect(run.incidents == ["I-cheorwon-1"])
        // The log carries the scoped ids: the incident's events, and the alert it took.
        let incidentEvents = run.events.filter { $0.incident != nil }
        #expect(!incidentEvents.isEmpty)
        #expect(incidentEvents.allSatisfy { $0.incident == "I-cheorwon-1" })
        #expect(run.events.contains { if case .alertEscalated(let id, _) = $0.kind { id == "A-cheorwon-1" } else { false } })
        #expect(!run.events.contains { $0.jsonLine.contains("\"A1\"") || $0.jsonLine.contains("\"I-1\"") }, "no unscoped id anywhere")
    }

    @Test func theDefaultEmptyScopeKeepsTheUsualIDs() throws {
        #expect(OperationsConfiguration().idScope == "")
        for scope in [nil, ""] as [String?] {
            let run = try Self.blastAndCasualty(scope: scope)
            #expect(run.alerts == ["A1"], "scope \(String(describing: scope))")
            #expect(run.incidents == ["I-1"], "scope \(String(describing: scope))")
            #expect(run.events.filter { $0.incident != nil }.allSatisfy { $0.incident == "I-1" })
        }
    }

    /// A straight border: the MDL is y = 0 (d = y, s = x), the band ±20 m, the fence at d = −2000.
    struct Straight: AlertGeometry {
        func alongBorder(_ p: Point) -> AlongBorderCoordinate { AlongBorderCoordinate(s: p.x, d: p.y) }
        func band(at s: Double) -> (southern: Double, northern: Double) { (-20, 20) }
        func fence(at s: Double) -> Double { -2000 }
    }

    /// Alerts raised on tracks (not on field reports) carry the scope too, numbered in order.
    @Test(arguments: [("imjin", ["A-imjin-1", "A-imjin-2"]), ("", ["A1", "A2"])])
    func alertsOnTracksAreNumberedWithinTheScope(scope: String, expected: [String]) {
        var policy = AlertPolicy(geometry: Straight(), operator: AttentiveOperator(seed: 1))
        policy.idScope = scope
        var raised: [AlertID] = []
        for t in stride(from: 0.0, through: 60, by: 5) {
            // Two people 10 km apart walking south in the DMZ.
            let tracks = [("T1", 5000.0), ("T2", 15_000.0)].map { id, s in
                TrackRecord(t: t, track: id, x: s, y: 600 - 0.5 * t, vx: 0, vy: -0.5, targetClass: .human, classProbability: 0.9)
            }
            for u in policy.update(at: t, tracks: tracks) { if case .raised(let a) = u { raised.append(a.id) } }
        }
        #expect(raised.map(\.rawValue) == expected)
    }
}
