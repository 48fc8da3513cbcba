public import FieldSimulation
public import GuidepostCore
public import Tracking

/// The tracking loop of `guidepost track` without its I/O: interchange detections and scan
/// times go in as they arrive (a little out of order is fine, within the configuration's
/// `reorderWindow`), and scans come out in time order with the track records the tracker
/// reported at each. The CLI reads and writes around it; a live feed can drive it the same way.
public struct TrackFeed {
    /// The tracker's configuration.
    public let configuration: TrackerConfiguration
    /// The lines the records' `t_mdl` and `t_fence` are predicted against.
    public let lines: LinesOfInterest
    /// Whether the records carry each track's position covariance.
    public let covariance: Bool
    private var converter: DetectionConverter
    private var tracker: StandardTracker
    private var assembler: ScanAssembler
    private let clock = ContinuousClock()
    /// The moving mode's process noise q the tracker uses now, m²/s³ (learnt unless
    /// `fixedProcessNoise`).
    public var processNoise: Double? { tracker.movingNoise }
    /// What the tracker assumes now of the conditions it learns (q, τ, new tracks' σ_v).
    public var conditions: LearntConditions? { tracker.conditions }
    /// Time spent inside the tracker so far (the `--stats` figure without conversion and I/O).
    public private(set) var trackerTime = Duration.zero

    /// A feed into a fresh tracker made from `configuration`; fence alarms are placed along
    /// `zones`.
    public init(configuration: TrackerConfiguration, zones: FenceZones, lines: LinesOfInterest, covariance: Bool) {
        self.configuration = configuration
        self.lines = lines
        self.covariance = covariance
        converter = DetectionConverter(zones: zones, conversion: configuration.detectionConversion)
        tracker = configuration.makeTracker()
        assembler = ScanAssembler(window: configuration.reorderWindow)
    }

    /// Adds detection record `r` (with its apparent thermal size, if given); false when it
    /// arrived after its scan was processed (it is dropped).
    public mutating func add(_ r: DetectionRecord, size: Double?) -> Bool {
        assembler.add(converter.detection(r, size: size))
    }

    /// Adds a time at which sensors reported, possibly seeing nothing (the tracker coasts).
    public mutating func addScan(at t: Double) {
        assembler.addScan(at: t)
    }

    /// The next scan that is ready (any, when `flush`: the feed has ended) through the
    /// tracker: its time and the records of the confirmed tracks it reported that the
    /// configuration's reporting rule keeps (`TrackerConfiguration.reports`); nil when none is ready.
    public mutating func next(flush: Bool = false) -> (time: Double, tracks: [TrackRecord])? {
        guard let scan = assembler.next(flush: flush) else { return nil }
        let t0 = clock.now
        let reports = tracker.step(at: scan.time, detections: scan.detections)
        trackerTime += clock.now - t0
        let rule = configuration
        return (
            scan.time,
            reports.filter { rule.reports($0) }.map { $0.record(at: scan.time, lines: lines, covariance: covariance) }
        )
    }
}
