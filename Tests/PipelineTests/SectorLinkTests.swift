import Border
import GuidepostCore
import Operations
import Pipeline
import StoreCore
import Testing
import Tracking

/// Two sector watches (`WatchSession`) hand an incident across their boundary through a shared
/// log (`SectorLink`, issue 20), played concurrently and as fast as they go: the receiving watch
/// waits for its neighbour's progress before it takes a hand-over on, so however the two race,
/// the logs are the same — and a receiving watch re-derived from a part of its log (a failover)
/// writes exactly the same events again. The sending watch is made slow, so the receiving one
/// would run ahead of it and miss the hand-over (opening an incident of its own) without the wait.
@Suite struct SectorLinkTests {
    /// Scans from a list, nothing carried out; a slow one sleeps before each (a neighbour that
    /// lags behind, which the other watch must wait for).
    final class Scans: WatchFeed {
        var scans: [FieldScan]
        let slow: Bool
        init(_ scans: [FieldScan], slow: Bool) {
            self.scans = scans.reversed()
            self.slow = slow
        }
        func nextScan(isolation: isolated (any Actor)?) async -> FieldScan? {
            if slow { try? await Task.sleep(for: .milliseconds(3)) }
            return scans.popLast()
        }
        func carryOut(_ command: FieldCommand) {}
        var health: FeedHealth { FeedHealth() }
    }

    /// How far each sector's log is complete, as the store keeps it.
    actor Board {
        var progress: [String: Double] = [:]
        var asked = 0
        func reached(_ sector: String, _ t: Double) { progress[sector] = max(progress[sector] ?? -.infinity, t) }
        func of(_ sector: String) -> Double? {
            asked += 1
            return progress[sector]
        }
    }

    static let end = 5400.0

    /// The watch of `sector` over its share of the walk of `IncidentHandoverTests`.
    static func session(
        _ sector: String, neighbour: String, log: InMemoryEventLog, board: Board, sectors: IncidentHandoverTests.Sectors
    ) throws -> WatchSession<Scans, InMemoryEventLog> {
        let west = sector == "west"
        var scans: [FieldScan] = []
        for k in 0...Int(end / 5) {
            let t = Double(k) * 5
            let c = IncidentHandoverTests.person(at: t, boundary: sectors.boundary)
            let d = Detection(time: t, position: sectors.border.line.point(c), covariance: Covariance2(xx: 25, yy: 25), thermalSize: 1.7)
            let mine = west ? c.s <= sectors.boundary + 2000 : c.s >= sectors.boundary - 2000
            scans.append(FieldScan(t: t, detections: mine ? [d] : [], kinds: mine ? [.thermal] : []))
        }
        let configuration = west
            ? IncidentHandoverTests.configuration("west", -Double.infinity...sectors.boundary, below: nil, above: "east")
            : IncidentHandoverTests.configuration("east", sectors.boundary...Double.infinity, below: "west", above: nil)
        let engine = OperationsEngine(
            run: RunID("RUN-\(sector)"), facts: sectors.facts, border: sectors.border, tracker: TrackerConfiguration().makeTracker(),
            lines: .of(sectors.border), operator: try #require(ConfiguredOperator(model: "attentive", seed: 1)),
            configuration: configuration, light: { _ in .night })
        let link = SectorLink(
            sector: sector, neighbours: [(neighbour, RunID("RUN-\(neighbour)"))],
            reached: { t in await board.reached(sector, t) },
            progress: { s in await board.of(s) },
            handovers: { run, after in
                ((try? await log.events(run: run)) ?? []).compactMap { e in
                    if e.seq > after, case .incidentHandedAcross(let h) = e.kind { (e.seq, h) } else { nil }
                }
            })
        return WatchSession(
            engine: engine, field: Scans(scans, slow: west), log: log, run: RunID("RUN-\(sector)"), end: end, speed: .infinity, clock: nil, link: link)
    }

    /// Plays both watches at once over `log`; returns each run's events as JSON lines.
    static func playBoth(_ log: InMemoryEventLog, board: Board = Board()) async throws -> (west: [String], east: [String]) {
        let sectors = try IncidentHandoverTests.sectors()
        let west = try session("west", neighbour: "east", log: log, board: board, sectors: sectors)
        let east = try session("east", neighbour: "west", log: log, board: board, sectors: sectors)
        async let w: Void = west.run()
        async let e: Void = east.run()
        _ = try await (w, e)
        return (try await log.events(run: "RUN-west").map(\.jsonLine), try await log.events(run: "RUN-east").map(\.jsonLine))
    }

    @Test(.timeLimit(.minutes(3))) func twoWatchesHandTheIncidentAcrossTheSameWayEveryTime() async throws {
        let first = try await Self.playBoth(InMemoryEventLog())
        #expect(first.west.contains { $0.contains("\"incidentHandedAcross\"") })
        #expect(first.east.contains { $0.contains("\"incidentAdopted\"") }, "the east took the incident on")
        #expect(!first.east.contains { $0.contains("\"incidentOpened\"") }, "and opened none of its own")
        for _ in 0..<2 {
            let again = try await Self.playBoth(InMemoryEventLog())
            #expect(again.west == first.west)
            #expect(again.east == first.east)
        }
    }

    @Test(.timeLimit(.minutes(3))) func aReceivingWatchReDerivedAfterAFailoverWritesTheSameEvents() async throws {
        let whole = InMemoryEventLog()
        let board = Board()
        _ = try await Self.playBoth(whole, board: board)
        let west = try await whole.events(run: "RUN-west"), east = try await whole.events(run: "RUN-east")
        let adoption = try #require(east.firstIndex { if case .incidentAdopted = $0.kind { true } else { false } })
        // The east's owner died just after taking the incident on: the store holds the west's
        // run and the east's up to there; a new owner re-derives the east (the west is done).
        for cut in [adoption + 1, adoption + 3] {
            let log = InMemoryEventLog()
            try await log.append(west)
            try await log.append(Array(east.prefix(cut)))
            let sectors = try IncidentHandoverTests.sectors()
            let session = try Self.session("east", neighbour: "west", log: log, board: board, sectors: sectors)
            try await session.run()
            #expect(try await log.events(run: "RUN-east") == east, "cut after \(cut) events")
        }
    }
}
