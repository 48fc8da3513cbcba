public import GuidepostCore
import Foundation

/// Streams a run into a folder: detections.jsonl, scans.jsonl, truth.jsonl and events.jsonl,
/// each in time order, written chunk by chunk so memory stays flat however long the run; and
/// the side file first-detections.jsonl (`FirstDetectionLog`), which links truth ids to their
/// first detection for evaluation.
public final class SimulationRecorder {
    public let directory: String
    let detections: JSONLinesWriter
    let scans: JSONLinesWriter
    let truth: JSONLinesWriter
    let events: JSONLinesWriter
    let firstDetections: JSONLinesWriter
    /// The looks operators made at alerts, with what was there (`LookRecord`; written by the run's field).
    let looks: JSONLinesWriter
    var firstDetectionLog = FirstDetectionLog()

    /// Creates the folder (if needed) and the four files.
    public init(directory: String) throws(InputError) {
        self.directory = directory
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw InputError(file: directory, reason: "cannot create the output folder", hint: "check the path and its permissions")
        }
        let folder = OutputFolder(directory)
        detections = try JSONLinesWriter(path: folder.file("detections.jsonl"))
        scans = try JSONLinesWriter(path: folder.file("scans.jsonl"))
        truth = try JSONLinesWriter(path: folder.file("truth.jsonl"))
        events = try JSONLinesWriter(path: folder.file("events.jsonl"))
        firstDetections = try JSONLinesWriter(path: folder.file("first-detections.jsonl"))
        looks = try JSONLinesWriter(path: folder.file("looks.jsonl"))
    }

    /// Appends one look an operator made (looks.jsonl).
    public func write(look: LookRecord) { looks.write(look) }

    /// Appends one batch.
    public func write(_ out: SimulationOutput) {
        for d in out.detections { detections.write(d.record) }
        for s in out.scans { scans.write(s) }
        for r in out.truth { truth.write(r) }
        for e in out.events { events.write(e) }
        for line in firstDetectionLog.lines(for: out.detections) { firstDetections.write(line: line) }
    }

    /// Lines written so far: detections, scans, truth, events.
    public var counts: (detections: Int, scans: Int, truth: Int, events: Int) {
        (detections.linesWritten, scans.linesWritten, truth.linesWritten, events.linesWritten)
    }

    /// Flushes every file.
    public func finish() {
        detections.flush()
        scans.flush()
        truth.flush()
        events.flush()
        firstDetections.flush()
        looks.flush()
    }
}

extension SimulationEngine {
    /// Runs to the end in chunks of `chunk` seconds, handing each batch to `sink` and reporting
    /// the fraction done to `progress`.
    public mutating func run(chunk: Double = 60, sink: (SimulationOutput) -> Void, progress: ((Double) -> Void)? = nil) {
        var t = 0.0
        while !isFinished {
            t += chunk
            sink(advance(to: t))
            progress?(min(1, t / max(options.duration, 1)))
        }
        let rest = advance(to: .infinity)
        if !(rest.detections.isEmpty && rest.events.isEmpty) { sink(rest) }
    }
}
