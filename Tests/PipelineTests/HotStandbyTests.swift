import Border
import GuidepostCore
import Operations
import Pipeline
import StoreCore
import Testing
import Tracking

/// A hot standby's shadow of a sector (`WatchSession` with `shadow`, issue 20): it plays the
/// sector alongside its owner, gated by the owner's recorded progress and writing nothing; when
/// the owner dies and the shadow is promoted, it goes on from where it is — the log comes out
/// exactly as one owner's uninterrupted run — having re-derived only what the owner committed
/// after its last recorded progress, not the sector from its start.
@Suite struct HotStandbyTests {
    /// A log that drops appends until armed (a shadow's), then appends to the shared one.
    actor ArmedLog: EventLog {
        let log: InMemoryEventLog
        var armed = false
        init(_ log: InMemoryEventLog) { self.log = log }
        func arm() { armed = true }
        func append(_ events: [OperationsEvent]) async throws(StoreError) -> Int { armed ? try await log.append(events) : 0 }
        func events(run: RunID) async throws(StoreError) -> [OperationsEvent] { try await log.events(run: run) }
        func events(incident: IncidentID) async throws(StoreError) -> [OperationsEvent] { try await log.events(incident: incident) }
        func runs() async -> [RunID] { await log.runs() }
        func lastSequence(run: RunID) async -> Int { await log.lastSequence(run: run) }
    }

    actor Progress {
        var t: Double?
        func reached(_ x: Double) { t = max(t ?? -.infinity, x) }
        func value() -> Double? { t }
    }

    static let run: RunID = "RUN-west"

    /// The west sector's watch over the walk of `IncidentHandoverTests` (no neighbour linked).
    static func session<Log: EventLog>(
        log: Log, shared: InMemoryEventLog, progress: Progress, shadow: Bool, records: @escaping @Sendable () async -> Bool, slow: Bool
    ) throws -> WatchSession<SectorLinkTests.Scans, Log> {
        let sectors = try IncidentHandoverTests.sectors()
        var scans: [FieldScan] = []
        for k in 0...Int(SectorLinkTests.end / 5) {
            let t = Double(k) * 5
            let c = IncidentHandoverTests.person(at: t, boundary: sectors.boundary)
            let d = Detection(time: t, position: sectors.border.line.point(c), covariance: Covariance2(xx: 25, yy: 25), thermalSize: 1.7)
            let mine = c.s <= sectors.boundary + 2000
            scans.append(FieldScan(t: t, detections: mine ? [d] : [], kinds: mine ? [.thermal] : []))
        }
        let engine = OperationsEngine(
            run: run, facts: sectors.facts, border: sectors.border, tracker: TrackerConfiguration().makeTracker(),
            lines: .of(sectors.border), operator: try #require(ConfiguredOperator(model: "attentive", seed: 1)),
            configuration: IncidentHandoverTests.configuration("west", -Double.infinity...sectors.boundary, below: nil, above: "east"),
            light: { _ in .night })
        let link = SectorLink(
            sector: "west", neighbours: [],
            reached: { t in if await records() { await progress.reached(t) } },
            progress: { _ in await progress.value() },
            handovers: { _, _ in [] },
            stored: { run, after in
                let all = (try? await shared.events(run: run)) ?? []
                let inputs = all.filter { e in
                    guard e.seq > after else { return false }
                    switch e.kind {
                    case .decision, .incidentAdopted: return true
                    default: return false
                    }
                }
                return (all.last?.seq ?? 0, inputs)
            })
        return WatchSession(
            engine: engine, field: SectorLinkTests.Scans(scans, slow: slow), log: log, run: run, end: SectorLinkTests.end, speed: .infinity,
            clock: nil, link: link, shadow: shadow)
    }

    @Test(.timeLimit(.minutes(3))) func aPromotedShadowGoesOnFromWhereTheOwnerStoppedAndTheLogIsExact() async throws {
        // The reference: one owner, uninterrupted.
        let reference = InMemoryEventLog()
        try await Self.session(log: reference, shared: reference, progress: Progress(), shadow: false, records: { true }, slow: false).run()
        let expected = try await reference.events(run: Self.run)
        #expect(expected.contains { if case .incidentHandedAcross = $0.kind { true } else { false } })

        // The owner, slowed, and its shadow; the owner dies half-way.
        let shared = InMemoryEventLog()
        let progress = Progress()
        let owner = try Self.session(log: shared, shared: shared, progress: progress, shadow: false, records: { true }, slow: true)
        let shadowLog = ArmedLog(shared)
        let shadow = try Self.session(
            log: shadowLog, shared: shared, progress: progress, shadow: true, records: { await shadowLog.armed }, slow: false)
        let ownerTask = Task { try await owner.run() }
        let shadowTask = Task { try await shadow.run() }
        while (await progress.value() ?? 0) < SectorLinkTests.end / 2 { try await Task.sleep(for: .milliseconds(10)) }
        ownerTask.cancel()
        _ = try? await ownerTask.value
        let stopped = try #require(await progress.value())
        let written = await shared.lastSequence(run: Self.run)
        #expect(written < expected.count, "the owner died before the end")
        // Unpromoted, the shadow comes up to the owner's last recorded progress by itself (and
        // no further: it waits there).
        let clock = ContinuousClock(), began = clock.now
        while await shadow.current().t < stopped - 10, clock.now - began < .seconds(60) { try await Task.sleep(for: .milliseconds(20)) }
        try await Task.sleep(for: .milliseconds(200))
        #expect(await shadow.isShadow())
        #expect(await shadow.current().t <= stopped, "a shadow does not run past its owner")
        let behind = stopped - (await shadow.current().t)
        #expect(behind <= 10, "the shadow was \(behind) s of feed behind the owner's last recorded progress")
        #expect(await shared.lastSequence(run: Self.run) == written, "a shadow writes nothing")
        // Promoted: it writes, and the run comes out as the reference's, event for event.
        await shadowLog.arm()
        #expect(await shadow.promote())
        try await shadowTask.value
        #expect(try await shared.events(run: Self.run) == expected)
    }
}
