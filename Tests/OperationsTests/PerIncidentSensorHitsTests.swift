import GuidepostCore
import Operations
import Testing

/// Each incident's after-action report shows the sensor hits on its own person (the engine logs
/// one `sensor_hits` event per incident); a log with only a run-level event still reports it.
@Suite struct PerIncidentSensorHitsTests {
    static func events(perIncident: Bool) -> [OperationsEvent] {
        let facts = PublicFacts(
            scenario: "2019-07-31-imjin-river-float", start: "2019-07-31T23:00:00+09:00", front: "western front", sector: "Imjin",
            subject: "a North Korean soldier")
        var kinds: [(Double, IncidentID?, OperationsEvent.Kind)] = [
            (0, nil, .runStarted(facts)),
            (100, "I-1", .incidentOpened),
            (100, "I-1", .incidentTransition(.trackConfirmed(track: "T2"))),
            (200, "I-2", .incidentOpened),
            (200, "I-2", .incidentTransition(.trackConfirmed(track: "T8"))),
        ]
        if perIncident {
            kinds.append((5400, "I-1", .sensorHits([SensorHits(kind: "thermal", hits: 18, first: 60)])))
            kinds.append((5400, "I-2", .sensorHits([SensorHits(kind: "camera", hits: 4, first: 190)])))
        } else {
            kinds.append((5400, nil, .sensorHits([SensorHits(kind: "fence", hits: 2, first: 30)])))
        }
        return kinds.enumerated().map { i, k in OperationsEvent(run: "r", seq: i + 1, t: k.0, incident: k.1, kind: k.2) }
    }

    @Test func eachIncidentReportsItsOwnHits() throws {
        let record = try RunRecord(events: Self.events(perIncident: true))
        #expect(record.sensorHits(of: "I-1") == [SensorHits(kind: "thermal", hits: 18, first: 60)])
        #expect(record.sensorHits(of: "I-2") == [SensorHits(kind: "camera", hits: 4, first: 190)])
        #expect(record.sensorHits(of: "I-9").isEmpty)
        let aar = AfterActionReport.document(record, incident: try #require(record.incidents["I-2"])).markdown
        #expect(aar.contains("| camera | 4 |"))
        #expect(!aar.contains("thermal"))
        #expect(aar.contains("| First detection | 2019-07-31 23:03"))  // I-2's first hit, t = 190
    }

    @Test func aRunLevelEventStillCountsForEveryIncident() throws {
        let record = try RunRecord(events: Self.events(perIncident: false))
        #expect(record.sensorHits(of: "I-1") == [SensorHits(kind: "fence", hits: 2, first: 30)])
        #expect(record.sensorHits(of: "I-2") == record.sensorHits(of: "I-1"))
    }
}
