import ArgumentParser
import Foundation
import GuidepostCore
import Operations
import Pipeline
import Scenario
import TestSupport
import Testing
@testable import guidepost

/// `guidepost alerts` over the tracks of a `guidepost run` raises the alerts the run raised: both
/// go through the one `AlertFront` (track chains, doubted animals) to the same policy, so the
/// alarm-quality bench scores what `run` does.
@Suite struct AlertPathAgreementTests {
    @Test func alertsOverARunsTracksRaiseTheRunsAlerts() async throws {
        let name = "2019-07-31-imjin-river-float"
        let (scenario, border) = try ScenarioFile.load(repositoryRoot() + "/scenarios/\(name).yaml")
        let seed = scenario.document.seed ?? 1
        let played = try await RunPipeline.play(
            scenario, border: border, seed: seed, legacy: false, run: RunID("agree"), keepTracks: true) { _, _ in }
        try #require(!played.tracks.isEmpty)
        let dir = try TemporaryFolder()
        let tracks = dir.path("tracks.jsonl"), out = dir.path("alerts.jsonl")
        try Data(played.tracks.map { $0.jsonLine + "\n" }.joined().utf8).write(to: URL(fileURLWithPath: tracks))
        let command = try Guidepost.parseAsRoot([
            "alerts", repositoryRoot() + "/scenarios/\(name).yaml", "--tracks", tracks, "--out", out, "--seed", "\(seed)",
        ])
        guard var alerts = command as? any AsyncParsableCommand else { Issue.record("not async"); return }
        try await alerts.run()
        let written = try String(contentsOfFile: out, encoding: .utf8).split(separator: "\n").map { try OperationsEvent.decode($0) }
        // Until a team goes out (its own track is then dropped by the run as blue force, which a
        // track file cannot know), the alerts raised and the tracks merged into them agree one for
        // one. (The answers may not: the run's operator looks through the camera, which a track
        // file cannot.)
        let until = played.dispatched.values.min() ?? .infinity
        func alertEvents(_ events: [OperationsEvent]) -> [String] {
            events.filter { ["alert_raised", "alert_merged"].contains($0.kind.name) && $0.t < until }.map { "\($0.t) \($0.kind)" }
        }
        let fromRun = alertEvents(played.events), fromAlerts = alertEvents(written)
        #expect(!fromRun.isEmpty)
        #expect(fromAlerts == fromRun)
        // The person is alerted as a doubted animal (a head in the river): the front's relabel is on that path.
        #expect(played.events.contains { if case .alertRaised(let a) = $0.kind { a.targetClass == .unknown } else { false } })
    }
}
