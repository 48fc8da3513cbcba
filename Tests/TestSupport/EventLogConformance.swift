import StoreCore
public import GuidepostCore
public import Operations

/// The store conformance suite (STYLE.md §6.5.10): every `EventLog` adapter must pass these
/// checks. Each returns a list of failures (empty = passed) so that any test framework can
/// report them; test targets call `EventLogConformance.failures(of:)` with a fresh store.
public enum EventLogConformance {
    /// A synthetic but realistic run: an alert, an incident carried to custody and closure.
    public static func sampleRun(_ run: RunID, incident: IncidentID = "I-1") -> [OperationsEvent] {
        let kinds: [(Double, IncidentID?, OperationsEvent.Kind)] = [
            (0, nil, .runStarted(PublicFacts(
                scenario: "synthetic", start: "2025-10-19T07:00:00+09:00", front: "central front", sector: "Cheorwon",
                subject: "a North Korean soldier"))),
            (12, nil, .alertRaised(Alert(
                id: "A1", t: 12, track: "T1", x: 1_000_000, y: 2_000_100, s: 100_000, d: 100, targetClass: .human,
                confidence: 0.9, timeToMDL: 200, timeToFence: nil, reason: .approachingMDL))),
            (40, nil, .alertAcknowledged(alert: "A1", reason: "operator confirmed")),
            (40, incident, .incidentOpened),
            (40, incident, .incidentTransition(.trackConfirmed(track: "T1"))),
            (60, incident, .incidentTransition(.assessed(summary: "person heading south"))),
            (90, incident, .incidentTransition(.guidanceDispatched(team: "team-1"))),
            (600, incident, .incidentTransition(.contactMade)),
            (660, incident, .incidentTransition(.custodySecured)),
            (700, incident, .reportWritten(report: "press-statement")),
        ]
        return kinds.enumerated().map { i, k in OperationsEvent(run: run, seq: i + 1, t: k.0, incident: k.1, kind: k.2) }
    }

    /// Runs every check against `store` (which must start empty) and returns the failures.
    public static func failures(of store: some EventLog) async -> [String] {
        var failures: [String] = []
        func check(_ ok: Bool, _ what: String) { if !ok { failures.append(what) } }
        let a = sampleRun("run-a")
        let b = sampleRun("run-b", incident: "I-2")
        do {
            check(try await store.runs().isEmpty, "a new store lists no runs")
            check(try await store.lastSequence(run: "run-a") == 0, "lastSequence of an unknown run is 0")
            // Two batches, then the whole run again (a resumed run re-appending): nothing doubles.
            check(try await store.append(Array(a[..<4])) == 4, "first batch inserts 4")
            check(try await store.append(Array(a[4...])) == a.count - 4, "second batch inserts the rest")
            check(try await store.append(a) == 0, "re-appending committed events inserts nothing")
            check(try await store.append(b) == b.count, "a second run appends independently")
            check(try await store.events(run: "run-a") == a, "events(run:) returns the run in order, unchanged")
            check(try await store.lastSequence(run: "run-a") == a.count, "lastSequence is the count")
            check(try await store.runs() == ["run-a", "run-b"], "runs() sorted")
            let i1 = try await store.events(incident: "I-1")
            check(i1 == a.filter { $0.incident == "I-1" }, "events(incident:) returns that incident's events")
            // Replay equals live.
            var live = Incident(id: "I-1", openedAt: 40)
            for e in a { if case .incidentTransition(let ev) = e.kind { _ = try live.handle(ev, at: e.t) } }
            check(try IncidentLog.replay(try await store.events(run: "run-a"))["I-1"] == live, "replay from the store equals the live incident")
        } catch {
            failures.append("unexpected error: \(error)")
        }
        // Conflicts leave the store unchanged, and a refused batch stores none of its events.
        var changed = a[5]
        changed.t += 1
        failures += await StoreExpectation.failures(expecting: .conflict, "same (run, seq), other content") { () async throws(StoreError) in _ = try await store.append([changed]) }
        let gap = OperationsEvent(run: "run-a", seq: a.count + 3, t: 900, kind: .note("gap"))
        let next = OperationsEvent(run: "run-a", seq: a.count + 1, t: 900, kind: .note("next"))
        failures += await StoreExpectation.failures(expecting: .conflict, "a gap in the sequence") { () async throws(StoreError) in _ = try await store.append([next, gap]) }
        let bad = OperationsEvent(run: "run-c", seq: 1, t: .nan, kind: .note("bad time"))
        failures += await StoreExpectation.failures(expecting: .conflict, "a non-finite time") { () async throws(StoreError) in _ = try await store.append([bad]) }
        failures += await StoreExpectation.failures(expecting: .notFound, "an unknown run") { () async throws(StoreError) in _ = try await store.events(run: "nope") }
        failures += await StoreExpectation.failures(expecting: .notFound, "an unknown incident") { () async throws(StoreError) in _ = try await store.events(incident: "nope") }
        do {
            check(try await store.lastSequence(run: "run-a") == a.count, "a refused batch is not partly stored")
            check(try await store.runs() == ["run-a", "run-b"], "a refused batch creates no run")
            check(try await store.append([next]) == 1, "after refusals the next event still appends")
        } catch {
            failures.append("unexpected error after conflicts: \(error)")
        }
        return failures
    }
}
