import Foundation
import GuidepostCore
import Tracking

/// The I/O loop of `guidepost track`: reads and converts detections, orders them into scans,
/// steps the tracker and writes track lines. Kept apart from the tracker, which does no I/O.
struct TrackRunContext {
    var detections: JSONLinesReader
    var scans: JSONLinesReader?
    let writer: JSONLinesWriter
    let lines: LinesOfInterest
    let zones: FenceZones
    let options: TrackOptions
    let writeCovariance: Bool
    let report: (InputError) -> Void

    private var converter: DetectionConverter
    private(set) var counts = (detections: 0, bad: 0, late: 0, scans: 0, trackLines: 0)
    private var trackerTime = Duration.zero
    private var totalTime = Duration.zero

    init(
        detections: JSONLinesReader, scans: JSONLinesReader?, writer: JSONLinesWriter, lines: LinesOfInterest,
        zones: FenceZones, options: TrackOptions, writeCovariance: Bool, report: @escaping (InputError) -> Void
    ) {
        self.detections = detections
        self.scans = scans
        self.writer = writer
        self.lines = lines
        self.zones = zones
        converter = DetectionConverter(zones: zones, options: options)
        self.options = options
        self.writeCovariance = writeCovariance
        self.report = report
    }

    mutating func run() {
        let o = options
        var tracker = o.makeTracker()
        var assembler = ScanAssembler(window: o.reorderWindow)
        let clock = ContinuousClock()
        let started = clock.now
        let progress = Progress(enabled: isatty(2) == 1)
        var pendingScan: Double? = nextScanTime()
        func drain(flush: Bool) {
            while let scan = assembler.next(flush: flush) {
                let t0 = clock.now
                let reports = tracker.step(at: scan.time, detections: scan.detections)
                trackerTime += clock.now - t0
                counts.scans += 1
                for r in reports { write(r, at: scan.time) }
                progress.tick("t = \(scan.time) s, \(counts.scans) scans, \(reports.count) tracks")
            }
        }
        while let line = detections.next() {
            let parsed: (DetectionRecord, size: Double?)
            do { parsed = try DetectionRecord.parse(line, file: detections.name) } catch {
                counts.bad += 1
                report(error)
                continue
            }
            counts.detections += 1
            let detection = converter.detection(parsed.0, size: parsed.size)
            while let s = pendingScan, s <= detection.time {
                assembler.addScan(at: s)
                pendingScan = nextScanTime()
            }
            if !assembler.add(detection) {
                counts.late += 1
                report(
                    InputError(
                        file: detections.name, line: line.number, field: "t",
                        reason: "detection at t = \(detection.time) arrived after its scan was processed; skipped",
                        hint: "raise --reorder-window to wait longer for late detections"))
            }
            drain(flush: false)
        }
        while let s = pendingScan {
            assembler.addScan(at: s)
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

    private mutating func write(_ r: TrackReport, at time: Double) {
        writer.write(r.record(at: time, lines: lines, covariance: writeCovariance))
        counts.trackLines += 1
    }

    func printStatistics() {
        let total = Double(totalTime.components.seconds) + Double(totalTime.components.attoseconds) * 1e-18
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
