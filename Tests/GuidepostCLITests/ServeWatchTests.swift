import FieldSimulation
import Foundation
import GuidepostCore
import Operations
import Pipeline
import StoreSQLite
import TestSupport
import Testing
@testable import guidepost

/// The live watch on the 2021 Goseong swimmer with a person deciding: the alert on him is
/// acknowledged by an operator, the proposed guidance approved by the commander, and the store
/// shows their names on each decision; a second watch over the same store (a restart after a
/// kill) re-derives the run and re-applies the decisions to the same log.
@Suite(.timeLimit(.minutes(10)))
struct ServeWatchTests {
    static let scenario = "2021-02-16-goseong-swimmer"

    /// Paced at 100× from 01:03 (he lands about 01:05), so people have a few real seconds to act
    /// before an unanswered alert escalates by itself; before that, and on the restart, unpaced.
    func session(db: String, run: RunID, speed: Double = 100) throws -> WatchSession<FieldChannelFeed<SimulatedField>, SQLiteEventLog> {
        let (resolved, border) = try ScenarioFile.load(repositoryRoot() + "/scenarios/\(Self.scenario).yaml")
        let watch = try ServeSetup.watch(resolved, border: border, seed: 216, run: run, operatorModel: "person", dispatch: .commander)
        let engine = watch.engine, end = watch.end
        let field = watch.field
        return WatchSession(engine: engine, field: field, log: try SQLiteEventLog(path: db), run: run, end: end, speed: speed, clock: nil, pacedFrom: 3780)
    }

    @Test func aPersonHandlesTheSwimmerAndARestartReappliesTheirDecisions() async throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("serve-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let db = dir + "/watch.sqlite"
        let run = RunID("swimmer-live")
        let watch = try session(db: db, run: run)
        // The people at the console: act on what the frames show, as they come.
        let people = Task {
            var acknowledged: String?
            var approved = false
            for await frame in await watch.frames(buffer: 64) {
                if acknowledged == nil, let a = frame.alerts.first(where: { $0.rank != nil && $0.camera == "human" }) {
                    if (try? await watch.answer(alert: a.id, .acknowledge, by: "kim", role: "watch-operator", reason: "a man on the camera")) != nil {
                        acknowledged = a.id
                    }
                }
                if !approved, let i = frame.incidents.first(where: { $0.proposal != nil }) {
                    approved = (try? await watch.approveDispatch(incident: i.id, by: "park", role: "watch-commander", reason: "")) != nil
                    // Nothing more to decide: the rest of the night plays unpaced.
                    if approved { await watch.setSpeed(.infinity) }
                }
            }
            return (acknowledged, approved)
        }
        try await watch.run()
        let (acknowledged, approved) = await people.value
        #expect(acknowledged != nil)
        #expect(approved)
        let events = try await SQLiteEventLog(path: db).events(run: run)
        let decisions = events.compactMap { e -> OperatorDecision? in if case .decision(let d) = e.kind { d } else { nil } }
        #expect(decisions.contains { $0.by == "kim" && $0.answer == .acknowledge && $0.alert?.rawValue == acknowledged })
        #expect(decisions.contains { $0.by == "park" && $0.answer == .approveDispatch })
        // The acknowledgement names who gave it; the team went on the commander's approval and the man was secured.
        #expect(events.contains { if case .alertAcknowledged(_, let reason) = $0.kind { reason.contains("by kim (watch-operator)") } else { false } })
        let final = await watch.current()
        let states = Set(final.incidents.map(\.state))
        #expect(!states.isDisjoint(with: ["secured", "questioning", "intent_confirmed", "handed_over", "closed"]), "\(final.incidents.map { ($0.id, $0.state) })")
        // Restart over the same store: the run is re-derived, the decisions re-applied at their
        // places, and the store finds nothing new or conflicting.
        let again = try session(db: db, run: run, speed: .infinity)
        try await again.run()
        let after = try await SQLiteEventLog(path: db).events(run: run)
        #expect(after == events)
        #expect(await again.current().incidents.map(\.state) == final.incidents.map(\.state))
    }
}
