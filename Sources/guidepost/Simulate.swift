import ArgumentParser
import Border
import Foundation
import GuidepostCore
import Scenario
import Simulation

extension Guidepost {
    /// `guidepost simulate`: run a scenario and write detections, scans, truth and events.
    struct Simulate: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "simulate",
            abstract: "Run a scenario through the sensor and actor simulator.",
            discussion: """
                Writes DIR/detections.jsonl, scans.jsonl, truth.jsonl and events.jsonl (DESIGN.md formats, \
                EPSG:5179 metres), in time order, streaming, and DIR/first-detections.jsonl: each truth object's \
                first detection {t, id, sensor, kind}, for `guidepost score-alerts`. Same scenario and seed give byte-identical files. \
                --stats instead measures each sensor kind against truth (Pd against range by light and fog, \
                false alarms per hour) and writes DIR/stats.md and DIR/pd-vs-range.svg.
                """)

        @Argument(help: "A scenario file, or the name of a bundled one (e.g. 2019-07-31-imjin-river-float).")
        var scenario: String

        @Option(name: .shortAndLong, help: "The folder to write into (created if needed).")
        var out: String

        @Option(help: "Seed (default: the scenario's).")
        var seed: UInt64?

        @Option(help: "How long to run, seconds or 1h30m-style (default: the scenario's).")
        var duration: String?

        @Option(help: "Seconds between truth records.")
        var truthInterval: Double = 10

        @Flag(inversion: .prefixedNo, help: "TOD operators stay on a person, KPA party or vehicle they detect (cue and stare) instead of sweeping on; --no-tod-cue keeps them sweeping.")
        var todCue = true

        @Flag(help: "Measure Pd against range and false-alarm rates instead of writing the run.")
        var stats = false

        @Flag(help: "Print the crosser's first detection against the scenario's expected window, and write nothing else.")
        var firstDetection = false

        func validate() throws {
            if let duration, ScenarioDuration(text: duration) == nil {
                throw ValidationError("--duration '\(duration)' is not a duration: write seconds or 1h30m")
            }
            guard truthInterval.isFinite, truthInterval > 0 else { throw ValidationError("--truth-interval must be positive") }
        }

        func run() throws {
            let (resolved, border) = try ScenarioFile.load(scenario)
            let length = duration.flatMap { ScenarioDuration(text: $0)?.seconds } ?? resolved.document.duration.seconds
            var options = SimulationOptions(seed: seed ?? resolved.document.seed ?? 1, duration: length)
            options.truthInterval = truthInterval
            options.todCue = todCue
            var engine = SimulationEngine(scenario: resolved, border: border, options: options)
            let progress = ProgressLine(label: "simulate \(resolved.document.id)")
            if firstDetection {
                print(FirstDetectionReport(scenario: resolved, border: border, seed: options.seed).line)
                return
            }
            if stats {
                engine.recordsLooks = true
                let timeline = engine.timeline
                var table = DetectionStatistics(
                    sensors: engine.sensors, zoneCount: engine.zones.count, windAt: { timeline.at($0).conditions.weather.wind })
                engine.run(sink: { table.add($0) }, progress: progress.update)
                progress.finish()
                table.finish(duration: length)
                try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
                try Data(table.markdown(title: resolved.document.id).utf8).write(to: URL(fileURLWithPath: try OutputFolder(out).file("stats.md")))
                try Data(table.svg(title: resolved.document.id).utf8).write(to: URL(fileURLWithPath: try OutputFolder(out).file("pd-vs-range.svg")))
                print(table.markdown(title: resolved.document.id), terminator: "")
                return
            }
            let recorder = try SimulationRecorder(directory: out)
            engine.run(sink: recorder.write, progress: progress.update)
            recorder.finish()
            progress.finish()
            let c = recorder.counts
            FileHandle.standardError.write(
                Data("simulate: \(c.detections) detections, \(c.scans) scans, \(c.truth) truth, \(c.events) events → \(out)\n".utf8))
        }
    }
}

/// A progress bar on stderr, only when stderr is a terminal.
final class ProgressLine {
    let label: String
    let enabled = isatty(2) != 0
    var last = -1

    init(label: String) { self.label = label }

    func update(_ fraction: Double) {
        guard enabled else { return }
        let pct = Int(fraction * 100)
        guard pct != last else { return }
        last = pct
        let filled = pct / 4
        let bar = String(repeating: "#", count: filled) + String(repeating: ".", count: 25 - filled)
        FileHandle.standardError.write(Data("\r\(label) [\(bar)] \(pct)%".utf8))
    }

    func finish() { if enabled { FileHandle.standardError.write(Data("\n".utf8)) } }
}
