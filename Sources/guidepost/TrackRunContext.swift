import FieldSimulation
import Foundation
import GuidepostCore
import Pipeline
import Tracking

/// The I/O loop of `guidepost track`: reads detections and scan times, hands them to the
/// tracking loop (`TrackFeed`, which converts, orders into scans and steps the tracker) and
/// writes its track lines. Kept apart from the tracker, which does no I/O.
struct TrackRunContext {
    var detections: JSONLinesReader
    var scans: JSONLinesReader?
    let writer: JSONLinesWriter
    let report: (InputError) -> Void

    private var feed: TrackFeed
    private(set) var counts = (detections: 0, bad: 0, late: 0, scans: 0, trackLines: 0)
    private var totalTime = Duration.zero

    init(
        detections: JSONLinesReader, scans: JSONLinesReader?, writer: JSONLinesWriter, lines: LinesOfInterest,
        zones: FenceZones, configuration: TrackerConfiguration, writeCovariance: Bool, report: @escaping (InputError) -> Void
    ) {
        self.detections = detections
        self.scans = scans
        self.writer = writer
        self.report = report
        feed = TrackFeed(configuration: configuration, zones: zones, lines: lines, covariance: writeCovariance)
    }

    mutating func run() {
        let clock = ContinuousClock()
        let started = clock.now
        let progress = Progress(enabled: isatty(2) == 1)
        var pendingScan: Double? = nextScanTime()
        func drain(flush: Bool) {
            while let scan = feed.next(flush: flush) {
                counts.scans += 1
                for r in scan.tracks { write(r) }
                progress.tick("t = \(scan.time) s, \(counts.scans) scans, \(scan.tracks.count) tracks")
            }
        }
        while let line = detections.next() {
            let parsed: (DetectionRecord, size: Double?)
            do {
                parsed = try DetectionRecord.parse(line, file: detections.name)
                // The live feed's plausibility rule (σ ≤ 10 km, positive definite), so a variance
                // of 1e300 cannot grow the tracker's gates without bound.
                try FeedRecord.checkCovariance(parsed.0, file: detections.name, line: line.number)
            } catch {
                counts.bad += 1
                report(error)
                continue
            }
            counts.detections += 1
            let time = parsed.0.t
            while let s = pendingScan, s <= time {
                feed.addScan(at: s)
                pendingScan = nextScanTime()
            }
            if !feed.add(parsed.0, size: parsed.size) {
                counts.late += 1
                report(
                    InputError(
                        file: detections.name, line: line.number, field: "t",
                        reason: "detection at t = \(time) arrived after its scan was processed; skipped",
                        hint: "raise --reorder-window to wait longer for late detections"))
            }
            drain(flush: false)
        }
        while let s = pendingScan {
            feed.addScan(at: s)
            pendingScan = nextScanTime()
        }
        drain(flush: true)
        writer.flush()
        progress.finish()
        totalTime = clock.now - started
    }

    private mutating func nextScanTime() -> Double? {
        guard var reader = scans else { return nil }
        defer { scans = reader }
        while let line = reader.next() {
            var time: Double?
            do {
                let record = try JSONDecoder().decode(ScanRecord.self, from: Data(line.bytes))
                time = record.t
            } catch {
                report(InputError(decoding: error, file: reader.name, line: line.number))
                continue
            }
            if let time, time.isFinite { return time }
            report(InputError(file: reader.name, line: line.number, field: "t", reason: "time must be a finite number"))
        }
        return nil
    }

    private mutating func write(_ r: TrackRecord) {
        writer.write(r)
        counts.trackLines += 1
    }

    func printStatistics() {
        let total = Double(totalTime.components.seconds) + Double(totalTime.components.attoseconds) * 1e-18
        let trackerTime = feed.trackerTime
        let tracking = Double(trackerTime.components.seconds) + Double(trackerTime.components.attoseconds) * 1e-18
        let text = """
            detections \(counts.detections), bad lines \(counts.bad), late \(counts.late), scans \(counts.scans), \
            track lines \(counts.trackLines)
            total \(String(format: "%.3f", total)) s (\(String(format: "%.0f", Double(counts.detections) / max(total, 1e-9))) detections/s \
            with I/O); tracker \(String(format: "%.3f", tracking)) s (\(String(format: "%.0f", Double(counts.detections) / max(tracking, 1e-9))) detections/s without I/O)

            """
        FileHandle.standardError.write(Data(text.utf8))
    }
}
