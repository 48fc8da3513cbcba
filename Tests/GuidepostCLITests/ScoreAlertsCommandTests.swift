import ArgumentParser
import Border
import Foundation
import GuidepostCore
import Operations
import Scenario
import TestSupport
import Testing
@testable import guidepost

/// `guidepost score-alerts` over `guidepost alerts`' own output on a bundled scenario's border:
/// a person crossing with a human track and a boar with a human-looking track beside a fence.
@Suite struct ScoreAlertsCommandTests {
    @Test func scoresTheAlertsCommandsOutputAgainstTruth() async throws {
        let scenario = "2019-07-31-imjin-river-float"
        let (resolved, border) = try ScenarioFile.load(scenario)
        let s = (resolved.s.lowerBound + resolved.s.upperBound) / 2
        let dir = try TemporaryFolder()
        let north = border.line.normal(at: s)
        var tracks: [String] = [], truth: [String] = []
        for t in stride(from: 0.0, through: 3000, by: 10) {
            // The person walks south at 0.5 m/s from d = 900; track T1 follows 10 m off.
            let p = border.line.point(AlongBorderCoordinate(s: s, d: 900 - 0.5 * t))
            let v = north * -0.5
            truth.append(TruthRecord(t: t, id: "person", x: p.x, y: p.y, kind: .human).jsonLine)
            tracks.append(TrackRecord(t: t, track: "T1", x: p.x + 10, y: p.y, vx: v.x, vy: v.y, targetClass: .human, classProbability: 0.9).jsonLine)
            // A boar 3 km along the border, walking south too, misclassified human: a false alert.
            let b = border.line.point(AlongBorderCoordinate(s: s + 3000, d: 900 - 0.5 * t))
            truth.append(TruthRecord(t: t, id: "boar", x: b.x, y: b.y, kind: .animal).jsonLine)
            tracks.append(TrackRecord(t: t, track: "T2", x: b.x, y: b.y + 20, vx: v.x, vy: v.y, targetClass: .human, classProbability: 0.6).jsonLine)
        }
        truth.insert("{\"t\": oops}", at: 5)  // a corrupt line is reported and skipped
        try Data((tracks.joined(separator: "\n") + "\n").utf8).write(to: URL(fileURLWithPath: dir.path("tracks.jsonl")))
        try Data((truth.joined(separator: "\n") + "\n").utf8).write(to: URL(fileURLWithPath: dir.path("truth.jsonl")))
        try Data("{\"t\": 40.0, \"id\": \"person\", \"sensor\": \"tod-1\", \"kind\": \"thermal\"}\n".utf8)
            .write(to: URL(fileURLWithPath: dir.path("first.jsonl")))
        let alerts = try Guidepost.parseAsRoot([
            "alerts", scenario, "--tracks", dir.path("tracks.jsonl"), "--out", dir.path("alerts.jsonl"), "--seed", "1",
        ])
        guard var run = alerts as? any AsyncParsableCommand else { Issue.record("not async"); return }
        try await run.run()
        var score = try Guidepost.parseAsRoot([
            "score-alerts", scenario, "--truth", dir.path("truth.jsonl"), "--first-detections", dir.path("first.jsonl"),
            "--tracks", dir.path("tracks.jsonl"), "--events", dir.path("alerts.jsonl"), "--json", "--out", dir.path("score.json"),
            "--border-km", "10",
        ])
        // The corrupt truth line is refused: the figures are written, and the status says bad input.
        let failure = #expect(throws: CommandFailure.self) { try score.run() }
        #expect(failure?.kind == .badInput)
        let json = try #require(
            JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: dir.path("score.json")))) as? [String: Any])
        #expect(json["crossings"] as? Int == 1)
        #expect(json["alerted"] as? Int == 1)
        #expect(json["alerts"] as? Int == 2)
        #expect(json["alerts_crosser"] as? Int == 1)
        #expect(json["alerts_animal"] as? Int == 1)
        #expect(json["false_alerts"] as? Int == 1)
        // One false alert over 10 km in 3000 s: 1 / 1 / (3000 / 86400) = 28.8 a day.
        #expect(abs((json["false_per_10km_day"] as? Double ?? 0) - 28.8) < 1e-9)
        // The delay is the policy's raising time for T1 minus the first detection at 40 s.
        let events = try String(contentsOfFile: dir.path("alerts.jsonl"), encoding: .utf8).split(separator: "\n")
            .map { try OperationsEvent.decode($0) }
        let raised = try #require(events.compactMap { e -> Double? in
            if case .alertRaised(let a) = e.kind, a.track == "T1" { return a.t }
            return nil
        }.first)
        #expect(json["median_delay_s"] as? Double == raised - 40)
    }
}
