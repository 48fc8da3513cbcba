import ArgumentParser
import Border
import Casework
import FieldSimulation
import Foundation
import GuidepostCore
import Guidance
import Operations
import Pipeline
import Scenario

extension Guidepost {
    /// `guidepost run SCENARIO`: the main job. Plays a whole incident through the real pipeline —
    /// simulated sensors → tracker → alert policy and operator → incident lifecycle → guidance
    /// planned and dispatched through the field channel → custody → questioning → handover —
    /// prints the timeline as it happens, appends every event to the store, and writes the
    /// reports.
    struct Run: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Play a scenario end to end: detection, tracking, alerts, the incident, guidance, custody, reports.",
            discussion: """
                The simulator stands in for the border (it is the detection source and the field channel); \
                everything else is the production pipeline. Every alert and incident change is appended to the \
                store (--db, SQLite) as it happens; a run killed midway is resumed by running the same command \
                again: the run is re-derived deterministically and events already stored are skipped. \
                Writes into --out: events.jsonl (the run's log), each incident's press statement, UNC \
                notification and after-action report (Markdown and HTML), map.svg (tracks and routes) and \
                outcome.md (the run against what the scenario's report says). --legacy plays the old control \
                room (a dismissal is final, nothing escalates).
                """)

        @Argument(help: "A scenario file, or the name of a bundled one (e.g. 2019-07-31-imjin-river-float).")
        var scenario: String
        @OptionGroup var store: StoreOptions
        @Option(name: .shortAndLong, help: "Folder for the reports, map and log (default: run-SCENARIO-ID).")
        var out: String?
        @Option(help: "Seed (default: the scenario's).")
        var seed: UInt64?
        @Flag(help: "The old control room: dismissals are final and unanswered alerts never escalate.")
        var legacy = false
        @Flag(help: "Print only the outcome, not the live timeline.")
        var quiet = false
        @Flag(inversion: .prefixedNo, help: "TOD operators stay on a person, KPA party or vehicle they detect (cue and stare) instead of sweeping on; --no-tod-cue keeps them sweeping.")
        var todCue = true
        @Option(help: "Also write the simulator's record (truth, detections, first detections, looks) and the run's tracks to this folder, for `guidepost score-alerts`.")
        var record: String?
        @OptionGroup var looks: LookOptions

        func run() async throws {
            let (resolved, border) = try ScenarioFile.load(scenario)
            let doc = resolved.document
            let seed = self.seed ?? doc.seed ?? 1
            let runID = RunID("\(doc.id)-seed-\(seed)\(legacy ? "-legacy" : "")\(looks.runSuffix)")
            // The id is a plain name (checked at load); the folder check is the second line of defence.
            let output = try out.map(OutputFolder.init) ?? OutputFolder(".").folder("run-\(doc.id)\(legacy ? "-legacy" : "")")
            let folder = output.path
            try await store.withLog { log in
                let clock = ReportClock(start: doc.start.description)
                let progress = StatusLine(label: "run \(doc.id)")
                var result: RunPipeline.Result
                do {
                    let recording = try record.map { dir throws(InputError) in try RunRecording(directory: dir) }
                    result = try await RunPipeline.play(
                        resolved, border: border, seed: seed, legacy: legacy, run: runID, todCue: todCue, look: looks.fidelity,
                        looks: looks.queue, recorder: recording?.simulation,
                        tracks: recording.map { r in { for t in $0 { r.tracks.write(line: t.jsonLine) } } }
                    ) { events, t in
                        // Each step's events are committed before the run goes on: a run killed here
                        // is resumed by running it again (the store skips what it holds).
                        try await log.append(events)
                        if !quiet {
                            progress.finish()
                            for e in events { if let line = RunTimeline.line(e, clock: clock) { print(line) } }
                        }
                    } progress: { t in
                        progress.show(clock?.format(t, "yyyy-MM-dd HH:mm:ss") ?? "t = \(Int(t)) s")
                    }
                    recording?.tracks.flush()
                } catch let error as StoreError {
                    throw CommandFailure(.other, "cannot store the run in \(store.display): \(error)")
                }
                progress.finish()
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
                let reports = try RunReports(result: result, scenario: resolved, border: border)
                for file in reports.files {
                    try Data(file.contents.utf8).write(to: URL(fileURLWithPath: try output.file(file.name)))
                }
                result.events += reports.written
                do { try await RunPipeline.append(reports.written, to: log) } catch {
                    throw CommandFailure(.other, "cannot store the run in \(store.display): \(error)")
                }
                // Casework: each person who stated an intent has a case from custody on.
                if !result.caseworkRequests.isEmpty, let start = ISO8601DateFormatter().date(from: doc.start.description) {
                    let desk = try await CaseStores.desk(db: store.path, keys: nil)
                    let opened = try await CaseText.run { () async throws(CaseError) in
                        try await CaseOpening.open(result.caseworkRequests, incidents: result.incidents, run: runID, start: start, desk: desk)
                    }
                    if !opened.isEmpty && !quiet {
                        print("casework: opened \(opened.map(\.rawValue).joined(separator: ", ")) (guidepost case show ID --db \(store.display) --as USER)")
                    }
                }
                let outcome = RunOutcome(result: result, scenario: resolved)
                try Data(outcome.markdown.utf8).write(to: URL(fileURLWithPath: try output.file("outcome.md")))
                print("")
                print(outcome.text)
                print("run \(runID): \(result.events.count) events in \(store.display); reports, map and log in \(folder)/")
            }
        }
    }
}
