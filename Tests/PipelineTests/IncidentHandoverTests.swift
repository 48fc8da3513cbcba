import Border
import GuidepostCore
import Operations
import Pipeline
import Scenario
import Testing
import Tracking

/// Hand-over across a sector boundary (issue 20), engine to engine: two sector engines, each fed
/// its stretch and a 2 km apron of the other's, watch a person who crosses the MDL in the
/// western sector and walks east along the DMZ into the eastern one. The western engine opens
/// the incident and hands it across once the person is 1 km inside the eastern stretch; the
/// eastern engine, given the hand-over `lag` seconds later (as its watch would read it from the
/// shared log), takes it on under the same id and follows him — one incident, not two.
@Suite struct IncidentHandoverTests {
    static let lag = 120.0

    struct Sectors {
        var west: OperationsEngine<AttentiveOperator>
        var east: OperationsEngine<AttentiveOperator>
        var boundary: Double
        var border: BorderModel
        var facts: PublicFacts
    }

    /// Sector `name`'s engine configuration: its stretch, its neighbours, 1 km to adopt.
    static func configuration(_ name: String, _ stretch: ClosedRange<Double>, below: String?, above: String?) -> OperationsConfiguration {
        var c = OperationsConfiguration()
        c.idScope = name
        c.sector = name
        c.ownStretch = stretch
        c.adoptWithin = 1000
        c.sectorBelow = below
        c.sectorAbove = above
        // Guidance waits for the watch commander, who does not approve in this test: the
        // person stays assessed (a team out keeps its person; that is not handed across).
        c.dispatchApproval = .commander
        return c
    }

    static func sectors() throws -> Sectors {
        let (scenario, border) = try bundledScenario("2025-07-03-central-west-civilian")
        let boundary = (scenario.s.lowerBound + scenario.s.upperBound) / 2
        let facts = PublicFacts(of: scenario, border: border)
        func engine(_ c: OperationsConfiguration) -> OperationsEngine<AttentiveOperator> {
            OperationsEngine(
                run: RunID("RUN-\(c.sector ?? "")"), facts: facts, border: border, tracker: TrackerConfiguration().makeTracker(),
                lines: .of(border), operator: AttentiveOperator(seed: 1), configuration: c, light: { _ in .night })
        }
        return Sectors(
            west: engine(configuration("west", -Double.infinity...boundary, below: nil, above: "east")),
            east: engine(configuration("east", boundary...Double.infinity, below: "west", above: nil)), boundary: boundary,
            border: border, facts: facts)
    }

    /// The person at feed time t: from 2.5 km west of the boundary and 400 m north of the MDL,
    /// south-east across it to 600 m south, then east along the DMZ at 1.2 m/s.
    static func person(at t: Double, boundary: Double) -> AlongBorderCoordinate {
        let s0 = boundary - 2500
        let crossing = 1000.0  // seconds to come south 1 km
        if t <= crossing { return AlongBorderCoordinate(s: s0 + 0.4 * t, d: 400 - t) }
        return AlongBorderCoordinate(s: s0 + 0.4 * crossing + 1.2 * (t - crossing), d: -600)
    }

    struct Played {
        var west: [OperationsEvent] = []
        var east: [OperationsEvent] = []
        var handovers: [IncidentHandover] = []
    }

    /// Plays `until` seconds of 5-second scans through both engines; the east takes each
    /// hand-over on `lag` seconds after it was made when `deliver` (else never).
    static func play(_ sectors: inout Sectors, until: Double, deliver: Bool) -> Played {
        var out = Played()
        var waiting: [IncidentHandover] = []
        for k in 0...Int(until / 5) {
            let t = Double(k) * 5
            let c = person(at: t, boundary: sectors.boundary)
            let p = sectors.border.line.point(c)
            let detection = Detection(time: t, position: p, covariance: Covariance2(xx: 25, yy: 25), thermalSize: 1.7)
            let west = c.s <= sectors.boundary + 2000 ? [detection] : []
            let east = c.s >= sectors.boundary - 2000 ? [detection] : []
            if deliver {
                for h in waiting where h.t <= t - lag { out.east += sectors.east.adopt(h).events }
                waiting.removeAll { $0.t <= t - lag }
            }
            let w = sectors.west.step(FieldScan(t: t, detections: west, kinds: west.map { _ in .thermal }))
            out.west += w.events
            for e in w.events { if case .incidentHandedAcross(let h) = e.kind { waiting.append(h); out.handovers.append(h) } }
            out.east += sectors.east.step(FieldScan(t: t, detections: east, kinds: east.map { _ in .thermal })).events
        }
        return out
    }

