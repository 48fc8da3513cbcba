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

/// Lines out of time order, absurd times and repeated lines, through the commands that read
/// them: each bad line is reported with its line number and skipped, nothing traps, nothing is
/// counted twice, and the run ends with the bad-input status (65) instead of a silent 0.
@Suite struct TimeOrderCommandTests {
    static let scenario = "2019-07-31-imjin-river-float"

    /// A person walking south across the scenario's border, one track line every 10 s, and a
    /// boar grazing beside him.
    static func trackLines() throws -> [String] {
        let (resolved, border) = try ScenarioFile.load(scenario)
        let s = (resolved.s.lowerBound + resolved.s.upperBound) / 2
        let v = border.line.normal(at: s) * -0.5
        var lines: [String] = []
        for t in stride(from: 0.0, through: 2000, by: 10) {
            let p = border.line.point(AlongBorderCoordinate(s: s, d: 900 - 0.5 * t))
            lines.append(TrackRecord(t: t, track: "T1", x: p.x, y: p.y, vx: v.x, vy: v.y, targetClass: .human, classProbability: 0.9).jsonLine)
            let b = border.line.point(AlongBorderCoordinate(s: s + 500, d: 600))
            lines.append(TrackRecord(t: t, track: "B1", x: b.x, y: b.y, vx: 0, vy: 0, targetClass: .animal, classProbability: 0.8).jsonLine)
        }
        return lines
    }

