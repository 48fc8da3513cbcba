import Evaluation
import Foundation
import GuidepostCore
import Operations
import TestSupport
import Testing
@testable import guidepost

/// `guidepost run` on a man who steps on a mine: the posts that hear it report the blast, the
/// engine raises and escalates an alert there at once, and the casualty's incident is the one
/// that alert opened; `score-alerts` scores the alert by its place.
@Suite struct MineBlastRunTests {
    @Test func aMineBlastIsAlertedAndOpensTheCasualtysIncident() async throws {
        // 2025-07-03's ground with its minefield sown thick, an hour of its first night, and a
        // man walking straight south from the DMZ's northern edge.
        let source = try String(contentsOfFile: repositoryRoot() + "/scenarios/2025-07-03-central-west-civilian.yaml", encoding: .utf8)
        let conditions = try #require(source.range(of: "conditions:\n")), window = try #require(source.range(of: "window:\n"))
        let actors = try #require(source.range(of: "actors:\n"))
        var text = String(source[..<conditions.upperBound]) + "  - {light: night, moon: 0, wind: 1, temperature: 22}\n"
            + String(source[window.lowerBound..<actors.upperBound]) + """
              - id: walker
                kind: person
                status: civilian
                intent: defect
                appears: 03:00
                route:
                  - at: {near: central-west, ds: -300, d: 2100}
                  - at: {near: central-west, ds: -300, d: -1500}
                    speed: 0.8

            """
        for (old, new) in [("mines_per_m2: 0.005", "mines_per_m2: 20"), ("duration: 21h", "duration: 1h")] {
            #expect(text.contains(old))
            text = text.replacingOccurrences(of: old, with: new)
        }
        let dir = try TemporaryFolder()
        try Data(text.utf8).write(to: URL(fileURLWithPath: dir.path("mined.yaml")))
        let (scenario, border) = try ScenarioFile.load(dir.path("mined.yaml"))
        let result = try await RunPipeline.play(scenario, border: border, seed: 703, legacy: false, run: RunID("mined")) { _, _ in }

        let blasts = result.events.compactMap { e -> Alert? in
            if case .alertRaised(let a) = e.kind, a.reason == .blastHeard { a } else { nil }
        }
        let blast = try #require(blasts.first, "no blast alert in \(result.events.count) events")
        #expect(blasts.count == 1)
        #expect(result.events.contains { if case .alertEscalated(blast.id, _) = $0.kind { $0.t == blast.t } else { false } })
        #expect(result.incidents.map(\.state) == [.casualty])
        #expect(result.incidents.first.flatMap { result.firstAlert[$0.id] } == blast.t)
        let replayed = try IncidentLog.replay(result.events)
        #expect(result.incidents.allSatisfy { replayed[$0.id] == $0 })

        // The scorer reads the blast alert with its place (its pseudo-track has no reports).
        let path = dir.path("events.jsonl")
        try Data(result.events.map { $0.jsonLine + "\n" }.joined().utf8).write(to: URL(fileURLWithPath: path))
        let scored = try Guidepost.ScoreAlerts.alerts(path, actedOn: true) { Issue.record("\($0)") }
        let mine = try #require(scored.first { $0.id == blast.id.rawValue })
        #expect(mine.place == Point(x: blast.x, y: blast.y) && mine.t == blast.t)
    }
}
