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
    private var scanLinesRefused = 0
    private var scanScreen: TimeOrderScreen<Double>?
    private var readyScans: [Double] = []
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

    /// Lines refused (bad, out of order, late): each reported; the command then exits 65.
    var refused: Int { counts.bad + counts.late + scanLinesRefused }

    mutating func run() {
        let clock = ContinuousClock()
        let started = clock.now
        let progress = Progress(enabled: isatty(2) == 1)
        // Out-of-order lines are refused one by one (`TimeOrderScreen`): a line far in the
        // future must not make every later detection late.
        var screen = TimeOrderScreen<(record: DetectionRecord, size: Double?, line: Int)>(
            file: detections.name, tolerance: feed.configuration.reorderWindow)
        var pendingScan: Double? = nextScanTime()
        func drain(flush: Bool) {
            while let scan = feed.next(flush: flush) {
                counts.scans += 1
                for r in scan.tracks { write(r) }
                progress.tick("t = \(scan.time) s, \(counts.scans) scans, \(scan.tracks.count) tracks")
            }
        }
        func use(_ parsed: (record: DetectionRecord, size: Double?, line: Int)) {
            counts.detections += 1
            let time = parsed.record.t
            while let s = pendingScan, s <= time {
                feed.addScan(at: s)
                pendingScan = nextScanTime()
            }
            if !feed.add(parsed.record, size: parsed.size) {
                counts.late += 1
                report(
                    InputError(
                        file: detections.name, line: parsed.line, field: "t",
                        reason: "detection at t = \(time) arrived after its scan was processed; skipped",
                        hint: "raise --reorder-window to wait longer for late detections"))
            }
            drain(flush: false)
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
            screen.add(
                (parsed.0, parsed.size, line.number), t: parsed.0.t, line: line.number, accept: { use($0) },
                refuse: { _, error in
                    counts.bad += 1
                    report(error)
                })
        }
        screen.finish { use($0) }
        while let s = pendingScan {
            feed.addScan(at: s)
            pendingScan = nextScanTime()
        }
        drain(flush: true)
        writer.flush()
        progress.finish()
        totalTime = clock.now - started
    }

    /// The next scan time, in order: bad lines and lines out of order are reported and skipped.
    private mutating func nextScanTime() -> Double? {
        guard var reader = scans else { return nil }
        defer { scans = reader }
        var screen = scanScreen ?? TimeOrderScreen<Double>(file: reader.name)
        var ready = readyScans
        var refused = 0
        let report = self.report
        while ready.isEmpty {
            guard let line = reader.next() else {
                screen.finish { ready.append($0) }
                break
            }
            let record: ScanRecord
            do { record = try JSONDecoder().decode(ScanRecord.self, from: Data(line.bytes)) } catch {
                refused += 1
                report(InputError(decoding: error, file: reader.name, line: line.number, bytes: line.bytes))
                continue
            }
            if let problem = record.problem {
                refused += 1
                report(InputError(file: reader.name, line: line.number, field: problem.field, reason: problem.reason))
                continue
            }
            screen.add(
                record.t, t: record.t, line: line.number, accept: { ready.append($0) },
                refuse: { _, error in
                    refused += 1
                    report(error)
                })
        }
        scanScreen = screen
        readyScans = ready
        scanLinesRefused += refused
        return readyScans.isEmpty ? nil : readyScans.removeFirst()
    }

    private mutating func write(_ r: TrackRecord) {
        writer.write(r)
        counts.trackLines += 1
    }

    func printStatistics() {
        // What the tracker ended up assuming of the conditions it learns.
        var learnt = ""
        if let c = feed.conditions {
            learnt += c.movingNoise.map { String(format: ", process noise q %.3g m²/s³", $0) } ?? ""
            learnt += String(format: ", lifetime %.0f s", c.meanLifetime)
            learnt += c.newTargetSpeedSpread.map { String(format: ", new-track speed σ %.2f m/s", $0) } ?? ""
            let pds = c.sensorDetectionProbabilities.values.sorted()
            if let low = pds.first, let high = pds.last {
                learnt += pds.count == 1
                    ? String(format: ", sensor P_D %.3f", low)
                    : String(format: ", sensors' P_D %.3f–%.3f (mean %.3f, %d sensors)", low, high, pds.reduce(0, +) / Double(pds.count), pds.count)
            }
            learnt += c.trackDetectionPriorWeight.map { String(format: ", each track's P_D shrunk to its sensor's by %.3g looks", $0) } ?? ""
            learnt += " at the end"
        }
        let total = Double(totalTime.components.seconds) + Double(totalTime.components.attoseconds) * 1e-18
        let trackerTime = feed.trackerTime
        let tracking = Double(trackerTime.components.seconds) + Double(trackerTime.components.attoseconds) * 1e-18
        let text = """
            detections \(counts.detections), bad lines \(counts.bad + scanLinesRefused), late \(counts.late), scans \(counts.scans), \
            track lines \(counts.trackLines)\(learnt)
            total \(String(format: "%.3f", total)) s (\(String(format: "%.0f", Double(counts.detections) / max(total, 1e-9))) detections/s \
            with I/O); tracker \(String(format: "%.3f", tracking)) s (\(String(format: "%.0f", Double(counts.detections) / max(tracking, 1e-9))) detections/s without I/O)

            """
        FileHandle.standardError.write(Data(text.utf8))
    }
}
