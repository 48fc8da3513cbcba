import FieldSimulation
import Foundation
import GuidepostCore
import Operations
import Pipeline
import Scenario
import StoreSQLite
import TestSupport
import Testing
@testable import guidepost

/// `guidepost run`: whole incidents played through the pipeline reach the outcome their report
/// describes; the log replays to the live state; a run is deterministic; a run killed with -9
/// and run again leaves exactly the log of an uninterrupted run.
@Suite struct RunCommandTests {
    static func play(_ name: String, legacy: Bool = false) async throws -> (RunPipeline.Result, ResolvedScenario) {
        try await ScenarioPlays.shared.play(name, legacy: legacy)
    }

    /// Every seed scenario's run reaches the report's outcome (the 2024-06-09 work party by
    /// `retreated`: the sentries see it turn back).
    @Test(arguments: [
        "2012-10-02-goseong-knock", "2017-11-13-jsa-vehicle-sprint", "2017-12-21-yeoncheon-fog-walkup",
        "2019-07-27-east-sea-fishermen-return", "2019-07-31-imjin-river-float", "2020-11-03-goseong-fence-jump",
        "2021-02-16-goseong-swimmer", "2024-06-09-central-front-work-party", "2024-08-08-han-estuary-tidal-flat",
        "2024-08-20-goseong-staff-sergeant",
        "2025-07-03-central-west-civilian", "2025-10-19-central-front-soldier-pursuers",
    ])
    func reachesTheReportedOutcome(_ name: String) async throws {
        let (result, scenario) = try await Self.play(name)
        let outcome = RunOutcome(result: result, scenario: scenario)
        #expect(outcome.finalStateMatches, "\(name): final state \(outcome.finalState ?? "none")")
        #expect(outcome.handoverMatches, "\(name): handed over to \(outcome.agency ?? "nobody")")
        #expect(outcome.intentMatches, "\(name): intent \(outcome.main?.intent?.rawValue ?? "none")")
        // The incident replays from its log to the live state (what the store keeps is enough).
        let replayed = try IncidentLog.replay(result.events)
        #expect(replayed.count == result.incidents.count)
        for incident in result.incidents { #expect(replayed[incident.id] == incident, "\(name): \(incident.id) replays") }
        // The engine's own figures: custody happened after the first detection when it was seen at all.
        if let custody = outcome.custody, let seen = outcome.firstDetection { #expect(custody >= seen) }
    }

    @Test func imjinIsCaughtByTheTrackerAndGuidedToCustodyInTheReportedWindow() async throws {
        let (result, scenario) = try await Self.play("2019-07-31-imjin-river-float")
        let outcome = RunOutcome(result: result, scenario: scenario)
        #expect(outcome.firstAlert != nil)
        #expect(outcome.dispatched != nil, "a team was planned and dispatched")
        #expect(outcome.custodyInWindow == true, "custody at \(outcome.custody ?? -1) s")
        #expect(!result.plans.isEmpty && result.plans.allSatisfy { $0.teamRoute.count > 1 })
    }

    /// 2024-06-09: armed KPA soldiers 20–50 m south of the MDL are warned off from the nearest
    /// post (broadcast, warning shots), not met by a guidance team, and the incident ends
    /// `retreated` when they go back north.
    @Test func anArmedPartySouthOfTheMDLIsWarnedOffNotGuided() async throws {
        let (result, _) = try await Self.play("2024-06-09-central-front-work-party")
        let notes = result.events.compactMap { e -> String? in if case .note(let n) = e.kind { n } else { nil } }
        #expect(notes.contains { $0.hasPrefix("armed KPA soldiers south of the MDL") }, "\(notes)")
        #expect(result.plans.isEmpty)
        #expect(!result.events.contains { if case .incidentTransition(.guidanceDispatched) = $0.kind { true } else { false } })
        // Every incident on the party ends retreated. The tracker that learns its conditions may
        // take it as two: part of the party, still south of the MDL a second after a post reported
        // it turning back north, is taken on again as a new track (issue 18; docs/tracking.md).
        #expect(!result.incidents.isEmpty && result.incidents.count <= 2, "\(result.incidents.map(\.state))")
        #expect(result.incidents.allSatisfy { $0.state == .retreated }, "\(result.incidents.map(\.state))")
    }

    /// 2020-11-03: the old console raises nothing (the fence sensor was dead, the TOD clip not
    /// kept) and he is found by the day search next morning; Guidepost's tracker alerts on him
    /// within minutes and a team brings him in that evening.
    @Test func fenceJumpIsMissedByTheOldConsoleAndCaughtByGuidepost() async throws {
        let (legacy, scenario) = try await Self.play("2020-11-03-goseong-fence-jump", legacy: true)
        let old = RunOutcome(result: legacy, scenario: scenario)
        #expect(old.alerts == 0)
        let oldCustody = try #require(old.custody)
        #expect(oldCustody > 11 * 3600, "found by the day search, not before 05:30 (t = \(oldCustody) s)")
        #expect(old.main?.history.first?.event.name == .custodySecured, "the incident opens only when he is found")
        let (now, _) = try await Self.play("2020-11-03-goseong-fence-jump")
        let caught = RunOutcome(result: now, scenario: scenario)
        let alerted = try #require(caught.firstAlert)
        let custody = try #require(caught.custody)
        #expect(alerted < 3600, "alerted within the first hour (t = \(alerted) s)")
        #expect(custody < oldCustody - 6 * 3600, "in custody hours before the day search (t = \(custody) s)")
        #expect(caught.dispatched != nil)
    }

    /// 2021-02-16: the old console raises nothing although cameras saw him, and the morning
    /// search finds him by the road; Guidepost alerts within minutes of his first detection and
    /// has him in custody before the search would have started.
    /// Both plays use the default look, the realistic one (issue 21: Johnson criteria, six
    /// operators a sector, views in doubt watched): Guidepost still catches him under it.
    @Test func swimmerIsMissedByTheOldConsoleAndCaughtByGuidepost() async throws {
        let (legacy, scenario) = try await Self.play("2021-02-16-goseong-swimmer", legacy: true)
        let old = RunOutcome(result: legacy, scenario: scenario)
        #expect(old.alerts == 0)
        let oldCustody = try #require(old.custody, "the search finds him")
        let (now, _) = try await Self.play("2021-02-16-goseong-swimmer")
        let caught = RunOutcome(result: now, scenario: scenario)
        let alerted = try #require(caught.firstAlert), seen = try #require(caught.firstDetection)
        #expect(alerted - seen <= 300, "alerted within 5 min of his first detection (\(alerted - seen) s)")
        let custody = try #require(caught.custody)
        #expect(custody < oldCustody - 3600, "in custody an hour or more before the search finds him (\(custody) vs \(oldCustody) s)")
    }

    @Test func sameScenarioAndSeedGiveTheSameLog() async throws {
        let a = try await Self.play("2012-10-02-goseong-knock").0.events.map(\.jsonLine)
        let b = try await ScenarioPlays.fresh("2012-10-02-goseong-knock").result.events.map(\.jsonLine)
        #expect(a == b)
        #expect(a.count > 3)
    }

    /// Kills `guidepost run` with SIGKILL once it has committed its first events, runs it again,
    /// and compares the store with an uninterrupted run's: same events, none lost or doubled.
    /// (The time limit guards against a hang only: every whole-scenario test shares the CI's two cores.)
    @Test(.timeLimit(.minutes(20))) func killedRunResumesWithoutLosingOrDuplicating() async throws {
        let binary = StoreCommandTests.binary
        #expect(FileManager.default.isExecutableFile(atPath: binary), "build the guidepost binary first")
        let dir = try TemporaryFolder()
        let name = "2012-10-02-goseong-knock"
        let scenario = repositoryRoot() + "/scenarios/\(name).yaml"
        let killedDB = dir.path("killed.sqlite"), cleanDB = dir.path("clean.sqlite")
        let child = Process()
        child.executableURL = URL(fileURLWithPath: binary)
        child.arguments = ["run", scenario, "--db", killedDB, "--out", dir.path("k")]
        let out = Pipe()
        child.standardOutput = out
        child.standardError = FileHandle.nullDevice
        try child.run()
        // The first timeline line is printed after its events are committed.
        var buffer = Data()
        while !String(decoding: buffer, as: UTF8.self).contains("run started") {
            let chunk = out.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            buffer += chunk
        }
        kill(child.processIdentifier, SIGKILL)
        child.waitUntilExit()
        let run = RunID("\(name)-seed-1002")
        let partial = (try? await SQLiteEventLog(path: killedDB).events(run: run)) ?? []
        #expect(!partial.isEmpty, "the run had committed its first events before the kill")
        for db in [killedDB, cleanDB] {
            let (status, output) = try StoreCommandTests.launch(["run", scenario, "--db", db, "--out", dir.path("o"), "--quiet"])
            #expect(status == 0, "\(output)")
        }
        let resumed = try await SQLiteEventLog(path: killedDB).events(run: run)
        let clean = try await SQLiteEventLog(path: cleanDB).events(run: run)
        #expect(resumed == clean)
        #expect(resumed.map(\.seq) == Array(1...resumed.count), "contiguous, no duplicate")
        #expect(Array(resumed.prefix(partial.count)) == partial, "what was committed before the kill is kept as it was")
    }
}
