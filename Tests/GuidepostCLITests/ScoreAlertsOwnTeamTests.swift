import ArgumentParser
import Border
import Foundation
import GuidepostCore
import Scenario
import TestSupport
import Testing
@testable import guidepost

/// `guidepost score-alerts` never counts our own teams as crossers (issue 19): a ROK guidance
/// team whose truth path goes north of the MDL and comes back south "crosses" by geometry, but
/// its truth lines carry `"role": "rok-guidance-team"` and it is not a crossing person.
@Suite struct ScoreAlertsOwnTeamTests {
    /// Truth and tracks over a bundled scenario's border: a person walking south from d = 900
    /// (track T1 beside him), and a team 2 km along the border walking north from d = −600 to
    /// d = +200 and back (track T3 beside it); the team's lines end with `teamSuffix`.
    static func files(_ dir: TemporaryFolder, border: BorderModel, s: Double, teamSuffix: String) throws {
        var tracks: [String] = [], truth: [String] = []
        for t in stride(from: 0.0, through: 3200, by: 10) {
            let p = border.line.point(AlongBorderCoordinate(s: s, d: 900 - 0.5 * t))
            truth.append(TruthRecord(t: t, id: "person", x: p.x, y: p.y, kind: .human).jsonLine)
            tracks.append(TrackRecord(t: t, track: "T1", x: p.x + 10, y: p.y, vx: 0, vy: -0.5, targetClass: .human, classProbability: 0.9).jsonLine)
            let d = t <= 1600 ? -600 + 0.5 * t : 200 - 0.5 * (t - 1600)
            let q = border.line.point(AlongBorderCoordinate(s: s + 2000, d: d))
            let line = TruthRecord(t: t, id: "guidance-team-1", x: q.x, y: q.y, kind: .human).jsonLine
            // Written as text, the role after the last field (as the simulator writes it).
            truth.append(String(line.dropLast()) + teamSuffix + "}")
            tracks.append(TrackRecord(t: t, track: "T3", x: q.x + 10, y: q.y, vx: 0, vy: 0.5, targetClass: .human, classProbability: 0.9).jsonLine)
        }
        try Data((tracks.joined(separator: "\n") + "\n").utf8).write(to: URL(fileURLWithPath: dir.path("tracks.jsonl")))
        try Data((truth.joined(separator: "\n") + "\n").utf8).write(to: URL(fileURLWithPath: dir.path("truth.jsonl")))
        try Data("{\"t\": 40.0, \"id\": \"person\", \"sensor\": \"tod-1\", \"kind\": \"thermal\"}\n".utf8)
            .write(to: URL(fileURLWithPath: dir.path("first.jsonl")))
    }

    /// Scores the files with `score-alerts --json` after `guidepost alerts` made the alert log.
    static func score(_ dir: TemporaryFolder, scenario: String) async throws -> [String: Any] {
        let alerts = try Guidepost.parseAsRoot([
            "alerts", scenario, "--tracks", dir.path("tracks.jsonl"), "--out", dir.path("alerts.jsonl"), "--seed", "1",
        ])
        guard var run = alerts as? any AsyncParsableCommand else { throw ValidationError("alerts is not async") }
        try await run.run()
        var score = try Guidepost.parseAsRoot([
            "score-alerts", scenario, "--truth", dir.path("truth.jsonl"), "--first-detections", dir.path("first.jsonl"),
            "--tracks", dir.path("tracks.jsonl"), "--events", dir.path("alerts.jsonl"), "--json", "--out", dir.path("score.json"),
            "--border-km", "10",
        ])
        try score.run()
        return try #require(
            JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: dir.path("score.json")))) as? [String: Any])
    }

    @Test func aGuidanceTeamThatWentNorthAndBackIsNotACrosser() async throws {
        let scenario = "2019-07-31-imjin-river-float"
        let (resolved, border) = try ScenarioFile.load(scenario)
        let s = (resolved.s.lowerBound + resolved.s.upperBound) / 2
        let dir = try TemporaryFolder()
        try Self.files(dir, border: border, s: s, teamSuffix: ",\"role\":\"rok-guidance-team\"")
        let json = try await Self.score(dir, scenario: scenario)
        #expect(json["crossings"] as? Int == 1, "the team was counted as a crosser: \(json)")
        #expect(json["alerted"] as? Int == 1)
        // An alert on the team is on a human (another human, not a crosser), so never a false one.
        #expect(json["false_alerts"] as? Int == 0)
    }

    /// A truth file from before the field (no role on any line) reads as it always did: the
    /// scorer cannot tell the team, so by geometry it is a crosser.
    @Test func truthWithoutRolesReadsAsBefore() async throws {
        let scenario = "2019-07-31-imjin-river-float"
        let (resolved, border) = try ScenarioFile.load(scenario)
        let s = (resolved.s.lowerBound + resolved.s.upperBound) / 2
        let dir = try TemporaryFolder()
        try Self.files(dir, border: border, s: s, teamSuffix: "")
        let json = try await Self.score(dir, scenario: scenario)
        #expect(json["crossings"] as? Int == 2)
    }

    @Test func aTruthLineReadsItsRoleAndRefusesAnUnknownOne() throws {
        func parse(_ text: String) throws -> TruthRecord {
            try FlatRecordParser.truth(JSONLine(number: 3, bytes: Array(text.utf8)), file: "truth.jsonl")
        }
        let base = "{\"t\":1,\"id\":\"team\",\"x\":2,\"y\":3,\"kind\":\"human\""
        #expect(try parse(base + "}").role == nil)
        #expect(try parse(base + ",\"role\":\"rok-guidance-team\"}").role == .rokGuidanceTeam)
        #expect(try parse(base + ",\"role\":null}").role == nil)
        do {
            _ = try parse(base + ",\"role\":\"kpa-patrol\"}")
            Issue.record("an unknown role was accepted")
        } catch let error as InputError {
            #expect(error.field == "role" && error.line == 3 && "\(error)".contains("kpa-patrol"), "\(error)")
        }
        // The simulator's own lines carry it, and read back the same.
        let written = TruthRecord(t: 5, id: "guidance-team-2", x: 1, y: 2, kind: .human, role: .rokGuidanceTeam)
        #expect(written.jsonLine.contains("\"role\": \"rok-guidance-team\""), "\(written.jsonLine)")
        #expect(try parse(written.jsonLine) == written)
        #expect(!TruthRecord(t: 5, id: "p", x: 1, y: 2, kind: .human).jsonLine.contains("role"))
    }
}