    static func write(_ lines: [String], to path: String) throws {
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: URL(fileURLWithPath: path))
    }

    /// `guidepost alerts` used to stop with SIGILL (a precondition in the alert policy) on each of
    /// these; now each bad line is reported and skipped.
    @Test(.enabled(if: GuidepostProcess.available))
    func alertsSurvivesTracksOutOfOrder() throws {
        let dir = try TemporaryFolder()
        let lines = try Self.trackLines()
        let far = TrackRecord(t: 1e300, track: "T9", x: 0, y: 0, vx: 0, vy: 0, targetClass: .human, classProbability: 1).jsonLine
        let past = TrackRecord(t: -1e300, track: "T9", x: 0, y: 0, vx: 0, vy: 0, targetClass: .human, classProbability: 1).jsonLine
        var swapped = lines
        swapped.swapAt(10, 12)  // T1 at t = 50 before T1 at t = 60
        let variants: [(String, [String])] = [
            ("clean", lines), ("swapped", swapped), ("reversed", lines.reversed()), ("doubled", lines + lines),
            ("far", [far] + lines), ("past", [past] + lines), ("farMiddle", Array(lines[..<20]) + [far] + Array(lines[20...])),
        ]
        var outputs: [String: String] = [:]
        for (name, content) in variants {
            let tracks = dir.path("\(name).jsonl"), out = dir.path("\(name)-alerts.jsonl")
            try Self.write(content, to: tracks)
            let r = try GuidepostProcess.run(["alerts", Self.scenario, "--tracks", tracks, "--out", out, "--seed", "1", "--run", "r"])
            #expect(!r.signalled, "\(name): ended by a signal: \(r.err.suffix(300))")
            #expect(r.status == (name == "clean" ? 0 : ExitStatus.badInput), "\(name): \(r.status) \(r.err.suffix(300))")
            if name != "clean" { #expect(r.err.contains("\(name).jsonl:"), "\(name): each bad line is named: \(r.err.prefix(300))") }
            outputs[name] = try? String(contentsOfFile: out, encoding: .utf8)
        }
        let clean = try #require(outputs["clean"])
        #expect(clean.contains("alertRaised"))
        // A repeated copy, or an absurd line, costs only itself: the alerts are the clean file's.
        for name in ["doubled", "far", "past", "farMiddle"] { #expect(outputs[name] == clean, "\(name)") }
        #expect(outputs["swapped"]?.contains("alertRaised") == true)
    }

    /// One detection far in the future used to make every later detection late: 0 tracks, exit 0.
    @Test func aFarFutureDetectionCostsOnlyItself() throws {
        let dir = try TemporaryFolder()
        var rng = SeededGenerator(seed: 9)
        var detections: [String] = [], scans: [String] = []
        for k in 0..<60 {
            let x = 1_034_512.0 + 1.3 * Double(k) + 3 * rng.normal(), y = 2_012_345.0 + 3 * rng.normal()
            detections.append(DetectionRecord(t: Double(k), sensor: "tod-07", x: x, y: y, cov: .isotropic(sigma: 3)).jsonLine)
            scans.append(ScanRecord(t: Double(k)).jsonLine)
        }
        let far = DetectionRecord(t: 9e8, sensor: "tod-07", x: 1_034_512, y: 2_012_345, cov: .isotropic(sigma: 3)).jsonLine
        try Self.write(detections, to: dir.path("clean.jsonl"))
        try Self.write([far] + detections, to: dir.path("far.jsonl"))
        try Self.write(scans, to: dir.path("scans.jsonl"))
        try Self.write([ScanRecord(t: 9e8).jsonLine] + scans, to: dir.path("far-scans.jsonl"))
        let clean = try Guidepost.TrackCommand.parse([dir.path("clean.jsonl"), "--scans", dir.path("scans.jsonl"), "--out", dir.path("clean-t.jsonl")])
        try clean.run()
        let reference = try String(contentsOfFile: dir.path("clean-t.jsonl"), encoding: .utf8)
        #expect(reference.split(separator: "\n").count > 40)
        for (input, scanFile) in [("far.jsonl", "scans.jsonl"), ("clean.jsonl", "far-scans.jsonl")] {
            let out = dir.path("\(input)-\(scanFile)-t.jsonl")
            let command = try Guidepost.TrackCommand.parse([dir.path(input), "--scans", dir.path(scanFile), "--out", out])
            let failure = #expect(throws: CommandFailure.self) { try command.run() }
            #expect(failure?.kind == .badInput)
            #expect(try String(contentsOfFile: out, encoding: .utf8) == reference, "\(input) with \(scanFile)")
        }
    }

    /// One alarm far in the future used to hold back every alarm after it (`alerts --legacy`).
    @Test func aFarFutureAlarmDoesNotHoldBackTheOthers() throws {
        let dir = try TemporaryFolder()
        try Self.write(
            [#"{"t": 1e8, "kind": "fence_alarm", "x": 1, "y": 2}"#, #"{"t": 10, "kind": "fence_alarm", "x": 1, "y": 2}"#,
             #"{"t": 20, "kind": "thermal_alarm"}"#, #"{"t": 25, "kind": "note"}"#, #"{"t": 30, "kind": "fence_alarm"}"#],
            to: dir.path("events.jsonl"))
        var errors: [InputError] = []
        var feed = try AlarmFeed(path: dir.path("events.jsonl")) { errors.append($0) }
        var times: [Double] = []
        while let a = feed.next(until: 1000) { times.append(a.t) }
        #expect(times == [10, 20, 30])
        #expect(errors.map(\.line) == [1])
    }

    /// `score` used to count a repeated line twice.
    @Test func scoreCountsARepeatedLineOnce() throws {
        let dir = try TemporaryFolder()
        var truth: [String] = [], tracks: [String] = []
        for t in stride(from: 0.0, through: 100, by: 10) {
            truth.append(TruthRecord(t: t, id: "p", x: t, y: 0, kind: .human).jsonLine)
            tracks.append(TrackRecord(t: t, track: "T1", x: t + 3, y: 0, vx: 1, vy: 0, targetClass: .human, classProbability: 1).jsonLine)
            tracks.append(TrackRecord(t: t, track: "T2", x: t + 400, y: 0, vx: 1, vy: 0, targetClass: .human, classProbability: 1).jsonLine)
        }
        try Self.write(truth, to: dir.path("truth.jsonl"))
        try Self.write(tracks, to: dir.path("tracks.jsonl"))
        try Self.write(truth + truth, to: dir.path("truth2.jsonl"))
        try Self.write(tracks + tracks.reversed(), to: dir.path("tracks2.jsonl"))
        let single = try Guidepost.ScoreCommand.parse([dir.path("truth.jsonl"), dir.path("tracks.jsonl")])
        var refused = 0
        let reference = try single.summary(refused: &refused)
        #expect(refused == 0)
        let doubled = try Guidepost.ScoreCommand.parse([dir.path("truth2.jsonl"), dir.path("tracks2.jsonl")])
        let summary = try doubled.summary(refused: &refused)
        #expect(refused == truth.count + tracks.count)
        #expect(summary == reference)
        let failure = #expect(throws: CommandFailure.self) { try doubled.run() }
        #expect(failure?.kind == .badInput)
    }

    /// `score-alerts` used to score a reversed truth file as 0 crossings, and a doubled alert log
    /// as twice the alerts.
    @Test func scoreAlertsDependsOnNeitherOrderNorRepeats() async throws {
        let dir = try TemporaryFolder()
        let (resolved, border) = try ScenarioFile.load(Self.scenario)
        let s = (resolved.s.lowerBound + resolved.s.upperBound) / 2
        var truth: [String] = []
        for t in stride(from: 0.0, through: 2000, by: 10) {
            let p = border.line.point(AlongBorderCoordinate(s: s, d: 900 - 0.5 * t))
            truth.append(TruthRecord(t: t, id: "person", x: p.x, y: p.y, kind: .human).jsonLine)
        }
        try Self.write(try Self.trackLines(), to: dir.path("tracks.jsonl"))
        try Self.write(truth, to: dir.path("truth.jsonl"))
        try Self.write(truth.reversed(), to: dir.path("truth-reversed.jsonl"))
        try Self.write([#"{"t": 40.0, "id": "person"}"#], to: dir.path("first.jsonl"))
        let alerts = try Guidepost.parseAsRoot(["alerts", Self.scenario, "--tracks", dir.path("tracks.jsonl"), "--out", dir.path("alerts.jsonl"), "--seed", "1"])
        guard var run = alerts as? any AsyncParsableCommand else { Issue.record("not async"); return }
        try await run.run()
        let log = try String(contentsOfFile: dir.path("alerts.jsonl"), encoding: .utf8)
        try Data((log + log).utf8).write(to: URL(fileURLWithPath: dir.path("alerts-doubled.jsonl")))
        func score(truth: String, events: String) throws -> ([String: Any], CommandFailure?) {
            let out = dir.path("score-\(UUID().uuidString).json")
            let command = try Guidepost.ScoreAlerts.parse([
                Self.scenario, "--truth", dir.path(truth), "--first-detections", dir.path("first.jsonl"), "--tracks", dir.path("tracks.jsonl"),
                "--events", dir.path(events), "--json", "--out", out, "--border-km", "10",
            ])
            var failure: CommandFailure?
            do { try command.run() } catch let f as CommandFailure { failure = f }
            let json = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: out))) as? [String: Any] ?? [:]
            return (json, failure)
        }
        let (reference, none) = try score(truth: "truth.jsonl", events: "alerts.jsonl")
        #expect(none == nil)
        #expect(reference["crossings"] as? Int == 1 && reference["alerted"] as? Int == 1)
        let (reversed, sorted) = try score(truth: "truth-reversed.jsonl", events: "alerts.jsonl")
        #expect(sorted == nil, "a reversed truth file is sorted, not refused")
        #expect(reversed["crossings"] as? Int == 1 && reversed["alerted"] as? Int == 1)
        #expect(reversed["median_delay_s"] as? Double == reference["median_delay_s"] as? Double)
        let (doubled, repeats) = try score(truth: "truth.jsonl", events: "alerts-doubled.jsonl")
        #expect(doubled["alerts"] as? Int == reference["alerts"] as? Int)
        #expect(repeats?.kind == .badInput)
    }

    /// `store import` used to store nothing when one line in the middle was bad.
    @Test(.enabled(if: GuidepostProcess.available))
    func storeImportKeepsTheGoodLinesAndNamesEachRefusedOne() async throws {
        let dir = try TemporaryFolder()
        let a = EventLogConformance.sampleRun("run-a"), b = EventLogConformance.sampleRun("run-b", incident: "I-2")
        var lines = a.map(\.jsonLine)
        lines[3] = #"{"run": "run-a", "seq": 4, "t": 1e300, "kind": {"note": {"_0": "x"}}}"#
        lines += b.map(\.jsonLine)
        try Self.write(lines, to: dir.path("events.jsonl"))
        let db = dir.path("store.sqlite")
        let r = try GuidepostProcess.run(["store", "import", dir.path("events.jsonl"), "--db", db])
        #expect(r.status == ExitStatus.badInput, "\(r.err)")
        #expect(r.err.contains("events.jsonl:4: t:") || r.err.contains("events.jsonl:4:"), "\(r.err)")
        for line in 5...a.count { #expect(r.err.contains("events.jsonl:\(line):"), "line \(line) of run-a is refused by name: \(r.err)") }
        let log = try SQLiteEventLog(path: db)
        #expect(try await log.events(run: "run-a") == Array(a[..<3]))
        #expect(try await log.events(run: "run-b") == b)
    }

    /// `coords` output line n answers input line n, a bad or blank line leaving an empty line.
    @Test(.enabled(if: GuidepostProcess.available))
    func coordsOutputLinesUpWithItsInput() throws {
        let r = try GuidepostProcess.run(["coords", "--from", "wgs84", "--to", "epsg5179"], input: "127,38\nnonsense\n\n126.5,37.5\n")
        let out = r.out.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(out.count == 5, "\(r.out)")
        #expect(out[1].isEmpty && out[2].isEmpty && !out[0].isEmpty && !out[3].isEmpty, "\(r.out)")
        #expect(r.status == ExitStatus.badInput)
        #expect(r.err.contains("<stdin>:2:"), "\(r.err)")
    }
}
