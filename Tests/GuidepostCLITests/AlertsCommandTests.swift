import ArgumentParser
import Border
import Foundation
import GuidepostCore
import Operations
import Scenario
import StoreSQLite
import TestSupport
import Testing
@testable import guidepost

/// `guidepost alerts`: the policy over a track file on a bundled scenario's border.
@Suite struct AlertsCommandTests {
    @Test func aCrossingTrackRaisesOneAcknowledgedAlertAndIsStored() async throws {
        let (resolved, border) = try ScenarioFile.load("2019-07-31-imjin-river-float")
        let s = (resolved.s.lowerBound + resolved.s.upperBound) / 2
        let dir = try TemporaryFolder()
        let tracks = dir.path("tracks.jsonl")
        let north = border.line.normal(at: s)
        var lines: [String] = []
        for t in stride(from: 0.0, through: 3000, by: 10) {
            let p = border.line.point(AlongBorderCoordinate(s: s, d: 900 - 0.5 * t))
            let v = north * -0.5
            lines.append(TrackRecord(t: t, track: "T1", x: p.x, y: p.y, vx: v.x, vy: v.y, targetClass: .human, classProbability: 0.9).jsonLine)
            // A boar grazing in place 500 m away stays suppressed (one walking south with the man
            // would be doubted and alerted as unknown, as in `guidepost run`: AlertFrontTests).
            let b = border.line.point(AlongBorderCoordinate(s: s + 500, d: 600))
            lines.append(TrackRecord(t: t, track: "B1", x: b.x, y: b.y, vx: 0, vy: 0, targetClass: .animal, classProbability: 0.8).jsonLine)
        }
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: URL(fileURLWithPath: tracks))
        let out = dir.path("alerts.jsonl")
        let db = dir.path("store.sqlite")
        let command = try Guidepost.parseAsRoot([
            "alerts", "2019-07-31-imjin-river-float", "--tracks", tracks, "--out", out, "--db", db, "--seed", "3", "--run", "r1",
        ])
        guard var run = command as? any AsyncParsableCommand else { Issue.record("not async"); return }
        try await run.run()
        let written = try String(contentsOfFile: out, encoding: .utf8).split(separator: "\n").map { try OperationsEvent.decode($0) }
        let names = written.map(\.kind.name)
        #expect(names == ["run_started", "alert_raised", "alert_acknowledged"], "\(names)")
        #expect(written.map(\.seq) == [1, 2, 3])
        #expect(try await SQLiteEventLog(path: db).events(run: "r1") == written)
        // Same input and seed: byte-identical output.
        let again = dir.path("again.jsonl")
        let second = try Guidepost.parseAsRoot([
            "alerts", "2019-07-31-imjin-river-float", "--tracks", tracks, "--out", again, "--seed", "3", "--run", "r1",
        ])
        guard var rerun = second as? any AsyncParsableCommand else { Issue.record("not async"); return }
        try await rerun.run()
        #expect(try Data(contentsOf: URL(fileURLWithPath: again)) == Data(contentsOf: URL(fileURLWithPath: out)))
        let record = try RunRecord(events: written)
        #expect(record.facts.subject == "a North Korean soldier")
        #expect(record.alerts.first?.final?.status == .acknowledged)
    }
}