    static func opened(_ events: [OperationsEvent]) -> [IncidentID] {
        events.compactMap { if case .incidentOpened = $0.kind { $0.incident } else { nil } }
    }

    @Test func aPersonWalkingIntoTheNextSectorKeepsOneIncident() throws {
        var sectors = try Self.sectors()
        let played = Self.play(&sectors, until: 7200, deliver: true)
        // The west opened the incident and handed it across to the east, once.
        #expect(Self.opened(played.west) == ["I-west-1"])
        #expect(played.handovers.count == 1)
        let h = try #require(played.handovers.first)
        #expect(h.incident == "I-west-1" && h.from == "west" && h.to == "east")
        let s = sectors.border.line.alongBorder(h.position).s
        #expect(s > sectors.boundary + 1000 && s < sectors.boundary + 1200, "handed across just past 1 km inside the east: s − boundary = \(s - sectors.boundary)")
        #expect(sectors.west.incidents.map(\.state) == [.transferred])
        // The east took it on under the same id, opened none of its own, and still follows the
        // person an hour later (not lost): its own alert on him joined the incident.
        #expect(Self.opened(played.east) == [])
        #expect(sectors.east.incidents.map(\.id) == ["I-west-1"])
        let taken = try #require(sectors.east.incidents.first)
        #expect(taken.state == .assessed, "the east's copy is \(taken.state)")
        #expect(taken.history.map(\.event.name) == [.receivedAcross, .assessed])
        #expect(taken.history.first?.event == .receivedAcross(from: "west"))
        #expect(taken.openedAt == sectors.west.incidents[0].openedAt)
        #expect(!sectors.east.alerts(of: "I-west-1").isEmpty, "the east's alert on the person joined the incident")
        #expect(played.east.contains { if case .incidentAdopted(let a) = $0.kind { a == h } else { false } })
        // Each run's log replays to its engine's incidents.
        #expect(try IncidentLog.replay(played.east)["I-west-1"] == taken)
        #expect(try IncidentLog.replay(played.west)["I-west-1"] == sectors.west.incidents[0])
    }

    @Test func withoutTheHandOverTheNextSectorOpensASecondIncident() throws {
        // The control: the same walk, the hand-over never delivered. The east takes the person
        // on as its own after its grace and opens its own incident — what hand-over prevents.
        var sectors = try Self.sectors()
        let played = Self.play(&sectors, until: 7200, deliver: false)
        #expect(Self.opened(played.west) == ["I-west-1"])
        #expect(Self.opened(played.east) == ["I-east-1"])
    }

    @Test func theSameWalkGivesTheSameLogs() throws {
        var a = try Self.sectors(), b = try Self.sectors()
        let x = Self.play(&a, until: 3600, deliver: true), y = Self.play(&b, until: 3600, deliver: true)
        #expect(x.west.map(\.jsonLine) == y.west.map(\.jsonLine))
        #expect(x.east.map(\.jsonLine) == y.east.map(\.jsonLine))
    }

    @Test func aHandOverIsTakenOnOnceAndOnlyByItsSector() throws {
        var sectors = try Self.sectors()
        var played = Self.play(&sectors, until: 7200, deliver: true)
        let h = try #require(played.handovers.first)
        // Again: nothing (the east has it); to another sector: nothing.
        #expect(sectors.east.adopt(h).events.isEmpty)
        var elsewhere = h
        elsewhere.to = "west"
        elsewhere.incident = "I-west-9"
        #expect(sectors.east.adopt(elsewhere).events.isEmpty)
        played.east = []
        #expect(sectors.east.incidents.count == 1)
    }
}
