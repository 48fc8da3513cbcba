import GuidepostCore
import Operations
import TestSupport
import Testing

@Suite struct IncidentReplayTests {
    /// Random walks through the transition table (with times going forward), logged as events:
    /// replaying the log gives exactly the live incidents, over many seeds.
    @Test func replayEqualsLiveStateOverRandomWalks() throws {
        try withEverySeed(0..<50) { seed, rng in
            var live: [IncidentID: Incident] = [:]
            var log: [OperationsEvent] = []
            var t = 0.0
            func append(_ incident: IncidentID?, _ kind: OperationsEvent.Kind) {
                log.append(OperationsEvent(run: "r", seq: log.count + 1, t: t, incident: incident, kind: kind))
            }
            for k in 0..<3 {
                let id = IncidentID("I-\(k)")
                live[id] = Incident(id: id, openedAt: t)
                append(id, .incidentOpened)
            }
            for _ in 0..<40 {
                t += (rng.uniform() * 100).rounded()
                let id = IncidentID("I-\(Int(rng.uniform() * 3))")
                guard var incident = live[id] else { continue }
                let rows = IncidentTransition.table.filter { $0.from == incident.state }
                guard !rows.isEmpty else { continue }
                let row = rows[Int(rng.uniform() * Double(rows.count))]
                let event = IncidentLifecycleTests.sample(row.event)
                _ = try incident.handle(event, at: t)
                live[id] = incident
                append(id, .incidentTransition(event))
                if rng.bernoulli(0.2) { append(nil, .note("noise \(t)")) }
            }
            #expect(try IncidentLog.replay(log) == live, "seed \(seed)")
        }
    }

    @Test func aLogWithAnUnopenedIncidentOrARefusedTransitionDoesNotReplay() {
        let orphan = [OperationsEvent(run: "r", seq: 1, t: 0, incident: "I-9", kind: .incidentTransition(.contactMade))]
        #expect(throws: ReplayError.self) { try IncidentLog.replay(orphan) }
        let refused = [
            OperationsEvent(run: "r", seq: 1, t: 0, incident: "I-1", kind: .incidentOpened),
            OperationsEvent(run: "r", seq: 2, t: 1, incident: "I-1", kind: .incidentTransition(.handedOver(agency: "x"))),
        ]
        #expect(throws: IncidentError.self) { try IncidentLog.replay(refused) }
    }

    @Test func eventsRoundTripThroughTheirStableJSON() throws {
        for e in EventLogConformance.sampleRun("r") + ReportsTests.events() {
            let json = e.jsonLine
            #expect(try OperationsEvent.decode(json) == e)
            #expect(try OperationsEvent.decode(json).jsonLine == json)
            #expect(!json.contains("\n"))
        }
    }
}
